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
    /** Rows fetched from the server at a time. */
    private static final int BATCH = 1_000;
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
        Collecting rows = new Collecting();
        QueryResult.Outcome outcome = stream(db, sql, write, maxRows, rows);
        return new QueryResult(rows.columns, rows.kinds, rows.rows, outcome.truncated(), outcome.updateCount());
    }

    /** Holds what a query streams, for the callers that print it whole. */
    private static final class Collecting implements QueryResult.Rows {
        List<String> columns = List.of();
        List<QueryResult.ColumnKind> kinds = List.of();
        final List<List<String>> rows = new ArrayList<>();

        @Override
        public void columns(List<String> names, List<QueryResult.ColumnKind> columnKinds) {
            columns = names;
            kinds = columnKinds;
            rows.clear();
        }

        @Override
        public void row(List<String> values) {
            rows.add(values);
        }
    }

    /**
     * Runs the query and hands its rows to {@code out} as they are read, a thousand at a time from
     * the server (reading) or from the driver's result (writing); {@code maxRows} 0 for no limit.
     */
    QueryResult.Outcome stream(LogicalDatabase db, String sql, boolean write, int maxRows, QueryResult.Rows out) {
        DatabaseState state = databases.states().get(db);
        if (write && state == DatabaseState.NOT_OWNED) {
            throw databases.notOwned(db);
        }
        if (write) {
            return write(db, sql, maxRows, out);
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
                long read = 0;
                List<QueryResult.ColumnKind> kinds = null;
                try (Statement st = conn.createStatement()) {
                    while (true) {
                        long want = maxRows > 0 ? Math.min(BATCH, maxRows + 1 - read) : BATCH;
                        long got;
                        try (ResultSet rs = st.executeQuery("FETCH FORWARD " + want + " FROM " + CURSOR)) {
                            if (kinds == null) {
                                kinds = columns(rs, out);
                            }
                            got = rows(rs, kinds, maxRows, read, out);
                        }
                        if (maxRows > 0 && read + got > maxRows) {
                            return new QueryResult.Outcome(maxRows, true, -1);
                        }
                        read += got;
                        if (got < want) {
                            return new QueryResult.Outcome(read, false, -1);
                        }
                    }
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
    private QueryResult.Outcome write(LogicalDatabase db, String sql, int maxRows, QueryResult.Rows out) {
        try (Connection conn = databases.connect(db, Map.of("ApplicationName", "dhub query --write"))) {
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.setMaxRows(maxRows > 0 ? maxRows + 1 : 0);
                st.setFetchSize(BATCH);
                QueryResult.Outcome result = execute(st, sql, maxRows, out);
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

    /** The statements' results: the rows of the last that returns rows (each such result starts anew), else the count changed. */
    private static QueryResult.Outcome execute(Statement st, String sql, int maxRows, QueryResult.Rows out)
            throws SQLException {
        QueryResult.Outcome last = null;
        long updates = 0;
        boolean isResultSet = st.execute(sql);
        while (true) {
            if (isResultSet) {
                try (ResultSet rs = st.getResultSet()) {
                    long got = rows(rs, columns(rs, out), maxRows, 0, out);
                    last = maxRows > 0 && got > maxRows ? new QueryResult.Outcome(maxRows, true, -1)
                            : new QueryResult.Outcome(got, false, -1);
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
        return last != null ? last : new QueryResult.Outcome(0, false, updates);
    }

    /** Hands the result's column labels and kinds to {@code out}; returns the kinds. */
    private static List<QueryResult.ColumnKind> columns(ResultSet rs, QueryResult.Rows out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> columns = new ArrayList<>(n);
        List<QueryResult.ColumnKind> kinds = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            columns.add(meta.getColumnLabel(i));
            kinds.add(kind(meta.getColumnType(i)));
        }
        List<QueryResult.ColumnKind> fixed = List.copyOf(kinds);
        out.columns(List.copyOf(columns), fixed);
        return fixed;
    }

    /**
     * Hands the result's rows to {@code out}, up to the limit ({@code done} already handed); returns
     * the rows read, one more than it handed when the limit was passed.
     */
    private static long rows(ResultSet rs, List<QueryResult.ColumnKind> kinds, int maxRows, long done,
                             QueryResult.Rows out) throws SQLException {
        int n = kinds.size();
        long read = 0;
        while (rs.next()) {
            read++;
            if (maxRows > 0 && done + read > maxRows) {
                break;
            }
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(kinds.get(i - 1) == QueryResult.ColumnKind.BOOLEAN
                        ? (rs.getObject(i) == null ? null : Boolean.toString(rs.getBoolean(i))) : rs.getString(i));
            }
            out.row(Collections.unmodifiableList(row));
        }
        return read;
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
