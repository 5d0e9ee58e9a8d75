package io.dhub.generators.engine;

import io.dhub.generators.load.TableLoader;
import io.dhub.generators.load.TableSource;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
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
 * first empties the phase's tables (so a phase left half-committed by a crash is repaired by
 * running it again), then streams the tables in foreign-key order. All transactions commit only
 * after every table has loaded; on any failure all roll back.
 */
final class PhaseLoader {
    private final Databases databases;
    private final TableLoader loader;

    PhaseLoader(Databases databases, TableLoader loader) {
        this.databases = databases;
        this.loader = loader;
    }

    Map<String, Long> load(Phase phase, ProgressListener listener) throws SQLException {
        Map<LogicalDatabase, Connection> connections = new EnumMap<>(LogicalDatabase.class);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            for (TableSource table : phase.tables()) {
                if (!connections.containsKey(table.database())) {
                    connections.put(table.database(), open(table.database(), phase));
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
            for (Connection connection : connections.values()) {
                connection.commit();
            }
            return rows;
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
            List<TableSource> mine = new ArrayList<>();
            phase.tables().stream().filter(t -> t.database() == db).forEach(mine::add);
            for (int i = mine.size() - 1; i >= 0; i--) {
                st.execute("DELETE FROM " + mine.get(i).table());
            }
        }
        return connection;
    }
}
