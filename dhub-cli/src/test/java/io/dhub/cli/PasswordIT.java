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
}
