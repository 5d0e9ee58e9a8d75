package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.CUSTOMER;
import static io.dhub.schema.LogicalDatabase.EMPLOYEES;
import static io.dhub.verify.ReferencesCheck.into;
import static io.dhub.verify.ReferencesCheck.local;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.Schema;
import io.dhub.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** References within and across databases, uniqueness, and the schema's ranges and enumerations. */
final class IntegrityChecks {
    private IntegrityChecks() {
    }

    static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        checks.addAll(references());
        checks.add(branchCodes());
        checks.add(customerViewsAgree());
        checks.add(contactsUniqueAcrossStaffAndCustomers());
        for (LogicalDatabase db : LogicalDatabase.values()) {
            checks.add(new UniqueKeysCheck(db));
        }
        for (LogicalDatabase db : LogicalDatabase.values()) {
            checks.add(new SchemaRulesCheck(db));
        }
        return checks;
    }

    /**
     * References judged by checks of their own: the branch codes ({@code references.branch_codes}),
     * the customer profiles' ids ({@code references.customer_profiles}, which compares both sides),
     * and a manager's id (the staff hierarchy's checks).
     */
    private static final Set<String> JUDGED_ELSEWHERE = Set.of("employees_db.employees.manager_id",
            "employees_db.employees.branch_code", "employees_db.employee_assignments.branch_code",
            "customer_db.customer_profiles.customer_id", "customer_db.customer_profiles.home_branch_code",
            "accounts_db.accounts.branch_code");

    /**
     * The rows each target of a reference into another database is imported as: the customer master,
     * the staff, the accounts, loans, policies and claims. References into transactions, the largest
     * table, run the other way ({@link #intoTransactions}).
     */
    private static Import importOf(TableSpec.Reference r) {
        return switch (r.target()) {
            case "accounts_db.customers.customer_id" -> Import.CUSTOMERS;
            case "employees_db.employees.employee_id" -> Import.STAFF;
            case "accounts_db.accounts.account_id" -> Import.ACCOUNTS;
            case "loans_db.loans.loan_id" -> Import.LOAN_FLOWS;
            case "insurance_db.policies.policy_id" -> Import.POLICY_IDS;
            case "insurance_db.claims.claim_id" -> Import.CLAIM_IDS;
            default -> throw new IllegalStateException("no import for the target of a reference: " + r.target());
        };
    }

    /**
     * One check per table that makes references ({@code references.TABLE}), from the schema's one
     * list ({@link Schema}): its foreign keys, the references left undeclared in its database and
     * those into other databases, but for those {@link #JUDGED_ELSEWHERE}; and one check per reference
     * into accounts_db.transactions, run in accounts_db over the referring rows imported there.
     */
    static List<Check> references() {
        List<Check> out = new ArrayList<>();
        for (TableSpec t : Schema.tables()) {
            List<ReferencesCheck.Reference> refs = new ArrayList<>();
            for (TableSpec.Reference r : t.references()) {
                if (JUDGED_ELSEWHERE.contains(t.qualifiedName() + "." + r.column())) {
                    continue;
                }
                if (r.held() != TableSpec.Held.CROSS_DATABASE) {
                    refs.add(local(r.column(), r.targetTable(), r.targetColumn(), r.targetDatabase()));
                } else if (r.target().equals("accounts_db.transactions.transaction_id")) {
                    out.add(intoTransactions(t, r));
                } else {
                    refs.add(into(r.column(), importOf(r), r.targetColumn(), r.targetDatabase().logicalName() + "."
                            + r.targetTable()));
                }
            }
            if (!refs.isEmpty()) {
                out.add(ReferencesCheck.of(t.database(), t.name(), refs));
            }
        }
        return out;
    }

    /**
     * A reference into accounts_db.transactions, checked where the transactions are: the referring
     * rows' keys and references are imported into accounts_db (a few per customer, where the
     * transactions are hundreds).
     */
    private static Check intoTransactions(TableSpec t, TableSpec.Reference r) {
        String key = t.primaryKey().get(0);
        Import referring = new Import("verify_refs_" + t.name() + "_" + r.column(), t.database(), "SELECT " + key
                + ", " + r.column() + " FROM " + t.name() + " WHERE " + r.column() + " IS NOT NULL",
                key + " bigint, " + r.column() + " bigint");
        return RuleCheck.rule("references." + t.name() + "." + r.column(), Category.INTEGRITY, ACCOUNTS,
                        t.qualifiedName() + "." + r.column() + " → accounts_db.transactions")
                .expect("every " + r.column() + " names a transaction of accounts_db.transactions")
                .over(t.name() + " rows with a " + r.column(), "SELECT i." + key + " AS key, i." + r.column()
                        + " AS ref, NOT EXISTS (SELECT 1 FROM public.transactions x WHERE x.transaction_id = i."
                        + r.column() + ") AS dangling FROM " + referring.name() + " i")
                .brokenWhen("dangling")
                .offender("'" + t.name() + " " + key + " ' || key || ': " + r.column() + " = ' || ref || ' matches no "
                        + "accounts_db.transactions row'")
                .worstFirst("key")
                .needs(referring)
                .build();
    }

    /**
     * Every branch code the bank writes names one of its branches: staff, branch coverage, accounts
     * and customers' home branches (the last two in other databases).
     */
    private static Check branchCodes() {
        return RuleCheck.rule("references.branch_codes", Category.INTEGRITY, EMPLOYEES,
                        "employees.branch_code, employee_assignments.branch_code, accounts_db.accounts.branch_code, "
                                + "customer_db.customer_profiles.home_branch_code → employees_db.branches")
                .expect("every branch code names a branch in employees_db.branches")
                .over("branch codes in use", "SELECT u.source, u.branch_code, u.n, b.branch_code IS NOT NULL AS known FROM (SELECT 'employees' AS source, "
                        + "branch_code, count(*) AS n FROM public.employees WHERE branch_code IS NOT NULL GROUP BY 2 "
                        + "UNION ALL SELECT 'employee_assignments', branch_code, count(*) FROM public.employee_assignments "
                        + "WHERE branch_code IS NOT NULL GROUP BY 2 UNION ALL SELECT 'accounts_db.accounts', branch_code, "
                        + "n FROM verify_account_branch_codes UNION ALL SELECT 'customer_db.customer_profiles', "
                        + "home_branch_code, count(*) FROM verify_home_branches WHERE home_branch_code IS NOT NULL "
                        + "GROUP BY 2) u LEFT JOIN public.branches b ON b.branch_code = u.branch_code")
                .brokenWhen("NOT known")
                .offender("source || ': ' || n || ' rows name branch ' || branch_code || ', which is not in "
                        + "employees_db.branches'")
                .worstFirst("n DESC")
                .needs(Import.ACCOUNT_BRANCH_CODES, Import.HOME_BRANCHES)
                .build();
    }

    /**
     * customer_db's profiles and accounts_db's customers are two views of the same people: the same
     * ids on both sides, with the same name, e-mail, phone, birth date and segment.
     */
    private static Check customerViewsAgree() {
        return RuleCheck.rule("references.customer_profiles", Category.INTEGRITY, CUSTOMER,
                        "customer_db.customer_profiles ↔ accounts_db.customers")
                .expect("the same customers on both sides, with the same identity")
                .over("customers", "SELECT coalesce(p.customer_id, c.customer_id) AS customer_id, "
                        + "p.customer_id IS NULL AS no_profile, c.customer_id IS NULL AS no_customer, "
                        + "(p.first_name, p.last_name, p.email, p.phone, p.date_of_birth, p.segment) IS DISTINCT FROM "
                        + "(c.first_name, c.last_name, c.email, c.phone, c.date_of_birth, c.segment) AS differs "
                        + "FROM public.customer_profiles p FULL JOIN verify_customer_identity c USING (customer_id)")
                .brokenWhen("no_profile OR no_customer OR differs")
                .offender("'customer ' || customer_id || CASE WHEN no_profile THEN ' has no profile in customer_db' "
                        + "WHEN no_customer THEN ' has a profile but is not in accounts_db.customers' "
                        + "ELSE ': profile and accounts_db.customers differ in name, e-mail, phone, birth date or "
                        + "segment' END")
                .worstFirst("customer_id")
                .needs(Import.CUSTOMER_IDENTITY)
                .build();
    }

    /** No phone number or e-mail address is shared between an employee and a customer. */
    private static Check contactsUniqueAcrossStaffAndCustomers() {
        return RuleCheck.rule("unique.contacts", Category.INTEGRITY, ACCOUNTS,
                        "employees_db.employees ↔ accounts_db.customers")
                .expect("no phone or e-mail shared by an employee and a customer")
                .over("employees", "SELECT s.employee_id, s.phone, s.email, (SELECT min(c.customer_id) FROM "
                        + "public.customers c WHERE c.phone = s.phone OR c.email = s.email) AS customer_id "
                        + "FROM verify_staff_contacts s")
                .brokenWhen("customer_id IS NOT NULL")
                .offender("'employee ' || employee_id || ' and customer ' || customer_id || ' share phone ' || phone "
                        + "|| ' or e-mail ' || email")
                .worstFirst("employee_id")
                .needs(Import.STAFF_CONTACTS)
                .build();
    }
}
