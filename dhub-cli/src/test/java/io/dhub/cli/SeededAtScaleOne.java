package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One seed at scale 1.0 per test JVM, shared read-only by the classes that extend this one and
 * checked against the specification with SQL written in the tests: the first class that runs seeds
 * it, the others find it seeded, and it is dropped when the JVM exits. A test that changes rows does
 * so in a copy ({@link BankCopies}). Proportions are judged within four standard errors of the target share,
 * 4·sqrt(p(1-p)/n): a generator that follows the rule fails with probability below 1 in 10,000, and
 * the seed is fixed, so the outcome is the same on every run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeededAtScaleOne {
    static final String AS_OF = "2026-11-01";
    final String prefix = Bank.PREFIX;
    final Sql sql = new Sql(prefix);
    CliRun seeded;

    @BeforeAll
    void seedOnce() {
        seeded = Bank.seeded();
        assertEquals(0, seeded.exit(), seeded::toString);
    }

    /** This JVM's bank: its prefix, and the run that seeded it once asked for. */
    private static final class Bank {
        static final String PREFIX = TestServer.newPrefix();
        private static CliRun run;

        static synchronized CliRun seeded() {
            if (run == null) {
                run = CliRun.run(TestServer.get().env(PREFIX), "seed", "all", "--scale", "1", "--as-of", AS_OF);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        TestServer.get().dropDatabases(PREFIX);
                    } catch (SQLException | RuntimeException e) {
                        // an embedded server may be gone already, and its files with it
                    }
                }));
            }
            return run;
        }
    }

    static void assertShare(String what, long hits, long n, double target) {
        double measured = hits / (double) n;
        double tolerance = 4 * Math.sqrt(target * (1 - target) / n);
        assertTrue(Math.abs(measured - target) <= tolerance, String.format(java.util.Locale.ROOT,
                "%s: %d of %d = %.4f, target %.2f ± %.4f", what, hits, n, measured, target, tolerance));
    }

    /** Every value of one query's column is among the values of another query's column (maybe in another database). */
    void assertResolves(String what, String fromDb, String fromSql, String toDb, String toSql) throws SQLException {
        Set<String> targets = new HashSet<>(sql.column(toDb, toSql));
        long checked = 0;
        for (String value : sql.column(fromDb, fromSql)) {
            if (value != null) {
                assertTrue(targets.contains(value), what + ": " + value + " points at nothing");
                checked++;
            }
        }
        assertTrue(checked > 0, what + ": nothing to check");
    }
}
