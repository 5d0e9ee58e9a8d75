package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a new user meets first: the line that says where the data goes, a start line that replays
 * the run, a summary whose parts add up, failures that name every way out, help, completion and the
 * config file.
 */
class FirstMinutesIT extends DatabaseTestBase {

    @Test
    void everyConnectingCommandSaysWhereUnlessQuiet() {
        CliRun status = dhubOk("seed", "status");
        List<String> where = status.err().lines().filter(l -> l.startsWith(Session.WHERE)).toList();
        assertEquals(List.of("dhub: using PostgreSQL " + SERVER.spec().display() + " (from DHUB_URL), database prefix '"
                + prefix + "'"), where, status::toString);
        assertEquals("", dhubOk("seed", "status", "--quiet").err(), "--quiet silences it");
        assertTrue(dhubOk("db", "tables").err().startsWith(Session.WHERE));
    }

    @Test
    void theStartLineReplaysTheRunAndIsSaidOnlyOnceTheChecksPass() throws Exception {
        CliRun run = dhubOk("seed", "all", "--customers", "90", "--employees", "12", "--as-of", "2026-10-15",
                "--seed", "77", "--threads", "1");
        String replay = run.err().lines().filter(l -> l.contains("replay: ")).findFirst().orElseThrow()
                .replaceFirst(".*replay: ", "");
        assertEquals("dhub seed all --seed 77 --as-of 2026-10-15 --customers 90 --employees 12", replay);
        assertTrue(dhubOk("seed", "status").out().contains("\nreplay: " + replay), "status shows the same line");
        Map<String, String> digests = DeterminismIT.digests(new Sql(prefix), Map.of());

        CliRun refused = dhub("seed", "all", "--scale", "0.05");
        assertEquals(2, refused.exit(), refused::toString);
        assertFalse(refused.err().contains("replay:"), "a refused run prints no start line\n" + refused);

        String other = TestServer.newPrefix();
        try {
            String[] args = replay.substring("dhub ".length()).split(" ");
            CliRun again = CliRun.run(SERVER.env(other), args);
            assertEquals(0, again.exit(), again::toString);
            assertEquals(digests, DeterminismIT.digests(new Sql(other), Map.of()), "the replay line reproduces the data");
        } finally {
            SERVER.dropDatabases(other);
        }
    }

    @Test
    void theSummarysPartsAddUpToItsTotal() {
        dhubOk("seed", "all", "--scale", "0.05", "--as-of", "2026-11-01");
        CliRun run = dhubOk("seed", "all", "--scale", "0.05", "--as-of", "2026-11-01", "--replace");
        List<String> lines = run.out().lines().toList();
        double parts = 0;
        int counted = 0;
        double total = -1;
        for (String line : lines.subList(2, lines.size())) {
            String[] cells = line.trim().split("\\s{2,}");
            String last = cells[cells.length - 1];
            if (!last.matches("\\d+\\.\\d\\d")) {
                continue;
            }
            if (line.startsWith("total")) {
                total = Double.parseDouble(last);
            } else {
                parts += Double.parseDouble(last);
                counted++;
            }
        }
        for (String step : new String[] {"start (server)", "lock and migrate", "clear", "phase 1 hr", "phase 5 loans",
            "index build", "other (run record, sequences)"}) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(step)), step + "\n" + run);
        }
        assertTrue(total > 0, run::toString);
        assertEquals(total, parts, 0.005 * (counted + 1), "the parts add up to the total\n" + run);
    }

    @Test
    void aRefusedConnectionNamesEveryWayOutIncludingTheEmbeddedServer() {
        CliRun run = CliRun.run(Map.of("PGHOST", "127.0.0.1", "PGPORT", "5432", "PGUSER", "no_such_role_dhub"),
                "seed", "status");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines(), run::toString);
        assertTrue(run.err().contains("PGUSER") && run.err().contains("--url") && run.err().contains("--embedded"),
                run::toString);
    }

    @Test
    void helpUnknownCommandsAndTheServerStopOptions() {
        assertTrue(dhubOk("help", "seed", "all").out().startsWith("Usage: dhub seed all"));
        assertTrue(dhubOk("seed", "help", "verify").out().startsWith("Usage: dhub seed verify"));
        for (String[] args : new String[][] {{"sead"}, {"seed", "everything"}, {"seed", "all", "--bogus"},
            {"help", "seed", "nothing"}}) {
            CliRun run = dhub(args);
            assertEquals(2, run.exit(), run::toString);
            assertEquals(1, run.errLines(), run::toString);
            assertFalse(run.err().contains("Unmatched argument"), run::toString);
        }
        assertTrue(dhub("sead").err().contains("'dhub' has no command 'sead'; its commands are db, seed, load, customer, export, datahub, server"));
        Map<String, String> home = new HashMap<>(env);
        home.put("DHUB_HOME", "/nonexistent/dhub-home");
        CliRun stop = CliRun.run(home, "server", "stop", "--db-prefix", "x_");
        assertEquals(0, stop.exit(), stop::toString);
        assertEquals(2, CliRun.run(home, "server", "stop", "--url", "postgres://u@h/db").exit());
    }

    @Test
    void shellCompletionLoadsInBash() throws Exception {
        CliRun bash = dhubOk("completion", "bash");
        Path script = Files.createTempFile("dhub-completion", ".bash");
        try {
            Files.writeString(script, bash.out());
            Process p = new ProcessBuilder("bash", "-c", "source '" + script + "' && complete -p dhub").redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("complete") && out.contains("dhub"), out);
        } finally {
            Files.deleteIfExists(script);
        }
        String zsh = dhubOk("completion", "zsh").out();
        assertTrue(zsh.contains("bashcompinit") && zsh.contains("seed"), zsh);
        assertEquals(2, dhub("completion", "fish").exit());
    }

    @Test
    void theConfigFileGivesDefaultsBelowTheEnvironmentAndFlags() throws Exception {
        Path home = Files.createTempDirectory("dhub-config-it");
        Files.writeString(home.resolve("config"), String.join("\n",
                "# dhub settings", "url = " + SERVER.url(), "db-prefix = " + prefix, "scale = 0.05",
                "as-of = 2026-11-01", "seed = 4242", ""));
        Map<String, String> fileOnly = Map.of("DHUB_HOME", home.toString());
        CliRun show = CliRun.run(fileOnly, "config", "show");
        assertEquals(0, show.exit(), show::toString);
        String configFile = home.resolve("config").toString();
        assertTrue(show.out().lines().anyMatch(l -> l.startsWith("scale") && l.contains("0.05")
                && l.contains("file " + configFile + ":4")), show::toString);
        assertTrue(show.out().lines().anyMatch(l -> l.startsWith("db-prefix") && l.contains(prefix)
                && l.contains("file " + configFile + ":3")), show::toString);
        assertTrue(show.out().lines().anyMatch(l -> l.startsWith("threads") && l.endsWith("default")), show::toString);

        CliRun seeded = CliRun.run(fileOnly, "seed", "all", "--quiet");
        assertEquals(0, seeded.exit(), seeded::toString);
        assertEquals(7, count("employees_db", "employees"), "scale 0.05 from the file");
        assertEquals("4242", new Sql(prefix).text("employees_db", "SELECT seed FROM dhub_runs ORDER BY run_id DESC LIMIT 1"));
        assertEquals(0, CliRun.run(fileOnly, "seed", "all", "--quiet", "--replace", "--scale", "0.1").exit());
        assertEquals(15, count("employees_db", "employees"), "a flag beats the file");

        String other = TestServer.newPrefix();
        try {
            Map<String, String> envWins = Map.of("DHUB_HOME", home.toString(), "DHUB_DB_PREFIX", other);
            CliRun where = CliRun.run(envWins, "db", "migrate");
            assertEquals(0, where.exit(), where::toString);
            assertTrue(where.err().contains("database prefix '" + other + "'"), "the environment beats the file\n" + where);
        } finally {
            SERVER.dropDatabases(other);
        }
        Files.writeString(home.resolve("config"), "scale = 0.1\ncolour = blue\n");
        CliRun bad = CliRun.run(fileOnly, "seed", "status");
        assertEquals(2, bad.exit(), bad::toString);
        assertEquals(1, bad.errLines(), bad::toString);
        assertTrue(bad.err().contains(configFile + ":2: unknown setting 'colour'"), bad::toString);
    }

    @Test
    void homeFollowsDhubHomeThenHome() {
        CliRun show = CliRun.run(Map.of("HOME", "/tmp/someone", "DHUB_URL", SERVER.url()), "config", "show");
        assertTrue(show.out().lines().anyMatch(l -> l.startsWith("home") && l.contains("/tmp/someone/.dhub")
                && l.contains("env HOME")), show::toString);
        CliRun dhubHome = CliRun.run(Map.of("HOME", "/tmp/someone", "DHUB_HOME", "/tmp/elsewhere", "DHUB_URL",
                SERVER.url()), "config", "show");
        assertTrue(dhubHome.out().lines().anyMatch(l -> l.startsWith("home") && l.contains("/tmp/elsewhere")
                && l.contains("env DHUB_HOME")), dhubHome::toString);
    }

    @Test
    void verifyFitsItsTableToTheTerminal() {
        dhubOk("seed", "all", "--scale", "0.1", "--as-of", "2026-11-01", "--quiet");
        Map<String, String> narrow = new HashMap<>(env);
        narrow.put("COLUMNS", "100");
        CliRun run = CliRun.run(narrow, "seed", "verify");
        assertEquals(0, run.exit(), run::toString);
        int widest = run.out().lines().mapToInt(String::length).max().orElse(0);
        List<String> table = run.out().lines().takeWhile(l -> !l.matches("\\d+ checks:.*")).toList();
        assertTrue(table.stream().allMatch(l -> l.length() <= 100), "widest line " + widest + "\n" + run);
        CliRun explain = CliRun.run(narrow, "seed", "verify", "--explain");
        assertTrue(explain.out().lines().anyMatch(l -> l.length() > 100), "--explain keeps every line whole");
        assertTrue(Arrays.stream(run.out().split("\n")).anyMatch(l -> l.toLowerCase(Locale.ROOT).contains("pass")));
    }
}
