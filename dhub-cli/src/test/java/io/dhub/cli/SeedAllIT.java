package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SeedAllIT extends DatabaseTestBase {
    private static final String[] SEED = {"seed", "all", "--scale", "0.1", "--as-of", "2026-11-01"};

    private CliRun seed(String... extra) {
        String[] args = java.util.Arrays.copyOf(SEED, SEED.length + extra.length);
        System.arraycopy(extra, 0, args, SEED.length, extra.length);
        return dhub(args);
    }

    @Test
    void seedPrintsTheReplayLineAndASummary() throws SQLException {
        CliRun run = seed();
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("seeding 15 employees and 120 customers; replay: dhub seed all --seed 20240601 "
                + "--as-of 2026-11-01 --scale 0.1"), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("total\\s+[\\d,]+\\s+\\d+\\.\\d\\d")), run::toString);
        // the laundering density, read back from the ground truth and the ledgers
        Sql truth = new Sql(prefix);
        long illicit = truth.number("compliance_db", "SELECT count(*) FROM laundering_case_transactions t JOIN "
                + "laundering_cases c USING (case_id) WHERE c.is_illicit");
        long transactions = count("accounts_db", "transactions");
        long lookAlikes = truth.number("compliance_db", "SELECT count(*) FROM laundering_cases WHERE NOT is_illicit");
        assertTrue(run.out().contains(" and " + lookAlikes + " look-alikes (--aml-cases 0.83 per 1,000 customers); "
                + illicit + " illicit transactions of " + String.format(java.util.Locale.ROOT, "%,d", transactions)),
                run::toString);
        assertEquals(15, count("employees_db", "employees"));
        assertEquals(120, count("customer_db", "customer_profiles"));
        // every table a phase wrote has the planner's statistics (the machines here run without autovacuum)
        for (String db : java.util.List.of("employees_db", "customer_db", "accounts_db", "loans_db", "insurance_db",
                "compliance_db")) {
            assertEquals(java.util.List.of(), truth.column(db, "SELECT relname FROM pg_stat_user_tables WHERE "
                    + "last_analyze IS NULL AND relname NOT IN ('flyway_schema_history', 'dhub_runs') ORDER BY 1"), db);
            assertTrue(truth.number(db, "SELECT count(*) FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL") >= 5,
                    db);
        }
        String status = dhubOk("seed", "status").out();
        assertTrue(status.contains("last run: #1 completed; seed 20240601, scale 0.1 (15 employees, 120 customers), "
                + "as of 2026-11-01") && status.contains("phases completed: 1,2,3,4,5"), status);
        dhubOk("seed", "clear", "--confirm");
        String cleared = dhubOk("seed", "status").out();
        assertTrue(cleared.contains("last run: #2 seed clear completed") && cleared.contains("the data was cleared"),
                "status after clear says the data was cleared\n" + cleared);
        assertEquals(2, new Sql(prefix).number("employees_db", "SELECT count(*) FROM dhub_runs"),
                "clear keeps the run record and adds its own");
    }

    @Test
    void seedAllVerifyChecksTheDataItWroteAndSmallSamplesAreNotJudged() {
        CliRun run = seed("--verify");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains(" 0 failed") && run.out().contains("as of 2026-11-01"), run::toString);
        // 120 customers: 8% complainers (9.6 expected) is judged by its exact binomial tails; the profile checks
        // of a run without profiles have nothing to judge
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("dist.complainers") && l.endsWith("pass")),
                run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("profile.mix") && l.endsWith("too few rows")),
                run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("money.ltv") && l.endsWith("pass")), run::toString);
    }

    @Test
    void historyMonthsWidensEveryLedgerAndVerifyKnowsIt() throws SQLException {
        CliRun run = seed("--history-months", "24", "--verify");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("--scale 0.1 --history-months 24"), "the replay line carries it\n" + run);
        Sql sql = new Sql(prefix);
        // accounts opened more than two years ago store exactly the 24 months before the as-of date
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM accounts WHERE status <> 'dormant' AND "
                + "opened_date < DATE '2024-10-01' AND ledger_from <> DATE '2024-11-01'"));
        assertTrue(sql.number("accounts_db", "SELECT count(*) FROM accounts WHERE opened_date < DATE '2024-10-01'") > 20);
        // and a checking account holds far more than the default 10-20 of its own
        assertTrue(sql.number("accounts_db", "SELECT avg(n)::bigint FROM (SELECT count(*) FILTER (WHERE t.loan_id IS "
                + "NULL) AS n FROM accounts a JOIN transactions t USING (account_id) WHERE a.account_type = 'checking' "
                + "AND a.opened_date < DATE '2024-10-01' AND a.status = 'active' GROUP BY a.account_id) s") > 60);
        CliRun bad = dhub("seed", "all", "--history-months", "0");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("--history-months must be between 1 and 120"), bad::toString);
    }

    @Test
    void amlCasesSetsTheInjectedLaunderingAndZeroTurnsItOff() throws SQLException {
        CliRun run = seed("--aml-cases", "0", "--verify");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("--aml-cases 0"), "the replay line carries it\n" + run);
        Sql sql = new Sql(prefix);
        assertEquals(0, sql.number("compliance_db", "SELECT count(*) FROM laundering_cases"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions t JOIN accounts a USING "
                + "(account_id) JOIN accounts b ON b.account_id = t.counterparty_account_id WHERE b.customer_id <> "
                + "a.customer_id"), "without cases no money moves between customers");
        CliRun bad = dhub("seed", "all", "--aml-cases", "200");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("--aml-cases must be between 0 and 100 cases per 1,000 customers, not 200"),
                bad::toString);
    }

    /** The market is an option; one this dhub lacks is refused in one line before anything is touched. */
    @Test
    void anUnknownMarketIsRefusedInOneLine() {
        CliRun bad = dhub("seed", "all", "--market", "xx", "--scale", "0.1");
        assertEquals(2, bad.exit(), bad::toString);
        assertEquals("dhub: unknown market 'xx': dhub knows us (the United States), in (India)", bad.err().strip().lines()
                .filter(l -> l.startsWith("dhub:")).findFirst().orElse(""), bad::toString);
        assertTrue(!bad.err().contains("at io.dhub"), "no stack trace\n" + bad);
    }

    @Test
    void verifyWithoutDatabasesSaysWhatToDo() {
        CliRun run = dhub("seed", "verify");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("nothing to verify") && run.err().contains("run 'dhub seed all' first"),
                run::toString);
        assertTrue(!run.err().contains("at io.dhub"), "no stack trace without --verbose");
    }

    @Test
    void dataAlreadyThereIsRefusedUnlessReplaced() throws SQLException {
        assertEquals(0, seed("--quiet").exit());
        CliRun refused = seed();
        assertEquals(2, refused.exit(), refused::toString);
        assertTrue(refused.err().contains("--replace") && refused.err().contains("dhub seed clear --confirm"),
                refused::toString);
        CliRun replaced = dhub("seed", "all", "--scale", "0.2", "--as-of", "2026-11-01", "--replace");
        assertEquals(0, replaced.exit(), replaced::toString);
        assertEquals(240, count("accounts_db", "customers"));
    }

    @Test
    void identitiesContinueAfterTheLoadedIds() throws SQLException {
        assertEquals(0, seed("--quiet").exit());
        CliRun insert = dhubOk("db", "query", "INSERT INTO departments (department_code, department_name, cost_center,"
                + " location, annual_budget, created_at) VALUES ('NEW', 'New Dept', 'CC-X', 'Reno', 1, now())",
                "-d", "employees_db", "--write");
        assertEquals("(1 rows changed)", insert.out().trim());
    }

    @Test
    void aSingleEmployeeStillServesEveryReference() throws SQLException {
        CliRun run = dhub("seed", "all", "--employees", "1", "--customers", "60", "--as-of", "2026-11-01", "--quiet");
        assertEquals(0, run.exit(), run::toString);
        assertEquals(1, count("employees_db", "employees"));
        assertEquals(60, count("accounts_db", "customers"));
        Sql sql = new Sql(prefix);
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loan_applications WHERE officer_id <> 1"),
                "with one employee, the executive decides");
    }

    @Test
    void badOptionsAreUsageErrors() {
        String[][] bad = {{"--scale", "0"}, {"--scale", "-1"}, {"--scale", "NaN"}, {"--scale", "Infinity"},
            {"--scale", "lots"}, {"--customers", "0"}, {"--employees", "-3"}, {"--as-of", "2026-13-01"},
            {"--threads", "0"}, {"--max-retries", "-1"}};
        for (String[] option : bad) {
            CliRun run = dhub("seed", "all", option[0], option[1]);
            assertEquals(2, run.exit(), String.join(" ", option) + "\n" + run);
            assertEquals(1, run.errLines(), run::toString);
        }
    }

    @Test
    void aLostConnectionIsRetriedAndGivesTheSameData() throws Exception {
        String[] args = {"seed", "all", "--customers", "4000", "--employees", "20", "--as-of", "2026-11-01"};
        String target = prefix + "accounts_db";
        CompletableFuture<Boolean> killer = CompletableFuture.supplyAsync(() -> terminateOnce(target));
        CliRun disturbed = dhub(args);
        assertTrue(killer.get(60, TimeUnit.SECONDS), "the test managed to cut the loading connection");
        assertEquals(0, disturbed.exit(), disturbed::toString);
        assertTrue(disturbed.err().contains("failed and is retried, attempt 2"), disturbed::toString);
        Map<String, String> afterFault = DeterminismIT.digests(new Sql(prefix), Map.of());

        String other = io.dhub.schema.testing.TestServer.newPrefix();
        try {
            CliRun calm = CliRun.run(TestServer.get().env(other), args);
            assertEquals(0, calm.exit(), calm::toString);
            assertEquals(DeterminismIT.digests(new Sql(other), Map.of()), afterFault);
        } finally {
            TestServer.get().dropDatabases(other);
        }
    }

    /** Waits for phase 2's loading session in the database and terminates it, once. */
    private static boolean terminateOnce(String database) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String sql = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? "
                + "AND application_name = 'dhub-seed-customers' AND query LIKE 'COPY transactions%'";
        try (Connection conn = TestServer.get().admin(); PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, database);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return true;
                    }
                }
                Thread.sleep(5);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return false;
    }

    private void plantViolation(String when) throws SQLException {
        dhubOk("db", "migrate");
        sql("accounts_db", "CREATE SEQUENCE planted_trips");
        sql("accounts_db", "CREATE FUNCTION planted_violation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF " + when + " THEN RAISE unique_violation USING MESSAGE = 'planted duplicate account number', "
                + "CONSTRAINT = 'accounts_account_number_key', TABLE = 'accounts', "
                + "DETAIL = 'Key (account_number)=(' || NEW.account_number || ') already exists.'; END IF; "
                + "RETURN NEW; END $$");
        sql("accounts_db", "CREATE TRIGGER planted BEFORE INSERT ON accounts FOR EACH ROW "
                + "WHEN (NEW.account_id % 97 = 3) EXECUTE FUNCTION planted_violation()");
    }

    @Test
    void aConstraintViolationIsRetriedWithARotatedSeedReproducibly() throws SQLException {
        plantViolation("nextval('planted_trips') = 1");
        CliRun run = seed();
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("phase 2 (customers) failed and is retried, attempt 2")
                && run.err().contains("planted duplicate account number"), run::toString);
        assertEquals(120, count("accounts_db", "customers"));
        Map<String, String> first = DeterminismIT.digests(new Sql(prefix), Map.of());

        String other = TestServer.newPrefix();
        try {
            Map<String, String> env2 = TestServer.get().env(other);
            assertEquals(0, CliRun.run(env2, "db", "migrate").exit());
            Sql sql2 = new Sql(other);
            sql2.execute("accounts_db", "CREATE SEQUENCE planted_trips");
            sql2.execute("accounts_db", "CREATE FUNCTION planted_violation() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    + "BEGIN IF nextval('planted_trips') = 1 THEN RAISE unique_violation USING MESSAGE = 'planted'; "
                    + "END IF; RETURN NEW; END $$");
            sql2.execute("accounts_db", "CREATE TRIGGER planted BEFORE INSERT ON accounts FOR EACH ROW "
                    + "WHEN (NEW.account_id % 97 = 3) EXECUTE FUNCTION planted_violation()");
            assertEquals(0, CliRun.run(env2, SEED).exit());
            assertEquals(first, DeterminismIT.digests(sql2, Map.of()), "a rerun reproduces the retried data");
        } finally {
            TestServer.get().dropDatabases(other);
        }
    }

    @Test
    void aPermanentViolationFailsCleanlyLeavingNoPartOfThePhase() throws SQLException {
        plantViolation("true");
        CliRun run = seed("--max-retries", "2");
        assertEquals(1, run.exit(), run::toString);
        String last = run.err().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.contains("phase 2 (customers) failed after 3 attempts") && last.contains("table accounts")
                && last.contains("constraint accounts_account_number_key")
                && last.contains("Key (account_number)=("), run::toString);
        for (String table : new String[] {"customers", "accounts", "account_relationships", "transactions"}) {
            assertEquals(0, count("accounts_db", table), table);
        }
        assertEquals(0, count("customer_db", "customer_profiles"));
        assertEquals(15, count("employees_db", "employees"), "the completed phase 1 stays");
        String status = dhubOk("seed", "status").out();
        assertTrue(status.contains("last run: #1 failed: phase 2 (customers) failed") && status.contains(
                "phases completed: 1\n"), status);
    }
}
