package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seed survives its server restarting in mid-phase: the retries wait (0.5 s, doubling) until the
 * server is back, the run lock is taken again, and the data is identical to an undisturbed run's.
 * The test restarts a PostgreSQL of its own (embedded, on a port of its own), never the machine's.
 */
class RestartIT {
    private static Path dir;
    private static int port;
    private static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("dhub-restart-it");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = startServer();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static EmbeddedPostgres startServer() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("data"))
                .setOverrideWorkingDirectory(dir.resolve("binaries").toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
    }

    private static Map<String, String> env(String prefix) {
        return Map.of("DHUB_URL", "postgres://postgres@localhost:" + port + "/postgres", "DHUB_DB_PREFIX", prefix);
    }

    @Test
    void aSeedOutlastsARestartInMidPhaseWithIdenticalData() throws Exception {
        String[] args = {"seed", "all", "--customers", "3000", "--employees", "30", "--as-of", "2026-11-01"};
        CompletableFuture<CliRun> disturbed = CompletableFuture.supplyAsync(() -> CliRun.run(env("rs_a_"), args));
        assertTrue(waitForPhaseTwoLoading("rs_a_accounts_db"), "phase 2 started loading");
        long down = System.nanoTime();
        server.close();
        Thread.sleep(3_000);
        server = startServer();
        double downtime = (System.nanoTime() - down) / 1e9;
        assertTrue(downtime <= 10, "the server was down " + downtime + " s, within the 10 s promised");

        CliRun run = disturbed.get(5, TimeUnit.MINUTES);
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("retrying in"), "the waits are said\n" + run);
        assertTrue(run.err().lines().filter(l -> l.contains("retrying in")).allMatch(l -> l.startsWith("dhub: ")),
                run::toString);
        CliRun status = CliRun.run(env("rs_a_"), "seed", "status");
        assertTrue(status.out().contains("last run: #1 completed"), status::toString);

        CliRun calm = CliRun.run(env("rs_b_"), args);
        assertEquals(0, calm.exit(), calm::toString);
        assertEquals(DeterminismIT.digests(new Sql("rs_b_", RestartIT::connect), Map.of()),
                DeterminismIT.digests(new Sql("rs_a_", RestartIT::connect), Map.of()),
                "the restarted run wrote exactly the undisturbed run's data");
    }

    /** Waits until phase 2 streams rows into the database (its COPY session is there). */
    private static boolean waitForPhaseTwoLoading(String database) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND application_name = 'dhub-seed-customers' "
                + "AND query LIKE 'COPY %'";
        while (System.nanoTime() < deadline) {
            try (Connection conn = connect("postgres"); PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return true;
                    }
                }
            } catch (SQLException e) {
                // not there yet
            }
            Thread.sleep(20);
        }
        return false;
    }
}
