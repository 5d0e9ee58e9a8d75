package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ErrorsIT extends DatabaseTestBase {

    private static void assertOneLine(CliRun run, int exit, String fragment) {
        assertEquals(exit, run.exit(), run::toString);
        assertEquals(1, run.errLines(), run::toString);
        assertTrue(run.err().startsWith("dhub: "), run::toString);
        assertTrue(run.err().contains(fragment), run::toString);
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose\n" + run);
        assertEquals("", run.out(), run::toString);
    }

    /** A port on this machine where nothing listens: bound, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void badUrlIsAUsageError() {
        assertOneLine(dhub("seed", "status", "--url", "mysql://localhost/db"), 2, "must start with postgres://");
        assertOneLine(dhub("seed", "status", "--url", "postgres://u@localhost:port/db"), 2, "its port is not a number");
        assertOneLine(dhub("seed", "status", "--url", "postgres://u@localhost:99999/db"), 2, "outside 1-65535");
    }

    @Test
    void badUrlInTheEnvironmentNamesTheVariable() {
        CliRun run = CliRun.run(java.util.Map.of("DHUB_URL", "http://nope"), "seed", "status");
        assertOneLine(run, 2, "bad DHUB_URL");
    }

    @Test
    void unreachableServerIsAFailureWithAFix() throws IOException {
        int port = closedPort();
        CliRun run = dhub("seed", "status", "--url", "postgres://postgres@127.0.0.1:" + port + "/postgres");
        assertOneLine(run, 1, "no PostgreSQL answers at postgres@127.0.0.1:" + port);
        assertTrue(run.err().contains("check --url"), run::toString);
    }

    @Test
    void aBadSslmodeIsNamedAsSuchNotAsADownServer() {
        String url = SERVER.url() + (SERVER.url().contains("?") ? "&" : "?") + "sslmode=bogus";
        CliRun run = dhub("seed", "status", "--url", url);
        assertOneLine(run, 1, "the SSL settings of the connection");
        assertTrue(run.err().contains("sslmode is bogus") && run.err().contains("verify-full"), run::toString);
        assertFalse(run.err().contains("no PostgreSQL answers") || run.err().contains("start the server"),
                "the server is up: saying it is not sends the user the wrong way\n" + run);
    }

    @Test
    void unknownHostIsAFailureNamingTheHost() {
        CliRun run = dhub("seed", "status", "--url", "postgres://postgres@no-such-host.invalid:5432/postgres");
        assertOneLine(run, 1, "host 'no-such-host.invalid' is unknown");
    }

    @Test
    void unknownDatabaseNameIsAUsageError() {
        assertOneLine(dhub("db", "query", "SELECT 1", "-d", "nope_db"), 2, "unknown database 'nope_db': use one of");
        assertOneLine(dhub("db", "tables", "-d", "accounts"), 2, "unknown database 'accounts'");
    }

    @Test
    void malformedOptionsAreUsageErrors() {
        assertOneLine(dhub("seed", "status", "--bogus"), 2, "unknown option '--bogus' for 'dhub seed status'");
        assertOneLine(dhub("db", "query", "SELECT 1"), 2, "Missing required option: '--database=DB'");
        assertOneLine(dhub("frobnicate"), 2, "'dhub' has no command 'frobnicate'; its commands are db, seed");
        assertOneLine(dhub("db", "query", "SELECT 1", "-d", "loans_db", "--max-rows", "many"), 2, "--max-rows");
        assertOneLine(dhub("seed", "status", "--url", SERVER.url(), "--embedded"), 2, "choose one");
        assertOneLine(dhub("seed", "status", "--db-prefix", "Bad-Prefix"), 2, "--db-prefix 'Bad-Prefix' is not allowed");
        assertOneLine(dhub(), 2, "a command is needed");
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        int port = closedPort();
        CliRun run = dhub("seed", "status", "--verbose", "--url", "postgres://postgres@127.0.0.1:" + port + "/postgres");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("\tat "), run::toString);
    }

    @Test
    void helpAndVersionWorkOnEveryCommand() {
        for (String[] command : new String[][] {{}, {"db"}, {"db", "migrate"}, {"db", "tables"}, {"db", "query"},
                {"seed"}, {"seed", "status"}, {"seed", "clear"}, {"server"}, {"server", "status"}, {"server", "stop"}}) {
            String[] help = java.util.Arrays.copyOf(command, command.length + 1);
            help[command.length] = "--help";
            CliRun run = dhub(help);
            assertEquals(0, run.exit(), run::toString);
            assertTrue(run.out().startsWith("Usage: dhub"), run::toString);
            help[command.length] = "--version";
            CliRun version = dhub(help);
            assertEquals(0, version.exit(), version::toString);
            assertTrue(version.out().matches("dhub \\d+\\.\\d+\\.\\d+.*\\s*"), version::toString);
        }
    }
}
