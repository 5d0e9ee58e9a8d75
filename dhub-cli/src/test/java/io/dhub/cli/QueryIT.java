package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code db query}, against one migrated set of databases for the whole class (migrating six databases
 * for each of a dozen tests took most of a minute); each test starts from the same single department.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryIT extends DatabaseTestBase {
    private final String shared = io.dhub.schema.testing.TestServer.newPrefix();

    @BeforeAll
    void migrateOnce() {
        prefix = shared;
        env = SERVER.env(shared);
        dhubOk("db", "migrate");
    }

    @AfterAll
    void dropShared() throws SQLException {
        SERVER.dropDatabases(shared);
    }

    /** Every test works in the shared databases (overridden, the base class's per-test prefix is not taken). */
    @Override
    void takePrefix() {
    }

    /** The shared databases stay until the class is done (overridden, the base class's drop does not run). */
    @Override
    void dropDatabases() {
    }

    @BeforeEach
    void oneDepartment() throws SQLException {
        sql("employees_db", "TRUNCATE departments CASCADE");
        sql("employees_db", "INSERT INTO departments VALUES (1, 'D1', 'Dept 1', 'CC1', 'Austin', 1234.50, now())");
    }

    @Test
    void queryCannotWriteByDefault() throws SQLException {
        String[] writes = {
            "DELETE FROM departments",
            "UPDATE departments SET location = 'Boston'",
            "INSERT INTO departments VALUES (2, 'D2', 'Dept 2', 'CC2', 'Austin', 1, now())",
            "TRUNCATE departments CASCADE",
            "DROP TABLE employee_assignments",
            "CREATE TABLE sneaky (id int)",
            "COMMIT; DELETE FROM departments",
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; DELETE FROM departments",
            "COMMIT; SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; DELETE FROM departments",
            "SELECT 1; /* ; */ COMMIT; SET default_transaction_read_only = off; DELETE FROM departments",
            "WITH gone AS (DELETE FROM departments RETURNING *) SELECT count(*) FROM gone",
            "SELECT set_config('default_transaction_read_only', 'off', false); DELETE FROM departments",
        };
        for (String sql : writes) {
            CliRun run = dhub("db", "query", sql, "-d", "employees_db");
            assertEquals(2, run.exit(), sql + "\n" + run);
            assertEquals(1, run.errLines(), run::toString);
            assertTrue(run.err().contains("add --write"), run::toString);
        }
        assertEquals(1, count("employees_db", "departments"));
        assertEquals(0, count("employees_db", "employee_assignments"));
    }

    @Test
    void writeAllowsChanges() throws SQLException {
        CliRun run = dhubOk("db", "query", "UPDATE departments SET location = 'Boston'", "-d", "employees_db", "--write");
        assertEquals("(1 rows changed)", run.out().trim());
        CliRun read = dhubOk("db", "query", "SELECT location FROM departments", "-d", "employees_db");
        assertTrue(read.out().contains("Boston"), read::toString);
    }

    @Test
    void queryPrintsAReadableTable() {
        CliRun run = dhubOk("db", "query", "SELECT department_code AS code, annual_budget, true AS ok FROM departments",
                "-d", "employees_db");
        assertEquals(String.join("\n",
                "code  annual_budget  ok",
                "----  -------------  ----",
                "D1          1234.50  true",
                "(1 row)", ""), run.out());
    }

    @Test
    void queryPrintsJson() {
        CliRun run = dhubOk("db", "query", "SELECT department_code AS code, annual_budget, NULL::text AS note,"
                + " false AS f FROM departments", "-d", "employees_db", "--json");
        assertEquals("[{\"code\":\"D1\",\"annual_budget\":1234.50,\"note\":null,\"f\":false}]", run.out().trim());
    }

    @Test
    void seedVerificationQueryRunsUnchanged() {
        CliRun run = dhubOk("db", "query", "SELECT status, COUNT(*), ROUND(AVG(score), 2) as avg_score"
                + " FROM employee_training GROUP BY status", "-d", "employees_db");
        assertTrue(run.out().startsWith("status  count  avg_score"), run::toString);
    }

    @Test
    void rowLimitIsSaid() {
        CliRun run = dhubOk("db", "query", "SELECT g FROM generate_series(1, 50) g", "-d", "loans_db", "--max-rows", "10");
        assertTrue(run.out().contains("(10 rows)"), run::toString);
        assertTrue(run.err().contains("only the first 10 rows"), run::toString);
    }

    /** CSV streams every row past the table's 1,000, and PostgreSQL's own CSV reader reads it back as it was. */
    @Test
    void csvStreamsEveryRowAsCopyReadsIt() throws Exception {
        CliRun many = dhubOk("db", "query", "SELECT g, md5(g::text) AS h FROM generate_series(1, 2500) g", "-d",
                "loans_db", "--format", "csv");
        String[] lines = many.out().split("\r\n", -1);
        assertEquals(2502, lines.length, "a header, 2,500 rows and the end of the last line");
        assertEquals("g,h", lines[0]);
        assertEquals("2500,", lines[2500].substring(0, 5));
        assertTrue(!many.err().contains("only the first"), many::toString);
        String tricky = "SELECT 'a,b' AS comma, 'say \"hi\"' AS quote, E'l1\nl2' AS newline, NULL::text AS missing, "
                + "'' AS empty, 1.50 AS num, true AS yes, ' pad ' AS pad";
        CliRun csv = dhubOk("db", "query", tricky, "-d", "loans_db", "--format", "csv");
        try (java.sql.Connection conn = connect("loans_db"); java.sql.Statement st = conn.createStatement()) {
            st.execute("CREATE TEMP TABLE back (comma text, quote text, newline text, missing text, empty text, "
                    + "num numeric, yes boolean, pad text)");
            new org.postgresql.copy.CopyManager(conn.unwrap(org.postgresql.core.BaseConnection.class)).copyIn(
                    "COPY back FROM STDIN (FORMAT csv, HEADER)", new java.io.StringReader(csv.out()));
            try (java.sql.ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM back), "
                    + "(SELECT count(*) FROM back b, (" + tricky + ") o WHERE b.comma = o.comma AND b.quote = o.quote "
                    + "AND b.newline = o.newline AND b.missing IS NULL AND b.empty = '' AND b.num = o.num AND b.yes "
                    + "AND b.pad = o.pad)")) {
                rs.next();
                assertEquals(1, rs.getInt(1), csv::toString);
                assertEquals(1, rs.getInt(2), "every value read back as it was\n" + csv);
            }
            // one column: a value \. alone on its line would be COPY's end-of-data marker unless quoted
            String column = "SELECT n, v FROM (VALUES (1, E'\\\\.'), (2, 'after the marker'), (3, 'ünïcødé ✓ €'), "
                    + "(4, NULL), (5, ''), (6, E'x\\n\\\\.\\ny'), (7, E'\\\\.x')) t(n, v)";
            CliRun one = dhubOk("db", "query", "SELECT v FROM (" + column + ") c ORDER BY n", "-d", "loans_db",
                    "--format", "csv");
            assertTrue(one.out().contains("\r\n\"\\.\"\r\n"), "\\. is quoted\n" + one);
            st.execute("CREATE TEMP TABLE marker (n serial, v text)");
            new org.postgresql.copy.CopyManager(conn.unwrap(org.postgresql.core.BaseConnection.class)).copyIn(
                    "COPY marker (v) FROM STDIN (FORMAT csv, HEADER)", new java.io.StringReader(one.out()));
            try (java.sql.ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM marker), (SELECT count(*) "
                    + "FROM marker m JOIN (" + column + ") o USING (n) WHERE m.v IS NOT DISTINCT FROM o.v)")) {
                rs.next();
                assertEquals(7, rs.getInt(1), "every row read back, none lost after \\.\n" + one);
                assertEquals(7, rs.getInt(2), "each as it was (NULL, empty, non-ASCII, \\. inside a value)\n" + one);
            }
        }
    }

    @Test
    void ndjsonIsAnObjectALineWithJsonTypes() {
        CliRun run = dhubOk("db", "query", "SELECT g, g::text AS t, g % 2 = 0 AS even, NULL::int AS n FROM "
                + "generate_series(1, 1200) g", "-d", "loans_db", "--format", "ndjson");
        String[] lines = run.out().split("\n");
        assertEquals(1200, lines.length, run::toString);
        assertEquals("{\"g\":1,\"t\":\"1\",\"even\":false,\"n\":null}", lines[0]);
        assertEquals("{\"g\":1200,\"t\":\"1200\",\"even\":true,\"n\":null}", lines[1199]);
    }

    @Test
    void maxRowsZeroOrAllLiftTheLimitAndCsvCanBeLimited() {
        CliRun table = dhubOk("db", "query", "SELECT g FROM generate_series(1, 1500) g", "-d", "loans_db", "--all");
        assertTrue(table.out().contains("(1,500 rows)"), table::toString);
        CliRun zero = dhubOk("db", "query", "SELECT g FROM generate_series(1, 1500) g", "-d", "loans_db", "--json",
                "--max-rows", "0");
        assertEquals(1500, zero.out().split("\\{\"g\":", -1).length - 1, zero::toString);
        CliRun limited = dhubOk("db", "query", "SELECT g FROM generate_series(1, 50) g", "-d", "loans_db", "--format",
                "csv", "--max-rows", "10");
        assertEquals(11, limited.out().split("\r\n").length, limited::toString);
        assertTrue(limited.err().contains("only the first 10 rows were written"), limited::toString);
        for (String[] bad : new String[][] {{"--format", "xml"}, {"--json", "--format", "csv"}, {"--max-rows", "-1"},
            {"--all", "--max-rows", "5"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("db", "query", "SELECT 1", "-d",
                    "loans_db"));
            args.addAll(java.util.List.of(bad));
            CliRun run = dhub(args.toArray(String[]::new));
            assertEquals(2, run.exit(), run::toString);
            assertEquals(1, run.errLines(), run::toString);
        }
    }

    @Test
    void tablesAsJson() throws SQLException {
        CliRun run = dhubOk("db", "tables", "--json", "-d", "employees_db");
        assertTrue(run.out().startsWith("{\"databases\":[{\"database\":\"employees_db\",\"name\":\"" + prefix
                + "employees_db\",\"state\":\"owned\",\"tables\":["), run::toString);
        assertTrue(run.out().contains("{\"table\":\"departments\",\"columns\":7,\"rows\":"
                + count("employees_db", "departments") + "}"), run::toString);
    }

    @Test
    void sqlErrorsAreOneLineFailures() {
        CliRun run = dhub("db", "query", "SELEC 1", "-d", "loans_db");
        assertEquals(1, run.exit(), run::toString);
        assertEquals(1, run.errLines(), run::toString);
        assertTrue(run.err().contains("syntax error") && run.err().contains("42601"), run::toString);
    }

    /**
     * The bypasses and their variants (E-strings, dollar quotes, nested comments, mixed case,
     * standard_conforming_strings off): each fails with one line and exit 1 or 2, and nothing changes,
     * no program runs, no large object stays and no other session is touched.
     */
    @Test
    void theKnownBypassesAllFail() throws Exception {
        java.nio.file.Path marker = java.nio.file.Files.createTempFile("dhub-query-it", ".txt");
        java.nio.file.Files.delete(marker);
        sql("employees_db", "ALTER DATABASE \"" + prefix + "employees_db\" SET standard_conforming_strings = off");
        Sql look = new Sql(prefix);
        long largeObjects = look.number("employees_db", "SELECT count(*) FROM pg_largeobject_metadata");
        try (java.sql.Connection victim = connect("employees_db");
             java.sql.Statement st = victim.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            int pid = rs.getInt(1);
            String[] bypasses = {
                "SELECT E'\\''; COMMIT; SET default_transaction_read_only=off; COMMIT; DELETE FROM departments; --'",
                "SELECT 'x\\'; COMMIT; DELETE FROM departments; --'",
                "SELECT $q$;$q$; CoMmIt; DeLeTe FrOm departments",
                "SELECT 1 /* a /* nested */ ; */; commit; delete from departments",
                "COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'",
                "SELECT E'\\''; COPY (SELECT 1) TO PROGRAM 'touch " + marker + "'; --'",
                "COPY departments TO '" + marker + "'",
                "SELECT pg_terminate_backend(" + pid + ")",
                "SELECT pg_cancel_backend(" + pid + ")",
                "SELECT lo_import('/etc/hostname')",
                "SELECT lo_from_bytea(0, 'x')",
                "SELECT pg_read_file('/etc/hostname')",
                "SET ROLE postgres",
                "RESET ROLE",
                "reset role; delete from departments",
                "BEGIN; DELETE FROM departments; COMMIT",
                "ROLLBACK",
            };
            for (String sql : bypasses) {
                CliRun run = dhub("db", "query", sql, "-d", "employees_db");
                assertTrue(run.exit() == 1 || run.exit() == 2, sql + "\n" + run);
                assertEquals(1, run.errLines(), run::toString);
                assertTrue(!run.err().contains("\tat "), run::toString);
            }
            assertTrue(victim.isValid(2), "the other session was not terminated");
        }
        assertEquals(1, count("employees_db", "departments"));
        assertTrue(!java.nio.file.Files.exists(marker), "no program ran and no file was written");
        assertEquals(largeObjects, look.number("employees_db", "SELECT count(*) FROM pg_largeobject_metadata"));
        CliRun read = dhubOk("db", "query", "WITH d AS (SELECT * FROM departments) SELECT department_code, "
                + "rank() OVER (ORDER BY annual_budget) FROM d", "-d", "employees_db");
        assertTrue(read.out().contains("D1"), read::toString);
    }
}
