package io.dhub.schema.admin;

import io.dhub.schema.DhubException;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.connect.SqlFailures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code db query}: read-only unless asked to write, and writing only where dhub owns the database.
 *
 * <p>Without {@code --write} the text passes {@link ReadOnlyGuard} (a filter, for a clear message) and
 * then meets the barrier, which is the server's:
 * <ul>
 *   <li>In a database dhub owns, the session logs in as {@link ReaderRole dhub_reader}, a role that
 *       holds SELECT on the tables and nothing else: no superuser, no server files or programs, no
 *       signalling of other roles' sessions, no role to SET.</li>
 *   <li>The text is bound as a parameter of a PL/pgSQL function that opens it as a cursor, so the
 *       server itself parses it and accepts exactly one statement that returns rows: no second
 *       statement, no transaction control, no SET or RESET, no COPY, no DDL, no plain DML.</li>
 *   <li>The transaction is READ ONLY (and the session's default too), and it is always rolled back:
 *       whatever a function might have done inside it is undone.</li>
 * </ul>
 */
final class QueryRunner {
    private static final String READ_ONLY_STATE = "25006";
    private static final String CURSOR_STATE = "42P11";
    private static final String PRIVILEGE_STATE = "42501";
    private static final String CURSOR = "dhub_result";
    private static final String OPEN_FUNCTION = "CREATE FUNCTION pg_temp.dhub_open(q text) RETURNS refcursor "
            + "LANGUAGE plpgsql AS $dhub$ DECLARE c refcursor := '" + CURSOR + "'; "
            + "BEGIN OPEN c NO SCROLL FOR EXECUTE q; RETURN c; END $dhub$";

    private final Databases databases;
    private final boolean filter;

    QueryRunner(Databases databases) {
        this(databases, true);
    }

    /** {@code filter} false skips the text filter: tests use it to show that the server's barrier holds alone. */
    QueryRunner(Databases databases, boolean filter) {
        this.databases = databases;
        this.filter = filter;
    }

    QueryResult run(LogicalDatabase db, String sql, boolean write, int maxRows) {
        DatabaseState state = databases.states().get(db);
        if (write && state == DatabaseState.NOT_OWNED) {
            throw databases.notOwned(db);
        }
        if (write) {
            return write(db, sql, maxRows);
        }
        if (filter) {
            ReadOnlyGuard.check(sql, db.logicalName());
        }
        java.util.Optional<io.dhub.schema.connect.ServerSpec> reader = state == DatabaseState.OWNED
                ? ReaderRole.prepare(databases, db) : java.util.Optional.empty();
        String[] as = {databases.server().user()};
        try (Connection conn = reader.isPresent() ? ReaderRole.connect(databases, reader.get(), db) : databases.connect(db,
                Map.of("ApplicationName", "dhub query"))) {
            as[0] = conn.getMetaData().getUserName();
            try (Statement st = conn.createStatement()) {
                st.execute(OPEN_FUNCTION);
                st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            }
            conn.setAutoCommit(false);
            conn.setReadOnly(true);
            try {
                try (PreparedStatement open = conn.prepareStatement("SELECT pg_temp.dhub_open(?)")) {
                    open.setString(1, sql);
                    open.execute();
                }
                try (Statement st = conn.createStatement();
                     ResultSet rs = st.executeQuery("FETCH FORWARD " + (maxRows + 1) + " FROM " + CURSOR)) {
                    return read(rs, maxRows);
                }
            } finally {
                rollbackQuietly(conn);
            }
        } catch (SQLException e) {
            String state1 = e.getSQLState() == null ? "" : e.getSQLState();
            if (READ_ONLY_STATE.equals(state1) || CURSOR_STATE.equals(state1)) {
                throw DhubException.usage("db query without --write runs exactly one reading statement in a read-only "
                        + "transaction on " + db + " (" + SqlFailures.firstLine(e) + "): add --write to allow changes");
            }
            if (PRIVILEGE_STATE.equals(state1) && ReaderRole.NAME.equals(as[0])) {
                throw DhubException.usage("db query without --write reads as role '" + as[0] + "', which may only read "
                        + "dhub's tables (" + SqlFailures.firstLine(e) + "): add --write to run it as '"
                        + databases.server().user() + "'");
            }
            throw SqlFailures.translate("run the query on " + db, e, databases.server());
        }
    }

    /** --write: the text as given, as the configured user, committed (only in databases dhub owns). */
    private QueryResult write(LogicalDatabase db, String sql, int maxRows) {
        try (Connection conn = databases.connect(db, Map.of("ApplicationName", "dhub query --write"))) {
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.setMaxRows(maxRows + 1);
                QueryResult result = execute(st, sql, maxRows);
                conn.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(conn);
                throw e;
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("run the query on " + db, e, databases.server());
        }
    }

    private static QueryResult execute(Statement st, String sql, int maxRows) throws SQLException {
        QueryResult last = null;
        long updates = 0;
        boolean isResultSet = st.execute(sql);
        while (true) {
            if (isResultSet) {
                try (ResultSet rs = st.getResultSet()) {
                    last = read(rs, maxRows);
                }
            } else {
                int count = st.getUpdateCount();
                if (count < 0) {
                    break;
                }
                updates += count;
            }
            isResultSet = st.getMoreResults();
        }
        return last != null ? last : new QueryResult(List.of(), List.of(), List.of(), false, updates);
    }

    private static QueryResult read(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> columns = new ArrayList<>(n);
        List<QueryResult.ColumnKind> kinds = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            columns.add(meta.getColumnLabel(i));
            kinds.add(kind(meta.getColumnType(i)));
        }
        List<List<String>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == maxRows) {
                truncated = true;
                break;
            }
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(kinds.get(i - 1) == QueryResult.ColumnKind.BOOLEAN
                        ? (rs.getObject(i) == null ? null : Boolean.toString(rs.getBoolean(i)))
                        : rs.getString(i));
            }
            rows.add(Collections.unmodifiableList(row));
        }
        return new QueryResult(columns, kinds, rows, truncated, -1);
    }

    private static QueryResult.ColumnKind kind(int sqlType) {
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL,
                 Types.REAL, Types.FLOAT, Types.DOUBLE -> QueryResult.ColumnKind.NUMBER;
            case Types.BOOLEAN, Types.BIT -> QueryResult.ColumnKind.BOOLEAN;
            default -> QueryResult.ColumnKind.TEXT;
        };
    }

    private static void rollbackQuietly(Connection conn) {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
