package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;

/**
 * Rows of one database copied into a temporary table of another, so that a check can join
 * across databases in SQL (PostgreSQL itself cannot). The copy streams through COPY and lives
 * only as long as the verifying session.
 *
 * @param name    the temporary table's name
 * @param source  where the rows come from
 * @param select  the query that produces them
 * @param columns the temporary table's column definitions, matching the query
 */
record Import(String name, LogicalDatabase source, String select, String columns) {

    /** Staff as the other databases need them: role and the days they were employed. */
    static final Import STAFF = new Import("verify_staff", LogicalDatabase.EMPLOYEES,
            "SELECT employee_id, role, hire_date, termination_date FROM employees",
            "employee_id bigint PRIMARY KEY, role text, hire_date date, termination_date date");

    /** The policies' ids, for the ledgers' premium and payout references. */
    static final Import POLICY_IDS = new Import("verify_policy_ids", LogicalDatabase.INSURANCE,
            "SELECT policy_id FROM policies", "policy_id bigint PRIMARY KEY");

    /** The claims' ids, for the ledgers' payout references. */
    static final Import CLAIM_IDS = new Import("verify_claim_ids", LogicalDatabase.INSURANCE,
            "SELECT claim_id FROM claims", "claim_id bigint PRIMARY KEY");

    /** Customer ids and when each joined, from accounts_db, the bank's customer master. */
    static final Import CUSTOMERS = new Import("verify_customers", LogicalDatabase.ACCOUNTS,
            "SELECT customer_id, customer_since FROM customers",
            "customer_id bigint PRIMARY KEY, customer_since date");

    /** Every customer's identity fields from accounts_db, to compare with customer_db's profiles. */
    static final Import CUSTOMER_IDENTITY = new Import("verify_customer_identity", LogicalDatabase.ACCOUNTS,
            "SELECT customer_id, first_name, last_name, email, phone, date_of_birth, segment, customer_since FROM customers",
            "customer_id bigint PRIMARY KEY, first_name text, last_name text, email text, phone text, "
                    + "date_of_birth date, segment text, customer_since date");

    /** Every customer's tax id, for the GSTINs that carry it. */
    static final Import TAX_IDS = new Import("verify_tax_ids", LogicalDatabase.ACCOUNTS,
            "SELECT customer_id, tax_id FROM customers", "customer_id bigint PRIMARY KEY, tax_id text");

    /** The PAN each business customer's firm is taxed under (accounts_db.business_profiles), for its GSTIN. */
    static final Import FIRM_PANS = new Import("verify_firm_pans", LogicalDatabase.ACCOUNTS,
            "SELECT customer_id, pan FROM business_profiles", "customer_id bigint PRIMARY KEY, pan text");

    /** Each customer's first payment on UPI, for the UPI ids it needs. */
    static final Import FIRST_UPI = new Import("verify_first_upi", LogicalDatabase.ACCOUNTS,
            "SELECT a.customer_id, min(t.transaction_date) FROM transactions t JOIN accounts a USING (account_id) "
                    + "WHERE t.channel = 'upi' GROUP BY a.customer_id",
            "customer_id bigint PRIMARY KEY, first_upi timestamptz");

    /** The last four digits of each customer's masked Aadhaar and the day the bank recorded it, for the e-KYC references that carry them. */
    static final Import AADHAAR = new Import("verify_aadhaar", LogicalDatabase.CUSTOMER,
            "SELECT customer_id, right(identifier_value, 4), recorded_date FROM customer_identifiers WHERE "
                    + "identifier_type = 'aadhaar_masked'", "customer_id bigint PRIMARY KEY, last4 text, recorded date");

    /** Each customer's state, for the driving licences issued there. */
    static final Import STATES = new Import("verify_states", LogicalDatabase.CUSTOMER,
            "SELECT customer_id, state FROM customer_profiles", "customer_id bigint PRIMARY KEY, state text");

    /** The gig platforms that pay each customer, for the work the customer does. */
    static final Import PLATFORM_PAYERS = new Import("verify_platform_payers", LogicalDatabase.ACCOUNTS,
            "SELECT DISTINCT customer_id, name FROM counterparties WHERE kind = 'platform'",
            "customer_id bigint, name text");

    /** Each customer's occupation, for the profiles its work allows. */
    static final Import OCCUPATIONS = new Import("verify_occupations", LogicalDatabase.CUSTOMER,
            "SELECT customer_id, occupation FROM customer_profiles", "customer_id bigint PRIMARY KEY, occupation text");

    /** Accounts and their holders, for loans' linked accounts. */
    static final Import ACCOUNTS = new Import("verify_accounts", LogicalDatabase.ACCOUNTS,
            "SELECT account_id, customer_id FROM accounts", "account_id bigint PRIMARY KEY, customer_id bigint");

    /** Each loan's disbursement and what its schedule says was repaid, for the account ledgers. */
    static final Import LOAN_FLOWS = new Import("verify_loans", LogicalDatabase.LOANS,
            "SELECT l.loan_id, l.linked_account_id, l.disbursement_date, l.principal_amount, "
                    + "coalesce(p.paid, 0), coalesce(p.installments, 0), l.loan_type, a.application_date FROM loans l "
                    + "JOIN loan_applications a USING (application_id) LEFT JOIN (SELECT loan_id, "
                    + "sum(amount_paid) AS paid, count(*) AS installments FROM repayment_schedule WHERE payment_status "
                    + "IN ('paid', 'late') GROUP BY loan_id) p USING (loan_id)",
            "loan_id bigint PRIMARY KEY, linked_account_id bigint, disbursement_date date, principal_amount numeric, "
                    + "repaid numeric, paid_installments bigint, loan_type text, application_date date");

    /** Staff phone numbers and e-mails, to compare with the customers'. */
    static final Import STAFF_CONTACTS = new Import("verify_staff_contacts", LogicalDatabase.EMPLOYEES,
            "SELECT employee_id, phone, email FROM employees", "employee_id bigint, phone text, email text");

    /** Each customer's home time zone, to read the ledger's instants in local time. */
    static final Import CUSTOMER_ZONES = new Import("verify_customer_zones", LogicalDatabase.CUSTOMER,
            "SELECT customer_id, time_zone FROM customer_profiles", "customer_id bigint PRIMARY KEY, time_zone text");

    /** Each customer's date of birth, for the borrower's age when a loan matures. */
    static final Import CUSTOMER_BIRTHS = new Import("verify_customer_births", LogicalDatabase.ACCOUNTS,
            "SELECT customer_id, date_of_birth FROM customers", "customer_id bigint PRIMARY KEY, date_of_birth date");

    /** The customers who hold an account, for complaints that need one. */
    static final Import ACCOUNT_HOLDERS = new Import("verify_account_holders", LogicalDatabase.ACCOUNTS,
            "SELECT DISTINCT customer_id FROM accounts", "customer_id bigint PRIMARY KEY");

    /** Each paid installment's payment date and amount, to match the loan payments inside each ledger's window. */
    static final Import LOAN_PAYMENTS = new Import("verify_loan_payments", LogicalDatabase.LOANS,
            "SELECT loan_id, payment_date, amount_paid FROM repayment_schedule WHERE payment_status IN ('paid', 'late')",
            "loan_id bigint, payment_date date, amount_paid numeric");

    /** The branches: where each stands. */
    static final Import BRANCHES = new Import("verify_branches", LogicalDatabase.EMPLOYEES,
            "SELECT branch_code, city, state FROM branches",
            "branch_code text PRIMARY KEY, city text, state text");

    /** Each customer's home branch, from customer_db. */
    static final Import HOME_BRANCHES = new Import("verify_home_branches", LogicalDatabase.CUSTOMER,
            "SELECT customer_id, home_branch_code FROM customer_profiles",
            "customer_id bigint PRIMARY KEY, home_branch_code text");

    /** The branch codes accounts_db's accounts name, with how many accounts name each. */
    static final Import ACCOUNT_BRANCH_CODES = new Import("verify_account_branch_codes", LogicalDatabase.ACCOUNTS,
            "SELECT branch_code, count(*) FROM accounts GROUP BY branch_code", "branch_code text, n bigint");

    /** Where each employee works (their branch, if any), in which role, and when. */
    static final Import STAFF_PLACES = new Import("verify_staff_places", LogicalDatabase.EMPLOYEES,
            "SELECT employee_id, role, branch_code, hire_date, termination_date FROM employees",
            "employee_id bigint PRIMARY KEY, role text, branch_code text, hire_date date, termination_date date");

    /** Customer portfolios: who holds each customer's, from when. */
    static final Import PORTFOLIOS = new Import("verify_portfolios", LogicalDatabase.EMPLOYEES,
            "SELECT customer_id, employee_id, start_date FROM employee_assignments WHERE assignment_type = "
                    + "'customer_portfolio'", "customer_id bigint, employee_id bigint, start_date date");

    /** Each loan application's officer and the day it was made. */
    static final Import LOAN_OFFICERS = new Import("verify_loan_officers", LogicalDatabase.LOANS,
            "SELECT customer_id, officer_id, application_date FROM loan_applications",
            "customer_id bigint, officer_id bigint, application_date date");

    /** Paid and late premiums, with the account they were debited from. */
    static final Import PREMIUMS_PAID = new Import("verify_premiums", LogicalDatabase.INSURANCE,
            "SELECT payment_id, policy_id, account_id, payment_date, amount FROM premium_payments WHERE payment_status "
                    + "IN ('paid', 'late')",
            "payment_id bigint PRIMARY KEY, policy_id bigint, account_id bigint, payment_date date, amount numeric");

    /** Paid claims whose payout goes to the insured, with the account it is credited to. */
    static final Import CLAIM_PAYOUTS = new Import("verify_payouts", LogicalDatabase.INSURANCE,
            "SELECT claim_id, payout_account_id, settlement_date, approved_amount FROM claims WHERE status = 'paid' AND "
                    + "payout_party = 'insured'",
            "claim_id bigint PRIMARY KEY, account_id bigint, settlement_date date, amount numeric");

    /** Accounts with their holder, type, status and opening day. */
    static final Import ACCOUNT_TERMS = new Import("verify_account_terms", LogicalDatabase.ACCOUNTS,
            "SELECT account_id, customer_id, account_type, status, opened_date FROM accounts",
            "account_id bigint PRIMARY KEY, customer_id bigint, account_type text, status text, opened_date date");

    /** Home and auto policies, with the dwelling or vehicle cover, for the loans they were sold with. */
    static final Import HOME_AUTO_POLICIES = new Import("verify_home_auto_policies", LogicalDatabase.INSURANCE,
            "SELECT p.customer_id, p.policy_type, p.start_date, (SELECT max(c.coverage_limit) FROM coverages c WHERE "
                    + "c.policy_id = p.policy_id AND c.coverage_type = 'dwelling') FROM policies p WHERE p.policy_type "
                    + "IN ('home', 'auto')",
            "customer_id bigint, policy_type text, start_date date, dwelling numeric");

    /** What phase 7 reads of each customer's profile: segment, channel, marketing choice, onboarding, zone, first unsubscribe. */
    static final Import PROFILES = new Import("verify_profiles", LogicalDatabase.CUSTOMER,
            "SELECT p.customer_id, p.segment, p.preferred_channel, p.marketing_opt_in, p.created_at, p.time_zone, "
                    + "(SELECT min(r.response_date) FROM campaign_responses r WHERE r.customer_id = p.customer_id AND "
                    + "r.response_type = 'unsubscribed'), p.annual_income FROM customer_profiles p",
            "customer_id bigint PRIMARY KEY, segment text, preferred_channel text, marketing_opt_in boolean, "
                    + "created_at timestamptz, time_zone text, unsubscribed timestamptz, annual_income numeric");

    /**
     * The stored transactions with what monitoring reads, as a query on accounts_db: the owner, the UTC
     * day, whether cash, and the counterparty outside the owner (null for none or the owner's own account).
     */
    private static final String MONITORED = "SELECT t.transaction_id, t.account_id, a.customer_id, t.transaction_type "
            + "AS type, t.direction = 'credit' AS credit, t.amount, t.transaction_date AS at, (t.transaction_date AT "
            + "TIME ZONE 'UTC')::date AS day, t.channel, t.counterparty_country, t.transaction_type IN ('deposit', "
            + "'withdrawal') AND t.channel IN ('branch', 'atm') AS cash, CASE WHEN t.counterparty_account_id IS NOT "
            + "NULL THEN CASE WHEN ca.customer_id = a.customer_id THEN NULL ELSE 'account ' || "
            + "t.counterparty_account_id END WHEN t.counterparty_name IS NOT NULL THEN 'name ' || t.counterparty_name "
            + "END AS party, ca.customer_id = a.customer_id AS own FROM transactions t JOIN accounts a USING "
            + "(account_id) LEFT JOIN accounts ca ON ca.account_id = t.counterparty_account_id";

    /**
     * The alerts the monitoring rules (all but PROFILE, which needs the income from customer_db) yield on
     * accounts_db's stored transactions, each rule's first hit per account (per customer for STRUCT) and
     * month; docs/aml.md states every rule.
     */
    static final Import MONITORING = new Import("verify_monitoring", LogicalDatabase.ACCOUNTS,
            "WITH RECURSIVE t AS MATERIALIZED (" + MONITORED + "), cash AS (SELECT * FROM t WHERE cash AND credit AND amount "
                    + "BETWEEN {structmin} AND {structmax}), legs AS (SELECT * FROM t WHERE party IS NOT NULL), "
                    + "e AS (SELECT account_id AS src, substr(party, 9)::bigint AS dst, at FROM t WHERE NOT credit AND "
                    + "party LIKE 'account %'), walk AS (SELECT src AS origin, src AS came_from, dst AS head, at AS "
                    + "started, at AS last, ARRAY[src, dst] AS path, 1 AS hops FROM e UNION ALL SELECT w.origin, e.src, "
                    + "e.dst, w.started, e.at, w.path || e.dst, w.hops + 1 FROM walk w JOIN e ON e.src = w.head AND e.at "
                    + "> w.last AND e.at <= w.started + interval '720 hours' WHERE w.head <> w.origin AND w.hops < 12 AND "
                    + "(e.dst = w.origin OR NOT e.dst = ANY (w.path))), closing AS (SELECT DISTINCT origin, last, "
                    + "came_from FROM walk WHERE head = origin AND hops >= 2), hits AS ("
                    + "SELECT 'STRUCT' AS rule, x.customer_id, x.account_id, x.transaction_id, x.at, x.day, sum(y.amount) "
                    + "AS amount FROM cash x JOIN cash y ON y.customer_id = x.customer_id AND y.day BETWEEN x.day - 6 AND "
                    + "x.day GROUP BY x.customer_id, x.account_id, x.transaction_id, x.at, x.day HAVING count(*) >= 3 AND "
                    + "sum(y.amount) > {cashreport} "
                    + "UNION ALL SELECT 'HRWIRE', customer_id, account_id, transaction_id, at, day, amount FROM t WHERE "
                    + "channel = 'wire' AND amount >= {wirereview} AND counterparty_country IN ('KP', 'IR', 'MM') "
                    + "UNION ALL SELECT 'RAPID', x.customer_id, x.account_id, x.transaction_id, x.at, x.day, x.amount FROM t "
                    + "x WHERE x.credit AND x.amount >= {largecash} AND (SELECT coalesce(sum(y.amount), 0) FROM transactions y "
                    + "WHERE y.account_id = x.account_id AND y.direction = 'debit' AND y.transaction_date > x.at AND "
                    + "y.transaction_date <= x.at + interval '72 hours') >= 0.8 * x.amount "
                    + "UNION ALL SELECT 'DORMANT', x.customer_id, x.account_id, x.transaction_id, x.at, x.day, x.amount "
                    + "FROM t x WHERE x.credit AND x.amount >= {largecash} AND (SELECT max(y.transaction_date) FROM transactions "
                    + "y WHERE y.account_id = x.account_id AND (y.transaction_date, y.transaction_id) < (x.at, "
                    + "x.transaction_id)) <= x.at - interval '4320 hours' "
                    + "UNION ALL SELECT CASE WHEN x.credit THEN 'FANIN' ELSE 'FANOUT' END, x.customer_id, x.account_id, "
                    + "x.transaction_id, x.at, x.day, sum(y.amount) FROM legs x JOIN legs y ON y.account_id = x.account_id "
                    + "AND y.credit = x.credit AND y.day BETWEEN x.day - 6 AND x.day GROUP BY x.customer_id, x.account_id, "
                    + "x.transaction_id, x.at, x.day, x.credit HAVING count(DISTINCT y.party) >= 5 "
                    + "UNION ALL SELECT 'CYCLE', x.customer_id, x.account_id, x.transaction_id, x.at, x.day, x.amount FROM "
                    + "closing k JOIN t x ON x.account_id = k.origin AND x.credit AND x.at = k.last AND x.party = "
                    + "'account ' || k.came_from) "
                    + "SELECT DISTINCT ON (rule, CASE WHEN rule = 'STRUCT' THEN -customer_id ELSE account_id END, "
                    + "date_trunc('month', day)) rule, customer_id, account_id, transaction_id, day, amount FROM hits "
                    + "ORDER BY rule, CASE WHEN rule = 'STRUCT' THEN -customer_id ELSE account_id END, "
                    + "date_trunc('month', day), at, transaction_id",
            "rule text, customer_id bigint, account_id bigint, transaction_id bigint, day date, amount numeric");

    /**
     * The credits PROFILE weighs, with the customer's running total in the month: all but loan
     * disbursements and transfers between the customer's own accounts, in time order.
     */
    static final Import PROFILE_CREDITS = new Import("verify_profile_credits", LogicalDatabase.ACCOUNTS,
            "SELECT customer_id, account_id, transaction_id, at, day, sum(amount) OVER (PARTITION BY customer_id, "
                    + "date_trunc('month', day) ORDER BY at, transaction_id) FROM (" + MONITORED + ") t WHERE credit AND "
                    + "type <> 'loan_disbursement' AND own IS NOT TRUE",
            "customer_id bigint, account_id bigint, transaction_id bigint, at timestamptz, day date, running numeric");

    /** Cash in and cash out per customer and UTC day above the market's threshold: the currency transaction reports due. */
    static final Import CASH_DAYS = new Import("verify_cash_days", LogicalDatabase.ACCOUNTS,
            "SELECT customer_id, {cashperiod} AS day, CASE WHEN credit THEN 'cash_in' ELSE 'cash_out' END, sum(amount), "
                    + "count(*) FROM (" + MONITORED + ") t CROSS JOIN (SELECT {asof} AS as_of) o WHERE cash AND "
                    + "{cashclosed} GROUP BY 1, 2, 3 HAVING sum(amount) > {cashreport}",
            "customer_id bigint, day date, direction text, total numeric, n bigint");

    /** The transactions of the injected laundering cases and their look-alikes (compliance_db's ground truth). */
    static final Import CASE_TRANSACTIONS = new Import("verify_case_transactions", LogicalDatabase.COMPLIANCE,
            "SELECT DISTINCT transaction_id FROM laundering_case_transactions", "transaction_id bigint PRIMARY KEY");

    /** The ground truth's cases. */
    static final Import CASES = new Import("verify_cases", LogicalDatabase.COMPLIANCE,
            "SELECT case_id, typology, is_illicit, start_date, end_date, amount_in FROM laundering_cases",
            "case_id bigint PRIMARY KEY, typology text, is_illicit boolean, start_date date, end_date date, "
                    + "amount_in numeric");

    /** The ground truth's members: each case's accounts. */
    static final Import CASE_MEMBERS = new Import("verify_case_members", LogicalDatabase.COMPLIANCE,
            "SELECT case_id, account_id FROM laundering_case_members", "case_id bigint, account_id bigint");

    /** The ground truth's transactions, as the ground truth records them. */
    static final Import CASE_LEGS = new Import("verify_case_legs", LogicalDatabase.COMPLIANCE,
            "SELECT case_id, transaction_id, account_id, direction, amount FROM laundering_case_transactions",
            "case_id bigint, transaction_id bigint, account_id bigint, direction text, amount numeric");

    /** Each customer's number (CUS…), from accounts_db. */
    static final Import CUSTOMER_NUMBERS = new Import("verify_customer_numbers", LogicalDatabase.ACCOUNTS,
            "SELECT customer_id, customer_number FROM customers", "customer_id bigint PRIMARY KEY, customer_number text");

    /** Interactions an employee handled: each is a read of the customer's profile in the audit trail. */
    static final Import HANDLED_INTERACTIONS = new Import("verify_handled", LogicalDatabase.CUSTOMER,
            "SELECT interaction_id, customer_id, handled_by, interaction_date, channel FROM interactions WHERE "
                    + "handled_by IS NOT NULL",
            "interaction_id bigint PRIMARY KEY, customer_id bigint, handled_by bigint, interaction_date timestamptz, "
                    + "channel text");

    /** Loan applications with their decision and who made it. */
    static final Import APPLICATIONS = new Import("verify_applications", LogicalDatabase.LOANS,
            "SELECT application_id, customer_id, application_date, status, decision_date, officer_id, approved_by "
                    + "FROM loan_applications",
            "application_id bigint PRIMARY KEY, customer_id bigint, application_date date, status text, "
                    + "decision_date date, officer_id bigint, approved_by bigint");

    /** Policies and claims as the audit trail records them: the issue by the agent, the decision by the handler. */
    static final Import INSURANCE_FACTS = new Import("verify_insurance_facts", LogicalDatabase.INSURANCE,
            "SELECT 'policies', p.policy_id, p.customer_id, p.agent_id, 'create', p.issued_at, NULL::date FROM "
                    + "policies p UNION ALL SELECT 'claims', c.claim_id, p.customer_id, c.processed_by, CASE c.status "
                    + "WHEN 'rejected' THEN 'reject' ELSE 'approve' END, NULL, c.settlement_date FROM claims c JOIN "
                    + "policies p USING (policy_id) WHERE c.status IN ('approved', 'paid', 'rejected')",
            "entity_table text, entity_id bigint, customer_id bigint, actor bigint, action text, at timestamptz, "
                    + "day date, PRIMARY KEY (entity_table, entity_id)");

    /**
     * The behaviour profiles' metrics of every customer ({@link ProfileMetrics}), computed once in
     * accounts_db from its own rows; needs {@link #CASE_TRANSACTIONS} imported first.
     */
    static final Import PROFILE_METRICS = new Import("verify_profile_metrics", LogicalDatabase.ACCOUNTS,
            ProfileMetrics.sql(null), ProfileMetrics.COLUMNS);
}
