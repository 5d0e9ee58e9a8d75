package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Passwords against a real PostgreSQL that checks them: the test machines' server trusts every
 * local connection, so this test runs its own embedded server with scram-sha-256 authentication.
 */
class PasswordIT {
    private static final String PASSWORD = "Sesame-7f3kQ";
    /** The issue's special characters: '/', '?', '@', '#', '%' and a space. */
    private static final String SPECIAL = "Rel/Pw?77@31#se%cr et";
    private static final String SPECIAL_ENCODED = "Rel%2FPw%3F77%4031%23se%25cr%20et";
    private static EmbeddedPostgres server;
    private static Path dir;

    @BeforeAll
    static void startServerThatChecksPasswords() throws Exception {
        dir = Files.createTempDirectory("dhub-password-it");
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("data"))
                .setOverrideWorkingDirectory(dir.resolve("binaries").toFile())
                .setDataDirectoryCustomizer(data -> {
                    try {
                        Files.writeString(data.toPath().resolve("pg_hba.conf"), String.join("\n",
                                "local all all trust",
                                "host all postgres 127.0.0.1/32 trust",
                                "host all postgres ::1/128 trust",
                                "host all all 127.0.0.1/32 scram-sha-256",
                                "host all all ::1/128 scram-sha-256", ""));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .start();
        try (Connection conn = server.getPostgresDatabase().getConnection(); Statement st = conn.createStatement()) {
            st.execute("CREATE ROLE dhub_pw LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
            st.execute("CREATE ROLE dhub_sp LOGIN CREATEDB CREATEROLE PASSWORD '" + SPECIAL + "'");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private String url(String password) {
        return "postgres://dhub_pw:" + password + "@127.0.0.1:" + server.getPort() + "/postgres";
    }

    private static void assertNoPassword(CliRun run) {
        assertFalse(run.out().contains(PASSWORD), run::toString);
        assertFalse(run.err().contains(PASSWORD), run::toString);
    }

    @Test
    void wrongPasswordIsOneLineFailureNamingTheUser() {
        CliRun run = CliRun.run(Map.of(), "seed", "status", "--url", url("wrong-" + PASSWORD));
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines(), run::toString);
        assertTrue(run.err().contains("rejected the password for user 'dhub_pw'"), run::toString);
        assertTrue(run.err().contains("check --url"), run::toString);
        assertNoPassword(run);
    }

    @Test
    void wrongPasswordFromTheEnvironmentNamesTheVariable() {
        CliRun run = CliRun.run(Map.of("DHUB_URL", url("nope")), "db", "migrate", "--verbose");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("check DHUB_URL"), run::toString);
        assertFalse(run.err().contains("nope@"), run::toString);
    }

    @Test
    void thePasswordNeverLeaksIntoOutputEvenVerbose() {
        Map<String, String> env = Map.of("DHUB_URL", url(PASSWORD), "DHUB_DB_PREFIX", "pw_");
        CliRun migrate = CliRun.run(env, "db", "migrate", "--verbose");
        assertEquals(0, migrate.exit(), migrate::toString);
        assertTrue(migrate.out().contains("ready on dhub_pw@127.0.0.1:" + server.getPort()), migrate::toString);
        assertNoPassword(migrate);
        assertNoPassword(CliRun.run(env, "seed", "status", "--verbose"));
        assertNoPassword(CliRun.run(env, "server", "status"));
        CliRun failing = CliRun.run(env, "db", "query", "SELECT * FROM no_such_table", "-d", "loans_db", "--verbose");
        assertEquals(1, failing.exit(), failing::toString);
        assertTrue(failing.err().contains("\tat "), "verbose shows the trace\n" + failing);
        assertNoPassword(failing);
        CliRun badUrl = CliRun.run(Map.of(), "seed", "status", "--url",
                "postgres://dhub_pw:" + PASSWORD + "@127.0.0.1:notaport/postgres");
        assertEquals(2, badUrl.exit(), badUrl::toString);
        assertNoPassword(badUrl);
    }

    private static void assertNoSpecial(CliRun run) {
        for (String piece : new String[] {SPECIAL, SPECIAL_ENCODED, "Rel/Pw", "77@31", "se%cr", "cr et", "Rel%2FPw"}) {
            assertFalse(run.out().contains(piece), piece + "\n" + run);
            assertFalse(run.err().contains(piece), piece + "\n" + run);
        }
    }

    /**
     * A password with every special character works unencoded and percent-encoded in the URL, as a
     * password= parameter and in PGPASSWORD, and never shows: not in errors, not with --verbose, not
     * even when a query selects it.
     */
    @Test
    void specialCharactersInThePasswordWorkEverywhereAndNeverShow() {
        String hostPort = "127.0.0.1:" + server.getPort();
        List<Map<String, String>> envs = List.of(
                Map.of("DHUB_URL", "postgres://dhub_sp:" + SPECIAL + "@" + hostPort + "/postgres"),
                Map.of("DHUB_URL", "postgres://dhub_sp:" + SPECIAL_ENCODED + "@" + hostPort + "/postgres"),
                Map.of("DHUB_URL", "jdbc:postgresql://" + hostPort + "/postgres?user=dhub_sp&password=" + SPECIAL_ENCODED),
                Map.of("PGHOST", "127.0.0.1", "PGPORT", Integer.toString(server.getPort()), "PGUSER", "dhub_sp",
                        "PGPASSWORD", SPECIAL));
        int n = 0;
        for (Map<String, String> base : envs) {
            Map<String, String> env = new java.util.HashMap<>(base);
            env.put("DHUB_DB_PREFIX", "sp" + (n++) + "_");
            CliRun migrate = CliRun.run(env, "db", "migrate", "--verbose");
            assertEquals(0, migrate.exit(), migrate::toString);
            assertNoSpecial(migrate);
            CliRun reader = CliRun.run(env, "db", "query", "SELECT current_user AS who", "-d", "loans_db");
            assertEquals(0, reader.exit(), reader::toString);
            assertTrue(reader.out().contains("dhub_reader"), "the reader role logs in with its derived password\n" + reader);
            CliRun echo = CliRun.run(env, "db", "query", "SELECT '" + SPECIAL.replace("'", "''") + "' AS p", "-d",
                    "loans_db", "--write");
            assertEquals(0, echo.exit(), echo::toString);
            assertTrue(echo.out().contains("***"), echo::toString);
            assertNoSpecial(echo);
            CliRun failing = CliRun.run(env, "db", "query", "SELECT * FROM nowhere", "-d", "loans_db", "--verbose");
            assertEquals(1, failing.exit(), failing::toString);
            assertNoSpecial(failing);
        }
        CliRun wrong = CliRun.run(Map.of(), "seed", "status", "--url", "postgres://dhub_sp:" + SPECIAL + "x@" + hostPort
                + "/postgres", "--verbose");
        assertEquals(1, wrong.exit(), wrong::toString);
        assertNoSpecial(wrong);
        CliRun unparsable = CliRun.run(Map.of(), "seed", "status", "--url", "postgres://dhub_sp:" + SPECIAL + "@"
                + "127.0.0.1:notaport/postgres");
        assertEquals(2, unparsable.exit(), unparsable::toString);
        assertNoSpecial(unparsable);
    }

    /** .pgpass passwords are scrubbed from the output as well. */
    @Test
    void pgpassPasswordsAreScrubbedToo() throws IOException {
        String other = "Pgpass-Only:Secret\\99";
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "# dhub test\nelsewhere.example:5432:*:someone:Pgpass-Only\\:Secret\\\\99\n");
        Map<String, String> env = Map.of("DHUB_URL", url(PASSWORD), "DHUB_DB_PREFIX", "pp_", "PGPASSFILE",
                pgpass.toString());
        assertEquals(0, CliRun.run(env, "db", "migrate", "--quiet").exit());
        // a password only the .pgpass file names (escaped ':' and '\\' unescaped as libpq does) is scrubbed
        CliRun echo = CliRun.run(env, "db", "query", "SELECT 'x' || reverse('"
                + new StringBuilder(other).reverse() + "') || 'y' AS p", "-d", "loans_db", "--quiet");
        assertEquals(0, echo.exit(), echo::toString);
        assertTrue(echo.out().contains("x***y"), echo::toString);
        CliRun without = CliRun.run(Map.of("DHUB_URL", url(PASSWORD), "DHUB_DB_PREFIX", "pp_", "PGPASSFILE",
                dir.resolve("absent").toString()), "db", "query", "SELECT 'x' || reverse('"
                + new StringBuilder(other).reverse() + "') || 'y' AS p", "-d", "loans_db", "--quiet");
        assertTrue(without.out().contains("x" + other + "y"), "without the file the text is not a secret\n" + without);
    }
}
