package io.dhub.schema.admin;

import io.dhub.schema.LogicalDatabase;
import java.util.List;

/**
 * One database: its names, state and, when dhub owns it, its tables.
 *
 * @param database      logical database
 * @param physicalName  its name on the server
 * @param state         missing, not owned or owned
 * @param schemaVersion the latest applied migration version, empty when none
 * @param tables        dhub's tables, empty unless owned
 */
public record DatabaseStatus(LogicalDatabase database, String physicalName, DatabaseState state,
                             String schemaVersion, List<TableStatus> tables) {
    public DatabaseStatus {
        tables = List.copyOf(tables);
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableStatus::rows).sum();
    }
}
