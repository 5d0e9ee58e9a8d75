package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A seed killed mid-run (SIGKILL, in its own process: the shaded jar the build just made) leaves a
 * state dhub recognises, the run record says so, and the next seed with --replace repairs it.
 */
class InterruptedRunIT extends DatabaseTestBase {

    @Test
    void aKilledSeedIsReportedAsInterruptedAndReplaceRepairsIt() throws Exception {
        Path jar = Path.of("target", "dhub.jar");
        assertTrue(Files.exists(jar), "the package phase builds " + jar.toAbsolutePath());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "seed", "all", "--customers", "20000", "--employees", "50",
                "--as-of", "2026-11-01", "--quiet");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(new File("target/interrupted-run.log")));
        Process seed = builder.start();
        Sql sql = new Sql(prefix);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!phaseOneDone(sql) && System.nanoTime() < deadline && seed.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(seed.isAlive(), "the run was still going when the test stopped it");
        seed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        CliRun status = dhubOk("seed", "status");
        assertTrue(status.out().contains("last run: #1 interrupted during phase 2")
                && status.out().contains("phases completed: 1\n"), status::toString);
        assertEquals(0, count("accounts_db", "transactions") + count("customer_db", "customer_profiles")
                + count("loans_db", "loans"), "nothing of the interrupted phase was committed");

        CliRun refused = dhub("seed", "all", "--scale", "0.1", "--as-of", "2026-11-01", "--quiet");
        assertEquals(2, refused.exit(), "phase 1's rows are there, so --replace is needed\n" + refused);
        dhubOk("seed", "all", "--scale", "0.1", "--as-of", "2026-11-01", "--quiet", "--replace");
        assertEquals(120, count("accounts_db", "customers"));
        assertTrue(dhubOk("seed", "status").out().contains("last run: #2 completed"));
    }

    private static boolean phaseOneDone(Sql sql) {
        try {
            return "1".equals(sql.text("employees_db", "SELECT phases_completed FROM dhub_runs ORDER BY run_id DESC LIMIT 1"));
        } catch (SQLException e) {
            return false;
        }
    }
}
