package io.dhub.schema.admin;

import io.dhub.schema.LogicalDatabase;
import java.util.List;

/**
 * What {@code migrate} did.
 *
 * @param databases one entry per database
 */
public record MigrateResult(List<Database> databases) {
    public MigrateResult {
        databases = List.copyOf(databases);
    }

    /**
     * @param database      logical database
     * @param physicalName  its name on the server
     * @param created       whether this run created it
     * @param applied       migrations applied by this run
     * @param schemaVersion the version it is at now
     */
    public record Database(LogicalDatabase database, String physicalName, boolean created, int applied,
                           String schemaVersion) {
    }
}
