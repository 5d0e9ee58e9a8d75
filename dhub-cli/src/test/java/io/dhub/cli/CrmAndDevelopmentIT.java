package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Phases 3 (CRM) and 4 (employee development) checked against the specification's rules. */
class CrmAndDevelopmentIT extends SeededAtScaleOne {

    @Test
    void interactionsFollowTheRules() throws SQLException {
        String perCustomer = "SELECT count(*) FROM (SELECT p.customer_id, count(i.*) AS n FROM customer_profiles p "
                + "LEFT JOIN interactions i USING (customer_id) GROUP BY p.customer_id) s WHERE n = ";
        assertShare("customers without interactions", sql.number("customer_db", perCustomer + "0"), 1200, 0.20);
        assertShare("customers with one", sql.number("customer_db", perCustomer + "1"), 1200, 0.25);
        assertEquals(0, sql.number("customer_db", "SELECT count(*) FROM (SELECT customer_id FROM interactions "
                + "GROUP BY customer_id HAVING count(*) > 5) s"), "at most 5 per customer");
        long n = sql.number("customer_db", "SELECT count(*) FROM interactions");
        String[][] channels = {{"phone", "0.30"}, {"email", "0.25"}, {"web", "0.20"}, {"mobile_app", "0.15"},
            {"branch", "0.10"}};
        for (String[] c : channels) {
            assertShare(c[0], sql.number("customer_db", "SELECT count(*) FROM interactions WHERE channel = '" + c[0] + "'"),
                    n, Double.parseDouble(c[1]));
        }
        assertShare("handled by an employee", sql.number("customer_db",
                "SELECT count(*) FROM interactions WHERE handled_by IS NOT NULL"), n, 0.80);
    }

    @Test
    void surveysFollowTheRules() throws SQLException {
        long interactions = sql.number("customer_db", "SELECT count(*) FROM interactions");
        long surveys = sql.number("customer_db", "SELECT count(*) FROM satisfaction_surveys");
        assertShare("surveyed", surveys, interactions, 0.30);
        assertShare("with comments", sql.number("customer_db",
                "SELECT count(*) FROM satisfaction_surveys WHERE comments IS NOT NULL"), surveys, 0.50);
        assertTrue(sql.decimal("customer_db", "SELECT corr(nps_score, satisfaction_rating) FROM satisfaction_surveys")
                > 0.6, "stars follow the NPS");
        assertTrue(sql.decimal("customer_db", "SELECT avg(nps_score) FROM satisfaction_surveys") > 6.5,
                "NPS leans positive");
        assertEquals(0, sql.number("customer_db", "SELECT count(*) FROM satisfaction_surveys s JOIN interactions i "
                + "USING (interaction_id) WHERE s.survey_date < i.interaction_date OR s.customer_id <> i.customer_id"));
    }

    @Test
    void complaintsAndCampaignsFollowTheRules() throws SQLException {
        long complainers = sql.number("customer_db", "SELECT count(DISTINCT customer_id) FROM complaints");
        assertShare("customers who complain", complainers, 1200, 0.08);
        long complaints = sql.number("customer_db", "SELECT count(*) FROM complaints");
        assertShare("service complaints", sql.number("customer_db",
                "SELECT count(*) FROM complaints WHERE complaint_type = 'service'"), complaints, 0.35);
        assertShare("resolved complaints", sql.number("customer_db",
                "SELECT count(*) FROM complaints WHERE status = 'resolved'"), complaints, 0.60);
        long campaigns = sql.number("customer_db", "SELECT count(*) FROM campaigns");
        assertTrue(campaigns >= 10 && campaigns <= 15, "campaigns " + campaigns);
        long email = sql.number("customer_db", "SELECT count(*) FROM campaigns WHERE campaign_type = 'email'");
        assertTrue(Math.abs(email - 0.4 * campaigns) < 1, "email campaigns by quota: " + email + " of " + campaigns);
        assertShare("customers who respond", sql.number("customer_db",
                "SELECT count(DISTINCT customer_id) FROM campaign_responses"), 1200, 0.05);
        assertEquals(0, sql.number("customer_db", "SELECT count(*) FROM (SELECT customer_id FROM campaign_responses "
                + "GROUP BY customer_id HAVING count(*) > 2) s"), "1-2 responses each");
        assertEquals(0, sql.number("customer_db", "SELECT count(*) FROM campaign_responses r JOIN campaigns c "
                + "USING (campaign_id) WHERE r.response_date::date < c.start_date OR r.response_date::date > c.end_date "
                + "OR r.response_date >= DATE '" + AS_OF + "'"), "responses while the campaign ran, before as-of");
    }

    @Test
    void crmReferencesResolveAcrossDatabases() throws SQLException {
        assertResolves("interactions.handled_by", "customer_db", "SELECT handled_by FROM interactions",
                "employees_db", "SELECT employee_id FROM employees");
        assertResolves("complaints.assigned_to", "customer_db", "SELECT assigned_to FROM complaints",
                "employees_db", "SELECT employee_id FROM employees");
        assertResolves("customer_profiles.customer_id", "customer_db", "SELECT customer_id FROM customer_profiles",
                "accounts_db", "SELECT customer_id FROM customers");
        java.util.Map<String, String[]> tenure = new java.util.HashMap<>();
        for (String row : sql.column("employees_db", "SELECT employee_id || ',' || hire_date || ',' || "
                + "coalesce(termination_date::text, '9999-12-31') FROM employees")) {
            String[] parts = row.split(",");
            tenure.put(parts[0], parts);
        }
        for (String row : sql.column("customer_db", "SELECT handled_by || ',' || interaction_date::date "
                + "FROM interactions WHERE handled_by IS NOT NULL")) {
            String[] parts = row.split(",");
            String[] t = tenure.get(parts[0]);
            assertTrue(t[1].compareTo(parts[1]) <= 0 && parts[1].compareTo(t[2]) < 0,
                    "employee " + parts[0] + " handled an interaction on " + parts[1] + " outside " + t[1] + ".." + t[2]);
        }
    }

    @Test
    void trainingFollowsTheRules() throws SQLException {
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM (SELECT employee_id FROM employee_training "
                + "GROUP BY employee_id HAVING count(*) NOT BETWEEN 2 AND 4) s"), "2-4 programmes each");
        long n = sql.number("employees_db", "SELECT count(*) FROM employee_training");
        assertShare("completed", sql.number("employees_db",
                "SELECT count(*) FROM employee_training WHERE status = 'completed'"), n, 0.80);
        assertShare("in progress", sql.number("employees_db",
                "SELECT count(*) FROM employee_training WHERE status = 'in_progress'"), n, 0.15);
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM employee_training WHERE status = 'completed' "
                + "AND score NOT BETWEEN 65 AND 100"));
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM employee_training t JOIN employees e "
                + "USING (employee_id) WHERE t.enrollment_date < DATE '" + AS_OF + "' - interval '2 years' "
                + "OR t.enrollment_date < e.hire_date OR t.enrollment_date > DATE '" + AS_OF + "' "
                + "OR t.completion_date > DATE '" + AS_OF + "'"), "enrolled in the last two years, while employed");
    }

    @Test
    void reviewsFollowTheRules() throws SQLException {
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM performance_reviews r JOIN employees e "
                + "USING (employee_id) WHERE e.employment_status <> 'active'"), "only active employees");
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM (SELECT employee_id FROM performance_reviews "
                + "GROUP BY employee_id HAVING count(*) > 3) s"), "at most 3 each");
        long n = sql.number("employees_db", "SELECT count(*) FROM performance_reviews");
        double[] shares = {0.02, 0.08, 0.35, 0.40, 0.15};
        for (int rating = 1; rating <= 5; rating++) {
            assertShare("rating " + rating, sql.number("employees_db",
                    "SELECT count(*) FROM performance_reviews WHERE rating = " + rating), n, shares[rating - 1]);
        }
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM performance_reviews WHERE reviewer_id = "
                + "employee_id OR goals_met NOT BETWEEN 60 AND 100 OR review_date > DATE '" + AS_OF + "'"));
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM performance_reviews r JOIN employees m "
                + "ON m.employee_id = r.reviewer_id WHERE m.hire_date > r.review_date"), "reviewers employed");
    }

    @Test
    void assignmentsFollowTheRules() throws SQLException {
        assertShare("customers in a portfolio", sql.number("employees_db",
                "SELECT count(DISTINCT customer_id) FROM employee_assignments"), 1200, 0.60);
        long branch = sql.number("employees_db",
                "SELECT count(*) FROM employee_assignments WHERE assignment_type = 'branch_coverage'");
        assertTrue(branch >= 10 && branch <= 20, "branch coverage " + branch);
        long n = sql.number("employees_db", "SELECT count(*) FROM employee_assignments");
        assertShare("ongoing", sql.number("employees_db",
                "SELECT count(*) FROM employee_assignments WHERE status = 'ongoing'"), n, 0.85);
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM employee_assignments a JOIN employees e "
                + "USING (employee_id) WHERE a.start_date < e.hire_date OR e.employment_status = 'terminated' "
                + "OR e.role NOT IN ('customer_service_rep', 'loan_officer', 'insurance_agent', 'financial_advisor', "
                + "'branch_manager', 'teller')"), "hired before assigned, by the right roles");
        assertResolves("employee_assignments.customer_id", "employees_db",
                "SELECT customer_id FROM employee_assignments", "accounts_db", "SELECT customer_id FROM customers");
    }
}
