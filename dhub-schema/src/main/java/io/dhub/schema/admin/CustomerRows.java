package io.dhub.schema.admin;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.connect.SqlFailures;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Every row of one customer in the six databases ({@code dhub export customer}), read from the
 * databases as they are now, edits included. Each table of each database is either a customer's,
 * with the condition that picks the customer's rows, or the bank's own (staff, catalogs, campaigns,
 * the run's profile mix); {@link #SHARED} names those, and a table in neither is an error, so a new
 * table cannot be forgotten.
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

    /** Tables that hold no customer's rows: the bank's staff, catalogs, campaigns and the run's settings. */
    public static final Map<LogicalDatabase, Set<String>> SHARED = Map.of(
            LogicalDatabase.EMPLOYEES, Set.of("branches", "departments", "employee_training", "employees",
                    "performance_reviews", "training_programs"),
            LogicalDatabase.CUSTOMER, Set.of("campaigns"),
            LogicalDatabase.ACCOUNTS, Set.of("profile_weights"),
            LogicalDatabase.LOANS, Set.of(),
            LogicalDatabase.INSURANCE, Set.of(),
            LogicalDatabase.COMPLIANCE, Set.of());

    private static final String ACCOUNTS = "(SELECT account_id FROM accounts WHERE customer_id = {c})";
    private static final String LOANS = "(SELECT loan_id FROM loans WHERE customer_id = {c})";
    private static final String POLICIES = "(SELECT policy_id FROM policies WHERE customer_id = {c})";

    /** Per table, the condition for customer {c}'s rows ({accounts}: the customer's account ids, read first). */
    public static final Map<LogicalDatabase, Map<String, String>> OWN = Map.of(
            LogicalDatabase.EMPLOYEES, Map.of("employee_assignments", "customer_id = {c}"),
            LogicalDatabase.CUSTOMER, Map.of(
                    "customer_profiles", "customer_id = {c}",
                    "interactions", "customer_id = {c}",
                    "complaints", "customer_id = {c}",
                    "satisfaction_surveys", "customer_id = {c}",
                    "campaign_responses", "customer_id = {c}"),
            LogicalDatabase.ACCOUNTS, Map.of(
                    "customers", "customer_id = {c}",
                    "accounts", "customer_id = {c}",
                    "account_relationships", "customer_id = {c} OR account_id IN " + ACCOUNTS,
                    "transactions", "account_id IN " + ACCOUNTS,
                    "customer_behaviour", "customer_id = {c}",
                    "counterparties", "customer_id = {c}",
                    "subscriptions", "customer_id = {c}",
                    "credit_cards", "customer_id = {c}",
                    "credit_card_statements", "card_id IN (SELECT card_id FROM credit_cards WHERE customer_id = {c})"),
            LogicalDatabase.LOANS, Map.of(
                    "loan_applications", "customer_id = {c}",
                    "loans", "customer_id = {c}",
                    "repayment_schedule", "loan_id IN " + LOANS,
                    "collateral", "loan_id IN " + LOANS,
                    "loan_guarantors", "loan_id IN " + LOANS,
                    "risk_assessments", "application_id IN (SELECT application_id FROM loan_applications WHERE "
                            + "customer_id = {c})"),
            LogicalDatabase.INSURANCE, Map.of(
                    "policies", "customer_id = {c}",
                    "coverages", "policy_id IN " + POLICIES,
                    "beneficiaries", "policy_id IN " + POLICIES,
                    "premium_payments", "policy_id IN " + POLICIES,
                    "claims", "policy_id IN " + POLICIES),
            LogicalDatabase.COMPLIANCE, Map.of(
                    "kyc_reviews", "customer_id = {c}",
                    "kyc_records", "customer_id = {c}",
                    "aml_checks", "customer_id = {c}",
                    "suspicious_activity_reports", "customer_id = {c}",
                    "ctr_filings", "customer_id = {c}",
                    "consents", "customer_id = {c}",
                    "laundering_cases", "lead_customer_id = {c}",
                    "laundering_case_members", "customer_id = {c}",
                    "laundering_case_transactions", "account_id IN ({accounts})",
                    "audit_trail", "actor_customer_id = {c} OR (entity_database, entity_table, entity_id) IN "
                            + "(SELECT * FROM entities)"));

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
                        String condition = OWN.get(db).get(table.getName());
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

    /** Tables neither a customer's nor the bank's own, in this order: must be empty. */
    public static List<String> unclassified() {
        List<String> out = new ArrayList<>();
        for (LogicalDatabase db : LogicalDatabase.values()) {
            for (Table<?> t : db.tables()) {
                boolean own = OWN.get(db).containsKey(t.getName());
                boolean shared = SHARED.get(db).contains(t.getName());
                if (own == shared) {
                    out.add(db.logicalName() + "." + t.getName());
                }
            }
        }
        return out;
    }
}
