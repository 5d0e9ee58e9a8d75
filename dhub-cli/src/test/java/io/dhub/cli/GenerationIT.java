package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Phases 1 and 2 checked against the specification's rules. */
class GenerationIT extends SeededAtScaleOne {
    /** The customer's own transactions: no loan, policy or claim money. */
    /** Own transactions: no loan's, policy's or claim's money, and no leg of a laundering case (read from compliance_db). */
    private String own;


    @Test
    void countsFollowTheScale() throws SQLException {
        assertEquals(150, sql.number("employees_db", "SELECT count(*) FROM employees"));
        assertEquals(12, sql.number("employees_db", "SELECT count(*) FROM departments"));
        long programs = sql.number("employees_db", "SELECT count(*) FROM training_programs");
        assertTrue(programs >= 16 && programs <= 20, "programs " + programs);
        assertEquals(1200, sql.number("accounts_db", "SELECT count(*) FROM customers"));
        assertEquals(1200, sql.number("customer_db", "SELECT count(*) FROM customer_profiles"));
        assertTrue(seeded.err().contains("replay: dhub seed all --seed 20240601 --as-of " + AS_OF + " --scale 1"),
                "seed and as-of are printed\n" + seeded);
    }

    @Test
    void customerSegmentsFollowTheMix() throws SQLException {
        long n = 1200;
        assertShare("retail", sql.number("customer_db", "SELECT count(*) FROM customer_profiles WHERE segment = 'retail'"), n, 0.60);
        assertShare("premium", sql.number("customer_db", "SELECT count(*) FROM customer_profiles WHERE segment = 'premium'"), n, 0.25);
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM customers c WHERE segment NOT IN "
                + "('retail', 'premium', 'business', 'private_banking')"));
    }

    @Test
    void accountsFollowTheRules() throws SQLException {
        long holders = sql.number("accounts_db", "SELECT count(DISTINCT customer_id) FROM accounts");
        assertShare("customers with accounts", holders, 1200, 0.75);
        long several = sql.number("accounts_db",
                "SELECT count(*) FROM (SELECT customer_id FROM accounts GROUP BY customer_id HAVING count(*) > 1) s");
        assertShare("holders with several accounts", several, holders, 0.25);
        long accounts = sql.number("accounts_db", "SELECT count(*) FROM accounts");
        assertShare("checking", sql.number("accounts_db", "SELECT count(*) FROM accounts WHERE account_type = 'checking'"), accounts, 0.50);
        assertShare("savings", sql.number("accounts_db", "SELECT count(*) FROM accounts WHERE account_type = 'savings'"), accounts, 0.30);
        long oneLink = sql.number("accounts_db", "SELECT count(*) FROM (SELECT account_id FROM account_relationships "
                + "GROUP BY account_id HAVING count(*) = 1) s");
        long twoLinks = sql.number("accounts_db", "SELECT count(*) FROM (SELECT account_id FROM account_relationships "
                + "GROUP BY account_id HAVING count(*) = 2) s");
        assertShare("accounts with one link", oneLink, accounts, 0.20);
        assertShare("accounts with two links", twoLinks, accounts, 0.05);
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM account_relationships r JOIN accounts a "
                + "USING (account_id) WHERE r.relationship_type <> 'linked_savings' AND r.customer_id = a.customer_id"),
                "joint owners, users and beneficiaries are other people");
    }

    private String own() throws SQLException {
        if (own == null) {
            own = "(loan_id IS NULL AND policy_id IS NULL AND claim_id IS NULL AND transaction_id NOT IN ("
                    + sql.text("compliance_db", "SELECT coalesce(string_agg(transaction_id::text, ','), '0') FROM "
                    + "laundering_case_transactions") + "))";
        }
        return own;
    }

    @Test
    void transactionsFollowTheRules() throws SQLException {
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM (SELECT a.account_id FROM accounts a "
                + "LEFT JOIN (SELECT * FROM transactions WHERE " + own() + ") t ON t.account_id = a.account_id "
                + "GROUP BY a.account_id "
                + "HAVING count(t.*) NOT BETWEEN 10 AND 20) s"), "10-20 own transactions per account (loan, insurance "
                + "and laundering flows aside)");
        long n = sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE " + own());
        assertShare("spending", sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE direction = 'debit'"
                + " AND " + own()), n, 0.70);
        // keyed by hand: 30% of the accounts people operate (a certificate's postings are all the bank's), never
        // what the bank's systems post or an ACH batch carries
        String operated = own() + " AND account_id NOT IN (SELECT account_id FROM accounts WHERE account_type = "
                + "'certificate_of_deposit')";
        assertShare("manual", sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE is_manual AND "
                + operated), sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE " + operated), 0.30);
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE is_manual AND channel IN "
                + "('system', 'ach')"), "nothing the bank's systems post or an ACH batch carries is keyed by hand");
        assertEquals("1000.00 8000.00", sql.text("accounts_db", "SELECT least(min(amount), 1000.00) || ' ' || "
                + "greatest(max(amount), 8000.00) FROM transactions WHERE transaction_type = 'salary'"), "salaries 1k-8k");
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE status = 'pending' AND "
                + "transaction_date < DATE '" + AS_OF + "' - 3"), "only the last three days can be pending");
    }

    @Test
    void everyLedgerReconciles() throws SQLException {
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM (SELECT t.balance_after, a.opening_balance + "
                + "sum(CASE WHEN t.direction = 'credit' THEN t.amount ELSE -t.amount END) OVER (PARTITION BY t.account_id "
                + "ORDER BY t.transaction_date, t.transaction_id) AS running FROM transactions t JOIN accounts a "
                + "USING (account_id)) s WHERE balance_after <> running"), "balance_after is the running balance");
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM accounts a WHERE a.balance <> a.opening_balance + "
                + "coalesce((SELECT sum(CASE WHEN direction = 'credit' THEN amount ELSE -amount END) FROM transactions t "
                + "WHERE t.account_id = a.account_id), 0)"), "opening + credits - debits = balance");
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM (SELECT direction, amount, lag(balance_after, 1, "
                + "a.opening_balance) OVER (PARTITION BY account_id ORDER BY transaction_date, transaction_id) AS before "
                + ", transaction_id, loan_id, policy_id, claim_id FROM transactions JOIN accounts a USING (account_id)) s WHERE direction = "
                + "'debit' "
                + "AND " + own() + " AND amount > 0.30 * before"), "a spending takes at most 30% of the balance before it");
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE balance_after < 0"));
    }

    @Test
    void nothingHappensAfterTheAsOfDateAndSequencesHold() throws SQLException {
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE transaction_date >= DATE '"
                + AS_OF + "' + 1"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM accounts WHERE opened_date > DATE '" + AS_OF + "'"));
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM employees WHERE hire_date > DATE '" + AS_OF
                + "' OR termination_date > DATE '" + AS_OF + "'"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM accounts a JOIN customers c USING (customer_id) "
                + "WHERE a.created_at <= c.created_at OR a.opened_date < c.customer_since"), "customer before account");
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions t JOIN accounts a USING (account_id) "
                + "WHERE t.transaction_date <= a.created_at"), "account opened before its first transaction");
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM customers WHERE date_of_birth > customer_since "
                + "- interval '18 years'"), "customers are adults when they join");
    }

    @Test
    void bothViewsOfEveryCustomerAgree() throws SQLException {
        String columns = "customer_id, first_name, last_name, email, phone, date_of_birth, segment";
        assertEquals(sql.text("accounts_db", "SELECT md5(string_agg(concat_ws('|', " + columns + "), ',' ORDER BY "
                        + "customer_id)) FROM customers"),
                sql.text("customer_db", "SELECT md5(string_agg(concat_ws('|', " + columns + "), ',' ORDER BY "
                        + "customer_id)) FROM customer_profiles"));
    }

    @Test
    void theManagerHierarchyIsATreeWithOneRoot() throws SQLException {
        assertEquals(1, sql.number("employees_db", "SELECT count(*) FROM employees WHERE manager_id IS NULL"));
        assertEquals(150, sql.number("employees_db", "WITH RECURSIVE tree AS (SELECT employee_id FROM employees WHERE "
                + "manager_id IS NULL UNION ALL SELECT e.employee_id FROM employees e JOIN tree ON e.manager_id = "
                + "tree.employee_id) SELECT count(*) FROM tree"), "every employee is reached from the root");
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM employees e JOIN employees m ON e.manager_id = "
                + "m.employee_id WHERE m.role NOT IN ('executive', 'manager', 'branch_manager')"), "managers lead");
        for (String role : List.of("loan_officer", "customer_service_rep", "risk_analyst", "compliance_officer",
                "insurance_agent")) {
            assertTrue(sql.number("employees_db", "SELECT count(*) FROM employees WHERE role = '" + role + "'") > 0, role);
        }
    }

    @Test
    void phoneNumbersAreUniqueAcrossStaffAndCustomers() throws SQLException {
        Set<String> phones = new HashSet<>(sql.column("employees_db", "SELECT phone FROM employees"));
        List<String> customers = sql.column("accounts_db", "SELECT phone FROM customers");
        customers.forEach(p -> assertTrue(phones.add(p), "shared phone " + p));
        assertEquals(1350, phones.size());
    }

    @Test
    void aVerificationQueryOfTheSpecificationRunsUnchanged() {
        CliRun run = CliRun.run(TestServer.get().env(prefix), "db", "query",
                "SELECT transaction_type, COUNT(*) FROM transactions GROUP BY transaction_type", "-d", "accounts_db");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("salary") && run.out().contains("purchase"), run::toString);
    }
}
