package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The zero-setup path: DHUB_EMBEDDED=1 starts dhub's own PostgreSQL under DHUB_HOME and keeps its data. */
class EmbeddedIT {
    private static Path home;
    private static Map<String, String> env;

    @BeforeAll
    static void home() throws IOException {
        home = Files.createTempDirectory("dhub-home-it");
        env = Map.of("DHUB_EMBEDDED", "1", "DHUB_HOME", home.toString());
    }

    @AfterAll
    static void stopAndDelete() throws IOException {
        CliRun.run(env, "server", "stop");
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.run(env, args);
        assertEquals(0, run.exit(), run::toString);
        return run;
    }

    @Test
    void embeddedServerKeepsTheSameDatabasesAcrossCommandsAndRestarts() {
        CliRun migrate = ok("db", "migrate");
        assertTrue(migrate.err().contains("using the embedded PostgreSQL in " + home.resolve("postgres")), migrate::toString);
        assertEquals(6, migrate.out().lines().filter(l -> l.contains(" created ")).count(), migrate::toString);

        CliRun status = ok("seed", "status");
        assertEquals(List.of(Session.WHERE + "the embedded PostgreSQL in " + home.resolve("postgres")),
                status.err().lines().map(l -> l.replaceFirst(" \\(.*", "")).toList(),
                "one line says it is the embedded server, and nothing else is said\n" + status);
        assertEquals(ExpectedSchema.tableCount(), status.out().lines().filter(l -> l.matches("\\w+_db\\s+\\w+\\s+0")).count(),
                status::toString);

        ok("db", "query", "INSERT INTO campaigns VALUES (1, 'C1', 'Spring', 'email', NULL, '2024-01-01', '2024-02-01',"
                + " 10, 'completed')", "-d", "customer_db", "--write");
        assertTrue(ok("server", "status").out().contains("running (pid "), "server status sees it running");
        assertTrue(ok("server", "stop").out().startsWith("stopped the embedded PostgreSQL"));
        assertTrue(ok("server", "status").out().contains("not running (data kept)"));

        CliRun again = ok("seed", "status");
        assertTrue(again.out().lines().anyMatch(l -> l.matches("customer_db\\s+campaigns\\s+1")), again::toString);
        assertTrue(ok("db", "migrate").out().lines().filter(l -> l.contains(" existed ")).count() == 6);
    }

    @Test
    void stoppingWhenNothingRunsSaysSo() throws IOException {
        Path other = Files.createTempDirectory("dhub-home-empty");
        CliRun run = CliRun.run(Map.of("DHUB_HOME", other.toString()), "server", "stop");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("is not running"), run::toString);
        Files.delete(other);
    }
}
