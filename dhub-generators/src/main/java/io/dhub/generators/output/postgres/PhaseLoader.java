package io.dhub.generators.output.postgres;

import io.dhub.generators.api.ProgressListener;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.admin.SideBySide;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads one phase: one connection and one transaction per database it touches. Each transaction
 * first drops the phase's indexes and keys and truncates its tables (so a phase left
 * half-committed by a crash is repaired by running it again), then streams the tables with COPY
 * FREEZE, one pass over each table group's entities (or its files), then rebuilds the indexes and keys, the
 * databases side by side. All transactions commit only after every table has loaded and been
 * indexed; on any failure all roll back, schema changes included.
 */
public final class PhaseLoader {
    private final Databases databases;
    private final GroupCopy loader;

    public PhaseLoader(Databases databases, GroupCopy loader) {
        this.databases = databases;
        this.loader = loader;
    }

    /** What one load wrote, and how long rebuilding its indexes took. */
    public record Loaded(Map<String, Long> rows, double indexSeconds) {
    }

    public Loaded load(Phase phase, ProgressListener listener) throws SQLException {
        Map<LogicalDatabase, Connection> connections = new EnumMap<>(LogicalDatabase.class);
        Map<LogicalDatabase, DeferredIndexes> deferred = new EnumMap<>(LogicalDatabase.class);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            List<Table> tables = phase.tables();
            for (Table table : tables) {
                if (!connections.containsKey(table.database())) {
                    Connection connection = open(table.database(), phase);
                    connections.put(table.database(), connection);
                    deferred.put(table.database(), DeferredIndexes.dropAndTruncate(connection, tables.stream()
                            .filter(t -> t.database() == table.database()).map(Table::name).toList()));
                }
            }
            int groups = phase.groups().size();
            for (int g = 0; g < groups; g++) {
                TableGroup group = phase.groups().get(g);
                int index = g;
                rows.putAll(loader.load(connections, group, (table, n, done) -> listener.rowsWritten(phase.id(),
                        table.name(), n, (index + done / (double) Math.max(1, group.entities())) / groups)));
            }
            long indexStart = System.nanoTime();
            rebuild(connections, deferred);
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

    /** Rebuilds each database's indexes and keys on its own connection, the databases side by side. */
    private static void rebuild(Map<LogicalDatabase, Connection> connections,
                                Map<LogicalDatabase, DeferredIndexes> deferred) throws SQLException {
        List<SideBySide.Task<Void>> builds = new ArrayList<>();
        for (Map.Entry<LogicalDatabase, Connection> entry : connections.entrySet()) {
            builds.add(() -> {
                deferred.get(entry.getKey()).rebuild(entry.getValue());
                return null;
            });
        }
        try {
            SideBySide.run("dhub-index", builds.size(), builds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building indexes", e);
        }
    }

    private Connection open(LogicalDatabase db, Phase phase) throws SQLException {
        Connection connection = databases.pool(db).getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                // for this transaction only: the pooled session keeps its settings for the next user
                st.execute("SET LOCAL synchronous_commit = off");
                st.execute("SET LOCAL application_name = 'dhub-seed-" + phase.name().replace("'", "") + "'");
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
