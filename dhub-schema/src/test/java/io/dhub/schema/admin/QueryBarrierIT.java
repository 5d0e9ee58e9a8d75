package io.dhub.schema.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.DhubException;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read-only {@code db query} barrier is the server's, not the text filter's: with the filter
 * switched off, every bypass of the issue still fails, changes nothing and leaves the other sessions
 * alone. Runs against the real test server, as its configured role (a superuser on these machines).
 */
class QueryBarrierIT {
    private static final TestServer SERVER = TestServer.get();
    private static String prefix;
    private static Databases databases;

    @BeforeAll
    static void migrate() throws SQLException {
        prefix = TestServer.newPrefix();
        databases = Databases.open(SERVER.spec(), prefix, 2);
        databases.migrate();
        try (Connection conn = SERVER.connect(prefix + "employees_db"); Statement st = conn.createStatement()) {
            st.execute("INSERT INTO departments VALUES (1, 'D1', 'Dept 1', 'CC1', 'Austin', 1234.50, now())");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        databases.close();
        SERVER.dropDatabases(prefix);
    }

    private static QueryResult unfiltered(String sql) {
        return new QueryRunner(databases, false).run(LogicalDatabase.EMPLOYEES, sql, false, 100);
    }

    private static long number(String sql) throws SQLException {
        try (Connection conn = SERVER.connect(prefix + "employees_db"); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyBypassFailsAtTheServer() throws Exception {
        Path marker = Files.createTempFile("dhub-barrier", ".txt");
        Files.delete(marker);
        long largeObjects = number("SELECT count(*) FROM pg_largeobject_metadata");
        String[] bypasses = {
            "SELECT E'\\''; COMMIT; SET default_transaction_read_only=off; COMMIT; DELETE FROM departments; --'",
            "SELECT $a$x$a$; COMMIT; DELETE FROM departments",
            "SELECT 1 /* nested /* comment */ ; */; DELETE FROM departments",
            "COMMIT",
            "cOmMiT; dElEtE fRoM departments",
            "SET ROLE postgres",
            "RESET ROLE",
            "SET default_transaction_read_only = off",
            "SELECT set_config('role', 'postgres', false)",
            "DELETE FROM departments",
            "DELETE FROM departments RETURNING *",
            "WITH gone AS (DELETE FROM departments RETURNING *) SELECT count(*) FROM gone",
            "EXPLAIN ANALYZE DELETE FROM departments",
            "COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'",
            "COPY departments TO '" + marker + "'",
            "SELECT pg_read_file('/etc/hostname')",
            "SELECT lo_import('/etc/hostname')",
            "SELECT pg_reload_conf()",
            "SELECT nextval('departments_department_id_seq')",
            "CREATE TABLE sneaky (id int)",
            "TRUNCATE departments",
        };
        for (String sql : bypasses) {
            DhubException e = assertThrows(DhubException.class, () -> unfiltered(sql), sql);
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        assertEquals(1, number("SELECT count(*) FROM departments"), "no row was deleted");
        assertEquals(0, number("SELECT count(*) FROM pg_class WHERE relname = 'sneaky'"));
        assertFalse(Files.exists(marker), "no program ran and no file was written on the server");
        assertEquals(largeObjects, number("SELECT count(*) FROM pg_largeobject_metadata"), "no large object kept");
    }

    @Test
    void aLargeObjectMadeInsideTheQueryIsRolledBack() throws SQLException {
        long before = number("SELECT count(*) FROM pg_largeobject_metadata");
        try {
            unfiltered("SELECT lo_from_bytea(0, 'x')");
        } catch (DhubException refused) {
            // refused outright is as good: the point is that nothing stays
        }
        assertEquals(before, number("SELECT count(*) FROM pg_largeobject_metadata"));
    }

    @Test
    void anotherSessionCannotBeTerminatedOrCancelled() throws SQLException {
        try (Connection victim = SERVER.connect(prefix + "employees_db"); Statement st = victim.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            int pid = rs.getInt(1);
            for (String f : new String[] {"pg_terminate_backend", "pg_cancel_backend"}) {
                DhubException e = assertThrows(DhubException.class, () -> unfiltered("SELECT " + f + "(" + pid + ")"));
                assertTrue(e.getMessage().contains("add --write"), e.getMessage());
            }
            assertTrue(victim.isValid(2), "the other session lives");
        }
    }

    @Test
    void readsKeepWorking() {
        QueryResult cte = unfiltered("WITH d AS (SELECT department_code, annual_budget FROM departments) "
                + "SELECT department_code, sum(annual_budget) OVER (ORDER BY department_code) AS running FROM d");
        assertEquals(java.util.List.of(java.util.List.of("D1", "1234.50")), cte.rows());
        assertEquals(java.util.List.of("department_code", "running"), cte.columns());
        assertEquals(1, unfiltered("SELECT current_user AS who").rows().size());
        assertEquals(ReaderRole.NAME, unfiltered("SELECT current_user AS who").rows().get(0).get(0),
                "an owned database is read as the reader role");
    }
}
