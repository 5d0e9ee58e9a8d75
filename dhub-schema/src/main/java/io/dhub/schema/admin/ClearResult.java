package io.dhub.schema.admin;

import io.dhub.schema.LogicalDatabase;
import java.util.List;

/**
 * What {@code clear} removed.
 *
 * @param databases one entry per database that existed
 */
public record ClearResult(List<Database> databases) {
    public ClearResult {
        databases = List.copyOf(databases);
    }

    public long totalRows() {
        return databases.stream().mapToLong(Database::rowsRemoved).sum();
    }

    /**
     * @param database    logical database
     * @param tables      tables emptied
     * @param rowsRemoved rows that were in them
     */
    public record Database(LogicalDatabase database, int tables, long rowsRemoved) {
    }
}
