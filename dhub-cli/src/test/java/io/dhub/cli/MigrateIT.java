package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MigrateIT extends DatabaseTestBase {

    @Test
    void migrateCreatesAllSixDatabasesWithEveryTableAndColumnDescribed() throws SQLException {
        CliRun run = dhubOk("db", "migrate");
        assertEquals(ExpectedSchema.DATABASES.stream().map(db -> prefix + db).sorted().toList(),
                SERVER.databasesWithPrefix(prefix));
        for (String db : ExpectedSchema.DATABASES) {
            assertEquals(ExpectedSchema.TABLES.get(db), tablesIn(db), db);
            assertTrue(run.out().contains(db), run::toString);
        }
        // and describes every table and column (the …describe_tables_and_columns migrations)
        int described = 0;
        for (String db : ExpectedSchema.DATABASES) {
            try (Connection conn = SERVER.connect(prefix + db); Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT c.relname, a.attname, col_description(c.oid, a.attnum), "
                         + "obj_description(c.oid, 'pg_class') FROM pg_class c JOIN pg_namespace n ON n.oid = "
                         + "c.relnamespace AND n.nspname = 'public' JOIN pg_attribute a ON a.attrelid = c.oid AND "
                         + "a.attnum > 0 AND NOT a.attisdropped WHERE c.relkind = 'r' ORDER BY 1, a.attnum")) {
                while (rs.next()) {
                    String where = db + "." + rs.getString(1) + "." + rs.getString(2);
                    assertTrue(rs.getString(3) != null && !rs.getString(3).isBlank(), where + " has no COMMENT");
                    assertTrue(rs.getString(4) != null && !rs.getString(4).isBlank(), db + "." + rs.getString(1)
                            + " has no COMMENT");
                    described++;
                }
            }
        }
        // the data tables' columns, dhub_runs' and Flyway's history tables' in each database
        assertTrue(described > 500, "columns described: " + described);
    }

    @Test
    void migrateMarksEveryDatabaseAsDhubs() throws SQLException {
        dhubOk("db", "migrate");
        try (Connection conn = SERVER.admin(); PreparedStatement ps = conn.prepareStatement(
                "SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database WHERE starts_with(datname, ?)")) {
            ps.setString(1, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                int marked = 0;
                while (rs.next()) {
                    String logical = rs.getString(1).substring(prefix.length());
                    assertTrue(rs.getString(2).startsWith("dhub:owned logical=" + logical + ";"), rs.getString(2));
                    marked++;
                }
                assertEquals(6, marked);
            }
        }
    }

    @Test
    void migrateCreatesTheRunRecord() throws SQLException {
        dhubOk("db", "migrate");
        assertEquals(0, count("employees_db", "dhub_runs"));
        assertTrue(dhubOk("seed", "status").out().contains("last run: none recorded"));
    }

    @Test
    void migrateIsIdempotent() throws SQLException {
        dhubOk("db", "migrate");
        CliRun second = dhubOk("db", "migrate");
        assertEquals(6, second.out().lines().filter(l -> l.contains(" existed ")).count(), second::toString);
        assertFalse(second.out().contains("created"), second::toString);
        for (String db : ExpectedSchema.DATABASES) {
            assertEquals(ExpectedSchema.TABLES.get(db), tablesIn(db), db);
            assertEquals(switch (db) {
                case "employees_db" -> 9;
                case "customer_db" -> 7;
                case "accounts_db" -> 14;
                case "loans_db" -> 5;
                case "insurance_db" -> 5;
                case "compliance_db" -> 9;
                default -> throw new IllegalStateException(db);
            }, count(db, "flyway_schema_history"), db);
        }
    }

    @Test
    void migrateRepairsADatabaseLeftHalfCreatedByAnInterruptedRun() throws SQLException {
        String leftover = prefix + "loans_db__dhub_creating";
        try (Connection conn = SERVER.admin(); Statement st = conn.createStatement()) {
            st.execute("CREATE DATABASE \"" + leftover + "\"");
            st.execute("COMMENT ON DATABASE \"" + leftover + "\" IS 'dhub:owned logical=loans_db; interrupted'");
        }
        dhubOk("db", "migrate");
        List<String> names = SERVER.databasesWithPrefix(prefix);
        assertFalse(names.contains(leftover), names.toString());
        assertEquals(ExpectedSchema.TABLES.get("loans_db"), tablesIn("loans_db"));
    }

    @Test
    void schemaEnforcesKeysChecksAndUniqueness() throws SQLException {
        dhubOk("db", "migrate");
        sql("employees_db", "INSERT INTO departments VALUES (1, 'RET', 'Retail Banking', 'CC-100', 'Austin', 1000, now())");
        sql("employees_db", "INSERT INTO employees (employee_id, employee_number, first_name, last_name, email, phone,"
                + " department_id, role, job_title, hire_date, salary, employment_status, created_at) VALUES"
                + " (1, 'E1', 'Ann', 'Lee', 'ann@bank.test', '555-0100', 1, 'loan_officer', 'Loan Officer',"
                + " '2020-01-01', 50000, 'active', now())");
        assertEquals("23505", sqlState("employees_db", "INSERT INTO employees (employee_id, employee_number, first_name,"
                + " last_name, email, phone, department_id, role, job_title, hire_date, salary, employment_status,"
                + " created_at) VALUES (2, 'E2', 'Bo', 'Lee', 'ann@bank.test', '555-0101', 1, 'teller', 'Teller',"
                + " '2020-01-01', 40000, 'active', now())"), "duplicate e-mail");
        assertEquals("23503", sqlState("employees_db", "INSERT INTO employee_training (training_id, employee_id,"
                + " program_id, enrollment_date, status) VALUES (1, 1, 99, '2024-01-01', 'enrolled')"), "unknown program");
        assertEquals("23514", sqlState("employees_db", "INSERT INTO performance_reviews (review_id, employee_id,"
                + " reviewer_id, review_period_start, review_period_end, review_date, rating, goals_met) VALUES"
                + " (1, 1, 1, '2023-01-01', '2023-12-31', '2024-01-10', 6, 80)"), "rating 6, own reviewer");
        dhubOk("db", "migrate");
        assertEquals("23514", sqlState("loans_db", "INSERT INTO loan_applications (application_id, application_number,"
                + " customer_id, loan_type, requested_amount, requested_term_months, purpose, annual_income,"
                + " application_date, status, decision_date, officer_id, approved_by) VALUES (1, 'A1', 1, 'auto',"
                + " 1000, 36, 'car', 50000, '2024-01-01', 'approved', '2024-03-01', 1, 1)"), "decided after 60 days");
    }

    private String sqlState(String db, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> sql(db, sql));
        return e.getSQLState();
    }

    private Set<String> tablesIn(String db) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Connection conn = connect(db); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                     + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' AND table_name NOT LIKE 'dhub\\_%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
