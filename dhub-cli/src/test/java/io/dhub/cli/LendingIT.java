package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Phase 5 (loans) checked against the specification's rules, and its money in the account ledgers. */
class LendingIT extends SeededAtScaleOne {

    @Test
    void applicationsFollowTheRules() throws SQLException {
        long applicants = sql.number("loans_db", "SELECT count(DISTINCT customer_id) FROM loan_applications");
        assertShare("customers who apply", applicants, 1200, 0.35);
        assertShare("applicants applying several times", sql.number("loans_db", "SELECT count(*) FROM (SELECT "
                + "customer_id FROM loan_applications GROUP BY customer_id HAVING count(*) > 1) s"), applicants, 0.20);
        long n = sql.number("loans_db", "SELECT count(*) FROM loan_applications");
        String[][] types = {{"mortgage", "0.35"}, {"personal", "0.30"}, {"auto", "0.20"}, {"business", "0.10"},
            {"education", "0.05"}};
        for (String[] t : types) {
            assertShare(t[0], sql.number("loans_db", "SELECT count(*) FROM loan_applications WHERE loan_type = '"
                    + t[0] + "'"), n, Double.parseDouble(t[1]));
        }
        String[][] statuses = {{"approved", "0.65"}, {"rejected", "0.20"}, {"pending", "0.10"}, {"withdrawn", "0.05"}};
        for (String[] s : statuses) {
            assertShare(s[0], sql.number("loans_db", "SELECT count(*) FROM loan_applications WHERE status = '"
                    + s[0] + "'"), n, Double.parseDouble(s[1]));
        }
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loan_applications WHERE decision_date IS NOT NULL "
                + "AND (decision_date - application_date NOT BETWEEN 1 AND 30 OR decision_date > DATE '" + AS_OF + "')"));
        assertEquals(sql.number("loans_db", "SELECT count(*) FROM loan_applications WHERE status = 'approved'"),
                sql.number("loans_db", "SELECT count(*) FROM loans"), "one loan per approved application");
    }

    @Test
    void loansFollowTheRules() throws SQLException {
        long n = sql.number("loans_db", "SELECT count(*) FROM loans");
        assertShare("active loans", sql.number("loans_db", "SELECT count(*) FROM loans WHERE loan_status = 'active'"),
                n, 0.75);
        assertShare("paid-off loans", sql.number("loans_db",
                "SELECT count(*) FROM loans WHERE loan_status = 'paid_off'"), n, 0.20);
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loans WHERE NOT ("
                + "(loan_type = 'mortgage' AND interest_rate BETWEEN 3.25 AND 6.75 AND term_months BETWEEN 180 AND 360) "
                + "OR (loan_type = 'personal' AND interest_rate BETWEEN 5.99 AND 17.99 AND term_months BETWEEN 12 AND 60) "
                + "OR (loan_type = 'auto' AND interest_rate BETWEEN 3.99 AND 8.99 AND term_months BETWEEN 36 AND 72) "
                + "OR (loan_type = 'business' AND interest_rate BETWEEN 4.99 AND 12.99 AND term_months BETWEEN 36 AND 120) "
                + "OR (loan_type = 'education' AND interest_rate BETWEEN 4.25 AND 8.75 AND term_months BETWEEN 60 AND 180))"));
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loans l JOIN loan_applications a "
                + "USING (application_id) WHERE l.disbursement_date < a.decision_date OR l.disbursement_date > DATE '"
                + AS_OF + "' OR l.first_payment_date <= l.disbursement_date OR l.customer_id <> a.customer_id"),
                "application, decision, disbursement in order; nothing paid out after as-of");
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loans l WHERE outstanding_balance <> principal_amount"
                + " - coalesce((SELECT sum(principal_amount) FROM repayment_schedule r WHERE r.loan_id = l.loan_id AND "
                + "r.payment_status IN ('paid', 'late')), 0) AND loan_status <> 'paid_off'"),
                "outstanding = principal not yet repaid");
    }

    @Test
    void everyScheduleAmortizesThePrincipal() throws SQLException {
        assertEquals(sql.number("loans_db", "SELECT count(*) FROM loans"),
                sql.number("loans_db", "SELECT count(DISTINCT loan_id) FROM repayment_schedule"), "a schedule per loan");
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loans l JOIN (SELECT loan_id, count(*) AS n, "
                + "sum(principal_amount) AS p, sum(interest_amount) AS i, sum(total_amount) AS t FROM repayment_schedule "
                + "GROUP BY loan_id) s USING (loan_id) WHERE s.n <> l.term_months OR abs(s.p - l.principal_amount) > 0.01 "
                + "OR abs(s.t - (l.principal_amount + s.i)) > 0.01"), "principal parts sum to the principal");
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loans l JOIN repayment_schedule r USING (loan_id) "
                + "WHERE r.due_date <> (l.first_payment_date + make_interval(months => r.installment_number - 1))::date"),
                "monthly from the first due date");
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loans l JOIN repayment_schedule r USING (loan_id) "
                + "WHERE r.installment_number = 1 AND abs(r.interest_amount - round(l.principal_amount * l.interest_rate "
                + "/ 1200, 2)) > 0.01"), "first month's interest = principal × rate / 12");
    }

    @Test
    void paymentStatusFollowsTheLoanStatus() throws SQLException {
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loans l JOIN repayment_schedule r USING (loan_id) "
                + "WHERE l.loan_status = 'paid_off' AND r.payment_status <> 'paid'"), "paid-off loans are fully paid");
        String past = "FROM loans l JOIN repayment_schedule r USING (loan_id) WHERE l.loan_status = 'active' "
                + "AND r.due_date < DATE '" + AS_OF + "'";
        long due = sql.number("loans_db", "SELECT count(*) " + past);
        assertShare("active installments paid on time", sql.number("loans_db", "SELECT count(*) " + past
                + " AND r.payment_status = 'paid'"), due, 0.95);
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM repayment_schedule WHERE payment_date > DATE '"
                + AS_OF + "' OR (payment_status = 'scheduled' AND due_date < DATE '" + AS_OF + "')"),
                "no payment after as-of; nothing past due is still 'scheduled'");
    }

    @Test
    void collateralAndGuarantorsFollowTheRules() throws SQLException {
        long secured = sql.number("loans_db", "SELECT count(*) FROM loans WHERE loan_type IN ('mortgage', 'auto', 'business')");
        assertShare("secured loans with collateral", sql.number("loans_db", "SELECT count(*) FROM collateral"), secured, 0.80);
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM collateral c JOIN loans l USING (loan_id) WHERE "
                + "c.appraised_value NOT BETWEEN 1.10 * l.principal_amount - 0.01 AND 1.50 * l.principal_amount + 0.01 "
                + "OR abs(c.ltv_ratio - l.principal_amount / c.appraised_value) > 0.0001 "
                + "OR l.loan_type NOT IN ('mortgage', 'auto', 'business')"), "appraised at 110-150%, LTV = principal / value");
        long loans = sql.number("loans_db", "SELECT count(*) FROM loans");
        long guaranteed = sql.number("loans_db", "SELECT count(DISTINCT loan_id) FROM loan_guarantors");
        assertShare("loans with guarantors", guaranteed, loans, 0.25);
        assertShare("of those, two guarantors", sql.number("loans_db", "SELECT count(*) FROM (SELECT loan_id FROM "
                + "loan_guarantors GROUP BY loan_id HAVING count(*) = 2) s"), guaranteed, 0.30);
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loan_guarantors g JOIN loans l USING (loan_id) "
                + "WHERE g.guarantee_amount NOT BETWEEN 0.5 * l.principal_amount - 0.01 AND l.principal_amount + 0.01"));
    }

    @Test
    void riskAssessmentsFollowTheRules() throws SQLException {
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loan_applications a WHERE NOT EXISTS (SELECT 1 FROM "
                + "risk_assessments r WHERE r.application_id = a.application_id AND r.assessment_type = 'origination' "
                + "AND r.assessment_date >= a.application_date AND r.assessment_date <= coalesce(a.decision_date, DATE '"
                + AS_OF + "'))"), "every application assessed before its decision");
        long active = sql.number("loans_db", "SELECT count(*) FROM loans WHERE loan_status = 'active'");
        long reviewed = sql.number("loans_db", "SELECT count(*) FROM risk_assessments r JOIN loans l USING (loan_id) "
                + "WHERE r.assessment_type = 'periodic_review' AND l.loan_status = 'active'");
        assertShare("active loans reassessed", reviewed, active, 0.40);
        List<String> bands = sql.column("loans_db", "SELECT min(risk_score) || ',' || max(risk_score) FROM "
                + "risk_assessments GROUP BY credit_grade ORDER BY min(risk_score)");
        for (int i = 1; i < bands.size(); i++) {
            assertTrue(Integer.parseInt(bands.get(i - 1).split(",")[1]) < Integer.parseInt(bands.get(i).split(",")[0]),
                    "grades follow the score: " + bands);
        }
        assertTrue(sql.decimal("loans_db", "SELECT corr(risk_score, pd_probability) FROM risk_assessments") < -0.5,
                "PD falls as the score rises");
        assertTrue(sql.decimal("loans_db", "SELECT avg(pd_probability) FROM risk_assessments r JOIN loan_applications a "
                + "USING (application_id) WHERE a.status = 'rejected'") > sql.decimal("loans_db",
                "SELECT avg(pd_probability) FROM risk_assessments r JOIN loan_applications a USING (application_id) "
                + "WHERE a.status = 'approved'"), "PD by outcome");
    }

    @Test
    void lendingReferencesResolveToTheRightPeopleAndAccounts() throws SQLException {
        assertResolves("loan_applications.customer_id", "loans_db", "SELECT customer_id FROM loan_applications",
                "accounts_db", "SELECT customer_id FROM customers");
        assertResolves("loans.linked_account_id of the same customer", "loans_db",
                "SELECT linked_account_id || '/' || customer_id FROM loans",
                "accounts_db", "SELECT account_id || '/' || customer_id FROM accounts");
        assertResolves("officer_id is a loan officer", "loans_db", "SELECT officer_id FROM loan_applications "
                + "UNION SELECT officer_id FROM loans", "employees_db", "SELECT employee_id FROM employees WHERE role = "
                + "'loan_officer'");
        assertResolves("approved_by leads people", "loans_db", "SELECT approved_by FROM loans", "employees_db",
                "SELECT employee_id FROM employees WHERE role IN ('executive', 'manager', 'branch_manager')");
        assertResolves("assessed_by assesses risk", "loans_db", "SELECT assessed_by FROM risk_assessments",
                "employees_db", "SELECT employee_id FROM employees WHERE role IN ('risk_analyst', 'compliance_officer')");
        assertResolves("transactions.loan_id", "accounts_db", "SELECT loan_id FROM transactions",
                "loans_db", "SELECT loan_id FROM loans");
    }

    @Test
    void disbursementsAndRepaymentsAppearOnTheLinkedAccount() throws SQLException {
        Map<String, String> ledgerFrom = new HashMap<>();
        for (String row : sql.column("accounts_db", "SELECT account_id || '=' || ledger_from FROM accounts")) {
            ledgerFrom.put(row.split("=")[0], row.split("=")[1]);
        }
        // disbursements inside the linked account's stored ledger: the others are in its opening balance
        List<String> inWindow = new ArrayList<>();
        for (String row : sql.column("loans_db", "SELECT loan_id || '/' || linked_account_id || '/' || "
                + "disbursement_date || '/' || principal_amount FROM loans WHERE loan_type NOT IN ('mortgage', 'auto')")) {
            String[] f = row.split("/");
            if (f[2].compareTo(ledgerFrom.get(f[1])) >= 0) {
                inWindow.add(row);
            }
        }
        assertTrue(!inWindow.isEmpty());
        java.util.Set<String> credited0 = new java.util.HashSet<>(sql.column("accounts_db", "SELECT loan_id || '/' || "
                + "account_id || '/' || transaction_date::date || '/' || amount FROM transactions WHERE transaction_type "
                + "= 'loan_disbursement'"));
        assertEquals(new java.util.HashSet<>(inWindow), credited0, "each personal, business and education loan paid "
                + "out inside the linked account's ledger is credited there, on its date, for its principal");
        List<String> toSellers = sql.column("loans_db", "SELECT loan_id::text FROM loans WHERE loan_type IN "
                + "('mortgage', 'auto')");
        assertTrue(!toSellers.isEmpty());
        List<String> credited = sql.column("accounts_db", "SELECT DISTINCT loan_id::text FROM transactions WHERE "
                + "transaction_type = 'loan_disbursement'");
        assertTrue(credited.stream().noneMatch(toSellers::contains), "mortgages and auto loans pay the seller");
        Map<String, String> repaid = new HashMap<>();
        for (String row : sql.column("accounts_db", "SELECT loan_id || '=' || sum(amount) FROM transactions "
                + "WHERE transaction_type = 'loan_payment' GROUP BY loan_id")) {
            repaid.put(row.split("=")[0], row.split("=")[1]);
        }
        Map<String, java.math.BigDecimal> paid = new HashMap<>();
        for (String row : sql.column("loans_db", "SELECT r.loan_id || '/' || l.linked_account_id || '/' || "
                + "r.payment_date || '/' || r.amount_paid FROM repayment_schedule r JOIN loans l USING (loan_id) WHERE "
                + "r.payment_status IN ('paid', 'late')")) {
            String[] f = row.split("/");
            if (f[2].compareTo(ledgerFrom.get(f[1])) >= 0) {
                paid.merge(f[0], new java.math.BigDecimal(f[3]), java.math.BigDecimal::add);
            }
        }
        assertTrue(!paid.isEmpty());
        for (Map.Entry<String, java.math.BigDecimal> e : paid.entrySet()) {
            assertEquals(0, e.getValue().compareTo(new java.math.BigDecimal(repaid.get(e.getKey()))),
                    "repayments of loan " + e.getKey() + " inside the ledger");
        }
        assertEquals(paid.size(), repaid.size(), "no repayment without a paid installment inside the ledger");
    }
}
