package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.EMPLOYEES;
import static io.dhub.schema.LogicalDatabase.LOANS;

import java.util.List;

/** Shapes the data must have: one management tree, people in the right roles, loans owned consistently. */
final class StructureChecks {
    static final String LEADERS = "('executive', 'manager', 'branch_manager')";

    private StructureChecks() {
    }

    static List<Check> all() {
        return List.of(managementTree(), managersLead(), staffRolesInEmployees(), staffRolesInLoans(),
                relationshipParties(), loansMatchTheirApplications(), oneLoanPerApprovedApplication());
    }

    /**
     * The manager hierarchy is one tree: exactly one employee without a manager, and every other
     * one reaches that root by following managers, which rules out cycles and dangling managers.
     */
    static Check managementTree() {
        return RuleCheck.rule("hierarchy.tree", Category.STRUCTURE, EMPLOYEES, "employees_db.employees")
                .expect("one root; every employee reaches it through existing managers (no cycle)")
                .over("employees", "WITH RECURSIVE roots AS (SELECT employee_id FROM public.employees WHERE manager_id IS "
                        + "NULL), tree AS (SELECT employee_id FROM public.employees WHERE manager_id IS NULL AND "
                        + "(SELECT count(*) FROM roots) = 1 UNION ALL SELECT e.employee_id FROM public.employees e "
                        + "JOIN tree t ON e.manager_id = t.employee_id) SELECT e.employee_id, e.manager_id, "
                        + "t.employee_id IS NOT NULL AS reached, (SELECT count(*) FROM roots) AS roots, "
                        + "(SELECT string_agg(employee_id::text, ', ' ORDER BY employee_id) FROM roots) AS root_ids "
                        + "FROM public.employees e LEFT JOIN tree t USING (employee_id)")
                .brokenWhen("NOT reached")
                .offender("CASE WHEN roots <> 1 THEN roots || ' employees have no manager (' || left(coalesce(root_ids, "
                        + "''), 200) || '); the hierarchy needs exactly one root' ELSE 'employee ' || employee_id || "
                        + "' does not reach the root: its chain of managers ' || coalesce(manager_id::text, '') || "
                        + "' loops or ends at an employee who does not exist' END")
                .worstFirst("employee_id")
                .build();
    }

    /** Whoever manages someone holds a leading role. */
    static Check managersLead() {
        return RuleCheck.rule("hierarchy.leaders", Category.STRUCTURE, EMPLOYEES, "employees_db.employees")
                .expect("managers are executives, managers or branch managers")
                .over("managed employees", "SELECT e.employee_id, m.employee_id AS manager_id, m.role FROM "
                        + "public.employees e JOIN public.employees m ON m.employee_id = e.manager_id")
                .brokenWhen("role NOT IN " + LEADERS)
                .offender("'employee ' || employee_id || ' is managed by ' || manager_id || ', a ' || role")
                .worstFirst("employee_id")
                .build();
    }

    /** Reviews by someone else; portfolios and branch coverage held by staff who serve customers or branches. */
    static Check staffRolesInEmployees() {
        return RuleCheck.rule("roles.employees_db", Category.STRUCTURE, EMPLOYEES,
                        "employees_db.performance_reviews, employee_assignments")
                .expect("reviewers are other employees; portfolios go to customer-facing staff, branch coverage to "
                        + "branch staff")
                .over("reviews and assignments", "SELECT 'review ' || r.review_id AS what, r.employee_id = "
                        + "r.reviewer_id AS wrong, 'reviewed by ' || m.role AS detail FROM public.performance_reviews r "
                        + "JOIN public.employees m ON m.employee_id = r.reviewer_id UNION ALL SELECT 'assignment ' || "
                        + "a.assignment_id, CASE a.assignment_type WHEN 'customer_portfolio' THEN e.role NOT IN "
                        + "('customer_service_rep', 'loan_officer', 'insurance_agent', 'financial_advisor') ELSE e.role "
                        + "NOT IN ('branch_manager', 'teller', 'customer_service_rep') END, a.assignment_type || ' held by "
                        + "employee ' || e.employee_id || ', a ' || e.role FROM public.employee_assignments a JOIN "
                        + "public.employees e USING (employee_id)")
                .brokenWhen("wrong")
                .offender("what || ': ' || detail")
                .build();
    }

    /** Loan officers originate, leaders approve, risk analysts or compliance officers assess. */
    static Check staffRolesInLoans() {
        return RuleCheck.rule("roles.loans_db", Category.STRUCTURE, LOANS,
                        "loans_db.loan_applications, loans, risk_assessments → employees_db.employees")
                .expect("officers are loan officers, approvers lead, assessors are risk analysts or compliance officers")
                .over("staff references", "SELECT 'application ' || a.application_id || ' officer' AS what, "
                        + "s.employee_id, s.role, s.role <> 'loan_officer' AS wrong FROM public.loan_applications a JOIN "
                        + "verify_staff s ON s.employee_id = a.officer_id UNION ALL SELECT 'application ' || "
                        + "a.application_id || ' approver', s.employee_id, s.role, s.role NOT IN " + LEADERS
                        + " FROM public.loan_applications a JOIN verify_staff s ON s.employee_id = a.approved_by "
                        + "UNION ALL SELECT 'loan ' || l.loan_id || ' officer', s.employee_id, s.role, s.role <> "
                        + "'loan_officer' FROM public.loans l JOIN verify_staff s ON s.employee_id = l.officer_id "
                        + "UNION ALL SELECT 'loan ' || l.loan_id || ' approver', s.employee_id, s.role, s.role NOT IN "
                        + LEADERS + " FROM public.loans l JOIN verify_staff s ON s.employee_id = l.approved_by "
                        + "UNION ALL SELECT 'assessment ' || r.assessment_id || ' assessor', s.employee_id, s.role, "
                        + "s.role NOT IN ('risk_analyst', 'compliance_officer') FROM public.risk_assessments r JOIN "
                        + "verify_staff s ON s.employee_id = r.assessed_by")
                .brokenWhen("wrong")
                .offender("what || ' is employee ' || employee_id || ', a ' || role")
                .needs(Import.STAFF)
                .build();
    }

    /** Joint owners, authorised users and beneficiaries are other customers; linked savings is the holder's own. */
    static Check relationshipParties() {
        return RuleCheck.rule("relationships.parties", Category.STRUCTURE, ACCOUNTS,
                        "accounts_db.account_relationships, accounts")
                .expect("joint owners, users and beneficiaries are other customers; a linked savings account is "
                        + "another account of the holder")
                .over("relationships", "SELECT r.relationship_id, r.relationship_type, r.customer_id, a.customer_id AS "
                        + "holder, l.customer_id AS linked_holder FROM public.account_relationships r JOIN "
                        + "public.accounts a USING (account_id) LEFT JOIN public.accounts l ON l.account_id = "
                        + "r.linked_account_id")
                .brokenWhen("CASE WHEN relationship_type = 'linked_savings' THEN customer_id <> holder OR linked_holder "
                        + "<> holder ELSE customer_id = holder END")
                .offender("'relationship ' || relationship_id || ' (' || relationship_type || '): customer ' || "
                        + "customer_id || ', account holder ' || holder || coalesce(', linked account holder ' || "
                        + "linked_holder, '')")
                .worstFirst("relationship_id")
                .build();
    }

    /** A loan belongs to its application's customer, has its type, and pays into an account that customer holds. */
    static Check loansMatchTheirApplications() {
        return RuleCheck.rule("loans.owner", Category.STRUCTURE, LOANS,
                        "loans_db.loans, loan_applications → accounts_db.accounts")
                .expect("a loan has its application's customer and type, and its linked account is that customer's")
                .over("loans", "SELECT l.loan_id, l.customer_id, a.customer_id AS applicant, l.loan_type, a.loan_type AS "
                        + "applied_for, l.linked_account_id, x.customer_id AS account_holder FROM public.loans l JOIN "
                        + "public.loan_applications a USING (application_id) LEFT JOIN verify_accounts x ON x.account_id "
                        + "= l.linked_account_id")
                .brokenWhen("customer_id <> applicant OR loan_type <> applied_for OR account_holder <> customer_id")
                .offender("'loan ' || loan_id || ': customer ' || customer_id || ', applicant ' || applicant || ', type ' "
                        + "|| loan_type || ' for an application for ' || applied_for || ', linked account ' || "
                        + "linked_account_id || ' held by ' || coalesce(account_holder::text, '?')")
                .worstFirst("loan_id")
                .needs(Import.ACCOUNTS)
                .build();
    }

    /** Loans come from approved applications, one each, and every approved application has its loan. */
    static Check oneLoanPerApprovedApplication() {
        return RuleCheck.rule("loans.from_approved", Category.STRUCTURE, LOANS, "loans_db.loan_applications, loans")
                .expect("one loan per approved application, none for the others")
                .over("applications", "SELECT a.application_id, a.status, count(l.loan_id) AS loans FROM "
                        + "public.loan_applications a LEFT JOIN public.loans l USING (application_id) GROUP BY "
                        + "a.application_id, a.status")
                .brokenWhen("loans <> CASE WHEN status = 'approved' THEN 1 ELSE 0 END")
                .offender("'application ' || application_id || ' is ' || status || ' and has ' || loans || ' loans'")
                .worstFirst("application_id")
                .build();
    }
}
