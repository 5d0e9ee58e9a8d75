package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code dhub seed customer}: one customer rewritten byte for byte as the run wrote them, edits and
 * deletions undone, nothing else touched; under another profile, verify finds no new failure; and
 * back again, the run's tables exactly. Judged by table digests and SQL written here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCustomerIT {
    final String prefix = TestServer.newPrefix();
    final Sql sql = new Sql(prefix);
    final Map<String, String> env = TestServer.get().env(prefix);
    Map<String, String> seeded;

    @BeforeAll
    void seed() throws SQLException {
        CliRun run = CliRun.run(env, "seed", "all", "--customers", "400", "--employees", "150", "--as-of", "2026-11-01",
                // a case in each block of 100 customers: four laundering cases, so one has a member who does not lead it
                "--profiles", "stress", "--aml-cases", "10", "--quiet");
        assertEquals(0, run.exit(), run::toString);
        seeded = digests(Map.of());
    }

    @AfterAll
    void drop() throws SQLException {
        TestServer.get().dropDatabases(prefix);
    }

    private Map<String, String> digests(Map<String, String> where) throws SQLException {
        Map<String, String> out = DeterminismIT.digests(sql, where);
        out.put("sequences", sequences());
        return out;
    }

    /** Every id sequence's position (the run record's aside), read from the sequences themselves. */
    private String sequences() throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (String db : List.of("employees_db", "customer_db", "accounts_db", "loans_db", "insurance_db",
                "compliance_db")) {
            for (String seq : sql.column(db, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' AND "
                    + "sequencename <> 'dhub_runs_run_id_seq' ORDER BY 1")) {
                sb.append(db).append('.').append(seq).append('=').append(sql.text(db, "SELECT last_value || ' ' || "
                        + "is_called FROM " + seq)).append('\n');
            }
        }
        return sb.toString();
    }

    private CliRun dhub(String... args) {
        return CliRun.run(env, args);
    }

    /** Counts in the summary line: generated, written, deleted. */
    private static long[] summary(CliRun run) {
        Matcher m = Pattern.compile("customer \\d+: ([\\d,]+) rows generated; ([\\d,]+) written \\(added or changed\\), "
                + "([\\d,]+) deleted").matcher(run.out());
        assertTrue(m.find(), run::toString);
        return new long[] {n(m.group(1)), n(m.group(2)), n(m.group(3))};
    }

    private static long n(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    /** The ids of the checks verify fails, from its JSON. */
    private Set<String> failedChecks() {
        CliRun run = dhub("seed", "verify", "--json");
        Set<String> failed = new TreeSet<>();
        Matcher m = Pattern.compile("\"check\":\"([^\"]+)\",\"category\":\"[^\"]*\",\"scope\":\"[^\"]*\",\"verdict\":\"fail\"")
                .matcher(run.out().replace(" ", ""));
        while (m.find()) {
            failed.add(m.group(1));
        }
        assertEquals(failed.isEmpty() ? 0 : 1, run.exit(), "verify's exit agrees with its checks\n" + run);
        return failed;
    }

    @Test
    void aCustomerIsRewrittenAsTheRunWroteThemAndNothingElseChanges() throws SQLException {
        long k = sql.number("accounts_db", "SELECT min(customer_id) FROM customer_behaviour WHERE customer_id > 13 "
                + "AND occupation_class = 'retail' AND profile NOT IN ('overspender', 'savings_builder')");
        assertTrue(k > 13, "a profiled retail customer beyond the showcases");
        String accounts = "(SELECT account_id FROM accounts WHERE customer_id = " + k + ")";
        assertEquals(0, summary(dhub("seed", "customer", Long.toString(k)))[1], "an untouched customer changes nothing");
        assertEquals(seeded, digests(Map.of()));

        // a user's edits: a changed amount, a deleted transaction, a changed e-mail address and KYC row
        sql.execute("accounts_db", "UPDATE transactions SET amount = amount + 1 WHERE transaction_id = (SELECT "
                + "min(transaction_id) FROM transactions WHERE account_id IN " + accounts + ")");
        sql.execute("accounts_db", "DELETE FROM transactions WHERE transaction_id = (SELECT max(transaction_id) FROM "
                + "transactions WHERE account_id IN " + accounts + ")");
        sql.execute("accounts_db", "UPDATE customers SET email = 'edited@example.com' WHERE customer_id = " + k);
        sql.execute("compliance_db", "DELETE FROM kyc_reviews WHERE review_id = (SELECT min(review_id) FROM kyc_reviews "
                + "WHERE customer_id = " + k + ")");
        assertNotEquals(seeded, digests(Map.of()));
        long[] restored = summary(dhub("seed", "customer", Long.toString(k)));
        assertEquals(4, restored[1], "exactly the four edited rows are written back");
        assertEquals(0, restored[2]);
        assertEquals(seeded, digests(Map.of()), "byte for byte the run's rows, sequences unchanged");

        // another profile: the customer's rows change, no other customer's do, and verify finds nothing new
        Set<String> failedBefore = failedChecks();
        Map<String, String> others = new LinkedHashMap<>();
        others.put("customers", "customer_id <> " + k);
        others.put("accounts", "customer_id <> " + k);
        others.put("customer_behaviour", "customer_id <> " + k);
        others.put("loans", "customer_id <> " + k);
        others.put("aml_checks", "customer_id <> " + k);
        others.put("transactions", "account_id NOT IN (SELECT account_id FROM accounts WHERE customer_id = " + k + ")");
        Map<String, String> othersBefore = digests(others);
        CliRun profiled = dhub("seed", "customer", Long.toString(k), "--profile", "overspender");
        assertTrue(summary(profiled)[1] > 0, profiled::toString);
        assertEquals("overspender", sql.text("accounts_db", "SELECT profile FROM customer_behaviour WHERE customer_id = "
                + k));
        Map<String, String> othersAfter = digests(others);
        for (String table : others.keySet()) {
            assertEquals(othersBefore.get(table), othersAfter.get(table), table + ": other customers' rows");
        }
        assertNotEquals(seeded.get("transactions"), othersAfter.get("transactions"), "the customer's ledger changed");
        Set<String> newFailures = new TreeSet<>(failedChecks());
        newFailures.removeAll(failedBefore);
        newFailures.removeIf(id -> id.startsWith("profile.mix"));
        assertEquals(Set.of(), newFailures, "the rewrite adds no failure (the mix aside)");
        CliRun status = dhub("seed", "status");
        assertTrue(status.out().contains("seed customer completed") && status.out().contains("--profiles stress && dhub "
                + "seed customer " + k + " --profile overspender"), status::toString);

        // the run record keeps the settings as fields, the profile given by hand among them
        assertEquals("overspender 24 us 10", sql.text("employees_db", "SELECT concat_ws(' ', settings->'assigned'->>'"
                + k + "', settings->>'history_months', settings->>'market', settings->>'aml_cases') FROM dhub_runs "
                + "ORDER BY run_id DESC LIMIT 1"));

        // and back: the run's own rows, every table as seeded; read, as for runs recorded before the settings
        // were kept as fields, from the replay command alone
        sql.execute("employees_db", "UPDATE dhub_runs SET settings = NULL");
        long[] back = summary(dhub("seed", "customer", Long.toString(k)));
        assertTrue(back[2] > 0 || back[1] > 0, "the profile's rows are replaced");
        assertEquals(seeded, digests(Map.of()), "back to the run's rows exactly");
        assertTrue(dhub("seed", "status").out().contains("replay: dhub seed all --seed 20240601 --as-of 2026-11-01 "
                + "--customers 400 --employees 150 --history-months 24 --aml-cases 10 --profiles stress\n"), "the replay is the run's again");
    }

    @Test
    void aLaunderingCaseMemberUnderAnotherProfileKeepsTheLeadsCaseRowsTrue() throws SQLException {
        List<String> members = sql.column("compliance_db", "SELECT DISTINCT m.customer_id FROM laundering_case_members m "
                + "JOIN laundering_cases c ON c.case_id = m.case_id WHERE m.customer_id <> c.lead_customer_id "
                + "AND m.customer_id > 13 ORDER BY 1");
        assertTrue(!members.isEmpty(), "a case member who does not lead it");
        String member = sql.text("accounts_db", "SELECT min(customer_id) FROM customer_behaviour WHERE customer_id IN ("
                + String.join(", ", members) + ") AND occupation_class IN ('retail', 'gig') AND profile <> 'overspender'");
        assertTrue(member != null, "a profiled member: " + members);
        Set<String> failedBefore = failedChecks();

        CliRun profiled = dhub("seed", "customer", member, "--profile", "overspender");
        assertTrue(summary(profiled)[1] > 0, profiled::toString);
        // the case's lead writes the case rows, and they are not rewritten: every leg they name must still be a
        // transaction of that account, of that amount, in the member's new ledger
        List<String> legs = sql.column("compliance_db", "SELECT t.transaction_id || ' ' || t.account_id || ' ' || t.amount "
                + "FROM laundering_case_transactions t JOIN laundering_case_members m ON m.case_id = t.case_id AND "
                + "m.account_id = t.account_id WHERE m.customer_id = " + member + " ORDER BY 1");
        assertTrue(!legs.isEmpty(), "the member's legs");
        for (String leg : legs) {
            String[] f = leg.split(" ");
            assertEquals(1, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE transaction_id = " + f[0]
                    + " AND account_id = " + f[1] + " AND amount = " + f[2]), "leg " + leg + " is in the new ledger");
        }
        Set<String> newFailures = new TreeSet<>(failedChecks());
        newFailures.removeAll(failedBefore);
        newFailures.removeIf(id -> id.startsWith("profile.mix"));
        assertEquals(Set.of(), newFailures, "the rewrite adds no failure (the mix aside)");

        dhub("seed", "customer", member);
        assertEquals(seeded, digests(Map.of()), "back to the run's rows exactly");
    }

    /**
     * A rewrite killed between its databases' commits (a failpoint halts the process right after the
     * third, accounts_db, commits: the new profile's ledger is in, the compliance rows are not) is
     * reported as interrupted, blocks a rewrite of another customer, and the same customer's command
     * repairs it, here back to the run's own rows: the profile's rows the killed run committed are
     * deleted too, so every table is as seeded.
     */
    @Test
    void aRewriteKilledBetweenCommitsIsRepairedByRunningTheSameCustomerAgain() throws Exception {
        long k = sql.number("accounts_db", "SELECT max(customer_id) FROM customer_behaviour WHERE occupation_class = "
                + "'retail' AND profile NOT IN ('overspender', 'savings_builder')");
        java.nio.file.Path jar = java.nio.file.Path.of("target", "dhub.jar");
        assertTrue(java.nio.file.Files.exists(jar), "the package phase builds " + jar.toAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-jar", jar.toString(), "seed", "customer", Long.toString(k), "--profile",
                "overspender", "--quiet");
        builder.environment().putAll(env);
        builder.environment().put("DHUB_FAILPOINT", "customer-commit:3");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(new java.io.File(
                "target/killed-seed-customer.log")));
        Process killed = builder.start();
        assertTrue(killed.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "the rewrite halts at its failpoint");
        assertEquals(137, killed.exitValue(), "halted as a kill would");
        Map<String, String> half = digests(Map.of());
        assertNotEquals(seeded.get("transactions"), half.get("transactions"), "accounts_db's part was committed");
        for (String table : List.of("kyc_records", "kyc_reviews", "aml_checks", "consents", "audit_trail")) {
            assertEquals(seeded.get(table), half.get(table), table + ": compliance_db's part was not committed");
        }
        assertEquals("overspender", sql.text("accounts_db", "SELECT profile FROM customer_behaviour WHERE customer_id = "
                + k));

        CliRun status = dhub("seed", "status");
        assertTrue(status.out().contains("seed customer interrupted during customer " + k + " (killed or lost; running "
                + "'dhub seed customer " + k + "' again"), status::toString);
        CliRun other = dhub("seed", "customer", "20");
        assertEquals(1, other.exit(), other::toString);
        assertEquals(1, other.errLines(), other::toString);
        assertTrue(other.err().contains("may have left customer " + k + " half rewritten"), other::toString);
        assertEquals(half, digests(Map.of()), "the refusal changed nothing");

        CliRun repaired = dhub("seed", "customer", Long.toString(k));
        assertEquals(0, repaired.exit(), repaired::toString);
        assertTrue(repaired.out().contains("repairing run #"), repaired::toString);
        assertEquals(seeded, digests(Map.of()), "the same command restores the run's rows exactly");
        CliRun after = dhub("seed", "status");
        assertTrue(after.out().contains("seed customer completed") && after.out().contains("--profiles stress\n"),
                after::toString);
    }

    @Test
    void badRequestsAreRefusedInOneLineAndChangeNothing() throws SQLException {
        List<CliRun> refused = new ArrayList<>();
        refused.add(dhub("seed", "customer", "0"));
        refused.add(dhub("seed", "customer", "401"));
        refused.add(dhub("seed", "customer", "20", "--profile", "gambler"));
        long gig = sql.number("accounts_db", "SELECT min(customer_id) FROM customer_behaviour WHERE customer_id > 13 "
                + "AND occupation_class = 'gig'");
        refused.add(dhub("seed", "customer", Long.toString(gig), "--profile", "customer_concentration"));
        String[] says = {"1 or more", "no customer 401", "unknown profile 'gambler'", "does not fit customer " + gig};
        for (int i = 0; i < refused.size(); i++) {
            CliRun run = refused.get(i);
            assertEquals(2, run.exit(), run::toString);
            assertTrue(run.err().contains(says[i]), says[i] + "\n" + run);
            assertEquals(1, run.errLines(), run::toString);
        }
        assertEquals(seeded, digests(Map.of()), "refusals change nothing");
    }
}
