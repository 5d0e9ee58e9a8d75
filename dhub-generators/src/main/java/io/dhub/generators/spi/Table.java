package io.dhub.generators.spi;

import io.dhub.schema.LogicalDatabase;
import java.util.List;

/**
 * A table's shape as a generator writes it: where it lives and its columns, in the order the
 * values are written. The first column is the id.
 */
public record Table(LogicalDatabase database, String name, List<String> columns) {
    public Table {
        columns = List.copyOf(columns);
    }

    public static Table of(LogicalDatabase database, String name, String... columns) {
        return new Table(database, name, List.of(columns));
    }
}
