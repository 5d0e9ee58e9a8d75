package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.testing.TestServer;
import io.dhub.verify.CheckResult;
import io.dhub.verify.Verdict;
import io.dhub.verify.Verifier;
import io.dhub.verify.VerifyReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Behaviour profiles, on one seed of 1,300 customers whose mix gives every profile that dhub builds
 * enough customers to be judged (20 or more each; verify's exact binomial tails judge a profile from
 * six customers): a clean seed passes every check of {@code seed verify}; a
 * fault planted for each profile check fails it and no other profile check (the other categories'
 * faults are VerifyIT's); {@code customer explain} works for the showcases and agrees with SQL
 * written here; bad --profiles values are usage errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilesIT {
    static final String AS_OF = "2026-11-01";
    /** Business customers take only the four business profiles, so that each reaches 20. */
    static final String MIX = "balanced=4,stable_income=1,variable_income=1,high_utilization=1,subscription_heavy=1,"
            + "savings_builder=3,"
            + "overspender=1,high_debt=1,high_bounce=1,business:balanced=0,business:stable_income=0,business:high_debt=0,"
            + "business:high_bounce=0,business:seasonal=1,business:growing=1.3,business:declining=1.3,"
            + "business:customer_concentration=1";
    final String prefix = TestServer.newPrefix();
    final Sql sql = new Sql(prefix);
    CliRun seeded;
    private Databases databases;
    /** Copies of the seeded bank, one per worker: the planted faults run side by side, each in a copy. */
    private BankCopies copies;

    @BeforeAll
    void seedOnce() throws SQLException {
        seeded = CliRun.run(TestServer.get().env(prefix), "seed", "all", "--customers", "1300", "--as-of", AS_OF,
                "--profiles", MIX);
        assertEquals(0, seeded.exit(), seeded::toString);
        copies = new BankCopies(prefix);
        databases = Databases.open(TestServer.get().spec(), prefix, 4);
    }

    @AfterAll
    void drop() throws SQLException {
        copies.close();
        databases.close();
        TestServer.get().dropDatabases(prefix);
    }

    @Test
    void theReplayLineCarriesTheMixAndTwoYearsOfHistory() {
        assertTrue(seeded.err().contains("--history-months 24 --profiles " + MIX), seeded::toString);
    }

    @Test
    void aCleanSeedPassesEveryCheckAndJudgesTheProfiles() {
        CliRun run = CliRun.run(TestServer.get().env(prefix), "seed", "verify");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains(" 0 failed"), run::toString);
        VerifyReport report = new Verifier(databases).verify(LocalDate.parse(AS_OF), java.util.Map.of(), 2,
                id -> id.startsWith("profile."));
        for (CheckResult c : report.checks()) {
            assertEquals(Verdict.PASS, c.verdict(), () -> c.id() + " is judged: " + c.lines());
        }
    }

    @Test
    void theShowcasesHoldTheirProfilesAndEveryProfiledCustomerHasPayers() throws SQLException {
        assertEquals(List.of("1 balanced", "2 stable_income", "3 variable_income", "4 seasonal", "5 growing",
                "6 declining", "7 high_debt", "8 high_bounce", "9 customer_concentration", "10 high_utilization", "11 subscription_heavy",
                "12 savings_builder", "13 overspender"), sql.column("accounts_db", "SELECT customer_id || ' ' || "
                + "profile FROM customer_behaviour WHERE showcase ORDER BY customer_id"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM customer_behaviour b WHERE NOT EXISTS (SELECT 1 "
                + "FROM counterparties p WHERE p.customer_id = b.customer_id AND p.kind <> 'lender')"));
        // cards belong to high-utilisation customers, one to three each, paid from their main account
        assertEquals(List.of("1", "2", "3"), sql.column("accounts_db", "SELECT DISTINCT count(k.card_id)::text FROM "
                + "customer_behaviour b LEFT JOIN credit_cards k ON k.customer_id = b.customer_id AND "
                + "k.payment_account_id = b.main_account_id WHERE b.profile = 'high_utilization' GROUP BY b.customer_id "
                + "ORDER BY 1"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM credit_cards k JOIN customer_behaviour b USING "
                + "(customer_id) WHERE b.profile <> 'high_utilization'"));
        // profiled income names its payer; the seed rules' own transactions never do
        assertTrue(sql.number("accounts_db", "SELECT count(*) FROM transactions t JOIN customer_behaviour b ON "
                + "b.main_account_id = t.account_id WHERE t.counterparty_id IS NOT NULL") > 10_000);
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions t WHERE t.counterparty_id IS NOT "
                + "NULL AND t.account_id NOT IN (SELECT main_account_id FROM customer_behaviour)"));
    }

    @Test
    void explainWorksForEveryShowcaseWithThreeBehavioursOrMore() {
        for (int k = 1; k <= 13; k++) {
            CliRun run = CliRun.run(TestServer.get().env(prefix), "customer", "explain", String.valueOf(k), "--json");
            assertEquals(0, run.exit(), run::toString);
            assertTrue(run.out().startsWith("{\"customer_id\":" + k + ",\"profile\":\""), run::toString);
            assertTrue(run.out().contains("\"as_of\":\"" + AS_OF + "\""), run::toString);
            assertTrue(count(run.out(), "\"rationale\":") >= 3, run::toString);
            // a showcase lives its profile; the bank's own loans (another domain's) may push one metric out, as for
            // the 5% of a profile's customers the ranges allow
            assertTrue(count(run.out(), "\"verdict\":\"out of range\"") <= 1, "showcase " + k + " in range:\n" + run);
            assertTrue(count(run.out(), "\"verdict\":\"in range\"") >= 1, "showcase " + k + " judged:\n" + run);
        }
        CliRun text = CliRun.run(TestServer.get().env(prefix), "customer", "explain", "7", "--metric", "dsr");
        assertEquals(0, text.exit(), text::toString);
        assertTrue(text.out().contains("customer 7: high_debt (retail, showcase)"), text::toString);
        assertTrue(text.out().matches("(?s).*dsr: \\d+\\.\\d% +\\[in range, expected above 40\\.0%\\].*"), text::toString);
        assertTrue(text.out().contains("formula: debt payments (EMIs) ÷ credits"), text::toString);
        assertTrue(!text.out().contains("ttm_growth"), "--metric shows one metric\n" + text);
    }

    /** explain's DSR and TTM against SQL written here, from the rows. */
    @Test
    void explainAgreesWithSqlWrittenHere() throws SQLException {
        CliRun run = CliRun.run(TestServer.get().env(prefix), "customer", "explain", "7", "--json", "--metric", "dsr");
        double dsr = value(run.out(), "dsr");
        String window = "t.transaction_date >= DATE '2025-11-01' AND t.transaction_date < DATE '2026-11-01'";
        // payments to lenders elsewhere, and the bank's loans at their usual installment (the most frequent
        // amount: a payoff counts as one)
        double debt = sql.decimal("accounts_db", "SELECT coalesce(sum(t.amount), 0) FROM transactions t JOIN accounts a "
                + "USING (account_id) JOIN counterparties p ON p.counterparty_id = t.counterparty_id WHERE "
                + "a.customer_id = 7 AND t.status <> 'reversed' AND p.kind = 'lender' AND " + window)
                + sql.decimal("accounts_db", "SELECT coalesce(sum(least(t.amount, u.usual)), 0) FROM transactions t JOIN "
                + "accounts a USING (account_id) JOIN (SELECT loan_id, mode() WITHIN GROUP (ORDER BY amount) AS usual "
                + "FROM transactions WHERE transaction_type = 'loan_payment' GROUP BY 1) u USING (loan_id) WHERE "
                + "a.customer_id = 7 AND t.transaction_type = 'loan_payment' AND " + window);
        double credits = sql.decimal("accounts_db", "SELECT sum(t.amount) FROM transactions t JOIN customer_behaviour b "
                + "ON b.main_account_id = t.account_id WHERE b.customer_id = 7 AND t.transaction_type = 'deposit' AND "
                + "t.counterparty_id IS NOT NULL AND " + window);
        assertEquals(debt / credits, dsr, 0.03, run::toString);
        CliRun growing = CliRun.run(TestServer.get().env(prefix), "customer", "explain", "5", "--json", "--metric",
                "ttm_growth");
        double ttm = value(growing.out(), "ttm_growth");
        double last = sql.decimal("accounts_db", "SELECT sum(t.amount) FROM transactions t JOIN customer_behaviour b ON "
                + "b.main_account_id = t.account_id WHERE b.customer_id = 5 AND t.counterparty_id IS NOT NULL AND "
                + "t.direction = 'credit' AND " + window);
        double prior = sql.decimal("accounts_db", "SELECT sum(t.amount) FROM transactions t JOIN customer_behaviour b ON "
                + "b.main_account_id = t.account_id WHERE b.customer_id = 5 AND t.counterparty_id IS NOT NULL AND "
                + "t.direction = 'credit' AND t.transaction_date >= DATE '2024-11-01' AND t.transaction_date < "
                + "DATE '2025-11-01'");
        assertEquals(last / prior - 1, ttm, 0.03, growing::toString);
        // utilisation: each card's latest statement, the highest over the cards
        CliRun cards = CliRun.run(TestServer.get().env(prefix), "customer", "explain", "10", "--json", "--metric",
                "utilization");
        double utilization = sql.decimal("accounts_db", "SELECT max(s.closing / s.credit_limit) FROM "
                + "credit_card_statements s JOIN credit_cards k USING (card_id) WHERE k.customer_id = 10 AND "
                + "s.statement_date = (SELECT max(statement_date) FROM credit_card_statements l WHERE l.card_id = "
                + "s.card_id AND l.statement_date < DATE '" + AS_OF + "')");
        assertEquals(utilization, value(cards.out(), "utilization"), 1e-6, cards::toString);
        assertTrue(utilization >= 0.5 && utilization <= 0.95, "a high-utilisation showcase: " + utilization);
        assertTrue(ttm >= 0.5 && ttm <= 1.0, "a growing business grows 50-100% a year: " + ttm);
    }

    /** export customer: every row of the customer from the six databases, as they are now, counted by SQL written here. */
    @Test
    void exportCustomerWritesEveryRowOfTheCustomerEditsIncluded() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dhub-export", ".ndjson");
        sql.execute("customer_db", "UPDATE customer_profiles SET occupation = occupation || ' (edited)' WHERE "
                + "customer_id = 10");
        try {
            CliRun run = CliRun.run(TestServer.get().env(prefix), "export", "customer", "10", "--output",
                    file.toString());
            assertEquals(0, run.exit(), run::toString);
            List<String> lines = java.nio.file.Files.readAllLines(file);
            java.util.Map<String, Long> per = new java.util.TreeMap<>();
            Pattern line = Pattern.compile("\\{\"database\":\"([a-z_]+)\",\"table\":\"([a-z_]+)\",\"row\":\\{.*\\}\\}");
            for (String l : lines) {
                Matcher m = line.matcher(l);
                assertTrue(m.matches(), l);
                per.merge(m.group(1) + "." + m.group(2), 1L, Long::sum);
            }
            assertTrue(run.err().contains(lines.size() + " rows written") || run.err().contains(
                    String.format(java.util.Locale.ROOT, "%,d rows written", lines.size())), run::toString);
            String accounts = "(SELECT account_id FROM accounts WHERE customer_id = 10)";
            assertEquals(sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE account_id IN " + accounts),
                    per.get("accounts_db.transactions"));
            assertEquals(sql.number("accounts_db", "SELECT count(*) FROM credit_card_statements s JOIN credit_cards k "
                    + "USING (card_id) WHERE k.customer_id = 10"), per.get("accounts_db.credit_card_statements"));
            assertEquals(sql.number("accounts_db", "SELECT count(*) FROM accounts WHERE customer_id = 10"),
                    per.get("accounts_db.accounts"));
            assertEquals(sql.number("compliance_db", "SELECT count(*) FROM kyc_reviews WHERE customer_id = 10"),
                    per.get("compliance_db.kyc_reviews"));
            long schedule = sql.number("loans_db", "SELECT count(*) FROM repayment_schedule WHERE loan_id IN (SELECT "
                    + "loan_id FROM loans WHERE customer_id = 10)");
            assertEquals(schedule, per.getOrDefault("loans_db.repayment_schedule", 0L));
            assertEquals(1L, per.get("customer_db.customer_profiles"));
            assertTrue(lines.stream().anyMatch(l -> l.contains("(edited)")), "the edit is exported");
            assertTrue(per.keySet().stream().noneMatch(t -> t.endsWith(".employees") || t.endsWith(".campaigns")),
                    per::toString);
        } finally {
            sql.execute("customer_db", "UPDATE customer_profiles SET occupation = replace(occupation, ' (edited)', '') "
                    + "WHERE customer_id = 10");
            java.nio.file.Files.deleteIfExists(file);
        }
        assertUsage(CliRun.run(TestServer.get().env(prefix), "export", "customer", "99999"), "no customer 99999");
        assertUsage(CliRun.run(TestServer.get().env(prefix), "export", "customer", "1", "--format", "csv"),
                "ndjson only");
    }

    @Test
    void badProfileOptionsAreUsageErrors() {
        assertUsage(CliRun.run(TestServer.get().env(prefix + "x_"), "seed", "all", "--profiles", "sometimes"),
                "--profiles: 'sometimes' is not none, default, stress or NAME=WEIGHT");
        assertUsage(CliRun.run(TestServer.get().env(prefix + "x_"), "seed", "all", "--profiles", "frugal=3"),
                "--profiles: no profile 'frugal'; profiles are balanced, stable_income");
        assertUsage(CliRun.run(TestServer.get().env(prefix + "x_"), "seed", "all", "--profiles", "retail:seasonal=1"),
                "--profiles: seasonal cannot apply to retail customers; it applies to business and gig");
        assertUsage(CliRun.run(TestServer.get().env(prefix + "x_"), "seed", "all", "--profiles", "balanced=-1"),
                "--profiles: the weight of balanced must be 0 or more");
        assertUsage(CliRun.run(TestServer.get().env(prefix + "x_"), "seed", "all", "--profiles",
                "gig:high_utilization=1"), "--profiles: high_utilization cannot apply to gig customers");
        assertUsage(CliRun.run(TestServer.get().env(prefix), "customer", "explain", "99999"), "no customer 99999");
        assertUsage(CliRun.run(TestServer.get().env(prefix), "customer", "explain", "1", "--metric", "luck"),
                "--metric: no metric 'luck'");
    }

    private static void assertUsage(CliRun run, String message) {
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains(message), run::toString);
        assertTrue(!run.err().contains("at io.dhub"), "no stack trace\n" + run);
    }

    /** The references of the tables only profiles fill: their checks hold over no rows without profiles. */
    static final Set<String> PROFILE_TABLE_REFERENCES = Set.of("references.counterparties", "references.credit_cards",
            "references.credit_card_statements", "references.customer_behaviour", "references.subscriptions");

    /** The checks whose faults this class plants (VerifyIT plants the others'). */
    static boolean planted(String id) {
        return id.startsWith("profile.") || PROFILE_TABLE_REFERENCES.contains(id) || id.equals("realism.platform_payouts");
    }

    @Test
    void everyProfileCheckHasAPlantedFault() {
        Set<String> planted = faults().map(f -> f[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Verifier.checkIds().stream().filter(ProfilesIT::planted)
                .collect(Collectors.toCollection(TreeSet::new)), planted);
    }

    /** Each fault, written in accounts_db inside a transaction the verifier reads through, fails its check and no other profile check. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @Execution(ExecutionMode.CONCURRENT)
    void aPlantedFaultFailsItsCheckAndNoOtherProfileCheck(String check, String statements) throws SQLException,
            InterruptedException {
        BankCopies.Copy copy = copies.take();
        try (Connection conn = TestServer.get().connect(copy.prefix() + LogicalDatabase.ACCOUNTS.logicalName())) {
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.execute("SET LOCAL session_replication_role = replica");
                st.execute("SET LOCAL TimeZone = 'UTC'");
                for (String s : statements.split(";\n")) {
                    st.execute(s);
                }
            }
            VerifyReport report = new Verifier(copy.databases()).verify(LocalDate.parse(AS_OF),
                    java.util.Map.of(LogicalDatabase.ACCOUNTS, conn), 2, ProfilesIT::planted);
            Set<String> failed = report.checks().stream().filter(c -> c.verdict() == Verdict.FAIL).map(CheckResult::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(check), failed, () -> report.checks().stream().filter(c -> c.verdict() == Verdict.FAIL)
                    .map(c -> c.id() + ": " + c.lines() + " " + c.offender()).collect(Collectors.joining("\n")));
            conn.rollback();
        } finally {
            copies.release(copy);
        }
    }

    /** The main accounts of a profile's customers. */
    private static String mains(String profile) {
        return "(SELECT main_account_id FROM customer_behaviour WHERE profile = '" + profile + "')";
    }

    private static final String LAST_YEAR = "transaction_date >= DATE '2025-11-01'";

    /** A copy of the table's row of the largest id, under a new id, with {@code changes} (SET's list) applied. */
    private static String copied(String table, String key, String changes) {
        return "CREATE TEMP TABLE x ON COMMIT DROP AS SELECT * FROM " + table + " WHERE " + key + " = (SELECT max(" + key
                + ") FROM " + table + ");\nUPDATE x SET " + key + " = 999999999, " + changes + ";\nINSERT INTO " + table
                + " SELECT * FROM x";
    }

    static Stream<String[]> faults() {
        List<String[]> f = new ArrayList<>();
        // rows of the profile tables naming what does not exist
        f.add(new String[] {"references.counterparties", copied("counterparties", "counterparty_id",
                "customer_id = 99999999")});
        f.add(new String[] {"references.credit_cards", copied("credit_cards", "card_id", "customer_id = 99999999")});
        f.add(new String[] {"references.credit_card_statements", copied("credit_card_statements", "card_id",
                "statement_date = statement_date")});
        f.add(new String[] {"references.customer_behaviour", copied("customer_behaviour", "customer_id",
                "main_account_id = 999999999")});
        f.add(new String[] {"references.subscriptions", copied("subscriptions", "subscription_id",
                "account_id = 999999999")});
        // a gig worker's second platform's payouts of the last year booked to the first: a weekly platform paying
        // eight or more times a month
        f.add(new String[] {"realism.platform_payouts", "UPDATE transactions t SET counterparty_id = pair.a FROM (SELECT "
                + "p1.counterparty_id AS a, p2.counterparty_id AS b FROM counterparties p1 JOIN counterparties p2 ON "
                + "p2.customer_id = p1.customer_id AND p2.counterparty_id > p1.counterparty_id WHERE p1.kind = 'platform' "
                + "AND p2.kind = 'platform' ORDER BY p1.counterparty_id, p2.counterparty_id LIMIT 1) pair WHERE "
                + "t.counterparty_id = pair.b AND t.transaction_type = 'deposit' AND t." + LAST_YEAR});
        // a retail customer given a business-only profile (one whose balance the spending cap still binds)
        f.add(new String[] {"profile.assignment", "UPDATE customer_behaviour SET profile = 'customer_concentration' "
                + "WHERE customer_id = (SELECT min(customer_id) FROM customer_behaviour WHERE occupation_class = "
                + "'retail' AND NOT showcase AND profile NOT IN ('variable_income', 'high_bounce', 'overspender'))"});
        // the recorded weights say stable income was drawn three times as often as it was
        f.add(new String[] {"profile.mix", "UPDATE profile_weights SET share = share * 3 WHERE profile = "
                + "'stable_income'"});
        // balanced incomes tripled over the last year
        f.add(new String[] {"profile.in_range.balanced", "UPDATE transactions SET amount = amount * 3 WHERE account_id "
                + "IN " + mains("balanced") + " AND transaction_type = 'deposit' AND " + LAST_YEAR});
        // stable pay missing every other month of the last year
        f.add(new String[] {"profile.in_range.stable_income", "UPDATE transactions SET amount = amount / 100 WHERE "
                + "account_id IN " + mains("stable_income") + " AND transaction_type = 'deposit' AND " + LAST_YEAR
                + " AND extract(month FROM transaction_date)::int % 2 = 0"});
        // variable earners with a year of spending in checking
        f.add(new String[] {"profile.in_range.variable_income", "UPDATE accounts SET balance = balance + 100000 WHERE "
                + "account_id IN " + mains("variable_income")});
        // no festive season
        f.add(new String[] {"profile.in_range.seasonal", "UPDATE transactions SET amount = amount / 10 WHERE account_id "
                + "IN " + mains("seasonal") + " AND transaction_type = 'deposit' AND extract(month FROM "
                + "transaction_date) IN (10, 11, 12)"});
        // the last year's turnover halved
        f.add(new String[] {"profile.in_range.growing", "UPDATE transactions SET amount = amount / 2 WHERE account_id IN "
                + mains("growing") + " AND transaction_type = 'deposit' AND " + LAST_YEAR});
        f.add(new String[] {"profile.in_range.declining", "UPDATE transactions SET amount = amount * 3 WHERE account_id IN "
                + mains("declining") + " AND transaction_type = 'deposit' AND " + LAST_YEAR});
        // debts elsewhere no longer paid
        f.add(new String[] {"profile.in_range.high_debt", "DELETE FROM transactions WHERE account_id IN "
                + mains("high_debt") + " AND counterparty_id IN (SELECT counterparty_id FROM counterparties WHERE kind = "
                + "'lender')"});
        // returned debits and their fees forgotten: every presentment paid
        f.add(new String[] {"profile.in_range.high_bounce", "DELETE FROM transactions WHERE account_id IN "
                + mains("high_bounce") + " AND (return_reason IS NOT NULL OR parent_transaction_id IS NOT NULL)"});
        // every payment from its own buyer
        f.add(new String[] {"profile.in_range.customer_concentration", "UPDATE transactions SET counterparty_id = "
                + "transaction_id WHERE account_id IN " + mains("customer_concentration") + " AND transaction_type = "
                + "'deposit'"});
        // ordinary purchases five times dearer (from balances a million higher): subscriptions a smaller share
        f.add(new String[] {"profile.in_range.subscription_heavy", "UPDATE accounts SET opening_balance = "
                + "opening_balance + 1000000 WHERE account_id IN " + mains("subscription_heavy") + ";\nUPDATE "
                + "transactions SET balance_after = balance_after + 1000000 WHERE account_id IN "
                + mains("subscription_heavy") + ";\nCREATE TEMP TABLE p90 ON COMMIT DROP AS SELECT merchant_category, "
                + "percentile_cont(0.9) WITHIN GROUP (ORDER BY amount) AS p90 FROM transactions WHERE transaction_type = "
                + "'purchase' AND account_id NOT IN (SELECT main_account_id FROM customer_behaviour) GROUP BY 1;\n"
                // five times dearer where that stays a purchase of the category (profile.card_amounts' bound)
                + "UPDATE transactions t SET amount = amount * 5 WHERE account_id IN " + mains("subscription_heavy")
                + " AND transaction_type = 'purchase' AND description NOT LIKE 'Subscription %' AND amount * 5 <= 20 * "
                + "coalesce((SELECT p90 FROM p90 WHERE p90.merchant_category = t.merchant_category), 1e9)"});
        // savings halved
        f.add(new String[] {"profile.in_range.savings_builder", "UPDATE accounts SET balance = balance / 2 WHERE "
                + "account_id IN (SELECT savings_account_id FROM customer_behaviour WHERE profile = 'savings_builder')"});
        f.add(new String[] {"profile.in_range.overspender", "UPDATE transactions SET amount = amount / 2 WHERE account_id "
                + "IN " + mains("overspender") + " AND transaction_type = 'purchase' AND description NOT LIKE "
                + "'Subscription %'"});
        // balanced customers spending like overspenders (from balances a million higher)
        f.add(new String[] {"profile.separation", "UPDATE accounts SET opening_balance = opening_balance + 1000000 WHERE "
                + "account_id IN " + mains("balanced") + ";\nUPDATE transactions SET balance_after = balance_after + 1000000 WHERE "
                + "account_id IN " + mains("balanced") + ";\nUPDATE transactions SET amount = amount * 1.45 WHERE "
                + "account_id IN " + mains("balanced") + " AND transaction_type = 'purchase' AND description NOT LIKE "
                + "'Subscription %'"});
        // card limits four times what the statements were drawn against: utilisation under 25%
        f.add(new String[] {"profile.in_range.high_utilization", "UPDATE credit_card_statements SET credit_limit = "
                + "credit_limit * 4"});
        // one statement's purchases a dollar more than its closing balance carries
        f.add(new String[] {"profile.card_statements", "UPDATE credit_card_statements SET purchases = purchases + 1 "
                + "WHERE (card_id, statement_date) = (SELECT card_id, statement_date FROM credit_card_statements ORDER "
                + "BY 1, 2 LIMIT 1)"});
        // a balanced customer's first supermarket bill a hundred times dearer
        // (one of $40 or more, whose hundredfold the balance before it carries inside the 30% spending cap)
        f.add(new String[] {"profile.card_amounts", "UPDATE transactions SET amount = amount * 100 WHERE transaction_id "
                + "= (SELECT min(transaction_id) FROM transactions WHERE account_id IN " + mains("balanced") + " AND "
                + "transaction_type = 'purchase' AND merchant_category = 'supermarket' AND amount >= 40 AND amount * 100 "
                + "<= 0.3 * (balance_after + amount))"});
        // every purchase of the balanced customers (subscriptions aside) at a fiftieth of its price, as a
        // budget scaled down would
        f.add(new String[] {"profile.purchase_floor", "UPDATE transactions SET amount = greatest(0.01, round(amount / 50, "
                + "2)) WHERE account_id IN " + mains("balanced") + " AND transaction_type = 'purchase' AND description "
                + "NOT LIKE 'Subscription %'"});
        // a balanced customer's balance below zero
        f.add(new String[] {"profile.overdraft_scope", "UPDATE transactions SET balance_after = -5 WHERE transaction_id = "
                + "(SELECT min(transaction_id) FROM transactions WHERE account_id IN " + mains("balanced") + ")"});
        f.add(new String[] {"profile.bounce_pairing", "DELETE FROM transactions WHERE transaction_id = (SELECT "
                + "min(transaction_id) FROM transactions WHERE parent_transaction_id IS NOT NULL)"});
        f.add(new String[] {"profile.subscription_cadence", "UPDATE transactions SET amount = amount + 1 WHERE "
                + "transaction_id = (SELECT min(transaction_id) FROM transactions WHERE description LIKE "
                + "'Subscription %')"});
        return f.stream();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static double value(String json, String metric) {
        Matcher m = Pattern.compile("\"name\":\"" + metric + "\",\"value\":(-?[0-9.Ee-]+)").matcher(json);
        assertTrue(m.find(), json);
        return Double.parseDouble(m.group(1));
    }
}
