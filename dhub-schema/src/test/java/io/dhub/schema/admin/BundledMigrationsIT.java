package io.dhub.schema.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.DhubException;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.testing.TestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Migrate's shortcut past Flyway holds only for a history Flyway itself would accept: after Flyway
 * creates the six databases, every history matches the bundled migrations (so dhub's checksum is
 * Flyway's, file by file); a changed checksum or a missing row does not match, and migrate then
 * goes through Flyway, whose validation refuses the changed migration.
 */
class BundledMigrationsIT {
    private static final TestServer SERVER = TestServer.get();

    @Test
    void theShortcutMatchesWhatFlywayRecordedAndNothingElse() throws SQLException {
        String prefix = TestServer.newPrefix();
        try (Databases databases = Databases.open(SERVER.spec(), prefix, 2)) {
            MigrateResult created = databases.migrate();
            for (LogicalDatabase db : LogicalDatabase.values()) {
                try (Connection conn = databases.pool(db).getConnection()) {
                    assertTrue(BundledMigrations.upToDate(conn, db), db + ": dhub's checksums are Flyway's");
                }
            }
            MigrateResult again = databases.migrate();
            for (int i = 0; i < created.databases().size(); i++) {
                assertEquals(created.databases().get(i).schemaVersion(), again.databases().get(i).schemaVersion());
                assertEquals(0, again.databases().get(i).applied());
            }
            try (Connection conn = databases.pool(LogicalDatabase.ACCOUNTS).getConnection();
                 Statement st = conn.createStatement()) {
                st.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");
                assertFalse(BundledMigrations.upToDate(conn, LogicalDatabase.ACCOUNTS));
                DhubException refused = assertThrows(DhubException.class, databases::migrate);
                assertTrue(refused.getMessage().contains("cannot migrate accounts_db: Validate failed"),
                        refused.getMessage());
                st.execute("UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version = '2'");
                st.execute("DELETE FROM flyway_schema_history WHERE version = '2'");
                assertFalse(BundledMigrations.upToDate(conn, LogicalDatabase.ACCOUNTS), "a migration not applied");
            }
        } finally {
            SERVER.dropDatabases(prefix);
        }
    }
}
