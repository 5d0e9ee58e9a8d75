package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusIT extends DatabaseTestBase {

    @Test
    void statusListsEveryTableAtZeroAfterMigrate() {
        dhubOk("db", "migrate");
        CliRun run = dhubOk("seed", "status");
        for (String db : ExpectedSchema.DATABASES) {
            for (String table : ExpectedSchema.TABLES.get(db)) {
                assertTrue(run.out().lines().anyMatch(l -> l.matches(db + "\\s+" + table + "\\s+0")),
                        db + "." + table + "\n" + run);
            }
        }
        assertTrue(run.out().lines().anyMatch(l -> l.matches("total\\s+0")), run::toString);
    }

    @Test
    void statusCountsRowsPerTableAndInTotal() throws SQLException {
        dhubOk("db", "migrate");
        for (int i = 1; i <= 3; i++) {
            sql("employees_db", "INSERT INTO departments VALUES (" + i + ", 'D" + i + "', 'Dept " + i + "', 'CC" + i
                    + "', 'Austin', 100, now())");
        }
        // one statement, one connection: 1,200 connections took 35 s
        sql("customer_db", "INSERT INTO campaigns SELECT i, 'C' || i, 'Campaign ' || i, 'email', NULL, '2024-01-01', "
                + "'2024-02-01', 10, 'completed' FROM generate_series(1, 1200) i");
        CliRun run = dhubOk("seed", "status");
        assertTrue(run.out().lines().anyMatch(l -> l.matches("employees_db\\s+departments\\s+3")), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("customer_db\\s+campaigns\\s+1,200")), run::toString);
        assertTrue(run.out().lines().anyMatch(l -> l.matches("total\\s+1,203")), run::toString);

        String json = dhubOk("seed", "status", "--json").out().trim();
        assertTrue(json.contains("\"departments\":3"), json);
        assertTrue(json.contains("\"campaigns\":1200"), json);
        assertTrue(json.endsWith("\"total_rows\":1203,\"last_run\":null}"), json);
        assertEquals(1, json.lines().count(), json);
    }

    @Test
    void statusBeforeMigrateSaysWhatToRun() {
        CliRun run = dhubOk("seed", "status");
        List<String> notCreated = run.out().lines().filter(l -> l.contains("not created: run 'dhub db migrate'")).toList();
        assertEquals(6, notCreated.size(), run::toString);
    }
}
