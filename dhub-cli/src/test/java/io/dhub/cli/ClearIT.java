package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClearIT extends DatabaseTestBase {

    @BeforeEach
    void seedAFewRows() throws SQLException {
        dhubOk("db", "migrate");
        sql("employees_db", "INSERT INTO departments VALUES (1, 'D1', 'Dept 1', 'CC1', 'Austin', 100, now())");
        sql("customer_db", "INSERT INTO campaigns VALUES (1, 'C1', 'Campaign 1', 'email', NULL, '2024-01-01',"
                + " '2024-02-01', 10, 'completed')");
        sql("compliance_db", "INSERT INTO consents VALUES (1, 7, 'paperless', true, now(), NULL, 'web')");
    }

    @Test
    void clearWithoutConfirmChangesNothingAndSaysHow() throws SQLException {
        CliRun run = dhub("seed", "clear");
        assertEquals(2, run.exit(), run::toString);
        assertEquals(1, run.errLines(), run::toString);
        assertTrue(run.err().contains("dhub seed clear --confirm"), run::toString);
        assertEquals(1, count("employees_db", "departments"));
        assertEquals(1, count("customer_db", "campaigns"));
        assertEquals(1, count("compliance_db", "consents"));
    }

    @Test
    void clearWithConfirmEmptiesEveryDhubTable() throws SQLException {
        CliRun run = dhubOk("seed", "clear", "--confirm");
        assertTrue(run.out().contains("cleared 3 rows from " + ExpectedSchema.tableCount() + " tables in 6 databases"),
                run::toString);
        for (String db : ExpectedSchema.DATABASES) {
            for (String table : ExpectedSchema.TABLES.get(db)) {
                assertEquals(0, count(db, table), db + "." + table);
            }
        }
        assertTrue(dhubOk("seed", "status").out().lines().anyMatch(l -> l.matches("total\\s+0")));
    }

    @Test
    void clearLeavesTablesDhubDoesNotOwnAlone() throws SQLException {
        sql("accounts_db", "CREATE TABLE my_notes (id int PRIMARY KEY, note text)");
        sql("accounts_db", "INSERT INTO my_notes VALUES (1, 'keep me')");
        dhubOk("seed", "clear", "--confirm");
        assertEquals(1, count("accounts_db", "my_notes"));
        assertEquals(0, count("employees_db", "departments"));
    }
}
