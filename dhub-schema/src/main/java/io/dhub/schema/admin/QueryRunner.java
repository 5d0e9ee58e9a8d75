package io.dhub.schema.admin;

import io.dhub.schema.DhubException;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.connect.SqlFailures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Runs {@code db query}: read-only unless asked to write, and writing only where dhub owns the database. */
final class QueryRunner {
    private static final String READ_ONLY_STATE = "25006";

    private final Databases databases;

    QueryRunner(Databases databases) {
        this.databases = databases;
    }

    QueryResult run(LogicalDatabase db, String sql, boolean write, int maxRows) {
        if (write && databases.states().get(db) == DatabaseState.NOT_OWNED) {
            throw databases.notOwned(db);
        }
        if (!write) {
            ReadOnlyGuard.check(sql, db.logicalName());
        }
        Map<String, String> session = write ? Map.of() : Map.of("options", "-c default_transaction_read_only=on");
        try (Connection conn = databases.connect(db, session)) {
            conn.setAutoCommit(false);
            conn.setReadOnly(!write);
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
            if (READ_ONLY_STATE.equals(e.getSQLState())) {
                throw DhubException.usage("db query is read-only by default and the statement tried to change "
                        + db + " (" + SqlFailures.firstLine(e) + "): add --write to allow changes");
            }
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
