package io.dhub.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * dhub's schema described once, as {@link TableSpec}s: the columns, keys, descriptions and declared
 * foreign keys come from the jOOQ classes generated from the migrations; this class adds what the
 * migrations cannot say: the references PostgreSQL cannot hold ({@link #UNDECLARED}: across databases,
 * or unconstrained in one) and whose rows each table holds ({@link #CUSTOMER_ROWS}, {@link #BANKS}).
 * A table that is neither a customer's nor the bank's, or a reference whose column or target does not
 * exist, fails when this class loads, so a new table or a renamed column cannot be forgotten.
 */
public final class Schema {
    private Schema() {
    }

    /**
     * The references no constraint holds, as {@code database.table.column -> database.table.column}:
     * ids across the six databases (the customer master in accounts_db, the staff in employees_db,
     * accounts, transactions, loans, policies and claims), branch codes, and the few references inside
     * one database the migrations leave unconstrained. A polymorphic column (audit_trail.entity_id,
     * whose table is named by its row) is not a reference.
     */
    static final List<String> UNDECLARED = List.of(
            "employees_db.employees.branch_code -> employees_db.branches.branch_code",
            "employees_db.employee_assignments.branch_code -> employees_db.branches.branch_code",
            "employees_db.employee_assignments.customer_id -> accounts_db.customers.customer_id",
            "customer_db.customer_profiles.customer_id -> accounts_db.customers.customer_id",
            "customer_db.customer_profiles.home_branch_code -> employees_db.branches.branch_code",
            "customer_db.interactions.handled_by -> employees_db.employees.employee_id",
            "customer_db.complaints.assigned_to -> employees_db.employees.employee_id",
            "accounts_db.accounts.branch_code -> employees_db.branches.branch_code",
            "accounts_db.credit_cards.counterparty_id -> accounts_db.counterparties.counterparty_id",
            "accounts_db.transactions.counterparty_account_id -> accounts_db.accounts.account_id",
            "accounts_db.transactions.counterparty_id -> accounts_db.counterparties.counterparty_id",
            "accounts_db.transactions.parent_transaction_id -> accounts_db.transactions.transaction_id",
            "accounts_db.transactions.loan_id -> loans_db.loans.loan_id",
            "accounts_db.transactions.policy_id -> insurance_db.policies.policy_id",
            "accounts_db.transactions.claim_id -> insurance_db.claims.claim_id",
            "loans_db.loan_applications.customer_id -> accounts_db.customers.customer_id",
            "loans_db.loan_applications.officer_id -> employees_db.employees.employee_id",
            "loans_db.loan_applications.approved_by -> employees_db.employees.employee_id",
            "loans_db.loans.customer_id -> accounts_db.customers.customer_id",
            "loans_db.loans.linked_account_id -> accounts_db.accounts.account_id",
            "loans_db.loans.officer_id -> employees_db.employees.employee_id",
            "loans_db.loans.approved_by -> employees_db.employees.employee_id",
            "loans_db.risk_assessments.assessed_by -> employees_db.employees.employee_id",
            "insurance_db.policies.customer_id -> accounts_db.customers.customer_id",
            "insurance_db.policies.account_id -> accounts_db.accounts.account_id",
            "insurance_db.policies.agent_id -> employees_db.employees.employee_id",
            "insurance_db.premium_payments.account_id -> accounts_db.accounts.account_id",
            "insurance_db.claims.payout_account_id -> accounts_db.accounts.account_id",
            "insurance_db.claims.processed_by -> employees_db.employees.employee_id",
            "compliance_db.kyc_records.customer_id -> accounts_db.customers.customer_id",
            "compliance_db.kyc_records.verified_by -> employees_db.employees.employee_id",
            "compliance_db.kyc_records.review_id -> compliance_db.kyc_reviews.review_id",
            "compliance_db.kyc_records.replaced_by -> compliance_db.kyc_records.kyc_id",
            "compliance_db.kyc_reviews.customer_id -> accounts_db.customers.customer_id",
            "compliance_db.kyc_reviews.reviewed_by -> employees_db.employees.employee_id",
            "compliance_db.aml_checks.customer_id -> accounts_db.customers.customer_id",
            "compliance_db.aml_checks.account_id -> accounts_db.accounts.account_id",
            "compliance_db.aml_checks.transaction_id -> accounts_db.transactions.transaction_id",
            "compliance_db.aml_checks.reviewed_by -> employees_db.employees.employee_id",
            "compliance_db.aml_checks.review_id -> compliance_db.kyc_reviews.review_id",
            "compliance_db.suspicious_activity_reports.customer_id -> accounts_db.customers.customer_id",
            "compliance_db.suspicious_activity_reports.filed_by -> employees_db.employees.employee_id",
            "compliance_db.ctr_filings.customer_id -> accounts_db.customers.customer_id",
            "compliance_db.consents.customer_id -> accounts_db.customers.customer_id",
            "compliance_db.audit_trail.actor_customer_id -> accounts_db.customers.customer_id",
            "compliance_db.audit_trail.actor_employee_id -> employees_db.employees.employee_id",
            "compliance_db.laundering_cases.lead_customer_id -> accounts_db.customers.customer_id",
            "compliance_db.laundering_case_members.customer_id -> accounts_db.customers.customer_id",
            "compliance_db.laundering_case_members.account_id -> accounts_db.accounts.account_id",
            "compliance_db.laundering_case_transactions.account_id -> accounts_db.accounts.account_id",
            "compliance_db.laundering_case_transactions.transaction_id -> accounts_db.transactions.transaction_id");

    private static final String ACCOUNTS = "(SELECT account_id FROM accounts WHERE customer_id = {c})";
    private static final String LOANS = "(SELECT loan_id FROM loans WHERE customer_id = {c})";
    private static final String POLICIES = "(SELECT policy_id FROM policies WHERE customer_id = {c})";

    /**
     * Per table of a customer's rows, the condition that picks customer {c}'s ({accounts}: the
     * customer's account ids, read first).
     */
    static final Map<String, String> CUSTOMER_ROWS = Map.ofEntries(
            Map.entry("employees_db.employee_assignments", "customer_id = {c}"),
            Map.entry("customer_db.customer_profiles", "customer_id = {c}"),
            Map.entry("customer_db.customer_identifiers", "customer_id = {c}"),
            Map.entry("customer_db.interactions", "customer_id = {c}"),
            Map.entry("customer_db.complaints", "customer_id = {c}"),
            Map.entry("customer_db.satisfaction_surveys", "customer_id = {c}"),
            Map.entry("customer_db.campaign_responses", "customer_id = {c}"),
            Map.entry("accounts_db.customers", "customer_id = {c}"),
            Map.entry("accounts_db.accounts", "customer_id = {c}"),
            Map.entry("accounts_db.account_relationships", "customer_id = {c} OR account_id IN " + ACCOUNTS),
            Map.entry("accounts_db.transactions", "account_id IN " + ACCOUNTS),
            Map.entry("accounts_db.customer_behaviour", "customer_id = {c}"),
            Map.entry("accounts_db.counterparties", "customer_id = {c}"),
            Map.entry("accounts_db.subscriptions", "customer_id = {c}"),
            Map.entry("accounts_db.credit_cards", "customer_id = {c}"),
            Map.entry("accounts_db.business_profiles", "customer_id = {c}"),
            Map.entry("accounts_db.credit_card_statements",
                    "card_id IN (SELECT card_id FROM credit_cards WHERE customer_id = {c})"),
            Map.entry("loans_db.loan_applications", "customer_id = {c}"),
            Map.entry("loans_db.loans", "customer_id = {c}"),
            Map.entry("loans_db.repayment_schedule", "loan_id IN " + LOANS),
            Map.entry("loans_db.collateral", "loan_id IN " + LOANS),
            Map.entry("loans_db.loan_guarantors", "loan_id IN " + LOANS),
            Map.entry("loans_db.risk_assessments",
                    "application_id IN (SELECT application_id FROM loan_applications WHERE customer_id = {c})"),
            Map.entry("insurance_db.policies", "customer_id = {c}"),
            Map.entry("insurance_db.coverages", "policy_id IN " + POLICIES),
            Map.entry("insurance_db.beneficiaries", "policy_id IN " + POLICIES),
            Map.entry("insurance_db.insured_members", "policy_id IN " + POLICIES),
            Map.entry("insurance_db.premium_payments", "policy_id IN " + POLICIES),
            Map.entry("insurance_db.claims", "policy_id IN " + POLICIES),
            Map.entry("compliance_db.kyc_reviews", "customer_id = {c}"),
            Map.entry("compliance_db.kyc_records", "customer_id = {c}"),
            Map.entry("compliance_db.aml_checks", "customer_id = {c}"),
            Map.entry("compliance_db.suspicious_activity_reports", "customer_id = {c}"),
            Map.entry("compliance_db.ctr_filings", "customer_id = {c}"),
            Map.entry("compliance_db.consents", "customer_id = {c}"),
            Map.entry("compliance_db.laundering_cases", "lead_customer_id = {c}"),
            Map.entry("compliance_db.laundering_case_members", "customer_id = {c}"),
            Map.entry("compliance_db.laundering_case_transactions", "account_id IN ({accounts})"),
            Map.entry("compliance_db.audit_trail", "actor_customer_id = {c} OR (entity_database, entity_table, "
                    + "entity_id) IN (SELECT * FROM entities)"));

    /** The tables of the bank's own rows: staff, catalogues, campaigns and the run's profile mix. */
    static final Set<String> BANKS = Set.of("employees_db.branches", "employees_db.branch_routing_codes", "employees_db.departments",
            "employees_db.employee_training", "employees_db.employees", "employees_db.performance_reviews",
            "employees_db.training_programs", "customer_db.campaigns", "accounts_db.profile_weights");

    private static final List<TableSpec> TABLES = build();

    /** Every data table of the six databases, by database (in {@link LogicalDatabase} order), then name. */
    public static List<TableSpec> tables() {
        return TABLES;
    }

    /** The tables of one database, by name. */
    public static List<TableSpec> tables(LogicalDatabase db) {
        return TABLES.stream().filter(t -> t.database() == db).toList();
    }

    public static TableSpec table(LogicalDatabase db, String name) {
        return find(db, name).orElseThrow(() -> new IllegalArgumentException(name + " is not a table of "
                + db.logicalName()));
    }

    /** The table of that name in that database, if the schema holds one. */
    public static java.util.Optional<TableSpec> find(LogicalDatabase db, String name) {
        return TABLES.stream().filter(t -> t.database() == db && t.name().equals(name)).findFirst();
    }

    /** Every reference into another database, by source table then column. */
    public static List<TableSpec.Reference> crossDatabase(TableSpec table) {
        return table.references().stream().filter(r -> r.held() == TableSpec.Held.CROSS_DATABASE).toList();
    }

    private static List<TableSpec> build() {
        Map<String, List<TableSpec.Reference>> undeclared = new LinkedHashMap<>();
        for (String line : UNDECLARED) {
            String[] sides = line.split(" -> ");
            String[] from = sides[0].split("\\.");
            String[] to = sides[1].split("\\.");
            LogicalDatabase source = LogicalDatabase.byName(from[0]);
            LogicalDatabase target = LogicalDatabase.byName(to[0]);
            // fails here when a table or column is not the schema's
            if (source.table(from[1]).field(from[2]) == null || target.table(to[1]).field(to[2]) == null) {
                throw new IllegalStateException("a reference names a column the schema does not have: " + line);
            }
            undeclared.computeIfAbsent(from[0] + "." + from[1], k -> new ArrayList<>()).add(new TableSpec.Reference(
                    from[2], target, to[1], to[2], source == target ? TableSpec.Held.UNDECLARED
                    : TableSpec.Held.CROSS_DATABASE));
        }
        List<TableSpec> out = new ArrayList<>();
        List<String> unclassified = new ArrayList<>();
        for (LogicalDatabase db : LogicalDatabase.values()) {
            for (Table<?> t : db.tables()) {
                String qualified = db.logicalName() + "." + t.getName();
                String rows = CUSTOMER_ROWS.get(qualified);
                if ((rows == null) == !BANKS.contains(qualified)) {
                    unclassified.add(qualified);
                }
                List<TableSpec.Column> columns = new ArrayList<>();
                for (Field<?> f : t.fields()) {
                    DataType<?> type = f.getDataType();
                    columns.add(new TableSpec.Column(f.getName(), sqlType(type), type.nullable(), type.defaulted(),
                            f.getComment()));
                }
                List<TableSpec.Reference> refs = new ArrayList<>();
                for (ForeignKey<?, ?> fk : t.getReferences()) {
                    for (int i = 0; i < fk.getFields().size(); i++) {
                        refs.add(new TableSpec.Reference(fk.getFields().get(i).getName(), db, fk.getKey().getTable()
                                .getName(), ((TableField<?, ?>) fk.getKey().getFields().get(i)).getName(),
                                TableSpec.Held.FOREIGN_KEY));
                    }
                }
                refs.addAll(undeclared.getOrDefault(qualified, List.of()));
                List<String> key = t.getPrimaryKey() == null ? List.of()
                        : t.getPrimaryKey().getFields().stream().map(Field::getName).toList();
                out.add(new TableSpec(db, t.getName(), t.getComment(), columns, key, refs, rows));
            }
        }
        if (!unclassified.isEmpty()) {
            throw new IllegalStateException("tables neither a customer's nor the bank's in io.dhub.schema.Schema: "
                    + unclassified);
        }
        return List.copyOf(out);
    }

    /**
     * The type as PostgreSQL names it, with a numeric's precision and scale and a varchar's length.
     * jOOQ reads the migrations through H2's type names, which name PostgreSQL's {@code text} a
     * {@code clob} and its {@code jsonb} (the only JSON the migrations declare) {@code json}.
     */
    private static String sqlType(DataType<?> type) {
        String name = switch (type.getTypeName()) {
            case "clob" -> "text";
            case "json" -> "jsonb";
            default -> type.getTypeName();
        };
        if (type.hasPrecision() && type.precisionDefined() && (name.equals("numeric") || name.equals("decimal"))) {
            return "numeric(" + type.precision() + ", " + type.scale() + ")";
        }
        if (type.hasLength() && type.lengthDefined()) {
            return name + "(" + type.length() + ")";
        }
        return name;
    }
}
