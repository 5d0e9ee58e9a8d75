package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * dhub's promises under faults (docs/reliability.md): one run at a time per prefix, an honest status
 * after a kill during the clear, self-repair of an interrupted CREATE DATABASE, no data changed by
 * bad input, and all-or-nothing clear and migrate.
 */
class ReliabilityIT extends DatabaseTestBase {
    private static final String[] SMALL = {"seed", "all", "--scale", "0.05", "--as-of", "2026-11-01", "--quiet"};

    private CliRun seedSmall(String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(SMALL), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return dhub(args);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            Thread.sleep(20);
        }
    }

    /** Whether a session holds dhub's advisory lock with this application name. */
    /**
     * The advisory lock of this class's prefix ({@link #prefixKey}): another test class's command, in
     * the other JVM, holds the lock of another prefix under the same application name.
     */
    private String thisPrefixLock() {
        return "l.locktype = 'advisory' AND l.objid = " + prefixKey(prefix) + " AND l.objsubid = 2";
    }

    private boolean lockHeldBy(String applicationName) {
        try {
            return !new Sql("").column("postgres", "SELECT a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                    + "WHERE " + thisPrefixLock() + " AND l.granted AND a.application_name = '" + applicationName + "'")
                    .isEmpty();
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean waitingForLock() {
        try {
            return !new Sql("").column("postgres", "SELECT l.pid FROM pg_locks l WHERE " + thisPrefixLock()
                    + " AND NOT l.granted").isEmpty();
        } catch (SQLException e) {
            return false;
        }
    }

    @Test
    void twoSeedsOnOnePrefixSerialiseAndAnotherPrefixIsNotBlocked() throws Exception {
        assertEquals(0, seedSmall().exit());
        Map<String, String> single = DeterminismIT.digests(new Sql(prefix), Map.of());
        // hold the lock the way a running seed does, from a second session of this test
        try (Connection holder = SERVER.admin(); Statement st = holder.createStatement()) {
            st.execute("SET application_name = 'dhub lock: seed all'");
            st.execute("SELECT pg_advisory_lock(" + 0x64687562 + ", " + prefixKey(prefix) + ")");
            CliRun refused = seedSmall("--replace", "--no-wait");
            assertEquals(1, refused.exit(), refused::toString);
            assertEquals(1, refused.errLines(), refused::toString);
            assertTrue(refused.err().contains("--no-wait") && refused.err().contains("nothing was changed"), refused::toString);

            String other = TestServer.newPrefix();
            try {
                CliRun elsewhere = CliRun.run(SERVER.env(other), "db", "migrate", "--no-wait");
                assertEquals(0, elsewhere.exit(), "another prefix is not blocked\n" + elsewhere);
            } finally {
                SERVER.dropDatabases(other);
            }

            CompletableFuture<CliRun> waiting = CompletableFuture.supplyAsync(() -> seedSmall("--replace"));
            await(this::waitingForLock, "the second seed waits for the lock");
            Thread.sleep(300);
            assertFalse(waiting.isDone(), "it waits while the lock is held");
            st.execute("SELECT pg_advisory_unlock_all()");
            CliRun second = waiting.get(2, TimeUnit.MINUTES);
            assertEquals(0, second.exit(), second::toString);
            assertTrue(second.err().contains("waiting for 'dhub seed all' (starting: it has recorded no run yet; server "
                    + "pid ") && second.err().contains("--no-wait refuses"), second::toString);
        }
        assertEquals(single, DeterminismIT.digests(new Sql(prefix), Map.of()));
    }

    @Test
    void twoRealSeedsStartedTogetherBothSucceedOneAfterTheOther() throws Exception {
        CompletableFuture<CliRun> a = CompletableFuture.supplyAsync(() -> seedSmall("--replace"));
        CompletableFuture<CliRun> b = CompletableFuture.supplyAsync(() -> seedSmall("--replace"));
        CliRun first = a.get(3, TimeUnit.MINUTES);
        CliRun second = b.get(3, TimeUnit.MINUTES);
        assertEquals(0, first.exit(), first::toString);
        assertEquals(0, second.exit(), second::toString);
        Sql sql = new Sql(prefix);
        assertEquals(List.of("completed", "completed"), sql.column("employees_db",
                "SELECT status FROM dhub_runs ORDER BY run_id"));
        assertEquals(1, sql.number("employees_db", "SELECT count(*) FROM dhub_runs r1 JOIN dhub_runs r2 "
                + "ON r1.run_id < r2.run_id AND r2.started_at >= r1.finished_at"), "the second started after the first ended");
        String other = TestServer.newPrefix();
        try {
            assertEquals(0, CliRun.run(SERVER.env(other), SMALL).exit());
            assertEquals(DeterminismIT.digests(new Sql(other), Map.of()), DeterminismIT.digests(sql, Map.of()));
        } finally {
            SERVER.dropDatabases(other);
        }
    }

    @Test
    void aRunKilledDuringTheClearIsReportedAsInterruptedAndTheDataIsIntact() throws Exception {
        assertEquals(0, seedSmall().exit());
        Map<String, String> before = DeterminismIT.digests(new Sql(prefix), Map.of());
        Process seed;
        try (Connection blocker = connect("loans_db"); Statement st = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            st.execute("LOCK TABLE loans IN ACCESS SHARE MODE");
            seed = jar("seed", "all", "--scale", "0.05", "--as-of", "2026-11-02", "--replace", "--quiet");
            await(() -> stage().equals("clear") && clearWaiting(), "the clear waits for the blocked table");
            seed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            blocker.rollback();
        }
        CliRun status = dhubOk("seed", "status");
        assertTrue(status.out().contains("last run: #2 interrupted during clear"), status::toString);
        assertTrue(status.out().contains("phases completed: none"), status::toString);
        assertTrue(status.out().contains("the clear emptied no database: every database holds its rows as before"),
                status::toString);
        assertEquals(before, DeterminismIT.digests(new Sql(prefix), Map.of()), "the killed clear rolled back");
        // the data is still run #1's, whole: seed customer rewrites from it, looking past the stopped clear
        CliRun customer = dhubOk("seed", "customer", "5");
        assertTrue(customer.out().contains("rewritten from run #1 (seed all"), customer::toString);
        assertEquals(before, DeterminismIT.digests(new Sql(prefix), Map.of()), "an untouched customer changes nothing");
        dhubOk("seed", "all", "--scale", "0.05", "--as-of", "2026-11-01", "--quiet", "--replace");
        assertTrue(dhubOk("seed", "status").out().contains("last run: #4 completed"));
    }

    /**
     * A clear killed between two databases' commits (a failpoint halts the process right after the
     * N-th commit, as SIGKILL would) leaves each database whole: the first N emptied, the others with
     * every row. Status names which hold no rows; seed customer refuses to build on it; the next clear
     * (or seed all --replace) finishes the job. Tried after the first, third and fifth commit, through
     * seed clear and through seed all --replace.
     */
    @Test
    void aClearKilledBetweenItsCommitsLeavesEachDatabaseWholeAndTheNextCommandFinishesIt() throws Exception {
        assertEquals(0, seedSmall().exit());
        Sql sql = new Sql(prefix);
        Map<String, String> seeded = DeterminismIT.digests(sql, Map.of());
        List<String> order = java.util.Arrays.stream(io.dhub.schema.LogicalDatabase.values())
                .map(io.dhub.schema.LogicalDatabase::logicalName).toList();
        String empty = "0 rows " + sql.text("employees_db", "SELECT md5('')");
        int run = 1;
        for (int point : new int[] {1, 3, 5}) {
            Process killed = point == 3
                    ? jar(Map.of("DHUB_FAILPOINT", "clear-commit:" + point), concat(SMALL, "--replace"))
                    : jar(Map.of("DHUB_FAILPOINT", "clear-commit:" + point), "seed", "clear", "--confirm");
            assertTrue(killed.waitFor(2, TimeUnit.MINUTES), "the clear halts at its failpoint");
            assertEquals(137, killed.exitValue(), "halted as a kill would");
            run++;
            Map<String, String> now = DeterminismIT.digests(sql, Map.of());
            for (String[] t : DeterminismIT.TABLES) {
                boolean emptied = order.indexOf(t[0]) < point;
                assertEquals(emptied ? empty : seeded.get(t[1]), now.get(t[1]), t[0] + "." + t[1] + " after a kill "
                        + "after commit " + point + ": " + (emptied ? "emptied" : "as it was"));
            }
            CliRun status = dhubOk("seed", "status");
            assertTrue(status.out().contains("last run: #" + run + (point == 3 ? "" : " seed clear")
                    + " interrupted during clear"), status::toString);
            assertTrue(status.out().contains("the clear stopped part-way: " + String.join(", ", order.subList(0, point))
                    + " hold no rows, " + String.join(", ", order.subList(point, order.size())) + " still hold theirs"),
                    status::toString);
            CliRun customer = dhub("seed", "customer", "5");
            assertEquals(1, customer.exit(), customer::toString);
            assertTrue(customer.err().contains("left no complete data"), customer::toString);
            if (point == 3) {
                dhubOk(concat(SMALL, "--replace"));
                run++;
                assertEquals(seeded, DeterminismIT.digests(sql, Map.of()), "--replace seeds the bank again");
            } else {
                dhubOk("seed", "clear", "--confirm");
                run++;
                assertTrue(dhubOk("seed", "status").out().contains("last run: #" + run + " seed clear completed; "),
                        "the next clear finishes the job");
                for (String[] t : DeterminismIT.TABLES) {
                    assertEquals(0, count(t[0], t[1]), t[0] + "." + t[1] + " is empty");
                }
                assertEquals(0, seedSmall().exit());
                run++;
            }
        }
    }

    /**
     * seed customer started while a seed all with another seed runs waits for it, then reads the run
     * it rewrites from under the lock: the data is the new seed's, byte for byte, and status says so.
     */
    @Test
    void seedCustomerRacingASeedRewritesFromTheSeedThatFinishedFirst() throws Exception {
        assertEquals(0, seedSmall().exit());
        CompletableFuture<CliRun> reseed = CompletableFuture.supplyAsync(() -> seedSmall("--seed", "6", "--replace"));
        await(() -> lockHeldBy("dhub lock: seed all"), "the seed holds the lock");
        CompletableFuture<CliRun> customer = CompletableFuture.supplyAsync(() -> dhub("seed", "customer", "57"));
        CliRun seeded = reseed.get(3, TimeUnit.MINUTES);
        CliRun rewritten = customer.get(3, TimeUnit.MINUTES);
        assertEquals(0, seeded.exit(), seeded::toString);
        assertEquals(0, rewritten.exit(), rewritten::toString);
        assertTrue(rewritten.err().contains("waiting for 'dhub seed all' (run #2, started ")
                || rewritten.err().contains("waiting for 'dhub seed all' (starting: it has recorded no run yet; "
                + "server pid "), "the waiting line names the run, or says it is starting\n" + rewritten);
        assertTrue(rewritten.out().contains("rewritten from run #2 (seed all, seed 6, "), rewritten::toString);
        String other = TestServer.newPrefix();
        try {
            assertEquals(0, CliRun.run(SERVER.env(other), concat(SMALL, "--seed", "6")).exit());
            assertEquals(DeterminismIT.digests(new Sql(other), Map.of()), DeterminismIT.digests(new Sql(prefix), Map.of()),
                    "the data is seed 6's");
        } finally {
            SERVER.dropDatabases(other);
        }
        CliRun status = dhubOk("seed", "status");
        assertTrue(status.out().contains("last run: #3 seed customer completed; seed 6,"), status::toString);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private String stage() {
        try {
            String s = new Sql(prefix).text("employees_db", "SELECT stage FROM dhub_runs ORDER BY run_id DESC LIMIT 1");
            return s == null ? "" : s;
        } catch (SQLException e) {
            return "";
        }
    }

    private boolean clearWaiting() {
        try {
            return new Sql("").number("postgres", "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                    + "'dhub clear' AND wait_event_type = 'Lock'") > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private Process jar(String... args) throws Exception {
        return jar(Map.of(), args);
    }

    private Process jar(Map<String, String> extraEnv, String... args) throws Exception {
        Path jar = Path.of("target", "dhub.jar");
        assertTrue(Files.exists(jar), "the package phase builds " + jar.toAbsolutePath());
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.environment().putAll(extraEnv);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(new File("target/reliability-kill.log")));
        return builder.start();
    }

    @Test
    void anUnmarkedEmptyCreationLeftoverIsRepairedAndAnythingElseRefusedBeforeCreating() throws SQLException {
        String leftover = prefix + "customer_db__dhub_creating";
        try (Connection conn = SERVER.admin(); Statement st = conn.createStatement()) {
            st.execute("CREATE DATABASE \"" + leftover + "\"");
        }
        // a kill between CREATE DATABASE and COMMENT ON DATABASE leaves exactly this: no mark, nothing inside
        dhubOk("db", "migrate");
        assertFalse(SERVER.databasesWithPrefix(prefix).contains(leftover));
        assertEquals(6, SERVER.databasesWithPrefix(prefix).size());
        SERVER.dropDatabases(prefix);

        try (Connection conn = SERVER.admin(); Statement st = conn.createStatement()) {
            st.execute("CREATE DATABASE \"" + leftover + "\"");
        }
        try (Connection conn = SERVER.connect(leftover); Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE somebodys_table (id int)");
        }
        CliRun refused = dhub("db", "migrate");
        assertEquals(1, refused.exit(), refused::toString);
        assertEquals(1, refused.errLines(), refused::toString);
        assertTrue(refused.err().contains("'" + leftover + "'") && refused.err().contains("nothing was created"),
                refused::toString);
        assertEquals(List.of(leftover), SERVER.databasesWithPrefix(prefix), "no database was created");
    }

    @Test
    void badSizesAndDatesAreRefusedBeforeAnythingChanges() throws SQLException {
        assertEquals(0, seedSmall().exit());
        Map<String, String> before = DeterminismIT.digests(new Sql(prefix), Map.of());
        long runs = new Sql(prefix).number("employees_db", "SELECT count(*) FROM dhub_runs");
        String[][] bad = {{"--scale", "1e9"}, {"--scale", "6667"}, {"--employees", "1099511627776"},
            {"--customers", "1099511627776"}, {"--customers", "12500000"}, {"--employees", "1000001"},
            {"--as-of", "9999-12-31"}, {"--as-of", "1800-01-01"}, {"--threads", "100000"}, {"--max-retries", "-1"},
            {"--retry-for", "-5"}, {"--retry-for", "NaN"}};
        for (String[] option : bad) {
            CliRun run = dhub("seed", "all", "--replace", option[0], option[1]);
            assertEquals(2, run.exit(), String.join(" ", option) + "\n" + run);
            assertEquals(1, run.errLines(), run::toString);
            assertFalse(run.err().contains("Exception"), run::toString);
        }
        assertTrue(dhub("seed", "all", "--replace", "--customers", "1099511627776").err().contains("12,499,999"));
        assertEquals(before, DeterminismIT.digests(new Sql(prefix), Map.of()), "no bad input changed data");
        assertEquals(runs, new Sql(prefix).number("employees_db", "SELECT count(*) FROM dhub_runs"),
                "nor recorded a run");
    }

    @Test
    void aUsersForeignKeyStopsClearAndReplaceBeforeAnythingIsEmptied() throws SQLException {
        assertEquals(0, seedSmall().exit());
        Map<String, String> before = DeterminismIT.digests(new Sql(prefix), Map.of());
        sql("accounts_db", "CREATE TABLE user_notes (note_id int PRIMARY KEY, account_id bigint "
                + "CONSTRAINT user_notes_account_fk REFERENCES accounts (account_id), note text)");
        sql("accounts_db", "INSERT INTO user_notes SELECT 1, min(account_id), 'mine' FROM accounts");
        for (String[] args : new String[][] {{"seed", "clear", "--confirm"},
            {"seed", "all", "--scale", "0.05", "--as-of", "2026-11-01", "--replace", "--quiet"}}) {
            CliRun run = dhub(args);
            assertEquals(1, run.exit(), run::toString);
            assertEquals(1, run.errLines(), run::toString);
            assertTrue(run.err().contains("public.user_notes") && run.err().contains("user_notes_account_fk")
                    && run.err().contains("DROP CONSTRAINT") && run.err().contains("nothing was changed"), run::toString);
            assertFalse(run.err().contains("Connection is closed"), run::toString);
        }
        assertEquals(before, DeterminismIT.digests(new Sql(prefix), Map.of()), "no database was emptied");
        assertEquals(1, count("accounts_db", "user_notes"), "the user's row is there");
        assertTrue(dhubOk("seed", "status").out().contains("last run: #1 completed"));
        sql("accounts_db", "ALTER TABLE user_notes DROP CONSTRAINT user_notes_account_fk");
        CliRun cleared = dhubOk("seed", "clear", "--confirm");
        assertTrue(cleared.out().startsWith("cleared "), cleared::toString);
        assertEquals(1, count("accounts_db", "user_notes"), "clear leaves the user's own table alone");
        assertTrue(dhubOk("seed", "status").out().contains("last run: #2 seed clear completed"));
    }

    @Test
    void aClearBlockedByAnotherSessionChangesNoDatabase() throws SQLException {
        assertEquals(0, seedSmall().exit());
        Map<String, String> before = DeterminismIT.digests(new Sql(prefix), Map.of());
        try (Connection blocker = connect("loans_db"); Statement st = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            st.execute("LOCK TABLE loans IN ACCESS SHARE MODE");
            CliRun run = dhub("seed", "clear", "--confirm");
            assertEquals(1, run.exit(), run::toString);
            assertTrue(run.err().contains("another session holds a lock") && run.err().contains("nothing was cleared"),
                    run::toString);
            blocker.rollback();
        }
        assertEquals(before, DeterminismIT.digests(new Sql(prefix), Map.of()), "the first databases were not emptied");
        assertTrue(dhubOk("seed", "status").out().contains("last run: #2 seed clear failed"));
    }

    /** The same key as dhub's RunLock: CRC-32 of "dhub-prefix:" + prefix, as a non-negative int. */
    private static int prefixKey(String prefix) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(("dhub-prefix:" + prefix).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) (crc.getValue() & 0x7fff_ffffL);
    }
}
