package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnershipIT extends DatabaseTestBase {

    private void createByHand(String logicalName) throws SQLException {
        try (Connection conn = SERVER.admin(); Statement st = conn.createStatement()) {
            st.execute("CREATE DATABASE \"" + prefix + logicalName + "\"");
        }
        sql(logicalName, "CREATE TABLE accounts (id int PRIMARY KEY, owner text)");
        sql(logicalName, "INSERT INTO accounts VALUES (1, 'somebody else')");
    }

    @Test
    void migrateRefusesASameNamedDatabaseItDidNotCreateAndCreatesNothing() throws SQLException {
        createByHand("accounts_db");
        CliRun run = dhub("db", "migrate");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines(), run::toString);
        assertTrue(run.err().contains("'" + prefix + "accounts_db'") && run.err().contains("was not created by dhub"),
                run::toString);
        assertTrue(run.err().contains("--db-prefix"), run::toString);
        assertEquals(List.of(prefix + "accounts_db"), SERVER.databasesWithPrefix(prefix));
        assertEquals(1, count("accounts_db", "accounts"));
    }

    @Test
    void clearRefusesAndTouchesNothingWhenOneDatabaseIsForeign() throws SQLException {
        dhubOk("db", "migrate");
        sql("employees_db", "INSERT INTO departments VALUES (1, 'D1', 'Dept 1', 'CC1', 'Austin', 100, now())");
        sql("employees_db", "COMMENT ON DATABASE \"" + prefix + "loans_db\" IS NULL");
        CliRun run = dhub("seed", "clear", "--confirm");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("'" + prefix + "loans_db'"), run::toString);
        assertEquals(1, count("employees_db", "departments"));
    }

    @Test
    void aDatabaseCarryingAnotherDatabasesMarkIsRefusedNamingTheMark() throws SQLException {
        dhubOk("db", "migrate");
        String employeesMark = new Sql(prefix).text("employees_db", "SELECT shobj_description(oid, 'pg_database') "
                + "FROM pg_database WHERE datname = current_database()");
        sql("loans_db", "COMMENT ON DATABASE \"" + prefix + "loans_db\" IS '" + employeesMark.replace("'", "''") + "'");
        CliRun run = dhub("seed", "clear", "--confirm");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines(), run::toString);
        assertTrue(run.err().contains("'" + prefix + "loans_db'") && run.err().contains("carries dhub's ownership mark "
                + "for employees_db, not for loans_db"), run::toString);
    }

    @Test
    void queryMayReadButNotWriteAForeignDatabase() throws SQLException {
        createByHand("customer_db");
        CliRun read = dhubOk("db", "query", "SELECT owner FROM accounts", "-d", "customer_db");
        assertTrue(read.out().contains("somebody else"), read::toString);
        CliRun write = dhub("db", "query", "DELETE FROM accounts", "-d", "customer_db", "--write");
        assertEquals(1, write.exit(), write::toString);
        assertTrue(write.err().contains("was not created by dhub"), write::toString);
        assertEquals(1, count("customer_db", "accounts"));
    }

    @Test
    void statusShowsAForeignDatabaseWithoutReadingIt() throws SQLException {
        createByHand("insurance_db");
        CliRun run = dhubOk("seed", "status");
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("insurance_db") && l.contains("not created by dhub")),
                run::toString);
    }
}
