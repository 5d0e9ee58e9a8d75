package io.dhub.schema.admin;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.connect.SqlFailures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Reads what is in dhub's databases: which tables exist, their column and exact row counts. */
final class Inspector {
    private final Databases databases;

    Inspector(Databases databases) {
        this.databases = databases;
    }

    StatusReport inspect(List<LogicalDatabase> wanted) {
        Map<LogicalDatabase, DatabaseState> states = databases.states();
        List<DatabaseStatus> out = new ArrayList<>();
        for (LogicalDatabase db : wanted) {
            DatabaseState state = states.get(db);
            if (state != DatabaseState.OWNED) {
                out.add(new DatabaseStatus(db, databases.physicalName(db), state, "", List.of()));
                continue;
            }
            try (Connection conn = databases.pool(db).getConnection()) {
                out.add(new DatabaseStatus(db, databases.physicalName(db), state, schemaVersion(conn), tables(conn, db)));
            } catch (SQLException e) {
                throw SqlFailures.translate("read " + db, e, databases.server());
            }
        }
        return new StatusReport(databases.server().display(), out);
    }

    /** Whether any of dhub's tables in the owned databases among these holds a row. */
    boolean anyRows(List<LogicalDatabase> wanted) {
        Map<LogicalDatabase, DatabaseState> states = databases.states();
        for (LogicalDatabase db : wanted) {
            if (states.get(db) != DatabaseState.OWNED) {
                continue;
            }
            try (Connection conn = databases.pool(db).getConnection(); Statement st = conn.createStatement()) {
                for (String table : presentTables(conn, db)) {
                    try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM public." + table + ")")) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            return true;
                        }
                    }
                }
            } catch (SQLException e) {
                throw SqlFailures.translate("read " + db, e, databases.server());
            }
        }
        return false;
    }

    private static List<TableStatus> tables(Connection conn, LogicalDatabase db) throws SQLException {
        Map<String, Integer> columns = columnCounts(conn);
        DSLContext sql = DSL.using(conn, SQLDialect.POSTGRES);
        List<TableStatus> out = new ArrayList<>();
        for (Table<?> table : db.tables()) {
            Integer count = columns.get(table.getName());
            out.add(count == null
                    ? new TableStatus(table.getName(), false, 0, 0)
                    : new TableStatus(table.getName(), true, count, sql.fetchCount(table)));
        }
        return out;
    }

    /** dhub's tables of this database that exist now, in name order. */
    static List<String> presentTables(Connection conn, LogicalDatabase db) throws SQLException {
        Map<String, Integer> columns = columnCounts(conn);
        return db.tableNames().stream().filter(columns::containsKey).toList();
    }

    private static Map<String, Integer> columnCounts(Connection conn) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        String sql = "SELECT c.relname, count(a.attnum) FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                + "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') GROUP BY c.relname";
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static String schemaVersion(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return "";
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT version FROM public.flyway_schema_history "
                    + "WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }
}
