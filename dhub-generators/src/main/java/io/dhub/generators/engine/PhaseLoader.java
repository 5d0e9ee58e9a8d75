package io.dhub.generators.engine;

import io.dhub.generators.load.TableLoader;
import io.dhub.generators.load.TableSource;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads one phase: one connection and one transaction per database it touches. Each transaction
 * first drops the phase's indexes and keys and truncates its tables (so a phase left
 * half-committed by a crash is repaired by running it again), then streams the tables with COPY
 * FREEZE, then rebuilds the indexes and keys. All transactions commit only after every table has
 * loaded and been indexed; on any failure all roll back, schema changes included.
 */
final class PhaseLoader {
    private final Databases databases;
    private final TableLoader loader;

    PhaseLoader(Databases databases, TableLoader loader) {
        this.databases = databases;
        this.loader = loader;
    }

    /** What one load wrote, and how long rebuilding its indexes took. */
    record Loaded(Map<String, Long> rows, double indexSeconds) {
    }

    Loaded load(Phase phase, ProgressListener listener) throws SQLException {
        Map<LogicalDatabase, Connection> connections = new EnumMap<>(LogicalDatabase.class);
        Map<LogicalDatabase, DeferredIndexes> deferred = new EnumMap<>(LogicalDatabase.class);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            for (TableSource table : phase.tables()) {
                if (!connections.containsKey(table.database())) {
                    Connection connection = open(table.database(), phase);
                    connections.put(table.database(), connection);
                    deferred.put(table.database(), DeferredIndexes.dropAndTruncate(connection, phase.tables().stream()
                            .filter(t -> t.database() == table.database()).map(TableSource::table).toList()));
                }
            }
            int tables = phase.tables().size();
            for (int t = 0; t < tables; t++) {
                TableSource table = phase.tables().get(t);
                int index = t;
                long loaded = loader.load(connections.get(table.database()), table, (n, done) -> listener.rowsWritten(
                        phase, table.table(), n, (index + done / (double) Math.max(1, table.entities())) / tables));
                rows.put(table.table(), loaded);
            }
            long indexStart = System.nanoTime();
            for (Map.Entry<LogicalDatabase, Connection> entry : connections.entrySet()) {
                deferred.get(entry.getKey()).rebuild(entry.getValue());
            }
            double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
            for (Connection connection : connections.values()) {
                connection.commit();
            }
            return new Loaded(rows, indexSeconds);
        } catch (SQLException | RuntimeException e) {
            for (Connection connection : connections.values()) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // a lost connection rolls back by itself
                }
            }
            throw e;
        } finally {
            for (Connection connection : connections.values()) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // nothing left to do with it
                }
            }
        }
    }

    private Connection open(LogicalDatabase db, Phase phase) throws SQLException {
        Connection connection = databases.connect(db, Map.of("ApplicationName", "dhub-seed-" + phase.name()));
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("SET synchronous_commit = off");
        }
        return connection;
    }
}
