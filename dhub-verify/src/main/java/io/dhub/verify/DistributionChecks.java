package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.CUSTOMER;
import static io.dhub.schema.LogicalDatabase.EMPLOYEES;
import static io.dhub.schema.LogicalDatabase.LOANS;
import static io.dhub.verify.MixCheck.mix;
import static io.dhub.verify.MixCheck.share;

import io.dhub.schema.LogicalDatabase;
import java.util.List;

/**
 * Every proportion and range of the specification (and the shares dhub chose where it is silent;
 * docs/generation.md lists those), measured against its target.
 */
final class DistributionChecks {
    private DistributionChecks() {
    }

    static List<Check> all() {
        return List.of(
                mix("dist.segments", CUSTOMER, "customer_db.customer_profiles", "customers",
                        "SELECT segment, count(*) FROM public.customer_profiles GROUP BY 1",
                        "retail", 0.60, "premium", 0.25, "business", 0.10, "private_banking", 0.05),
                // the genders the bank records: the US rules' [chosen] mix; India's forms ask for male, female or
                // third gender (the Census 2011's 0.04%, stored as non_binary) and KYC leaves none undisclosed
                mix("dist.genders", CUSTOMER, "customer_db.customer_profiles", "customers",
                        "SELECT gender, count(*) FROM public.customer_profiles GROUP BY 1",
                        "female", 0.49, "male", 0.49, "non_binary", 0.01, "undisclosed", 0.01)
                        .inMarket("in", "female", 0.4998, "male", 0.4998, "non_binary", 0.0004),
                share("dist.account_holders", ACCOUNTS, "accounts_db.customers, accounts", "customers",
                        "SELECT CASE WHEN EXISTS (SELECT 1 FROM public.accounts a WHERE a.customer_id = c.customer_id) "
                                + "THEN 'with accounts' ELSE 'without' END, count(*) FROM public.customers c GROUP BY 1",
                        "with accounts", 0.75),
                share("dist.several_accounts", ACCOUNTS, "accounts_db.accounts", "account holders",
                        "SELECT CASE WHEN n > 1 THEN 'several' ELSE 'one' END, count(*) FROM (SELECT customer_id, "
                                + "count(*) AS n FROM public.accounts GROUP BY 1) s GROUP BY 1", "several", 0.25),
                mix("dist.account_types", ACCOUNTS, "accounts_db.accounts", "accounts",
                        "SELECT account_type, count(*) FROM public.accounts GROUP BY 1", "checking", 0.50, "savings",
                        0.30, "money_market", 0.10, "certificate_of_deposit", 0.05, "business_checking", 0.05)
                        // India's products [chosen]: the everyday savings account, sweep deposits, fixed and recurring
                        // deposits and a business's current account
                        .inMarket("in", "savings", 0.55, "sweep_deposit", 0.22, "fixed_deposit", 0.13,
                                "recurring_deposit", 0.05, "current", 0.05),
                mix("dist.relationship_links", ACCOUNTS, "accounts_db.account_relationships, accounts", "accounts",
                        "SELECT coalesce(n, 0) || CASE coalesce(n, 0) WHEN 1 THEN ' link' ELSE ' links' END, count(*) "
                                + "FROM public.accounts a LEFT JOIN (SELECT account_id, count(*) AS n FROM "
                                + "public.account_relationships GROUP BY 1) r USING (account_id) GROUP BY 1",
                        "0 links", 0.75, "1 link", 0.20, "2 links", 0.05),
                RuleCheck.rule("dist.transactions_per_account", Category.DISTRIBUTION, ACCOUNTS,
                                "accounts_db.transactions, accounts")
                        .expect("10-20 own transactions per account (loan and insurance money aside); at least 10 after a "
                                + "run with --history-months, whose ledgers are longer; a behaviour profile's accounts "
                                + "follow its own rules, a recurring deposit its terms (realism.recurring_deposits)")
                        .over("accounts", "SELECT a.account_id AS id, count(t.transaction_id) AS n FROM public.accounts a "
                                + "LEFT JOIN public.transactions t ON t.account_id = a.account_id AND " + Own.transactions("t") + " "
                                + "WHERE a.account_id NOT IN (SELECT main_account_id FROM public.customer_behaviour "
                                + "UNION ALL SELECT savings_account_id FROM public.customer_behaviour WHERE "
                                + "savings_account_id IS NOT NULL) AND a.account_type IS DISTINCT FROM {recurring} GROUP BY "
                                + "a.account_id")
                        .brokenWhen("n NOT BETWEEN 10 AND {maxown}")
                        .offender("'account ' || id || ' has ' || n")
                        .worstFirst("abs(n - 15) DESC, id")
                        .needs(Import.CASE_TRANSACTIONS)
                        .build(),
                mix("dist.spending_income", ACCOUNTS, "accounts_db.transactions", "own transactions",
                        "SELECT CASE direction WHEN 'debit' THEN 'spending' ELSE 'income' END, count(*) FROM "
                                + "public.transactions WHERE " + Own.seedRules("") + " GROUP BY 1", "spending", 0.70,
                        "income", 0.30).withImports(Import.CASE_TRANSACTIONS),
                // a certificate of deposit's own transactions are all the bank's postings (its interest and
                // the monthly payout of it), which nobody keys by hand: the 30% is of the accounts people operate
                share("dist.manual", ACCOUNTS, "accounts_db.transactions, accounts",
                        "own transactions outside certificates of deposit",
                        "SELECT CASE WHEN is_manual THEN 'manual' ELSE 'automated' END, count(*) FROM "
                                + "public.transactions WHERE " + Own.seedRules("") + " AND account_id NOT IN (SELECT "
                                + "account_id FROM public.accounts WHERE account_type = {term}) GROUP "
                                + "BY 1", "manual", 0.30)
                        .withImports(Import.CASE_TRANSACTIONS),
                mix("dist.interactions_per_customer", CUSTOMER, "customer_db.interactions, customer_profiles",
                        "customers", "SELECT coalesce(n, 0)::text, count(*) FROM public.customer_profiles p LEFT JOIN "
                                + "(SELECT customer_id, count(*) AS n FROM public.interactions GROUP BY 1) i "
                                + "USING (customer_id) GROUP BY 1",
                        "0", 0.20, "1", 0.25, "2", 0.20, "3", 0.15, "4", 0.12, "5", 0.08),
                mix("dist.channels", CUSTOMER, "customer_db.interactions", "interactions",
                        "SELECT channel, count(*) FROM public.interactions GROUP BY 1", "phone", 0.30, "email", 0.25,
                        "web", 0.20, "mobile_app", 0.15, "branch", 0.10),
                share("dist.handled_by_staff", CUSTOMER, "customer_db.interactions", "interactions",
                        "SELECT CASE WHEN handled_by IS NULL THEN 'self-service' ELSE 'handled' END, count(*) FROM "
                                + "public.interactions GROUP BY 1", "handled", 0.80),
                share("dist.surveyed", CUSTOMER, "customer_db.satisfaction_surveys, interactions", "interactions",
                        "SELECT CASE WHEN EXISTS (SELECT 1 FROM public.satisfaction_surveys s WHERE s.interaction_id = "
                                + "i.interaction_id) THEN 'surveyed' ELSE 'not' END, count(*) FROM public.interactions i "
                                + "GROUP BY 1", "surveyed", 0.30),
                share("dist.survey_comments", CUSTOMER, "customer_db.satisfaction_surveys", "surveys",
                        "SELECT CASE WHEN comments IS NULL THEN 'none' ELSE 'commented' END, count(*) FROM "
                                + "public.satisfaction_surveys GROUP BY 1", "commented", 0.50),
                new StatisticCheck("dist.nps_positive", CUSTOMER, "customer_db.satisfaction_surveys",
                        "mean NPS (0-10)", "SELECT avg(nps_score), count(*), stddev_samp(nps_score) / sqrt(count(*)) FROM "
                                + "public.satisfaction_surveys", true, 5.0, 30).mean(),
                new StatisticCheck("dist.stars_follow_nps", CUSTOMER, "customer_db.satisfaction_surveys",
                        "corr(NPS, stars)", "SELECT corr(nps_score, satisfaction_rating), count(*) FROM "
                                + "public.satisfaction_surveys", true, 0.5, 30).correlation(),
                share("dist.complainers", CUSTOMER, "customer_db.complaints, customer_profiles", "customers",
                        "SELECT CASE WHEN EXISTS (SELECT 1 FROM public.complaints c WHERE c.customer_id = p.customer_id) "
                                + "THEN 'complained' ELSE 'not' END, count(*) FROM public.customer_profiles p GROUP BY 1",
                        "complained", 0.08),
                mix("dist.complaint_types", CUSTOMER, "customer_db.complaints", "complaints",
                        "SELECT complaint_type, count(*) FROM public.complaints GROUP BY 1", "service", 0.35, "fee",
                        0.25, "product", 0.20, "fraud", 0.10, "other", 0.10),
                mix("dist.complaint_status", CUSTOMER, "customer_db.complaints", "complaints",
                        "SELECT status, count(*) FROM public.complaints GROUP BY 1", "resolved", 0.60, "investigating",
                        0.20, "closed", 0.15, "open", 0.05),
                campaignsByQuota(),
                share("dist.responders", CUSTOMER, "customer_db.campaign_responses, customer_profiles, campaigns",
                        "customers who were customers while a campaign ran", "SELECT CASE WHEN EXISTS (SELECT 1 FROM "
                                + "public.campaign_responses r WHERE r.customer_id = p.customer_id) THEN 'responded' ELSE "
                                + "'not' END, count(*) FROM public.customer_profiles p WHERE EXISTS (SELECT 1 FROM "
                                + "public.campaigns c WHERE greatest(c.start_date, (p.created_at AT TIME ZONE coalesce(p.time_zone, 'UTC'))::date + 1) <= "
                                + "least(c.end_date, {asof} - 1)) GROUP BY 1", "responded", 0.05),
                perEntity("dist.responses_per_responder", CUSTOMER, "customer_db.campaign_responses",
                        "1-2 campaign responses per responding customer", "responders", "SELECT customer_id AS id, "
                                + "count(*) AS n FROM public.campaign_responses GROUP BY 1", 1, 2, "customer"),
                trainingPerEmployee(),
                mix("dist.training_status", EMPLOYEES, "employees_db.employee_training", "enrollments",
                        "SELECT status, count(*) FROM public.employee_training GROUP BY 1", "completed", 0.80,
                        "in_progress", 0.15, "enrolled", 0.05),
                reviewsForActiveEmployees(),
                mix("dist.review_ratings", EMPLOYEES, "employees_db.performance_reviews", "reviews",
                        "SELECT rating::text, count(*) FROM public.performance_reviews GROUP BY 1", "1", 0.02, "2",
                        0.08, "3", 0.35, "4", 0.40, "5", 0.15),
                share("dist.portfolio_customers", EMPLOYEES, "employees_db.employee_assignments → accounts_db.customers",
                        "customers", "SELECT CASE WHEN EXISTS (SELECT 1 FROM public.employee_assignments a WHERE "
                                + "a.customer_id = c.customer_id AND a.assignment_type = 'customer_portfolio') THEN "
                                + "'assigned' ELSE 'not' END, count(*) FROM verify_customers c GROUP BY 1", "assigned",
                        0.60).withImports(Import.CUSTOMERS),
                share("dist.assignments_ongoing", EMPLOYEES, "employees_db.employee_assignments", "assignments",
                        "SELECT status, count(*) FROM public.employee_assignments GROUP BY 1", "ongoing", 0.85),
                fixedSizes(),
                share("dist.applicants", LOANS, "loans_db.loan_applications → accounts_db.customers", "customers",
                        "SELECT CASE WHEN EXISTS (SELECT 1 FROM public.loan_applications a WHERE a.customer_id = "
                                + "c.customer_id) THEN 'applied' ELSE 'not' END, count(*) FROM verify_customers c "
                                + "GROUP BY 1", "applied", 0.35).withImports(Import.CUSTOMERS),
                share("dist.repeat_applicants", LOANS, "loans_db.loan_applications", "applicants",
                        "SELECT CASE WHEN count(*) > 1 THEN 'several times' ELSE 'once' END, 1 FROM "
                                + "public.loan_applications GROUP BY customer_id", "several times", 0.20),
                mix("dist.loan_types", LOANS, "loans_db.loan_applications", "applications",
                        "SELECT loan_type, count(*) FROM public.loan_applications GROUP BY 1", "mortgage", 0.35,
                        "personal", 0.30, "auto", 0.20, "business", 0.10, "education", 0.05)
                        // India's mix [chosen, after CRIF High Mark's counts of retail loans]: InMarket.LOAN_MIX
                        .inMarket("in", "mortgage", 0.08, "personal", 0.33, "auto", 0.07, "business", 0.10,
                                "education", 0.05, "two_wheeler", 0.12, "gold", 0.25),
                mix("dist.application_status", LOANS, "loans_db.loan_applications", "applications",
                        "SELECT status, count(*) FROM public.loan_applications GROUP BY 1", "approved", 0.65,
                        "rejected", 0.20, "pending", 0.10, "withdrawn", 0.05),
                mix("dist.loan_status", LOANS, "loans_db.loans", "loans",
                        "SELECT loan_status, count(*) FROM public.loans GROUP BY 1", "active", 0.75, "paid_off", 0.20,
                        "defaulted", 0.03, "restructured", 0.02),
                share("dist.collateralised", LOANS, "loans_db.collateral, loans", "secured loans",
                        "SELECT CASE WHEN EXISTS (SELECT 1 FROM public.collateral c WHERE c.loan_id = l.loan_id) THEN "
                                + "'with collateral' ELSE 'without' END, count(*) FROM public.loans l WHERE l.loan_type "
                                + "IN ('mortgage', 'auto', 'business', 'two_wheeler') GROUP BY 1", "with collateral", 0.80),
                share("dist.guaranteed", LOANS, "loans_db.loan_guarantors, loans", "loans",
                        "SELECT CASE WHEN EXISTS (SELECT 1 FROM public.loan_guarantors g WHERE g.loan_id = l.loan_id) "
                                + "THEN 'guaranteed' ELSE 'not' END, count(*) FROM public.loans l GROUP BY 1",
                        "guaranteed", 0.25),
                mix("dist.guarantors_per_loan", LOANS, "loans_db.loan_guarantors", "guaranteed loans",
                        "SELECT n || CASE n WHEN 1 THEN ' guarantor' ELSE ' guarantors' END, count(*) FROM (SELECT "
                                + "loan_id, count(*) AS n FROM public.loan_guarantors GROUP BY 1) g GROUP BY 1",
                        "1 guarantor", 0.70, "2 guarantors", 0.30),
                share("dist.paid_on_time", LOANS, "loans_db.repayment_schedule, loans",
                        "installments of active loans due before the as-of date", "SELECT r.payment_status, count(*) "
                                + "FROM public.repayment_schedule r JOIN public.loans l USING (loan_id) WHERE "
                                + "l.loan_status = 'active' AND r.due_date < {asof} GROUP BY 1", "paid", 0.95),
                share("dist.defaulted_missed", LOANS, "loans_db.repayment_schedule, loans",
                        "installments of defaulted loans due before the as-of date", "SELECT r.payment_status, "
                                + "count(*) FROM public.repayment_schedule r JOIN public.loans l USING (loan_id) WHERE "
                                + "l.loan_status = 'defaulted' AND r.due_date < {asof} GROUP BY 1", "missed", 0.50),
                share("dist.reassessed", LOANS, "loans_db.risk_assessments, loans",
                        "active loans disbursed over 30 days before the as-of date",
                        "SELECT CASE WHEN EXISTS (SELECT 1 FROM public.risk_assessments r WHERE r.loan_id = l.loan_id "
                                + "AND r.assessment_type = 'periodic_review') THEN 'reassessed' ELSE 'not' END, count(*) "
                                + "FROM public.loans l WHERE l.loan_status = 'active' AND l.disbursement_date + 30 < {asof} "
                                + "GROUP BY 1", "reassessed", 0.40),
                gradesFollowScores(),
                new StatisticCheck("dist.pd_falls_with_score", LOANS, "loans_db.risk_assessments",
                        "corr(risk score, PD)", "SELECT corr(risk_score, pd_probability), count(*) FROM "
                                + "public.risk_assessments", false, -0.5, 30).correlation());
    }

    /** Each entity has between lo and hi of something. */
    static Check perEntity(String id, LogicalDatabase db, String scope, String rule, String unit, String query, int lo,
                           int hi, String noun) {
        return RuleCheck.rule(id, Category.DISTRIBUTION, db, scope)
                .expect(rule)
                .over(unit, query)
                .brokenWhen("n NOT BETWEEN " + lo + " AND " + hi)
                .offender("'" + noun + " ' || id || ' has ' || n")
                .worstFirst("abs(n - " + (lo + hi) / 2.0 + ") DESC, id")
                .build();
    }

    /**
     * 2-4 programmes for everyone employed at some time in the two years before the as-of date;
     * none for those who had left before.
     */
    static Check trainingPerEmployee() {
        return RuleCheck.rule("dist.training_per_employee", Category.DISTRIBUTION, EMPLOYEES,
                        "employees_db.employee_training, employees")
                .expect("2-4 training programmes per employee employed in the last two years, none for the others")
                .over("employees", "SELECT e.employee_id AS id, greatest(e.hire_date, ({asof} - interval '2 years')::date) "
                        + "<= coalesce(e.termination_date, {asof}) - 1 AS in_window, count(t.training_id) AS n FROM "
                        + "public.employees e LEFT JOIN public.employee_training t USING (employee_id) GROUP BY 1, 2")
                .brokenWhen("CASE WHEN in_window THEN n NOT BETWEEN 2 AND 4 ELSE n > 0 END")
                .offender("'employee ' || id || CASE WHEN in_window THEN ' (employed in the window)' ELSE ' (gone before "
                        + "the window)' END || ' has ' || n")
                .worstFirst("id")
                .build();
    }

    /** Active employees have 1-3 reviews; those on leave or gone have none. */
    static Check reviewsForActiveEmployees() {
        return RuleCheck.rule("dist.reviews_per_employee", Category.DISTRIBUTION, EMPLOYEES,
                        "employees_db.performance_reviews, employees")
                .expect("1-3 reviews per active employee, none for the others")
                .over("employees", "SELECT e.employee_id AS id, e.employment_status, count(r.review_id) AS n FROM "
                        + "public.employees e LEFT JOIN public.performance_reviews r USING (employee_id) GROUP BY 1, 2")
                .brokenWhen("CASE WHEN employment_status = 'active' THEN n NOT BETWEEN 1 AND 3 ELSE n > 0 END")
                .offender("'employee ' || id || ' (' || employment_status || ') has ' || n || ' reviews'")
                .worstFirst("id")
                .build();
    }

    /**
     * 10-15 campaigns, their types dealt by quota: each type's count is within one of its share
     * (email 40%, digital 30%, cross_sell 20%, direct_mail 10%) of the campaigns.
     */
    static Check campaignsByQuota() {
        return RuleCheck.rule("dist.campaigns", Category.DISTRIBUTION, CUSTOMER, "customer_db.campaigns")
                .expect("10-15 campaigns; each type within one campaign of its quota (email 40%, digital 30%, "
                        + "cross_sell 20%, direct_mail 10%)")
                .over("campaign types", "SELECT q.campaign_type, q.share, coalesce(c.n, 0) AS n, (SELECT count(*) FROM "
                        + "public.campaigns) AS total FROM (VALUES ('email', 0.40), ('digital', 0.30), ('cross_sell', "
                        + "0.20), ('direct_mail', 0.10)) q(campaign_type, share) LEFT JOIN (SELECT campaign_type, "
                        + "count(*) AS n FROM public.campaigns GROUP BY 1) c USING (campaign_type)")
                .brokenWhen("total NOT BETWEEN 10 AND 15 OR abs(n - share * total) >= 1")
                .offender("total || ' campaigns, ' || n || ' of type ' || campaign_type || ' against a quota of ' || "
                        + "(share * total)")
                .worstFirst("abs(n - share * total) DESC")
                .build();
    }

    /**
     * Sizes that do not scale: 12 departments, 16-20 programmes, 15-20 branches, 10-20 branch
     * coverage assignments.
     */
    static Check fixedSizes() {
        return RuleCheck.rule("dist.fixed_sizes", Category.DISTRIBUTION, EMPLOYEES,
                        "employees_db.departments, training_programs, branches, employee_assignments")
                .expect("12 departments, 16-20 training programmes, 15-20 branches, 10-20 branch coverage "
                        + "assignments")
                .over("sizes", "SELECT 'departments' AS what, (SELECT count(*) FROM public.departments) AS n, 12 AS lo, "
                        + "12 AS hi UNION ALL SELECT 'training programmes', (SELECT count(*) FROM "
                        + "public.training_programs), 16, 20 UNION ALL SELECT 'branches', (SELECT count(*) FROM "
                        + "public.branches), 15, 20 UNION ALL SELECT "
                        + "'branch coverage assignments', (SELECT count(*) FROM public.employee_assignments WHERE "
                        + "assignment_type = 'branch_coverage'), 10, 20")
                .brokenWhen("n NOT BETWEEN lo AND hi")
                .offender("n || ' ' || what || ', expected ' || lo || CASE WHEN hi > lo THEN '-' || hi ELSE '' END")
                .build();
    }

    /** Credit grades are score bands: every grade's scores lie above those of the grades below it. */
    static Check gradesFollowScores() {
        return RuleCheck.rule("dist.grades_by_score", Category.DISTRIBUTION, LOANS, "loans_db.risk_assessments")
                .expect("grades AAA … C are ordered, non-overlapping bands of the risk score")
                .over("grades", "SELECT g.credit_grade, g.lo, g.hi, lead(g.lo) OVER (ORDER BY o.rank) AS next_lo, "
                        + "lead(g.credit_grade) OVER (ORDER BY o.rank) AS next_grade FROM (SELECT credit_grade, "
                        + "min(risk_score) AS lo, max(risk_score) AS hi FROM public.risk_assessments GROUP BY 1) g JOIN "
                        + "(VALUES ('C', 1), ('CC', 2), ('CCC', 3), ('B', 4), ('BB', 5), ('BBB', 6), ('A', 7), "
                        + "('AA', 8), ('AAA', 9)) o(credit_grade, rank) USING (credit_grade)")
                .brokenWhen("hi >= next_lo")
                .offender("'grade ' || credit_grade || ' spans scores ' || lo || '-' || hi || ', overlapping grade ' || "
                        + "next_grade || ' from ' || next_lo")
                .build();
    }
}
