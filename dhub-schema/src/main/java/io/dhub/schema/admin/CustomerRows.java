package io.dhub.schema.admin;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.Schema;
import io.dhub.schema.connect.SqlFailures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Every row of one customer in the six databases ({@code dhub export customer}), read from the
 * databases as they are now, edits included. Each table of each database is either a customer's,
 * with the condition that picks the customer's rows, or the bank's own (staff, catalogs, campaigns,
 * the run's profile mix): {@link Schema} says which, and refuses a table that is neither.
 *
 * <p>The audit trail is read last: its rows whose actor is the customer, and those about an entity
 * (a row with a single-column key) already exported.
 */
public final class CustomerRows {
    /** Receives one row: its database, table and the row as a JSON object (PostgreSQL's row_to_json). */
    @FunctionalInterface
    public interface Sink {
        void row(LogicalDatabase database, String table, String json);
    }

    private final Databases databases;

    CustomerRows(Databases databases) {
        this.databases = databases;
    }

    /** Hands every row of the customer to {@code out}, database by database, tables by name, rows by key. */
    long export(long customerId, Sink out) {
        for (Map.Entry<LogicalDatabase, DatabaseState> state : databases.states().entrySet()) {
            if (state.getValue() != DatabaseState.OWNED) {
                throw new DhubException(ErrorCode.FAILED, "nothing to export: " + databases.physicalName(state.getKey())
                        + (state.getValue() == DatabaseState.MISSING ? " does not exist" : " is not dhub's")
                        + "; run 'dhub seed all' first");
            }
        }
        long rows = 0;
        try {
            List<String> accounts = new ArrayList<>();
            try (Connection conn = databases.connect(LogicalDatabase.ACCOUNTS, Map.of("ApplicationName",
                    "dhub export")); Statement st = conn.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM customers WHERE customer_id = " + customerId)) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        throw DhubException.usage("no customer " + customerId + " in " + databases.physicalName(
                                LogicalDatabase.ACCOUNTS) + "; customer ids run from 1 to the customer count");
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT account_id FROM accounts WHERE customer_id = " + customerId
                        + " ORDER BY 1")) {
                    while (rs.next()) {
                        accounts.add(rs.getString(1));
                    }
                }
            }
            // (database, table, id) of each exported row with a one-column key, for the audit trail
            StringJoiner entities = new StringJoiner(", ");
            for (LogicalDatabase db : LogicalDatabase.values()) {
                try (Connection conn = databases.connect(db, Map.of("ApplicationName", "dhub export"))) {
                    conn.setAutoCommit(false);
                    conn.setReadOnly(true);
                    List<Table<?>> tables = new ArrayList<>(db.tables());
                    tables.sort((a, b) -> Boolean.compare("audit_trail".equals(a.getName()),
                            "audit_trail".equals(b.getName())));
                    for (Table<?> table : tables) {
                        String condition = Schema.table(db, table.getName()).customerRows();
                        if (condition == null) {
                            continue;
                        }
                        List<? extends Field<?>> key = table.getPrimaryKey().getFields();
                        StringJoiner order = new StringJoiner(", ");
                        key.forEach(f -> order.add("t." + f.getName()));
                        String where = condition.replace("{c}", Long.toString(customerId))
                                .replace("{accounts}", accounts.isEmpty() ? "NULL" : String.join(", ", accounts));
                        String with = "";
                        if ("audit_trail".equals(table.getName())) {
                            with = "WITH entities (entity_database, entity_table, entity_id) AS (SELECT NULL::text, "
                                    + "NULL::text, NULL::bigint" + (entities.length() == 0 ? "" : " UNION ALL VALUES "
                                    + entities) + ") ";
                        }
                        String sql = with + "SELECT row_to_json(t)::text" + (key.size() == 1 ? ", t." + key.get(0)
                                .getName() + "::text" : "") + " FROM " + table.getName() + " t WHERE " + where
                                + " ORDER BY " + order;
                        try (Statement st = conn.createStatement()) {
                            st.setFetchSize(1_000);
                            try (ResultSet rs = st.executeQuery(sql)) {
                                while (rs.next()) {
                                    out.row(db, table.getName(), rs.getString(1));
                                    rows++;
                                    if (key.size() == 1) {
                                        entities.add("('" + db.logicalName() + "', '" + table.getName() + "', "
                                                + rs.getString(2) + ")");
                                    }
                                }
                            }
                        }
                    }
                    conn.rollback();
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DhubException(ErrorCode.FAILED, "export failed: " + SqlFailures.firstLine(e), e);
        }
    }
}
