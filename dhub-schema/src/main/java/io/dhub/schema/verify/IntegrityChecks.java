package io.dhub.schema.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.COMPLIANCE;
import static io.dhub.schema.LogicalDatabase.CUSTOMER;
import static io.dhub.schema.LogicalDatabase.EMPLOYEES;
import static io.dhub.schema.LogicalDatabase.LOANS;
import static io.dhub.schema.verify.ReferencesCheck.into;
import static io.dhub.schema.verify.ReferencesCheck.local;

import io.dhub.schema.LogicalDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** References within and across databases, uniqueness, and the schema's ranges and enumerations. */
final class IntegrityChecks {
    private IntegrityChecks() {
    }

    static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        checks.add(ReferencesCheck.of(EMPLOYEES, "employees", Set.of("manager_id")));
        checks.add(ReferencesCheck.of(EMPLOYEES, "employee_training", Set.of()));
        checks.add(ReferencesCheck.of(EMPLOYEES, "performance_reviews", Set.of()));
        checks.add(ReferencesCheck.of(EMPLOYEES, "employee_assignments", Set.of(),
                into("customer_id", Import.CUSTOMERS, "customer_id", "accounts_db.customers")));
        checks.add(ReferencesCheck.of(CUSTOMER, "interactions", Set.of(),
                into("handled_by", Import.STAFF, "employee_id", "employees_db.employees")));
        checks.add(ReferencesCheck.of(CUSTOMER, "satisfaction_surveys", Set.of()));
        checks.add(ReferencesCheck.of(CUSTOMER, "complaints", Set.of(),
                into("assigned_to", Import.STAFF, "employee_id", "employees_db.employees")));
        checks.add(ReferencesCheck.of(CUSTOMER, "campaign_responses", Set.of()));
        checks.add(ReferencesCheck.of(ACCOUNTS, "accounts", Set.of()));
        checks.add(ReferencesCheck.of(ACCOUNTS, "account_relationships", Set.of()));
        checks.add(ReferencesCheck.of(ACCOUNTS, "transactions", Set.of(),
                into("loan_id", Import.LOAN_FLOWS, "loan_id", "loans_db.loans")));
        checks.add(ReferencesCheck.of(LOANS, "loan_applications", Set.of(),
                into("customer_id", Import.CUSTOMERS, "customer_id", "accounts_db.customers"),
                into("officer_id", Import.STAFF, "employee_id", "employees_db.employees"),
                into("approved_by", Import.STAFF, "employee_id", "employees_db.employees")));
        checks.add(ReferencesCheck.of(LOANS, "loans", Set.of(),
                into("linked_account_id", Import.ACCOUNTS, "account_id", "accounts_db.accounts"),
                into("officer_id", Import.STAFF, "employee_id", "employees_db.employees"),
                into("approved_by", Import.STAFF, "employee_id", "employees_db.employees")));
        checks.add(ReferencesCheck.of(LOANS, "collateral", Set.of()));
        checks.add(ReferencesCheck.of(LOANS, "repayment_schedule", Set.of()));
        checks.add(ReferencesCheck.of(LOANS, "loan_guarantors", Set.of()));
        checks.add(ReferencesCheck.of(LOANS, "risk_assessments", Set.of(),
                into("assessed_by", Import.STAFF, "employee_id", "employees_db.employees")));
        checks.add(ReferencesCheck.of(COMPLIANCE, "kyc_records", Set.of(),
                into("customer_id", Import.CUSTOMERS, "customer_id", "accounts_db.customers"),
                into("verified_by", Import.STAFF, "employee_id", "employees_db.employees"),
                local("review_id", "kyc_reviews", "review_id", COMPLIANCE),
                local("replaced_by", "kyc_records", "kyc_id", COMPLIANCE)));
        checks.add(ReferencesCheck.of(COMPLIANCE, "kyc_reviews", Set.of(),
                into("customer_id", Import.CUSTOMERS, "customer_id", "accounts_db.customers"),
                into("reviewed_by", Import.STAFF, "employee_id", "employees_db.employees")));
        checks.add(ReferencesCheck.of(COMPLIANCE, "aml_checks", Set.of(),
                into("customer_id", Import.CUSTOMERS, "customer_id", "accounts_db.customers"),
                into("reviewed_by", Import.STAFF, "employee_id", "employees_db.employees"),
                local("review_id", "kyc_reviews", "review_id", COMPLIANCE)));
        checks.add(ReferencesCheck.of(COMPLIANCE, "consents", Set.of(),
                into("customer_id", Import.CUSTOMERS, "customer_id", "accounts_db.customers")));
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
