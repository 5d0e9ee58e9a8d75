package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.COMPLIANCE;
import static io.dhub.schema.LogicalDatabase.CUSTOMER;
import static io.dhub.schema.LogicalDatabase.EMPLOYEES;
import static io.dhub.schema.LogicalDatabase.INSURANCE;
import static io.dhub.schema.LogicalDatabase.LOANS;

import io.dhub.schema.LogicalDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Time: no event after the as-of date (plans such as future due dates and maturities may lie
 * later), and every ordering of the generation rules.
 */
final class TimeChecks {
    private TimeChecks() {
    }

    static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        checks.add(noFutureEvents(EMPLOYEES, events(
                "departments", "created_at", "training_programs", "created_at",
                "employees", "hire_date,termination_date,created_at",
                "employee_training", "enrollment_date,completion_date", "performance_reviews", "review_date",
                "employee_assignments", "start_date,end_date")));
        checks.add(noFutureEvents(CUSTOMER, events(
                "customer_profiles", "created_at", "interactions", "interaction_date", "satisfaction_surveys",
                "survey_date", "complaints", "filed_at,resolved_at", "campaign_responses", "response_date")));
        checks.add(noFutureEvents(ACCOUNTS, events(
                "customers", "customer_since,created_at", "accounts", "opened_date,closed_date,created_at",
                "account_relationships", "start_date", "transactions", "transaction_date")));
        checks.add(noFutureEvents(LOANS, events(
                "loan_applications", "application_date,decision_date", "loans", "disbursement_date",
                "collateral", "appraisal_date", "repayment_schedule", "payment_date", "loan_guarantors", "signed_date",
                "risk_assessments", "assessment_date")));
        checks.add(noFutureEvents(INSURANCE, events(
                "policies", "issued_at,status_date", "claims", "incident_date,claim_date,settlement_date",
                "premium_payments", "payment_date")));
        checks.add(noFutureEvents(COMPLIANCE, events(
                "kyc_records", "submitted_at,verification_date", "kyc_reviews", "review_date",
                "aml_checks", "checked_at,alert_date,reviewed_on", "consents", "granted_at,revoked_at",
                "audit_trail", "event_time", "suspicious_activity_reports", "filing_date,review_date",
                "ctr_filings", "business_date,filed_on")));
        checks.add(customerBeforeAccount());
        checks.add(accountBeforeTransactions());
        checks.add(adultCustomers());
        checks.add(pendingOnlyLately());
        checks.add(surveysFollowInteractions());
        checks.add(responsesWhileCampaignsRan());
        checks.add(staffEmployedInCustomerDb());
        checks.add(staffEmployedInEmployeesDb());
        checks.add(staffEmployedInLoansDb());
        checks.add(trainingInTheLastTwoYears());
        checks.add(applicationsDecidedInOrder());
        checks.add(loansRunFromDisbursement());
        checks.add(pastDueNotScheduled());
        return checks;
    }

    private static Map<String, String> events(String... tableColumns) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < tableColumns.length; i += 2) {
            map.put(tableColumns[i], tableColumns[i + 1]);
        }
        return map;
    }

    /**
     * Every event column of the database on or before the as-of date: a date no later than it, an
     * instant before the day after it starts (UTC).
     */
    static Check noFutureEvents(LogicalDatabase db, Map<String, String> columns) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> entry : columns.entrySet()) {
            Table<?> table = db.table(entry.getKey());
            String key = table.getPrimaryKey().getFields().get(0).getName();
            for (String column : entry.getValue().split(",")) {
                Field<?> field = table.field(column);
                // timestamptz reads as OffsetDateTime, which jOOQ's isTimestamp() does not count
                boolean instant = field.getDataType().isTimestamp() || field.getType() == java.time.OffsetDateTime.class;
                String late = instant ? column + " >= {asof} + 1" : column + " > {asof}";
                parts.add("SELECT '" + table.getName() + "." + column + "' AS event, " + key + " AS id, " + column
                        + "::timestamptz AS at, " + late + " AS late FROM public." + table.getName() + " WHERE "
                        + column + " IS NOT NULL");
            }
        }
        return RuleCheck.rule("time.no_future." + db.logicalName(), Category.TIME, db, db.logicalName() + " ("
                        + String.join(", ", columns.keySet()) + ")")
                .expect("no event after the as-of date")
                .over("events", String.join(" UNION ALL ", parts))
                .brokenWhen("late")
                .offender("event || ' of row ' || id || ' is ' || at || ', after the as-of date ' || {asof}")
                .worstFirst("at DESC, event, id")
                .build();
    }

    static Check customerBeforeAccount() {
        return RuleCheck.rule("time.customer_before_account", Category.TIME, ACCOUNTS, "accounts_db.accounts, customers")
                .expect("a customer joins before opening an account")
                .over("accounts", "SELECT a.account_id, a.opened_date, a.created_at, c.customer_id, c.customer_since, "
                        + "c.created_at AS joined_at FROM public.accounts a JOIN public.customers c USING (customer_id)")
                .brokenWhen("opened_date < customer_since OR created_at <= joined_at")
                .offender("'account ' || account_id || ' opened ' || opened_date || ' (created ' || created_at || "
                        + "'), its customer ' || customer_id || ' joined ' || customer_since || ' (created ' || joined_at "
                        + "|| ')'")
                .worstFirst("account_id")
                .build();
    }

    static Check accountBeforeTransactions() {
        return RuleCheck.rule("time.account_before_transactions", Category.TIME, ACCOUNTS,
                        "accounts_db.transactions, accounts")
                .expect("an account is opened before its first transaction")
                .over("accounts", "SELECT a.account_id, a.created_at, min(t.transaction_date) AS first FROM "
                        + "public.accounts a JOIN public.transactions t USING (account_id) GROUP BY a.account_id, "
                        + "a.created_at")
                .brokenWhen("first <= created_at")
                .offender("'account ' || account_id || ' was created ' || created_at || ' after its first transaction, "
                        + "' || first")
                .worstFirst("first - created_at, account_id")
                .build();
    }

    static Check adultCustomers() {
        return RuleCheck.rule("time.adult_customers", Category.TIME, ACCOUNTS, "accounts_db.customers")
                .expect("customers are at least 18 when they join")
                .over("customers", "SELECT customer_id, date_of_birth, customer_since FROM public.customers")
                .brokenWhen("date_of_birth > customer_since - interval '18 years'")
                .offender("'customer ' || customer_id || ', born ' || date_of_birth || ', joined ' || customer_since")
                .worstFirst("date_of_birth DESC")
                .build();
    }

    static Check pendingOnlyLately() {
        return RuleCheck.rule("time.pending_recent", Category.TIME, ACCOUNTS, "accounts_db.transactions")
                .expect("only transactions of the last three days before the as-of date (the holder's local "
                        + "date) are pending")
                .over("pending transactions", "SELECT t.transaction_id, t.transaction_date, (t.transaction_date AT "
                        + "TIME ZONE coalesce(z.time_zone, 'UTC'))::date AS local_day FROM public.transactions t JOIN "
                        + "public.accounts a USING (account_id) LEFT JOIN verify_customer_zones z USING (customer_id) "
                        + "WHERE t.status = 'pending'")
                .brokenWhen("local_day < {asof} - 3")
                .offender("'transaction ' || transaction_id || ' of ' || transaction_date || ' is still pending'")
                .worstFirst("transaction_date")
                .needs(Import.CUSTOMER_ZONES)
                .build();
    }

    static Check surveysFollowInteractions() {
        return RuleCheck.rule("time.surveys", Category.TIME, CUSTOMER, "customer_db.satisfaction_surveys, interactions")
                .expect("a survey is answered after its interaction has ended, by the same customer")
                .over("surveys", "SELECT s.survey_id, s.survey_date, s.customer_id, i.interaction_id, "
                        + "i.interaction_date + i.duration_minutes * interval '1 minute' AS ended, i.customer_id AS "
                        + "interaction_customer FROM public.satisfaction_surveys s JOIN public.interactions i USING "
                        + "(interaction_id)")
                .brokenWhen("survey_date < ended OR customer_id <> interaction_customer")
                .offender("'survey ' || survey_id || ' of customer ' || customer_id || ' on ' || survey_date || ' for "
                        + "interaction ' || interaction_id || ' of customer ' || interaction_customer || ' ended ' || "
                        + "ended")
                .worstFirst("survey_id")
                .build();
    }

    static Check responsesWhileCampaignsRan() {
        return RuleCheck.rule("time.campaign_responses", Category.TIME, CUSTOMER,
                        "customer_db.campaign_responses, campaigns → accounts_db.customers")
                .expect("responses come while the campaign runs, from people who are customers by then (dates in "
                        + "the customer's time zone)")
                .over("responses", "SELECT r.response_id, r.response_date, (r.response_date AT TIME ZONE "
                        + "coalesce(p.time_zone, 'UTC'))::date AS local_day, c.start_date, c.end_date, x.customer_since "
                        + "FROM public.campaign_responses r JOIN public.campaigns c USING (campaign_id) "
                        + "LEFT JOIN public.customer_profiles p USING (customer_id) "
                        + "LEFT JOIN verify_customers x USING (customer_id)")
                .brokenWhen("local_day < start_date OR local_day > end_date OR local_day < customer_since")
                .offender("'response ' || response_id || ' on ' || response_date || ' to a campaign running ' || "
                        + "start_date || '..' || end_date || ', customer since ' || coalesce(customer_since::text, '?')")
                .worstFirst("response_id")
                .needs(Import.CUSTOMERS)
                .build();
    }

    private static String employed(String day) {
        return "(s.hire_date <= " + day + " AND (s.termination_date IS NULL OR " + day + " < s.termination_date))";
    }

    static Check staffEmployedInCustomerDb() {
        return RuleCheck.rule("time.staff_employed.customer_db", Category.TIME, CUSTOMER,
                        "customer_db.interactions → employees_db.employees")
                .expect("whoever handles an interaction works at the bank that day (the customer's local date)")
                .over("handled interactions", "SELECT i.interaction_id, i.interaction_date, s.employee_id, s.hire_date, "
                        + "s.termination_date, " + employed("(i.interaction_date AT TIME ZONE coalesce(p.time_zone, "
                        + "'UTC'))::date") + " AS employed FROM public.interactions i JOIN verify_staff s ON "
                        + "s.employee_id = i.handled_by LEFT JOIN public.customer_profiles p USING (customer_id)")
                .brokenWhen("NOT employed")
                .offender("'interaction ' || interaction_id || ' on ' || interaction_date || ' handled by employee ' || "
                        + "employee_id || ', employed ' || hire_date || '..' || coalesce(termination_date::text, 'now')")
                .worstFirst("interaction_id")
                .needs(Import.STAFF)
                .build();
    }

    static Check staffEmployedInEmployeesDb() {
        return RuleCheck.rule("time.staff_employed.employees_db", Category.TIME, EMPLOYEES,
                        "employees_db.employee_training, performance_reviews, employee_assignments")
                .expect("training, reviews and assignments fall within the employment of the people involved")
                .over("records", "SELECT 'training ' || t.training_id || ' enrolled ' || t.enrollment_date AS what, "
                        + "s.employee_id, s.hire_date, s.termination_date, NOT " + employed("t.enrollment_date")
                        + " AS wrong FROM public.employee_training t JOIN public.employees s USING (employee_id) "
                        + "UNION ALL SELECT 'review ' || r.review_id || ' written ' || r.review_date || ' by reviewer', "
                        + "s.employee_id, s.hire_date, s.termination_date, s.hire_date > r.review_date FROM "
                        + "public.performance_reviews r JOIN public.employees s ON s.employee_id = r.reviewer_id "
                        + "UNION ALL SELECT 'assignment ' || a.assignment_id || ' from ' || a.start_date || ' (' || "
                        + "a.status || ')', s.employee_id, s.hire_date, s.termination_date, a.start_date < s.hire_date "
                        + "OR (a.status = 'ongoing' AND s.termination_date IS NOT NULL) FROM public.employee_assignments "
                        + "a JOIN public.employees s USING (employee_id)")
                .brokenWhen("wrong")
                .offender("what || ': employee ' || employee_id || ' employed ' || hire_date || '..' || "
                        + "coalesce(termination_date::text, 'now')")
                .build();
    }

    static Check staffEmployedInLoansDb() {
        return RuleCheck.rule("time.staff_employed.loans_db", Category.TIME, LOANS,
                        "loans_db.loan_applications, risk_assessments → employees_db.employees")
                .expect("officers work at the bank from the application day to the decision day, approvers on the "
                        + "decision day, assessors on the assessment day")
                .over("staff references", "SELECT 'application ' || a.application_id || ' of ' || a.application_date "
                        + "|| ': officer' AS what, s.employee_id, s.hire_date, s.termination_date, NOT ("
                        + employed("a.application_date") + " AND (a.decision_date IS NULL OR "
                        + employed("a.decision_date") + ")) AS wrong FROM public.loan_applications a JOIN verify_staff "
                        + "s ON s.employee_id = a.officer_id UNION ALL SELECT 'application ' || a.application_id || "
                        + "' decided ' || a.decision_date || ': approver', s.employee_id, s.hire_date, "
                        + "s.termination_date, NOT " + employed("a.decision_date") + " FROM public.loan_applications a "
                        + "JOIN verify_staff s ON s.employee_id = a.approved_by UNION ALL SELECT 'assessment ' || "
                        + "r.assessment_id || ' of ' || r.assessment_date || ': assessor', s.employee_id, s.hire_date, "
                        + "s.termination_date, NOT " + employed("r.assessment_date") + " FROM public.risk_assessments "
                        + "r JOIN verify_staff s ON s.employee_id = r.assessed_by")
                .brokenWhen("wrong")
                .offender("what || ' is employee ' || employee_id || ', employed ' || hire_date || '..' || "
                        + "coalesce(termination_date::text, 'now')")
                .needs(Import.STAFF)
                .build();
    }

    static Check trainingInTheLastTwoYears() {
        return RuleCheck.rule("time.training_window", Category.TIME, EMPLOYEES, "employees_db.employee_training")
                .expect("enrollments lie within the two years before the as-of date")
                .over("enrollments", "SELECT training_id, enrollment_date FROM public.employee_training")
                .brokenWhen("enrollment_date < {asof} - interval '2 years'")
                .offender("'training ' || training_id || ' enrolled ' || enrollment_date")
                .worstFirst("enrollment_date")
                .build();
    }

    static Check applicationsDecidedInOrder() {
        return RuleCheck.rule("time.applications", Category.TIME, LOANS, "loans_db.loan_applications, risk_assessments")
                .expect("assessed between applying and the decision; decided 1-30 days after applying")
                .over("applications", "SELECT a.application_id, a.application_date, a.decision_date, (SELECT "
                        + "min(r.assessment_date) FROM public.risk_assessments r WHERE r.application_id = "
                        + "a.application_id AND r.assessment_type = 'origination') AS assessed FROM "
                        + "public.loan_applications a")
                .brokenWhen("assessed IS NULL OR assessed < application_date OR assessed > coalesce(decision_date, "
                        + "{asof}) OR decision_date - application_date NOT BETWEEN 1 AND 30")
                .offender("'application ' || application_id || ': applied ' || application_date || ', assessed ' || "
                        + "coalesce(assessed::text, 'never') || ', decided ' || coalesce(decision_date::text, '-')")
                .worstFirst("application_id")
                .build();
    }

    static Check loansRunFromDisbursement() {
        return RuleCheck.rule("time.loans", Category.TIME, LOANS, "loans_db.loans, loan_applications, repayment_schedule")
                .expect("decision ≤ disbursement < first due date; installments monthly from it; maturity = last due date")
                .over("loans", "SELECT l.loan_id, a.decision_date, l.disbursement_date, l.first_payment_date, "
                        + "l.maturity_date, r.off_month, r.last_due FROM public.loans l JOIN public.loan_applications a "
                        + "USING (application_id) LEFT JOIN (SELECT r.loan_id, count(*) FILTER (WHERE r.due_date <> "
                        + "(l2.first_payment_date + make_interval(months => r.installment_number - 1))::date) AS "
                        + "off_month, max(r.due_date) AS last_due FROM public.repayment_schedule r JOIN public.loans l2 "
                        + "USING (loan_id) GROUP BY r.loan_id) r USING (loan_id)")
                .brokenWhen("disbursement_date < decision_date OR first_payment_date <= disbursement_date "
                        + "OR off_month > 0 OR maturity_date <> last_due")
                .offender("'loan ' || loan_id || ': decided ' || decision_date || ', disbursed ' || disbursement_date || "
                        + "', first due ' || first_payment_date || ', maturity ' || maturity_date || ', last due ' || "
                        + "coalesce(last_due::text, '-') || ', ' || coalesce(off_month, 0) || ' installments off the "
                        + "monthly calendar'")
                .worstFirst("loan_id")
                .build();
    }

    static Check pastDueNotScheduled() {
        return RuleCheck.rule("time.past_due", Category.TIME, LOANS, "loans_db.repayment_schedule")
                .expect("an installment due before the as-of date is paid, late or missed, not still scheduled")
                .over("installments", "SELECT schedule_id, loan_id, installment_number, due_date, payment_status FROM "
                        + "public.repayment_schedule")
                .brokenWhen("payment_status = 'scheduled' AND due_date < {asof}")
                .offender("'loan ' || loan_id || ' installment ' || installment_number || ' was due ' || due_date || "
                        + "' and is still scheduled'")
                .worstFirst("due_date")
                .build();
    }
}
