package io.dhub.schema.admin;

import java.util.List;

/**
 * What is in dhub's databases on one server.
 *
 * @param server    where, as user@host:port
 * @param databases one entry per requested database, in the order of {@link io.dhub.schema.LogicalDatabase}
 */
public record StatusReport(String server, List<DatabaseStatus> databases) {
    public StatusReport {
        databases = List.copyOf(databases);
    }

    public long totalRows() {
        return databases.stream().mapToLong(DatabaseStatus::totalRows).sum();
    }
}
