package io.dhub.generators.output.postgres;

import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Where a table group's rows come from as they are copied in: generated now ({@link GroupLoader}) or read from files ({@link FileLoader}). */
public interface GroupCopy {
    /**
     * Copies the group's rows over the connections, one per database, each inside its open
     * transaction, into tables truncated in it.
     *
     * @return rows copied per table name, in the group's table order
     */
    Map<String, Long> load(Map<LogicalDatabase, Connection> connections, TableGroup group, GroupLoader.Progress progress)
            throws SQLException;
}
