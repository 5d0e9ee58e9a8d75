package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dhub.schema.testing.TestServer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Same settings, same data: across runs, thread counts and (for a customer's own rows) scales. */
class DeterminismIT {
    /**
     * database, table and primary key of every data table of the six databases, read from the schema
     * (the migrations, through jOOQ's generated classes), so a table a new phase fills is compared too.
     */
    static final List<String[]> TABLES = java.util.Arrays.stream(io.dhub.schema.LogicalDatabase.values())
            .flatMap(db -> db.tables().stream().map(t -> new String[] {db.logicalName(), t.getName(),
                t.getPrimaryKey().getFields().get(0).getName()}))
            .toList();

    private final List<String> prefixes = new ArrayList<>();

    @AfterEach
    void drop() throws SQLException {
        for (String prefix : prefixes) {
            TestServer.get().dropDatabases(prefix);
        }
    }

    private Sql seed(String... args) {
        String prefix = TestServer.newPrefix();
        prefixes.add(prefix);
        List<String> all = new ArrayList<>(List.of("seed", "all", "--as-of", "2026-11-01", "--quiet"));
        all.addAll(List.of(args));
        CliRun run = CliRun.run(TestServer.get().env(prefix), all.toArray(String[]::new));
        assertEquals(0, run.exit(), run::toString);
        return new Sql(prefix);
    }

    static Map<String, String> digests(Sql sql, Map<String, String> where) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] t : TABLES) {
            out.put(t[1], sql.digest(t[0], t[1], t[2], where.get(t[1])));
        }
        return out;
    }

    @Test
    void sameSeedGivesIdenticalTablesWithOneThreadOrSeveral() throws SQLException {
        assertEquals(ExpectedSchema.tableCount(), TABLES.size(), "every table of the specification is compared");
        Map<String, String> one = digests(seed("--scale", "0.5", "--threads", "1"), Map.of());
        Map<String, String> four = digests(seed("--scale", "0.5", "--threads", "4"), Map.of());
        assertEquals(one, four);
        // the comparisons that hold of empty tables are named: the profiles' tables, as no profile is drawn, and
        // the identifiers, the floaters' members and the firms the US market does not keep
        assertEquals(java.util.Set.of("customer_behaviour", "profile_weights", "counterparties", "subscriptions",
                "credit_cards", "credit_card_statements", "customer_identifiers", "branch_routing_codes",
                "insured_members", "business_profiles"), empty(one));
    }

    private static java.util.Set<String> empty(Map<String, String> digests) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        digests.forEach((table, digest) -> {
            if (digest.startsWith("0 rows ")) {
                out.add(table);
            }
        });
        return out;
    }

    @Test
    void profiledRunsAreIdenticalWithOneThreadOrSeveral() throws SQLException {
        String[] args = {"--customers", "300", "--history-months", "12", "--profiles", "stress"};
        Map<String, String> one = digests(seed(concat(args, "--threads", "1")), Map.of());
        Map<String, String> four = digests(seed(concat(args, "--threads", "4")), Map.of());
        assertEquals(one, four);
        // every profile table was filled and compared; the US market keeps no other identifiers, names no
        // floater's members and registers no firm
        assertEquals(java.util.Set.of("customer_identifiers", "branch_routing_codes", "insured_members",
                "business_profiles"), empty(one), "tables compared empty");
    }

    /** India's bank, its identifiers among its tables, is the same whatever the threads. */
    @Test
    void indiasBankIsIdenticalWithOneThreadOrSeveral() throws SQLException {
        String[] args = {"--market", "in", "--customers", "300", "--history-months", "12", "--profiles", "stress"};
        Map<String, String> one = digests(seed(concat(args, "--threads", "1")), Map.of());
        Map<String, String> four = digests(seed(concat(args, "--threads", "4")), Map.of());
        assertEquals(one, four);
        assertEquals(java.util.Set.of(), empty(one), "tables compared empty");
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    @Test
    void anotherSeedGivesOtherData() throws SQLException {
        Map<String, String> a = digests(seed("--scale", "0.1"), Map.of());
        Map<String, String> b = digests(seed("--scale", "0.1", "--seed", "99"), Map.of());
        assertNotEquals(a.get("customers"), b.get("customers"));
        assertNotEquals(a.get("transactions"), b.get("transactions"));
    }

    @Test
    void customerKsOwnRowsAreTheSameAtEveryScale() throws SQLException {
        Map<String, String> mine = Map.of(
                "customer_profiles", "customer_id <= 60", "customers", "customer_id <= 60",
                "accounts", "customer_id <= 60", "transactions", "account_id < 61 * 8");
        // 120 customers and 240: the first block of 120 customers, whose laundering case and look-alikes draw
        // their accounts from that block only, is complete in both
        Sql smallRun = seed("--scale", "0.1");
        Sql largeRun = seed("--scale", "0.2");
        Map<String, String> small = digests(smallRun, mine);
        Map<String, String> large = digests(largeRun, mine);
        for (String table : mine.keySet()) {
            assertEquals(small.get(table), large.get(table), table);
        }
        // the loan book is the customer's own; officers and approvers come from the scale-sized staff
        String book = "SELECT md5(string_agg(concat_ws('|', application_id, customer_id, loan_type, requested_amount, "
                + "requested_term_months, application_date, status, decision_date), ',' ORDER BY application_id)) "
                + "FROM loan_applications WHERE customer_id <= 60";
        assertEquals(smallRun.text("loans_db", book), largeRun.text("loans_db", book));
        String schedule = "SELECT md5(string_agg(concat_ws('|', r.schedule_id, r.due_date, r.principal_amount, "
                + "r.interest_amount, r.payment_status, r.payment_date, r.amount_paid), ',' ORDER BY r.schedule_id)) "
                + "FROM repayment_schedule r JOIN loans l USING (loan_id) WHERE l.customer_id <= 60";
        assertEquals(smallRun.text("loans_db", schedule), largeRun.text("loans_db", schedule));
        // so are the customer's policies, premiums, claims, coverages and beneficiaries; agents and handlers come
        // from the staff
        String mineOnly = "policy_id IN (SELECT policy_id FROM policies WHERE customer_id <= 60)";
        Map<String, String> insurance = new java.util.LinkedHashMap<>();
        insurance.put("policies", "SELECT md5(string_agg(concat_ws('|', policy_id, customer_id, policy_type, status, "
                + "start_date, end_date, premium_amount, premium_frequency, sum_insured, account_id, issued_at, "
                + "status_date, term_months), ',' ORDER BY policy_id)) FROM policies WHERE customer_id <= 60");
        insurance.put("premium_payments", "SELECT md5(string_agg(concat_ws('|', payment_id, due_date, payment_date, "
                + "amount, payment_status, account_id), ',' ORDER BY payment_id)) FROM premium_payments WHERE " + mineOnly);
        insurance.put("claims", "SELECT md5(string_agg(concat_ws('|', claim_id, incident_date, claim_date, "
                + "claim_amount, approved_amount, status, settlement_date, coverage_type, payout_party, "
                + "payout_account_id, rejection_reason), ',' ORDER BY claim_id)) FROM claims WHERE " + mineOnly);
        insurance.put("coverages", "SELECT md5(string_agg(concat_ws('|', coverage_id, coverage_type, coverage_limit, "
                + "deductible), ',' ORDER BY coverage_id)) FROM coverages WHERE " + mineOnly);
        insurance.put("beneficiaries", "SELECT md5(string_agg(concat_ws('|', beneficiary_id, full_name, "
                + "relationship_type, share_percent, date_of_birth), ',' ORDER BY beneficiary_id)) FROM beneficiaries "
                + "WHERE " + mineOnly);
        assertTrue(smallRun.number("insurance_db", "SELECT count(*) FROM policies WHERE customer_id <= 60") > 5,
                "customers 1-60 hold policies");
        for (Map.Entry<String, String> q : insurance.entrySet()) {
            assertEquals(smallRun.text("insurance_db", q.getValue()), largeRun.text("insurance_db", q.getValue()),
                    q.getKey());
        }
        // and their compliance file: documents, reviews, consents, alerts, and the first block's cases with
        // their members and transactions; verifiers, reviewers and agents come from the staff
        Map<String, String> compliance = new java.util.LinkedHashMap<>();
        compliance.put("kyc_records", "SELECT md5(string_agg(concat_ws('|', kyc_id, document_type, document_number, "
                + "verification_status, verification_date, expiry_date, risk_rating, submitted_at, review_id, "
                + "replaced_by), ',' ORDER BY kyc_id)) FROM kyc_records WHERE customer_id <= 60");
        compliance.put("kyc_reviews", "SELECT md5(string_agg(concat_ws('|', review_id, review_type, due_date, "
                + "review_date, status, risk_before, risk_after, outcome), ',' ORDER BY review_id)) FROM kyc_reviews "
                + "WHERE customer_id <= 60");
        compliance.put("consents", "SELECT md5(string_agg(concat_ws('|', consent_id, consent_type, granted, granted_at, "
                + "revoked_at, channel), ',' ORDER BY consent_id)) FROM consents WHERE customer_id <= 60");
        compliance.put("alerts", "SELECT md5(string_agg(concat_ws('|', check_id, transaction_id, rule_code, alert_date, "
                + "amount, result, reviewed_on), ',' ORDER BY check_id)) FROM aml_checks WHERE customer_id <= 60 AND "
                + "rule_code IS NOT NULL");
        compliance.put("laundering_cases", "SELECT md5(string_agg(concat_ws('|', c.case_id, c.typology, c.is_illicit, "
                + "c.start_date, c.end_date, c.amount_in, m.account_id, m.role), ',' ORDER BY c.case_id, m.member_id)) "
                + "FROM laundering_cases c JOIN laundering_case_members m USING (case_id) WHERE c.case_id <= 3");
        compliance.put("laundering_case_transactions", "SELECT md5(string_agg(concat_ws('|', case_id, transaction_id, "
                + "account_id, direction, amount), ',' ORDER BY transaction_id)) FROM laundering_case_transactions WHERE "
                + "case_id <= 3");
        assertTrue(smallRun.number("compliance_db", "SELECT count(*) FROM laundering_cases WHERE case_id <= 3") >= 2,
                "the first block holds its case and look-alikes");
        for (Map.Entry<String, String> q : compliance.entrySet()) {
            assertEquals(smallRun.text("compliance_db", q.getValue()), largeRun.text("compliance_db", q.getValue()),
                    q.getKey());
        }
    }
}
