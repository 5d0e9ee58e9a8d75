package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.COMPLIANCE;
import static io.dhub.schema.LogicalDatabase.CUSTOMER;
import static io.dhub.schema.LogicalDatabase.EMPLOYEES;
import static io.dhub.schema.LogicalDatabase.LOANS;

import java.util.List;

/**
 * Joint rules a banker or a data scientist would notice: places, people, time, money, credit,
 * organisation and CRM that fit together, each computed from the stored rows with a stated target
 * (docs/realism.md gives each target's source). These assume the US market.
 */
final class RealismChecks {
    /** A customer's age in whole years on the as-of date. */
    private static final String AGE = "extract(year FROM age({asof}, date_of_birth))";

    /** Transactions with their local time in the account holder's home time zone. */
    private static final String LOCAL_TRANSACTIONS = "SELECT t.transaction_id, t.transaction_type, t.channel, "
            + "t.loan_id, t.transaction_date AT TIME ZONE z.time_zone AS local FROM public.transactions t JOIN "
            + "public.accounts a USING (account_id) JOIN verify_customer_zones z USING (customer_id)";

    private RealismChecks() {
    }

    static List<Check> all() {
        List<Check> all = new java.util.ArrayList<>(people());
        all.addAll(places());
        all.addAll(time());
        all.addAll(money());
        all.addAll(credit());
        all.addAll(organisation());
        all.addAll(crm());
        all.addAll(market());
        return all;
    }

    /** SQL true on a bank holiday of the run's market ({@link VerifyMarket#bankHoliday}; the session fills it in). */
    static String bankHoliday(String date) {
        return "{bank_holiday " + date + "}";
    }

    /**
     * SQL true when {@code local} (a local timestamp) falls outside the market's branch hours: on a Sunday,
     * a bank holiday, or before the branch opens or from the hour it closes that weekday or Saturday.
     */
    private static final String OUTSIDE_BRANCH_HOURS = "extract(isodow FROM local) = 7 OR " + bankHoliday("local::date")
            + " OR local::time < CASE WHEN extract(isodow FROM local) = 6 THEN {branchsatopen} ELSE {branchopen} END "
            + "OR local::time >= CASE WHEN extract(isodow FROM local) = 6 THEN {branchsatclose} ELSE {branchclose} END";

    /**
     * Branches where the customers are: each customer's home branch is the one nearest their city,
     * most accounts are held there, and most of the staff who serve the customer work there.
     */
    static List<Check> places() {
        String served = "SELECT x.customer_id, x.employee_id, x.day, s.role, s.branch_code, p.home_branch_code FROM ("
                + "SELECT customer_id, handled_by AS employee_id, interaction_date::date AS day FROM public.interactions "
                + "WHERE channel = 'branch' AND handled_by IS NOT NULL UNION ALL SELECT customer_id, employee_id, "
                + "start_date FROM verify_portfolios UNION ALL SELECT customer_id, officer_id, application_date FROM "
                + "verify_loan_officers) x JOIN verify_staff_places s USING (employee_id) JOIN public.customer_profiles p "
                + "USING (customer_id) WHERE s.branch_code IS NOT NULL AND EXISTS (SELECT 1 FROM verify_staff_places t "
                + "WHERE t.branch_code = p.home_branch_code AND t.role = s.role AND t.hire_date <= x.day AND "
                + "(t.termination_date IS NULL OR t.termination_date > x.day))";
        return List.of(
                RuleCheck.rule("realism.home_branch_city", Category.REALISM, CUSTOMER,
                                "customer_db.customer_profiles → employees_db.branches")
                        .expect("customers who live in a city with a branch have that branch as their home branch")
                        .over("customers in a branch's city", "SELECT p.customer_id, p.city, p.state, "
                                + "p.home_branch_code, b.branch_code AS local FROM public.customer_profiles p JOIN "
                                + "verify_branches b ON b.city = p.city AND b.state = p.state")
                        .brokenWhen("home_branch_code IS DISTINCT FROM local")
                        .offender("'customer ' || customer_id || ' in ' || city || ', ' || state || ' has home branch ' "
                                + "|| coalesce(home_branch_code, 'none') || ', not ' || local || ' in their city'")
                        .worstFirst("customer_id")
                        .needs(Import.BRANCHES)
                        .build(),
                new StatisticCheck("realism.home_branch_state", Category.REALISM, CUSTOMER,
                        "customer_db.customer_profiles → employees_db.branches",
                        "share of customers living in a state with a branch whose home branch is in their state",
                        "SELECT avg((h.state = p.state)::int), count(*) FROM public.customer_profiles p JOIN "
                                + "verify_branches h ON h.branch_code = p.home_branch_code WHERE p.state IN (SELECT "
                                + "state FROM verify_branches)", 0.70, 1, 50).share()
                        .withImports(Import.BRANCHES),
                RuleCheck.rule("realism.home_branch_one_per_city", Category.REALISM, CUSTOMER,
                                "customer_db.customer_profiles")
                        .expect("the customers of one city share one home branch (the branch nearest the city)")
                        .over("cities", "SELECT city, state, count(*) AS customers, count(DISTINCT home_branch_code) AS "
                                + "branches, min(home_branch_code) AS first, max(home_branch_code) AS last FROM "
                                + "public.customer_profiles GROUP BY city, state")
                        .brokenWhen("branches > 1")
                        .offender("'the ' || customers || ' customers of ' || city || ', ' || state || ' have ' || "
                                + "branches || ' home branches (' || first || ' … ' || last || ')'")
                        .worstFirst("branches DESC, city, state")
                        .build(),
                new StatisticCheck("realism.home_branch_accounts", Category.REALISM, ACCOUNTS,
                        "accounts_db.accounts → customer_db.customer_profiles",
                        "share of accounts held at the holder's home branch (the rule: 85%)",
                        "SELECT avg((a.branch_code = h.home_branch_code)::int), count(*) FROM public.accounts a JOIN "
                                + "verify_home_branches h USING (customer_id)", 0.75, 0.95, 100).share()
                        .withImports(Import.HOME_BRANCHES),
                new StatisticCheck("realism.home_branch_service", Category.REALISM, CUSTOMER,
                        "customer_db.interactions, employees_db.employee_assignments, loans_db.loan_applications",
                        "share of branch staff serving a customer (branch visits, portfolios, loan officers) who work "
                                + "at the customer's home branch, where someone in their role works there that day",
                        "SELECT avg((branch_code = home_branch_code)::int), count(*) FROM (" + served + ") s",
                        0.75, 1, 50).share()
                        .withImports(Import.STAFF_PLACES, Import.PORTFOLIOS, Import.LOAN_OFFICERS));
    }

    /** Events in the local time of the place where they happen, each channel with its hours and days. */
    static List<Check> time() {
        return List.of(
                RuleCheck.rule("realism.branch_hours", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("branch transactions in opening hours, local time: Mon-Fri 9:00-17:00, Sat 9:00-12:00 "
                                + "(India: 10:00-16:00 on both), never on Sundays or bank holidays")
                        .over("branch transactions", LOCAL_TRANSACTIONS + " WHERE t.channel = 'branch'")
                        .brokenWhen(OUTSIDE_BRANCH_HOURS)
                        .offender("'transaction ' || transaction_id || ' at a branch at ' || to_char(local, "
                                + "'Dy YYYY-MM-DD HH24:MI') || ' local time'")
                        .worstFirst("transaction_id")
                        .needs(Import.CUSTOMER_ZONES)
                        .build(),
                RuleCheck.rule("realism.kyc_branch_hours", Category.REALISM, COMPLIANCE,
                                "compliance_db.kyc_records")
                        .expect("a renewed identity document is brought to the branch in its opening hours, local "
                                + "time: Mon-Fri 9:00-17:00, Sat 9:00-12:00 (India: 10:00-16:00 on both), never on "
                                + "Sundays or bank holidays")
                        .over("renewed identity documents", "SELECT r.kyc_id, r.customer_id, r.submitted_at AT TIME "
                                + "ZONE z.time_zone AS local FROM public.kyc_records r JOIN verify_customer_zones z USING "
                                + "(customer_id) WHERE r.kyc_id IN (SELECT replaced_by FROM public.kyc_records WHERE "
                                + "replaced_by IS NOT NULL)")
                        .brokenWhen(OUTSIDE_BRANCH_HOURS)
                        .offender("'document ' || kyc_id || ' of customer ' || customer_id || ' brought at ' || "
                                + "to_char(local, 'Dy YYYY-MM-DD HH24:MI') || ' local time'")
                        .worstFirst("kyc_id")
                        .needs(Import.CUSTOMER_ZONES)
                        .build(),
                RuleCheck.rule("realism.banking_days", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("ACH, wire and system postings (payroll, direct debits, loan money, fees, interest) on "
                                + "banking days: Monday to Friday, not a bank holiday, local time")
                        .over("ACH, wire and system transactions", LOCAL_TRANSACTIONS
                                + " WHERE t.channel IN ({batch}, 'wire', 'system')")
                        .brokenWhen("extract(isodow FROM local) >= 6 OR " + bankHoliday("local::date"))
                        .offender("'transaction ' || transaction_id || ' (' || transaction_type || ' by ' || channel || "
                                + "') on ' || to_char(local, 'Dy YYYY-MM-DD')")
                        .worstFirst("transaction_id")
                        .needs(Import.CUSTOMER_ZONES)
                        .build(),
                RuleCheck.rule("realism.contact_hours", Category.REALISM, CUSTOMER, "customer_db.interactions")
                        .expect("branch visits and phone calls in opening hours, the customer's local time: branch "
                                + "Mon-Fri 9:00-17:00, Sat 9:00-12:00 (India: 10:00-16:00 on both); phone Mon-Fri "
                                + "8:00-20:00, Sat 9:00-17:00; never on Sundays or bank holidays")
                        .over("branch and phone interactions", "SELECT i.interaction_id, i.channel, i.interaction_date "
                                + "AT TIME ZONE p.time_zone AS local FROM public.interactions i JOIN "
                                + "public.customer_profiles p USING (customer_id) WHERE i.channel IN ('branch', 'phone') AND "
                                + "p.time_zone IS NOT NULL")
                        .brokenWhen("extract(isodow FROM local) = 7 OR " + bankHoliday("local::date")
                                + " OR local::time < CASE WHEN channel = 'phone' THEN (CASE WHEN extract(isodow FROM "
                                + "local) < 6 THEN time '08:00' ELSE time '09:00' END) WHEN extract(isodow FROM local) = 6 "
                                + "THEN {branchsatopen} ELSE {branchopen} END OR local::time >= CASE WHEN channel = "
                                + "'branch' THEN (CASE WHEN extract(isodow FROM local) = 6 THEN {branchsatclose} ELSE "
                                + "{branchclose} END) ELSE (CASE WHEN extract(isodow FROM local) = 6 THEN time '17:00' "
                                + "ELSE time '20:00' END) END")
                        .offender("'interaction ' || interaction_id || ' by ' || channel || ' at ' || to_char(local, "
                                + "'Dy YYYY-MM-DD HH24:MI') || ' local time'")
                        .worstFirst("interaction_id")
                        .build(),
                RuleCheck.rule("realism.open_complaints_recent", Category.REALISM, CUSTOMER, "customer_db.complaints")
                        .expect("open and investigating complaints were filed in the last two months, not years ago")
                        .over("open and investigating complaints", "SELECT complaint_id, status, filed_at FROM "
                                + "public.complaints WHERE status IN ('open', 'investigating')")
                        .brokenWhen("filed_at < {asof} - 62")
                        .offender("'complaint ' || complaint_id || ' (' || status || ') filed ' || filed_at")
                        .worstFirst("filed_at, complaint_id")
                        .build(),
                new StatisticCheck("realism.quiet_nights", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of card, ATM, online and mobile transactions between 0:00 and 5:59 local time",
                        "SELECT avg((extract(hour FROM local) < 6)::int), count(*) FROM (" + LOCAL_TRANSACTIONS
                                + " WHERE t.channel IN ('pos', 'atm', {digital})) s", 0, 0.06, 500).share()
                        .withImports(Import.CUSTOMER_ZONES),
                new StatisticCheck("realism.phone_payments", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of the purchases paid at a till or from a phone that were paid from the phone, where the "
                                + "market's retail spending runs on a phone rail (India: UPI, at least 70%: four in five "
                                + "purchases in shops, and the online ones paid by UPI on top; the US has none to judge)",
                        "SELECT avg((channel <> 'pos')::int), count(*) FROM public.transactions WHERE transaction_type = "
                                + "'purchase' AND channel IN ('pos', 'upi', 'imps', 'neft') AND {phoneshops}", 0.7, 1, 500)
                        .share(),
                new StatisticCheck("realism.card_peaks", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of card purchases at lunch (11:00-13:59) or in the early evening (17:00-19:59), local "
                                + "time (6 of 24 hours: 25% if spread evenly)",
                        "SELECT avg((extract(hour FROM local) IN (11, 12, 13, 17, 18, 19))::int), count(*) FROM ("
                                + LOCAL_TRANSACTIONS + " WHERE t.channel = 'pos' AND t.transaction_type = 'purchase') s",
                        0.38, 1, 500).share().withImports(Import.CUSTOMER_ZONES),
                new StatisticCheck("realism.card_weekend", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of card purchases on Fridays and Saturdays (2 of 7 days: 28.6% if spread evenly)",
                        "SELECT avg((extract(isodow FROM local) IN (5, 6))::int), count(*) FROM (" + LOCAL_TRANSACTIONS
                                + " WHERE t.channel = 'pos' AND t.transaction_type = 'purchase') s", 0.31, 1, 500).share()
                        .withImports(Import.CUSTOMER_ZONES));
    }

    /**
     * A recurring deposit keeps its terms (India's; the US market sells none): a term of 12-120 whole months
     * ending after as-of; one instalment a month, always the same amount of at least Rs 100, on the day
     * of the month it was opened (moved to a banking day of the month: within four days), by standing
     * instruction from an everyday account of the holder or in cash at the branch; nothing else on it but
     * a quarter's interest, on the last banking day of March, June, September and December, equal to the
     * rate's twelfth of the monthly product (the balances at the quarter's three month ends) for every
     * quarter the stored ledger holds whole.
     */
    private static Check recurringDeposits() {
        String monthEnd = "(date_trunc('month', %s) + interval '1 month' - interval '1 day')::date";
        // the balance at a month end e of the quarter an interest credit i closes: 0 before the deposit opened, the
        // last balance before i on or before e (local time), or the opening balance when the ledger holds none by then
        String balanceAt = "CASE WHEN e < i.opened_date THEN 0 ELSE coalesce((SELECT x.balance_after FROM "
                + "public.transactions x WHERE x.account_id = i.account_id AND x.transaction_date < (e + 1)::timestamp "
                + "AT TIME ZONE i.time_zone AND x.transaction_date <= i.transaction_date AND x.transaction_id <> "
                + "i.transaction_id ORDER BY x.transaction_date DESC, x.transaction_id DESC LIMIT 1), i.opening_balance) END";
        String quarterStart = "(date_trunc('month', i.local) - interval '2 months')::date";
        return RuleCheck.rule("realism.recurring_deposits", Category.REALISM, ACCOUNTS, "accounts_db.accounts, transactions")
                .expect("a recurring deposit (India) runs 12-120 whole months to a maturity after as-of; one "
                        + "instalment a month, one amount of at least Rs 100, on its opening day of the month "
                        + "(a banking day within four), by standing instruction from the holder's savings or current "
                        + "account or in cash at the branch; a quarter's interest on the last banking day of March, "
                        + "June, September and December, the rate's twelfth of the balances at the quarter's three "
                        + "month ends (judged where the ledger holds the quarter whole), and nothing else")
                .over("recurring deposits", "WITH r AS (SELECT a.account_id, a.customer_id, a.opened_date, "
                        + "a.maturity_date, a.interest_rate, a.opening_balance, a.ledger_from, z.time_zone FROM "
                        + "public.accounts a JOIN verify_customer_zones z USING (customer_id) WHERE a.account_type = "
                        + "{recurring}), tx AS (SELECT t.transaction_id, t.account_id, t.transaction_type, t.channel, "
                        + "t.amount, t.transaction_date, t.counterparty_account_id, t.transaction_date AT TIME ZONE "
                        + "r.time_zone AS local, r.customer_id, r.opened_date, r.interest_rate, r.opening_balance, r.ledger_from, "
                        + "r.time_zone FROM public.transactions t JOIN r USING (account_id)), "
                        + "inst AS (SELECT account_id, count(DISTINCT amount) <= 1 AND min(amount) >= {rdleast} AND "
                        + "count(*) = count(DISTINCT date_trunc('month', local)) AND bool_and(abs(extract(day FROM local) "
                        + "- least(extract(day FROM opened_date), extract(day FROM " + String.format(monthEnd, "local")
                        + "))) <= 4) AS ok FROM tx WHERE transaction_type <> 'interest' GROUP BY account_id), "
                        + "kinds AS (SELECT tx.account_id, bool_and((tx.transaction_type = 'transfer_in' AND tx.channel = "
                        + "'system' AND o.customer_id = tx.customer_id AND o.account_type IN {everyday}) OR "
                        + "(tx.transaction_type = 'deposit' AND tx.channel = 'branch') OR (tx.transaction_type = "
                        + "'interest' AND tx.channel = 'system')) AS ok FROM tx LEFT JOIN public.accounts o ON "
                        + "o.account_id = tx.counterparty_account_id GROUP BY tx.account_id), "
                        + "days AS (SELECT account_id, bool_and(extract(month FROM local) IN {rdquarters} AND NOT EXISTS "
                        + "(SELECT 1 FROM generate_series(local::date + 1, " + String.format(monthEnd, "local")
                        + ", interval '1 day') g WHERE extract(isodow FROM g) < 6 AND NOT {bank_holiday g::date})) AS ok "
                        + "FROM tx WHERE transaction_type = 'interest' GROUP BY account_id), "
                        + "i AS (SELECT i.account_id, i.amount, (" + quarterStart + " >= i.ledger_from OR i.ledger_from = "
                        + "i.opened_date + 1) AS judged, round((SELECT sum(" + balanceAt + ") FROM (SELECT (" + quarterStart
                        + " + make_interval(months => k + 1) - interval '1 day')::date AS e FROM generate_series(0, 2) k) "
                        + "ends) * i.interest_rate / 1200, 2) AS due FROM tx i WHERE i.transaction_type = 'interest'), "
                        + "wrong AS (SELECT account_id, count(*) AS n, min(amount || ' for ' || due) AS example FROM i "
                        + "WHERE judged AND abs(amount - due) > 0.01 GROUP BY account_id) "
                        + "SELECT r.account_id, r.opened_date, r.maturity_date, "
                        + "coalesce(r.maturity_date > {asof} AND EXISTS (SELECT 1 FROM generate_series(12, 120) m WHERE "
                        + "(r.opened_date + make_interval(months => m))::date = r.maturity_date), false) AS term_ok, "
                        + "coalesce(inst.ok, true) AS instalments_ok, coalesce(kinds.ok, true) AS kinds_ok, "
                        + "coalesce(days.ok, true) AS days_ok, coalesce(wrong.n, 0) AS wrong_interest, wrong.example "
                        + "FROM r LEFT JOIN inst USING (account_id) LEFT JOIN kinds USING (account_id) LEFT JOIN days "
                        + "USING (account_id) LEFT JOIN wrong USING (account_id)")
                .brokenWhen("NOT (term_ok AND instalments_ok AND kinds_ok AND days_ok) OR wrong_interest > 0")
                .offender("'recurring deposit ' || account_id || ' (opened ' || opened_date || ', matures ' || "
                        + "coalesce(maturity_date::text, 'never') || '):' || CASE WHEN NOT term_ok THEN ' term' ELSE '' END "
                        + "|| CASE WHEN NOT instalments_ok THEN ' instalments' ELSE '' END || CASE WHEN NOT kinds_ok THEN "
                        + "' other transactions' ELSE '' END || CASE WHEN NOT days_ok THEN ' interest days' ELSE '' END "
                        + "|| CASE WHEN wrong_interest > 0 THEN ' ' || wrong_interest || ' interest credits (' || example "
                        + "|| ' due)' ELSE '' END")
                .worstFirst("wrong_interest DESC, account_id")
                .needs(Import.CUSTOMER_ZONES)
                .build();
    }

    /** Money where it belongs: steady pay, cards on transaction accounts, bills, refunds, interest and fees. */
    static List<Check> money() {
        String accountTx = "SELECT t.*, a.account_type, a.interest_rate, a.customer_id FROM public.transactions t "
                + "JOIN public.accounts a USING (account_id)";
        String transactionAccount = "account_type IN {everyday}";
        return List.of(
                RuleCheck.rule("realism.salary_steady", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("an account's salaries come from one employer, or two after a job change, each at one amount")
                        .over("accounts with salaries", "SELECT account_id, count(*) AS payers, max(amounts) AS amounts "
                                + "FROM (SELECT account_id, description, count(DISTINCT amount) AS amounts FROM "
                                + "public.transactions WHERE transaction_type = 'salary' GROUP BY 1, 2) s GROUP BY account_id")
                        .brokenWhen("payers > 2 OR amounts > 1")
                        .offender("'account ' || account_id || ': ' || payers || ' payers, up to ' || amounts || "
                                + "' amounts from one'")
                        .worstFirst("payers DESC, amounts DESC, account_id")
                        .build(),
                RuleCheck.rule("realism.salary_account", Category.REALISM, ACCOUNTS, "accounts_db.transactions, accounts")
                        .expect("salaries land in checking or business checking accounts")
                        .over("salaries", accountTx + " WHERE t.transaction_type = 'salary'")
                        .brokenWhen("NOT (" + transactionAccount + ")")
                        .offender("'salary ' || transaction_id || ' into ' || account_type || ' account ' || account_id")
                        .worstFirst("transaction_id")
                        .build(),
                new StatisticCheck("realism.paydays", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of salaries on a payday, local date: a Friday (a Thursday before a holiday), the 13th-15th "
                                + "or the last three days of a month (about 45% if spread evenly)",
                        "SELECT avg((extract(isodow FROM d) IN (4, 5) OR extract(day FROM d) BETWEEN 13 AND 15 OR d >= "
                                + "(date_trunc('month', d) + interval '1 month' - interval '3 days')::date)::int), count(*) "
                                + "FROM (SELECT (t.transaction_date AT TIME ZONE z.time_zone)::date AS d FROM "
                                + "public.transactions t JOIN public.accounts a USING (account_id) JOIN "
                                + "verify_customer_zones z USING (customer_id) WHERE t.transaction_type = 'salary') s",
                        0.95, 1, 100).share().withImports(Import.CUSTOMER_ZONES),
                RuleCheck.rule("realism.card_accounts", Category.REALISM, ACCOUNTS, "accounts_db.transactions, accounts")
                        .expect("card purchases and ATM withdrawals hit checking or business checking accounts, never "
                                + "savings, money-market accounts or CDs")
                        .over("purchases and ATM withdrawals", accountTx + " WHERE t.transaction_type = 'purchase' OR "
                                + "(t.transaction_type = 'withdrawal' AND t.channel = 'atm')")
                        .brokenWhen("NOT (" + transactionAccount + ")")
                        .offender("'transaction ' || transaction_id || ' (' || transaction_type || ' by ' || channel || "
                                + "') on ' || account_type || ' account ' || account_id")
                        .worstFirst("transaction_id")
                        .build(),
                RuleCheck.rule("realism.interest_bearing", Category.REALISM, ACCOUNTS, "accounts_db.transactions, accounts")
                        .expect("interest is credited only to accounts that pay interest (rate above 0)")
                        .over("interest credits", accountTx + " WHERE t.transaction_type = 'interest'")
                        .brokenWhen("interest_rate <= 0")
                        .offender("'interest ' || transaction_id || ' of ' || amount || ' on account ' || account_id || "
                                + "' at ' || interest_rate || '%'")
                        .worstFirst("transaction_id")
                        .build(),
                RuleCheck.rule("realism.deposit_rates", Category.REALISM, ACCOUNTS, "accounts_db.accounts")
                        .expect("every account's rate lies within its type's range in the bank's market: in the US "
                                + "checking 0-0.10%, savings 0.50-4.50%, money market 3-5%, CDs 3.50-5.50%; in India no "
                                + "interest on a current account, savings 2.50-4%, sweep deposits 3-5.50%, "
                                + "fixed deposits 6-7.25%")
                        .over("accounts", "SELECT account_id, account_type, interest_rate FROM public.accounts")
                        .brokenWhen("NOT {depositrateok}")
                        .offender("account_type || ' account ' || account_id || ' at ' || interest_rate || '%'")
                        .worstFirst("account_id")
                        .build(),
                RuleCheck.rule("realism.overdraft_fees", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("an overdraft fee follows an overdraft: the balance before it is below zero")
                        .over("overdraft fees", "SELECT * FROM (SELECT t.transaction_id, t.account_id, t.transaction_type, "
                                + "t.description, lag(t.balance_after) OVER (PARTITION BY t.account_id ORDER BY "
                                + "t.transaction_date, t.transaction_id) AS before FROM public.transactions t) x WHERE "
                                + "transaction_type = 'fee' AND description ILIKE '%overdraft%'")
                        .brokenWhen("before IS NULL OR before >= 0")
                        .offender("'fee ' || transaction_id || ' on account ' || account_id || ' after a balance of ' || "
                                + "coalesce(before::text, 'none')")
                        .worstFirst("transaction_id")
                        .build(),
                RuleCheck.rule("realism.refunds", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("a refund gives back (part of) an earlier purchase at the same merchant on the same account")
                        .over("refunds", "SELECT r.transaction_id, r.account_id, r.merchant_name, r.amount, EXISTS (SELECT 1 "
                                + "FROM public.transactions p WHERE p.account_id = r.account_id AND p.transaction_type = "
                                + "'purchase' AND p.merchant_name = r.merchant_name AND p.amount >= r.amount AND "
                                + "(p.transaction_date, p.transaction_id) < (r.transaction_date, r.transaction_id)) AS "
                                + "matched FROM public.transactions r WHERE r.transaction_type = 'refund'")
                        .brokenWhen("NOT matched")
                        .offender("'refund ' || transaction_id || ' of ' || amount || ' from ' || coalesce(merchant_name, "
                                + "'no merchant') || ' on account ' || account_id || ' has no purchase before it'")
                        .worstFirst("transaction_id")
                        .build(),
                recurringDeposits(),
                RuleCheck.rule("realism.loan_accounts", Category.REALISM, ACCOUNTS, "accounts_db.accounts → "
                                + "loans_db.loans, loan_applications")
                        .expect("a loan is paid into and repaid from a checking account (a business loan a business "
                                + "checking account) when the borrower held one on applying, else a savings or "
                                + "money-market account; never a CD (in India: a savings account, a business loan a "
                                + "current account, else a sweep deposit; never a fixed deposit)")
                        .over("loans", "SELECT l.loan_id, l.loan_type, a.account_type, EXISTS (SELECT 1 FROM "
                                + "public.accounts o WHERE o.customer_id = a.customer_id AND o.account_type IN "
                                + "{everyday} AND o.opened_date < l.application_date) AS had_checking, "
                                + "EXISTS (SELECT 1 FROM public.accounts o WHERE o.customer_id = a.customer_id AND "
                                + "o.account_type = {businessmain} AND o.opened_date < l.application_date) AS "
                                + "had_business FROM verify_loans l JOIN public.accounts a ON a.account_id = "
                                + "l.linked_account_id")
                        .brokenWhen("account_type = {term} OR (had_checking AND account_type NOT IN "
                                + "{everyday}) OR (loan_type = 'business' AND had_business AND "
                                + "account_type <> {businessmain})")
                        .offender("'loan ' || loan_id || ' (' || loan_type || ') on a ' || account_type || ' account"
                                + "' || CASE WHEN had_checking THEN ', though the borrower had checking' ELSE '' END")
                        .worstFirst("loan_id")
                        .needs(Import.LOAN_FLOWS)
                        .build(),
                RuleCheck.rule("realism.business_accounts", Category.REALISM, ACCOUNTS, "accounts_db.accounts, customers")
                        .expect("a business checking account (India: a current account) belongs to a business customer")
                        .over("business checking accounts", "SELECT a.account_id, a.customer_id, c.segment FROM "
                                + "public.accounts a JOIN public.customers c USING (customer_id) WHERE a.account_type = "
                                + "{businessmain}")
                        .brokenWhen("segment <> 'business'")
                        .offender("'account ' || account_id || ' of customer ' || customer_id || ' (' || segment || ')'")
                        .worstFirst("account_id")
                        .build(),
                new StatisticCheck("realism.business_borrowers", Category.REALISM, ACCOUNTS,
                        "accounts_db.customers → loans_db.loans", "share of business loans taken by business customers "
                                + "(85% expected; the other segments' sole traders take the rest)",
                        "SELECT avg((c.segment = 'business')::int), count(*) FROM verify_loans l JOIN public.accounts a "
                                + "ON a.account_id = l.linked_account_id JOIN public.customers c ON c.customer_id = "
                                + "a.customer_id WHERE l.loan_type = 'business'", 0.6, 1, 10).share()
                        .withImports(Import.LOAN_FLOWS),
                RuleCheck.rule("realism.keyed_by_hand", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("nobody keys by hand what the bank's systems post (channel system: fees, interest, a "
                                + "certificate's payouts) or an ACH batch carries (salaries, direct debits, autopay)")
                        .over("transactions posted by the bank's systems or an ACH batch", "SELECT transaction_id, "
                                + "transaction_type, channel, is_manual FROM public.transactions WHERE channel IN "
                                + "('system', {batch})")
                        .brokenWhen("is_manual")
                        .offender("'transaction ' || transaction_id || ' (' || transaction_type || ', channel ' || "
                                + "channel || ') is marked keyed by hand'")
                        .worstFirst("transaction_id")
                        .build(),
                RuleCheck.rule("realism.transfers_paired", Category.REALISM, ACCOUNTS, "accounts_db.transactions, accounts")
                        .expect("a transfer between two accounts of the bank appears on both: out of one and into the "
                                + "other it names, same amount, same instant (unless it is dated before the other "
                                + "account's stored ledger begins, in the holder's time zone, or the latest any zone "
                                + "begins that day when the holder's is unknown: its opening balance carries it)")
                        .over("transfers naming an account of the bank", "SELECT t.transaction_id, t.transaction_type, "
                                + "t.amount, t.description, EXISTS (SELECT 1 FROM public.accounts b JOIN "
                                + "public.transactions u ON u.account_id = b.account_id WHERE b.account_number = "
                                + "substring(t.description FROM '([0-9]{12})$') AND u.transaction_type = CASE "
                                + "t.transaction_type WHEN 'transfer_in' THEN 'transfer_out' ELSE 'transfer_in' END AND "
                                + "u.amount = t.amount AND u.transaction_date = t.transaction_date AND u.description LIKE "
                                + "'%' || a.account_number) AS paired, EXISTS (SELECT 1 FROM public.accounts b LEFT JOIN "
                                + "verify_customer_zones z ON z.customer_id = b.customer_id WHERE b.account_number = "
                                + "substring(t.description FROM '([0-9]{12})$') AND b.customer_id = a.customer_id AND "
                                + "t.transaction_date < b.ledger_from::timestamp AT TIME ZONE coalesce(z.time_zone, 'Etc/GMT+12')) AS "
                                + "carried "
                                + "FROM public.transactions t JOIN public.accounts a "
                                + "USING (account_id) WHERE t.transaction_type IN ('transfer_in', 'transfer_out') AND "
                                + "t.description ~ 'account [0-9]{12}$'")
                        .brokenWhen("NOT paired AND NOT carried")
                        .offender("'transaction ' || transaction_id || ' (' || transaction_type || ' of ' || amount || "
                                + "', \"' || description || '\") has no other side'")
                        .worstFirst("transaction_id")
                        .needs(Import.CUSTOMER_ZONES)
                        .build(),
                new StatisticCheck("realism.savings_to_main", Category.REALISM, ACCOUNTS, "accounts_db.transactions, "
                        + "accounts", "share of the online and mobile transfers out of savings and money-market accounts "
                        + "(of customers outside the profiles, whose plans move their money, whose main account, the "
                        + "first checking or business checking, was open and is active) that go to the holder's own "
                        + "checking account (53% measured at scale 10: 4.5 per six months "
                        + "of a savings ledger, each in place of one of the seed rules' 7-8 transfers out)",
                        "SELECT avg((o.customer_id IS NOT NULL AND o.customer_id = a.customer_id AND o.account_type IN "
                                + "{everyday})::int), count(*) FROM public.transactions t JOIN "
                                + "public.accounts a USING (account_id) LEFT JOIN public.accounts o ON o.account_id = "
                                + "t.counterparty_account_id WHERE a.account_type IN {saving} AND "
                                + "t.transaction_type = 'transfer_out' AND t.channel IN ({digital}) AND "
                                + Own.transactions("t") + " AND a.customer_id NOT IN (SELECT customer_id FROM "
                                + "public.customer_behaviour) AND "
                                + "EXISTS (SELECT 1 FROM public.accounts m WHERE m.account_id = (SELECT "
                                + "min(x.account_id) FROM public.accounts x WHERE x.customer_id = a.customer_id AND "
                                + "x.account_type IN {everyday}) "
                                + "AND m.status = 'active' AND m.opened_date < t.transaction_date::date)", 0.35, 0.8, 30)
                        .share().withImports(Import.CASE_TRANSACTIONS),
                new StatisticCheck("realism.internal_transfers", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of transfers in (loan and premium cover aside) that come from another account of the "
                                + "same bank",
                        "SELECT avg((description ~ 'account [0-9]{12}$')::int), count(*) FROM public.transactions "
                                + "WHERE transaction_type = 'transfer_in' AND " + Own.outsideProfiles("") + "", 0.05, 1, 100).share()
                        .withImports(Import.CASE_TRANSACTIONS),
                new StatisticCheck("realism.category_amounts", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "highest ÷ lowest median purchase amount of the merchant categories with 20+ purchases",
                        "SELECT max(m) / nullif(min(m), 0), sum(n) FROM (SELECT merchant_category, percentile_cont(0.5) "
                                + "WITHIN GROUP (ORDER BY amount) AS m, count(*) AS n FROM public.transactions WHERE "
                                + "transaction_type = 'purchase' GROUP BY 1 HAVING count(*) >= 20) c", 5,
                        Double.POSITIVE_INFINITY, 300),
                RuleCheck.rule("realism.monthly_bills", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("a biller is paid at most once a month (the customer's local month) from one account")
                        .over("billers' months", "SELECT t.account_id, t.merchant_name, date_trunc('month', "
                                + "t.transaction_date AT TIME ZONE z.time_zone) AS month, count(*) AS n FROM "
                                + "public.transactions t JOIN public.accounts a USING (account_id) JOIN "
                                + "verify_customer_zones z USING (customer_id) WHERE t.transaction_type = 'payment' AND "
                                + "t.merchant_name IS NOT NULL AND z.time_zone IS NOT NULL GROUP BY 1, 2, 3")
                        .brokenWhen("n > 1")
                        .offender("'account ' || account_id || ' paid ' || merchant_name || ' ' || n || ' times in ' || "
                                + "to_char(month, 'YYYY-MM')")
                        .worstFirst("n DESC, account_id")
                        .needs(Import.CUSTOMER_ZONES)
                        .build(),
                new StatisticCheck("realism.steady_bills", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of billers paid twice or more from one account at one amount every time",
                        "SELECT avg((amounts = 1)::int), count(*) FROM (SELECT account_id, merchant_name, count(DISTINCT "
                                + "amount) AS amounts FROM public.transactions WHERE transaction_type = 'payment' AND "
                                + "merchant_name IS NOT NULL GROUP BY 1, 2 HAVING count(*) >= 2) b", 0.90, 1, 30).share());
    }

    /** Loans with an origination assessment: its score, PD and grade, and how many installments came due. */
    private static final String ORIGINATED = "SELECT l.loan_id, l.loan_type, l.loan_status, l.interest_rate, "
            + "r.risk_score, r.pd_probability, r.credit_grade, (SELECT count(*) FROM public.repayment_schedule s WHERE "
            + "s.loan_id = l.loan_id AND s.due_date < {asof}) AS due FROM public.loans l JOIN public.risk_assessments r "
            + "ON r.application_id = l.application_id AND r.assessment_type = 'origination'";

    /** Credit logic: risk-based prices, lending within income, honest outcomes, a score that does not know the future. */
    static List<Check> credit() {
        return List.of(
                RuleCheck.rule("realism.rate_by_grade", Category.REALISM, LOANS, "loans_db.loans, risk_assessments")
                        .expect("within each loan type the mean rate rises as the origination grade worsens (AAA … C; "
                                + "grades with 10+ loans, 0.25 points of slack)")
                        .over("grades of a loan type", "SELECT loan_type, credit_grade, n, mean, lag(mean) OVER (PARTITION "
                                + "BY loan_type ORDER BY best DESC) AS better FROM (SELECT loan_type, credit_grade, "
                                + "count(*) AS n, avg(interest_rate) AS mean, max(risk_score) AS best FROM (" + ORIGINATED
                                + ") o GROUP BY 1, 2 HAVING count(*) >= 10) g")
                        .brokenWhen("mean < better - 0.25")
                        .offender("loan_type || ' ' || credit_grade || ': mean rate ' || round(mean, 2) || '% below the "
                                + "better grade''s ' || round(better, 2) || '%'")
                        .worstFirst("better - mean DESC")
                        .build(),
                RuleCheck.rule("realism.loan_rates", Category.REALISM, LOANS, "loans_db.loans")
                        .expect("every loan's rate lies within its product's range in the bank's market: in the US the "
                                + "specification's (mortgage 3.25-6.75%, personal 5.99-17.99%, auto 3.99-8.99%, business "
                                + "4.99-12.99%, education 4.25-8.75%); in India banks' 2025 rates (home 8.10-11.50%, "
                                + "personal 10-24%, car 7.50-12%, business 10-20%, education 8-12%)")
                        .over("loans", "SELECT loan_id, loan_type, interest_rate FROM public.loans")
                        .brokenWhen("NOT {loanrateok}")
                        .offender("loan_type || ' loan ' || loan_id || ' at ' || interest_rate || '%'")
                        .worstFirst("loan_id")
                        .build(),
                new StatisticCheck("realism.debt_to_income", Category.REALISM, LOANS, "loans_db.loans, loan_applications",
                        "share of loans whose payments take more than the market's share of the borrower's gross "
                                + "income (the US: the CFPB's 43% debt-to-income limit; India: a 40% FOIR on net income, 35.2% of gross)",
                        "SELECT avg((l.monthly_payment * 12 > {maxdti} * a.annual_income)::int), count(*) FROM public.loans "
                                + "l JOIN public.loan_applications a USING (application_id)", 0, 0.01, 30).share(),
                RuleCheck.rule("realism.mortgage_to_income", Category.REALISM, LOANS, "loans_db.loans, loan_applications")
                        .expect("a mortgage is at most 4.5 times the borrower's annual income (or the $1,000 minimum)")
                        .over("mortgages", "SELECT l.loan_id, l.principal_amount, a.annual_income FROM public.loans l JOIN "
                                + "public.loan_applications a USING (application_id) WHERE l.loan_type = 'mortgage'")
                        .brokenWhen("principal_amount > greatest(4.5 * annual_income, 1000)")
                        .offender("'mortgage ' || loan_id || ' of ' || principal_amount || ' on an income of ' || "
                                + "annual_income")
                        .worstFirst("principal_amount / nullif(annual_income, 0) DESC NULLS FIRST")
                        .build(),
                RuleCheck.rule("realism.running_loans", Category.REALISM, LOANS, "loans_db.loans")
                        .expect("an active or restructured loan has not reached maturity")
                        .over("active and restructured loans", "SELECT loan_id, loan_status, maturity_date, "
                                + "outstanding_balance FROM public.loans WHERE loan_status IN ('active', 'restructured')")
                        .brokenWhen("maturity_date < {asof}")
                        .offender("'loan ' || loan_id || ' is ' || loan_status || ' past its maturity ' || maturity_date")
                        .worstFirst("maturity_date, loan_id")
                        .build(),
                RuleCheck.rule("realism.silent_after_default", Category.REALISM, LOANS, "loans_db.loans, repayment_schedule")
                        .expect("a defaulted loan pays nothing after its first missed installment")
                        .over("defaulted loans", "SELECT l.loan_id, (SELECT min(installment_number) FROM "
                                + "public.repayment_schedule s WHERE s.loan_id = l.loan_id AND s.payment_status = "
                                + "'missed') AS first_missed, (SELECT max(installment_number) FROM public.repayment_schedule "
                                + "s WHERE s.loan_id = l.loan_id AND s.payment_status IN ('paid', 'late')) AS last_paid FROM "
                                + "public.loans l WHERE l.loan_status = 'defaulted'")
                        .brokenWhen("last_paid > first_missed")
                        .offender("'loan ' || loan_id || ' paid installment ' || last_paid || ' after missing ' || "
                                + "first_missed")
                        .worstFirst("loan_id")
                        .build(),
                RuleCheck.rule("realism.underwriting_floor", Category.REALISM, LOANS, "loans_db.loans, risk_assessments")
                        .expect("no loan was approved below the underwriting floor: an origination score of 580 or more "
                                + "on the US's 300-850 scale (605 on the 300-900 of India's bureaus), a probability of "
                                + "default of 0.5 or less")
                        .over("loans", ORIGINATED)
                        .brokenWhen("risk_score < {scorefloor} OR pd_probability > 0.5")
                        .offender("'loan ' || loan_id || ' approved at score ' || risk_score || ', PD ' || pd_probability")
                        .worstFirst("risk_score, loan_id")
                        .build(),
                RuleCheck.rule("realism.round_principals", Category.REALISM, LOANS, "loans_db.loan_applications, loans")
                        .expect("people ask for and banks lend round sums: every requested amount and principal is a "
                                + "whole number of the product's unit ($500 personal, auto and education; $1,000 mortgage "
                                + "and business; in India Rs 5,000 two-wheeler and gold, Rs 10,000 the others)")
                        .over("requested amounts and principals", "SELECT 'application ' || application_id AS what, "
                                + "loan_type, requested_amount AS amount FROM public.loan_applications UNION ALL SELECT "
                                + "'loan ' || loan_id, loan_type, principal_amount FROM public.loans")
                        .brokenWhen("mod(amount, CASE WHEN loan_type IN ('mortgage', 'business') THEN 1000 ELSE 500 END) "
                                + "<> 0")
                        .offender("what || ' (' || loan_type || ') of ' || amount")
                        .worstFirst("what")
                        .build(),
                RuleCheck.rule("realism.loan_incomes", Category.REALISM, LOANS, "loans_db.loan_applications")
                        .expect("nobody applies for a product on less than the market's least income for it (India: "
                                + "a car Rs 3 lakh a year, SBI's floor for a salaried applicant; a home Rs 1.8 lakh; a "
                                + "two-wheeler Rs 1.2 lakh, most lenders' Rs 10,000 a month; those below borrow a "
                                + "two-wheeler, a personal loan and gold instead; the US sets none)")
                        .over("applications", "SELECT application_id, loan_type, annual_income, {incomefloor} AS floor "
                                + "FROM public.loan_applications")
                        .brokenWhen("annual_income < floor")
                        .offender("loan_type || ' application ' || application_id || ' on an income of ' || annual_income "
                                + "|| ' (least ' || floor || ')'")
                        .worstFirst("annual_income / floor, application_id")
                        .build(),
                RuleCheck.rule("realism.least_loans", Category.REALISM, LOANS, "loans_db.loans")
                        .expect("no loan is smaller than its product's least sum in the market (the US: $1,000; India: "
                                + "a home loan Rs 5 lakh, a two-wheeler loan Rs 30,000, a gold loan Rs 10,000, the others "
                                + "Rs 20,000): a borrower whose income cannot carry it takes a longer term")
                        .over("loans", "SELECT loan_id, loan_type, principal_amount, {leastloan} AS least FROM public.loans")
                        .brokenWhen("principal_amount < least")
                        .offender("loan_type || ' loan ' || loan_id || ' of ' || principal_amount || ' (least ' || least "
                                + "|| ')'")
                        .worstFirst("principal_amount / least, loan_id")
                        .build(),
                RuleCheck.rule("realism.gold_collateral", Category.REALISM, LOANS, "loans_db.loans, collateral")
                        .expect("a gold loan is lent against gold: every gold loan holds gold as collateral at a "
                                + "loan-to-value of at most 75% (RBI's ceiling for loans against gold jewellery), and "
                                + "gold secures nothing else")
                        .over("gold loans and loans secured by gold", "SELECT l.loan_id, l.loan_type, count(c.collateral_id) "
                                + "FILTER (WHERE c.collateral_type = 'gold') AS items, max(c.ltv_ratio) FILTER (WHERE "
                                + "c.collateral_type = 'gold') AS ltv FROM public.loans l LEFT JOIN public.collateral c "
                                + "USING (loan_id) WHERE l.loan_type = 'gold' OR c.collateral_type = 'gold' GROUP BY 1, 2")
                        .brokenWhen("(loan_type = 'gold') <> (items > 0) OR ltv > 0.75")
                        .offender("loan_type || ' loan ' || loan_id || ' holds ' || items || ' gold items' || "
                                + "coalesce(' at a loan-to-value of ' || ltv, '')")
                        .worstFirst("loan_id")
                        .build(),
                // a steady flow decides 1/24 of two years' applications in the last 30 days; squeezing borrowing into new
                // customers' first weeks decided 15% there. Not the application days: the specification's 10% pending
                // applications are all of the last month
                new StatisticCheck("realism.decision_flow", Category.REALISM, LOANS, "loans_db.loan_applications",
                        "share of the loan decisions (approvals and refusals) of the 720 days before the as-of date "
                                + "made in the last 30 (a steady flow gives 1/24; at most twice that)",
                        "SELECT avg((decision_date > {asof} - 30)::int), count(*) FROM public.loan_applications WHERE "
                                + "decision_date > {asof} - 720 AND decision_date <= {asof}",
                        0, 1.0 / 12, 30).share(),
                RuleCheck.rule("realism.guarantor_ties", Category.REALISM, LOANS,
                                "loans_db.loan_guarantors, loans → accounts_db.customers")
                        .expect("who guarantees a loan fits its purpose and the borrower's age: a business partner only "
                                + "a business loan, a parent a borrower of at most 55 at signing, a grown child one of at "
                                + "least 38")
                        .over("guarantors", "SELECT g.guarantor_id, g.relationship_type, l.loan_id, l.loan_type, "
                                + "date_part('year', age(g.signed_date, b.date_of_birth))::int AS borrower_age FROM "
                                + "public.loan_guarantors g JOIN public.loans l USING (loan_id) JOIN verify_customer_births "
                                + "b USING (customer_id)")
                        .brokenWhen("relationship_type = 'business_partner' AND loan_type <> 'business' OR "
                                + "relationship_type = 'parent' AND borrower_age > 55 OR relationship_type = 'child' AND "
                                + "borrower_age < 38")
                        .offender("relationship_type || ' ' || guarantor_id || ' of ' || loan_type || ' loan ' || loan_id "
                                + "|| ' (borrower ' || borrower_age || ' at signing)'")
                        .worstFirst("guarantor_id")
                        .needs(Import.CUSTOMER_BIRTHS)
                        .build(),
                new AucCheck("realism.pd_auc", LOANS, "loans_db.loans, risk_assessments, repayment_schedule",
                        "SELECT pd_probability, loan_status = 'defaulted' FROM (" + ORIGINATED + ") o WHERE due >= 3",
                        0.70, 0.85),
                new StatisticCheck("realism.maturity_age", Category.REALISM, LOANS, "loans_db.loans → accounts_db.customers",
                        "share of loans maturing after the borrower's 85th birthday",
                        "SELECT avg((l.maturity_date > b.date_of_birth + interval '85 years')::int), count(*) FROM "
                                + "public.loans l JOIN verify_customer_births b USING (customer_id)", 0, 0.02, 100).share()
                        .withImports(Import.CUSTOMER_BIRTHS));
    }

    /** The organisation: departments with their staff, branch teams, one e-mail domain. */
    static List<Check> organisation() {
        String withManager = "SELECT e.employee_id, e.role, e.department_id, e.branch_code, m.employee_id AS manager, "
                + "m.role AS manager_role, m.department_id AS manager_department, m.branch_code AS manager_branch FROM "
                + "public.employees e JOIN public.employees m ON m.employee_id = e.manager_id";
        return List.of(
                new StatisticCheck("realism.manager_department", Category.REALISM, EMPLOYEES, "employees_db.employees",
                        "share of employees in their manager's department",
                        "SELECT avg((department_id = manager_department)::int), count(*) FROM (" + withManager + ") s",
                        0.70, 1, 30).share(),
                RuleCheck.rule("realism.branch_teams", Category.REALISM, EMPLOYEES, "employees_db.employees")
                        .expect("branch staff report to a manager at their branch (branch managers to a department "
                                + "manager)")
                        .over("branch staff", withManager + " WHERE e.branch_code IS NOT NULL AND e.role <> "
                                + "'branch_manager'")
                        .brokenWhen("manager_branch IS DISTINCT FROM branch_code")
                        .offender("'employee ' || employee_id || ' (' || role || ') at branch ' || branch_code || ' "
                                + "reports to ' || manager || ' at ' || coalesce(manager_branch, 'no branch')")
                        .worstFirst("employee_id")
                        .build(),
                RuleCheck.rule("realism.departments_staffed", Category.REALISM, EMPLOYEES,
                                "employees_db.departments, employees")
                        .expect("every department with managers has staff reporting to them")
                        .over("departments with managers", "SELECT d.department_id, d.department_name, count(*) FILTER "
                                + "(WHERE m.role = 'manager') AS managers, (SELECT count(*) FROM public.employees e JOIN "
                                + "public.employees x ON x.employee_id = e.manager_id WHERE x.role = 'manager' AND "
                                + "x.department_id = d.department_id AND e.role NOT IN ('manager', 'executive')) AS staff "
                                + "FROM public.departments d JOIN public.employees m ON m.department_id = d.department_id "
                                + "GROUP BY d.department_id, d.department_name HAVING count(*) FILTER (WHERE m.role = "
                                + "'manager') > 0")
                        .brokenWhen("staff = 0")
                        .offender("department_name || ' has ' || managers || ' managers and no staff under them'")
                        .worstFirst("managers DESC")
                        .build(),
                RuleCheck.rule("realism.review_comments", Category.REALISM, EMPLOYEES, "employees_db.performance_reviews")
                        .expect("a review's comment agrees with its rating (no praise under a rating of 1-2, no "
                                + "shortfall over 4-5) and reviews are written for the person: with 50 or more reviews, "
                                + "at least 30% of the comments (or 500) are distinct")
                        .over("reviews", "SELECT r.review_id, r.rating, r.comments, d.n, d.d FROM "
                                + "public.performance_reviews r CROSS JOIN (SELECT count(comments) AS n, count(DISTINCT "
                                + "comments) AS d FROM public.performance_reviews) d")
                        .brokenWhen("(n >= 50 AND d < least(0.3 * n, 500)) OR (rating >= 4 AND comments ~* '(did not "
                                + "meet|fell short|below the standard|partly met|uneven year|improvement plan)') OR "
                                + "(rating <= 2 AND comments ~* '(outstanding|exceptional|exceeded|strong year|ready for)')")
                        .offender("CASE WHEN n >= 50 AND d < least(0.3 * n, 500) THEN d || ' distinct comments of ' || n "
                                + "ELSE 'review ' || review_id || ' rated ' || rating || ': ' || comments END")
                        .worstFirst("review_id")
                        .build(),
                RuleCheck.rule("realism.staff_email_domain", Category.REALISM, EMPLOYEES, "employees_db.employees")
                        .expect("staff e-mail addresses share one domain")
                        .over("domains", "SELECT split_part(email, '@', 2) AS domain, count(*) AS n, count(*) OVER () "
                                + "AS domains FROM public.employees GROUP BY 1")
                        .brokenWhen("domains > 1")
                        .offender("domain || ' (' || n || ' addresses), one of ' || domains || ' domains'")
                        .worstFirst("n")
                        .build());
    }

    /** CRM that follows the customer: scores after complaints, comments that fit, varied text, fitting responses. */
    static List<Check> crm() {
        String praise = "comments ~* '(\\mhelpful|friendly|great|thank|clear explanation|solved|easy)'";
        String criticism = "comments ~* '(too long|repeat|still waiting|nobody|unhelpful|passed around)'";
        return List.of(
                statistic("realism.nps_after_complaint", "customer_db.satisfaction_surveys, complaints",
                        "mean NPS of the other surveys − mean NPS of surveys after the customer's complaint",
                        "SELECT avg(nps_score) FILTER (WHERE NOT after) - avg(nps_score) FILTER (WHERE after), "
                                + "count(*) FILTER (WHERE after), sqrt(coalesce(var_samp(nps_score) FILTER (WHERE NOT "
                                + "after) / count(*) FILTER (WHERE NOT after), 0) + coalesce(var_samp(nps_score) FILTER "
                                + "(WHERE after) / count(*) FILTER (WHERE after), 0)) FROM (SELECT s.nps_score, "
                                + "coalesce(s.survey_date > c.filed_at, false) AS after FROM public.satisfaction_surveys s "
                                + "LEFT JOIN public.complaints c USING (customer_id)) x", 1.5, Double.POSITIVE_INFINITY,
                        10).mean(),
                statistic("realism.comment_fits_score", "customer_db.satisfaction_surveys",
                        "mean NPS of comments in words of praise − mean NPS of comments in words of criticism",
                        "SELECT avg(nps_score) FILTER (WHERE " + praise + ") - avg(nps_score) FILTER (WHERE "
                                + criticism + "), count(*) FILTER (WHERE " + criticism + "), sqrt(coalesce(var_samp("
                                + "nps_score) FILTER (WHERE " + praise + ") / count(*) FILTER (WHERE " + praise + "), 0) "
                                + "+ coalesce(var_samp(nps_score) FILTER (WHERE " + criticism + ") / count(*) FILTER "
                                + "(WHERE " + criticism + "), 0)) FROM public.satisfaction_surveys WHERE comments IS NOT "
                                + "NULL", 3, Double.POSITIVE_INFINITY, 10).mean(),
                RuleCheck.rule("realism.distinct_texts", Category.REALISM, CUSTOMER,
                                "customer_db.interactions, satisfaction_surveys, complaints")
                        .expect("free text repeats rarely: each column with 50 or more texts has at least 30% of them "
                                + "distinct, or 500 distinct")
                        .over("text columns", "SELECT 'interactions.notes' AS col, count(notes) AS n, count(DISTINCT "
                                + "notes) AS d FROM public.interactions UNION ALL SELECT 'satisfaction_surveys.comments', "
                                + "count(comments), count(DISTINCT comments) FROM public.satisfaction_surveys UNION ALL "
                                + "SELECT 'complaints.description', count(description), count(DISTINCT description) "
                                + "FROM public.complaints")
                        .brokenWhen("n >= 50 AND d < least(0.3 * n, 500)")
                        .offender("col || ': ' || d || ' distinct of ' || n")
                        .worstFirst("d::float / nullif(n, 0)")
                        .build(),
                RuleCheck.rule("realism.fee_fraud_holders", Category.REALISM, CUSTOMER,
                                "customer_db.complaints → accounts_db.accounts")
                        .expect("fee and fraud complaints come from customers who hold an account")
                        .over("fee and fraud complaints", "SELECT c.complaint_id, c.customer_id, c.complaint_type, "
                                + "h.customer_id IS NOT NULL AS holder FROM public.complaints c LEFT JOIN "
                                + "verify_account_holders h USING (customer_id) WHERE c.complaint_type IN ('fee', 'fraud')")
                        .brokenWhen("NOT holder")
                        .offender("'complaint ' || complaint_id || ' (' || complaint_type || ') from customer ' || "
                                + "customer_id || ', who holds no account'")
                        .worstFirst("complaint_id")
                        .needs(Import.ACCOUNT_HOLDERS)
                        .build(),
                RuleCheck.rule("realism.response_channel", Category.REALISM, CUSTOMER,
                                "customer_db.campaign_responses, campaigns")
                        .expect("a response fits the campaign's channel: direct mail and cross-sell offers are answered "
                                + "or refused, never opened or clicked; digital ads are viewed or clicked")
                        .over("responses", "SELECT r.response_id, r.response_type, c.campaign_type FROM "
                                + "public.campaign_responses r JOIN public.campaigns c USING (campaign_id)")
                        .brokenWhen("(campaign_type IN ('direct_mail', 'cross_sell') AND response_type IN ('opened', "
                                + "'clicked')) OR (campaign_type = 'digital' AND response_type IN ('replied', "
                                + "'unsubscribed'))")
                        .offender("'response ' || response_id || ': ' || response_type || ' to a ' || campaign_type || "
                                + "' campaign'")
                        .worstFirst("response_id")
                        .build(),
                RuleCheck.rule("realism.responders_opted_in", Category.REALISM, CUSTOMER,
                                "customer_db.campaign_responses, customer_profiles")
                        .expect("marketing responses come only from customers who opted in to marketing")
                        .over("responses", "SELECT r.response_id, r.customer_id, p.marketing_opt_in FROM "
                                + "public.campaign_responses r JOIN public.customer_profiles p USING (customer_id)")
                        .brokenWhen("NOT marketing_opt_in")
                        .offender("'response ' || response_id || ' from customer ' || customer_id || ', who opted out'")
                        .worstFirst("response_id")
                        .build(),
                statistic("realism.target_segment", "customer_db.campaign_responses, campaigns, customer_profiles",
                        "share of responses to segment-targeted campaigns that come from the target segment",
                        "SELECT avg((p.segment = c.target_segment)::int), count(*) FROM public.campaign_responses r JOIN "
                                + "public.campaigns c USING (campaign_id) JOIN public.customer_profiles p USING "
                                + "(customer_id) WHERE c.target_segment IS NOT NULL", 0.80, 1, 3).share());
    }

    /** Places and people: real places that fit together, and people whose age, name, work and income agree. */
    /**
     * The bank keeps to its market's terms (accounts_db V8, compliance_db V5 admit every market's):
     * its currency, its channels and rails, its identity documents ({@link VerifyMarket}).
     */
    static List<Check> market() {
        return List.of(
                RuleCheck.rule("realism.market_terms", Category.REALISM, ACCOUNTS,
                                "accounts_db.accounts, subscriptions, transactions")
                        .expect("every account and subscription in the market's currency, every transaction on one "
                                + "of its channels (US: USD; atm, branch, online, mobile, pos, ach, wire, system)")
                        .over("accounts, subscriptions and transactions", "SELECT 'account ' || account_id AS what, "
                                + "currency AS term, true AS money FROM public.accounts UNION ALL SELECT 'subscription ' "
                                + "|| subscription_id, currency, true FROM public.subscriptions UNION ALL SELECT "
                                + "'transaction ' || transaction_id, channel, false FROM public.transactions")
                        .brokenWhen("CASE WHEN money THEN term <> {currency} ELSE term NOT IN ({channels}) END")
                        .offender("what || (CASE WHEN money THEN ' in ' ELSE ' on channel ' END) || term")
                        .build(),
                RuleCheck.rule("realism.market_documents", Category.REALISM, COMPLIANCE, "compliance_db.kyc_records")
                        .expect("every KYC document is one of the market's identity documents or a proof of address "
                                + "(US: drivers_license, passport, national_id; India: national_id for Aadhaar, voter_id, "
                                + "drivers_license, passport; utility_bill, bank_statement)")
                        .over("documents", "SELECT kyc_id, document_type FROM public.kyc_records")
                        .brokenWhen("document_type NOT IN ({documents}, 'utility_bill', 'bank_statement')")
                        .offender("'document ' || kyc_id || ' is a ' || document_type")
                        .build(),
                RuleCheck.rule("realism.document_forms", Category.REALISM, COMPLIANCE, "compliance_db.kyc_records")
                        .expect("every identity document's number has its issuer's form (US: a passport a letter and "
                                + "eight digits, a licence D and a state id S and nine digits; India: a voter's card three "
                                + "letters and seven digits, a driving licence the letters of the holder's state, the RTO's "
                                + "two digits, its year of issue (20 years before its expiry) and seven digits, a passport a "
                                + "letter other "
                                + "than Q, X and Z, a digit 1-9, five digits and a digit 1-9, an Aadhaar its offline e-KYC "
                                + "reference: the last four digits of the masked Aadhaar the bank keeps for the customer, "
                                + "recorded by the day it is shown, and the download's local time yyyyMMddHHmmssSSS in the "
                                + "minute before the document was submitted)")
                        .over("identity documents", "SELECT d.kyc_id, d.customer_id, d.document_type, d.document_number, "
                                + "d.expiry_date, (d.submitted_at AT TIME ZONE coalesce(p.time_zone, 'UTC')) AS submitted, "
                                + "a.last4, a.recorded, s.state FROM public.kyc_records d LEFT JOIN verify_profiles p USING "
                                + "(customer_id) LEFT JOIN verify_aadhaar a USING (customer_id) LEFT JOIN verify_states s "
                                + "USING (customer_id) WHERE d.document_type IN ({documents})")
                        .brokenWhen("NOT coalesce({documentformok}, false)")
                        .offender("'document ' || kyc_id || ' (' || document_type || ') of customer ' || customer_id || "
                                + "' numbered ' || document_number || ', submitted ' || submitted || coalesce(', Aadhaar ' "
                                + "|| last4 || ' recorded ' || recorded, '')")
                        .worstFirst("kyc_id")
                        .needs(Import.PROFILES, Import.AADHAAR, Import.STATES)
                        .build());
    }

    static List<Check> people() {
        return List.of(
                statistic("realism.area_code_state", "customer_db.customer_profiles",
                        "share of customers living in their phone area code's commonest state",
                        "SELECT sum(modal)::float8 / sum(n), sum(n) FROM (SELECT area, sum(c) AS n, max(c) AS modal "
                                + "FROM (SELECT substr(phone, 2, 3) AS area, state, count(*) AS c FROM "
                                + "public.customer_profiles WHERE phone LIKE '(___) %' AND phone NOT LIKE '(500) %' "
                                + "GROUP BY 1, 2) x GROUP BY 1) a", 0.99, 1, 100).share(),
                statistic("realism.zip_city", "customer_db.customer_profiles",
                        "share of customers living in their ZIP code's commonest city",
                        "SELECT sum(modal)::float8 / sum(n), sum(n) FROM (SELECT postal_code, sum(c) AS n, max(c) AS "
                                + "modal FROM (SELECT postal_code, city, state, count(*) AS c FROM "
                                + "public.customer_profiles GROUP BY 1, 2, 3) x GROUP BY 1 HAVING sum(c) >= 2) z",
                        0.90, 1, 100).share(),
                statistic("realism.populous_states", "customer_db.customer_profiles",
                        "share of customers in the market's most populous states: in the US California, Texas, "
                                + "Florida and New York (33% of US residents); in India Maharashtra, Uttar Pradesh and "
                                + "Gujarat (37.5% of the people of its cities of 100,000 or more, Census 2011)",
                        "SELECT avg((state IN ({populous}))::int), count(*) FROM public.customer_profiles",
                        0.27, 0.45, 100).share(),
                RuleCheck.rule("realism.time_zone", Category.REALISM, CUSTOMER, "customer_db.customer_profiles")
                        .expect("every customer has the IANA time zone of the home")
                        .over("customers", "SELECT customer_id, state, time_zone FROM public.customer_profiles")
                        .brokenWhen("time_zone IS NULL OR time_zone NOT IN (SELECT name FROM pg_timezone_names)")
                        .offender("'customer ' || customer_id || ' in ' || state || ', time zone ' || "
                                + "coalesce(time_zone, 'none')")
                        .build(),
                MixCheck.mix("realism.age_bands", CUSTOMER, "customer_db.customer_profiles", "customers",
                        "SELECT CASE WHEN a < 35 THEN '18-34' WHEN a < 65 THEN '35-64' ELSE '65+' END, count(*) "
                                + "FROM (SELECT " + AGE + " AS a FROM public.customer_profiles) s GROUP BY 1",
                        "18-34", 0.2905, "35-64", 0.4924, "65+", 0.2171).in(Category.REALISM)
                        // India: Census 2011's adults by age (approximate five-year groups, docs/india.md)
                        .inMarket("in", "18-34", 0.4608, "35-64", 0.4587, "65+", 0.0804),
                statistic("realism.name_fits_sex", "customer_db.customer_profiles",
                        "share of female and male customers whose first name is mostly given to their sex "
                                + "(names held by 3 or more)",
                        "SELECT sum(majority)::float8 / sum(holders), sum(holders) FROM (SELECT first_name, sum(c) AS "
                                + "holders, max(c) AS majority FROM (SELECT first_name, gender, count(*) AS c FROM "
                                + "public.customer_profiles WHERE gender IN ('female', 'male') GROUP BY 1, 2) x "
                                + "GROUP BY 1 HAVING sum(c) >= 3) n", 0.95, 1, 100).share(),
                statistic("realism.common_first_names", "customer_db.customer_profiles",
                        "share of customers carrying one of the 100 commonest first names among them (US: about 40%)",
                        "SELECT sum(c) FILTER (WHERE r <= 100)::float8 / sum(c), sum(c) FROM (SELECT count(*) AS c, "
                                + "row_number() OVER (ORDER BY count(*) DESC, first_name) AS r FROM "
                                + "public.customer_profiles GROUP BY first_name) s", 0.30, 1, 500).share()
                        .judgedIn("us"),
                statistic("realism.common_surnames", "customer_db.customer_profiles",
                        "share of customers carrying one of the 10 commonest surnames among them (Census: 4.9% "
                                + "of residents carry the top 10)",
                        "SELECT sum(c) FILTER (WHERE r <= 10)::float8 / sum(c), sum(c) FROM (SELECT count(*) AS c, "
                                + "row_number() OVER (ORDER BY count(*) DESC, last_name) AS r FROM "
                                + "public.customer_profiles GROUP BY last_name) s", 0.04, 1, 500).share(),
                // the log of the ratio of geometric means, by its standard error: a ratio of medians over 30
                // under-25s could cross the bound by chance (the generator's 1.74 is 0.29 above ln 1.3 in logs,
                // and 5.33 standard errors of two medians of 30 incomes of σ 0.54 are 0.93)
                statistic("realism.income_rises_with_age", "customer_db.customer_profiles",
                        "ln(geometric mean income of working retail customers aged 45-54 ÷ that of under-25s), "
                                + "at least ln 1.3",
                        "SELECT avg(l) FILTER (WHERE a BETWEEN 45 AND 54) - avg(l) FILTER (WHERE a < 25), least(count(*) "
                                + "FILTER (WHERE a BETWEEN 45 AND 54), count(*) FILTER (WHERE a < 25)), sqrt(var_samp(l) "
                                + "FILTER (WHERE a BETWEEN 45 AND 54) / count(*) FILTER (WHERE a BETWEEN 45 AND 54) + "
                                + "var_samp(l) FILTER (WHERE a < 25) / count(*) FILTER (WHERE a < 25)) FROM (SELECT "
                                + "ln(annual_income) AS l, " + AGE + " AS a FROM public.customer_profiles WHERE segment = "
                                + "'retail' AND occupation NOT IN ('Retired', 'Student') AND annual_income > 0) s",
                        Math.log(1.3), Double.POSITIVE_INFINITY, 30).mean(),
                statistic("realism.retired_after_70", "customer_db.customer_profiles",
                        "share of customers aged 70 and over who are retired (BLS: about 85% are out of the labour "
                                + "force)", "SELECT avg((occupation = 'Retired')::int), count(*) FROM "
                                + "public.customer_profiles WHERE " + AGE + " >= 70", 0.70, 1, 30).share());
    }

    private static StatisticCheck statistic(String id, String scope, String what, String query, double low,
                                            double high, int minRows) {
        return new StatisticCheck(id, Category.REALISM, CUSTOMER, scope, what, query, low, high, minRows);
    }
}
