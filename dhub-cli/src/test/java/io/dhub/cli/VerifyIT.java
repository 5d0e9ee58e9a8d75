package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.testing.TestServer;
import io.dhub.verify.CheckResult;
import io.dhub.verify.Verdict;
import io.dhub.verify.Verifier;
import io.dhub.verify.VerifyReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dhub seed verify} against a clean seed (everything passes) and against planted faults:
 * each fault is written inside a transaction that the verifier reads through (so it sees the
 * fault) and that is rolled back afterwards, and exactly the check built to catch it must fail.
 */
class VerifyIT extends SeededAtScaleOne {
    private Databases databases;
    /** Copies of the seeded bank, one per worker: the planted faults run side by side, each in a copy. */
    private BankCopies copies;

    @BeforeAll
    void open() throws SQLException {
        copies = new BankCopies(prefix);
        databases = Databases.open(TestServer.get().spec(), prefix, 4);
    }

    @AfterAll
    void close() {
        copies.close();
        databases.close();
    }

    @Test
    void aCleanSeedPassesEveryCheck() {
        CliRun run = CliRun.run(TestServer.get().env(prefix), "seed", "verify");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains(" 0 failed") && run.out().contains("as of " + AS_OF + " (from run #1)"),
                run::toString);
        assertTrue(run.out().contains("money.ltv") && run.out().contains("dist.loan_status"), run::toString);
    }

    @Test
    void explainShowsFormulasAndTheCountsBehindEachShare() {
        CliRun run = CliRun.run(TestServer.get().env(prefix), "seed", "verify", "--explain");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("formula: LTV = principal / appraised value"), run::toString);
        assertTrue(run.out().matches("(?s).*counts: n = 1,200 customers: business \\d+, premium \\d+, "
                + "private_banking \\d+, retail \\d+.*"), run::toString);
    }

    @Test
    void jsonGivesEveryCheckWithItsVerdict() {
        CliRun run = CliRun.run(TestServer.get().env(prefix), "seed", "verify", "--json");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("{\"as_of\":\"" + AS_OF + "\",\"as_of_source\":\"run #1\",\"passed\":true"),
                run::toString);
        for (String id : Verifier.checkIds()) {
            assertTrue(run.out().contains("\"check\":\"" + id + "\""), id);
        }
    }

    @Test
    void theWorstOffenderIsExplainedWithItsInputsAndTheExitCodeIsOne() throws SQLException, InterruptedException {
        BankCopies.Copy copy = copies.take();
        Sql inCopy = new Sql(copy.prefix());
        long loan = inCopy.number("loans_db", "SELECT min(loan_id) FROM collateral");
        inCopy.execute("loans_db", "UPDATE collateral SET ltv_ratio = CASE WHEN ltv_ratio > 0.8 THEN 0.7 ELSE 0.9 END "
                + "WHERE loan_id = " + loan);
        try {
            CliRun run = CliRun.run(TestServer.get().env(copy.prefix()), "seed", "verify", "--explain");
            assertEquals(1, run.exit(), run::toString);
            String principal = inCopy.text("loans_db", "SELECT principal_amount FROM loans WHERE loan_id = " + loan);
            String value = inCopy.text("loans_db", "SELECT appraised_value FROM collateral WHERE loan_id = " + loan);
            assertTrue(run.out().contains("worst: LTV = principal / appraised value = " + principal + " / " + value
                    + " = "), run::toString);
            assertTrue(run.out().contains("for loan " + loan + ", recorded "), run::toString);
            assertTrue(run.out().contains("1 failed"), run::toString);
        } finally {
            inCopy.execute("loans_db", "UPDATE collateral c SET ltv_ratio = round(l.principal_amount / c.appraised_value, 4) "
                    + "FROM loans l WHERE l.loan_id = c.loan_id AND c.loan_id = " + loan);
            copies.release(copy);
        }
    }

    @Test
    void aBadAsOfDateIsAUsageError() {
        CliRun run = CliRun.run(TestServer.get().env(prefix), "seed", "verify", "--as-of", "2026-13-01");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("--as-of '2026-13-01' is not a date: use YYYY-MM-DD"), run::toString);
    }

    @Test
    void aBankOfAMarketVerifyHasNoRulesForIsRefusedInOneLine() throws SQLException, InterruptedException {
        BankCopies.Copy copy = copies.take();
        try (Connection conn = TestServer.get().connect(copy.prefix() + "employees_db");
             Statement st = conn.createStatement()) {
            st.execute("UPDATE dhub_runs SET settings = jsonb_set(settings, '{market}', '\"zz\"')");
            try {
                CliRun run = CliRun.run(TestServer.get().env(copy.prefix()), "seed", "verify");
                assertEquals(1, run.exit(), run::toString);
                assertTrue(run.err().contains("this bank was seeded in market 'zz', and seed verify knows the rules "
                        + "of us, in only"), run::toString);
                assertTrue(!run.out().contains("passed"), run::toString);
            } finally {
                st.execute("UPDATE dhub_runs SET settings = jsonb_set(settings, '{market}', '\"us\"')");
            }
        } finally {
            copies.release(copy);
        }
    }

    @Test
    void everyCheckHasAPlantedFault() throws SQLException {
        Set<String> planted = faults().map(f -> f.check).collect(Collectors.toCollection(TreeSet::new));
        // the behaviour profiles' checks, and the references of the tables only profiles fill, need a seed with
        // profiles: ProfilesIT plants theirs
        // India's rails only an Indian bank can break: IndiaIT plants theirs
        assertEquals(Verifier.checkIds().stream().filter(id -> !ProfilesIT.planted(id) && !IndiaIT.planted(id))
                .collect(Collectors.toCollection(TreeSet::new)), planted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @Execution(ExecutionMode.CONCURRENT)
    void aPlantedFaultFailsItsCheckAndNoOther(Fault fault) throws SQLException, InterruptedException {
        Map<LogicalDatabase, Connection> planted = new EnumMap<>(LogicalDatabase.class);
        BankCopies.Copy copy = copies.take();
        try {
            for (Map.Entry<LogicalDatabase, List<String>> entry : fault.statements.entrySet()) {
                Connection conn = TestServer.get().connect(copy.prefix() + entry.getKey().logicalName());
                planted.put(entry.getKey(), conn);
                conn.setAutoCommit(false);
                try (Statement st = conn.createStatement()) {
                    st.execute("SET LOCAL session_replication_role = replica");
                    st.execute("SET LOCAL TimeZone = 'UTC'");
                    for (String statement : entry.getValue()) {
                        st.execute(statement);
                    }
                }
            }
            // the checks that read a changed database: the others' results cannot change
            Set<String> reading = Verifier.reading(fault.statements.keySet());
            VerifyReport report = new Verifier(copy.databases()).verify(LocalDate.parse(AS_OF), planted, 2,
                    reading::contains);
            Set<String> failed = report.checks().stream().filter(c -> c.verdict() == Verdict.FAIL)
                    .map(CheckResult::id).collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = new TreeSet<>(fault.derived);
            expected.add(fault.check);
            assertEquals(expected, failed, () -> report.checks().stream().filter(c -> c.verdict() == Verdict.FAIL)
                    .map(c -> c.id() + ": " + c.lines() + " " + c.offender()).collect(Collectors.joining("\n")));
        } finally {
            for (Connection conn : planted.values()) {
                conn.rollback();
                conn.close();
            }
            copies.release(copy);
        }
    }

    /** Rows a fault moves in time, as "id:days, …": their ids, and (id, days) for a VALUES list. */
    record Moved(String text) {
        String ids() {
            return text.isEmpty() ? "0" : text.replaceAll(":-?[0-9]+", "");
        }

        String shifts() {
            return text.isEmpty() ? "(0, 0)" : Stream.of(text.split(", ")).map(p -> "(" + p.replace(":", ", ") + ")")
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * One planted fault: SQL per database, the check that must catch it, and the checks of records
     * derived from the data it changes (the audit trail, the consents), which must catch it too.
     */
    static final class Fault {
        final String check;
        final Set<String> derived = new TreeSet<>();
        final Map<LogicalDatabase, List<String>> statements = new EnumMap<>(LogicalDatabase.class);

        Fault(String check) {
            this.check = check;
        }

        Fault in(LogicalDatabase db, String... sql) {
            statements.computeIfAbsent(db, k -> new ArrayList<>()).addAll(List.of(sql));
            return this;
        }

        @Override
        public String toString() {
            return check;
        }
    }

    private static Fault fault(String check) {
        return new Fault(check);
    }

    private static final LogicalDatabase EMP = LogicalDatabase.EMPLOYEES;
    private static final LogicalDatabase CUS = LogicalDatabase.CUSTOMER;
    private static final LogicalDatabase ACC = LogicalDatabase.ACCOUNTS;
    private static final LogicalDatabase LNS = LogicalDatabase.LOANS;
    private static final LogicalDatabase INS = LogicalDatabase.INSURANCE;
    private static final LogicalDatabase CMP = LogicalDatabase.COMPLIANCE;
    private static final String ASOF = "DATE '" + AS_OF + "'";

    Stream<Fault> faults() throws SQLException {
        List<Fault> f = new ArrayList<>();
        f.addAll(integrityFaults());
        f.addAll(structureAndTimeFaults());
        f.addAll(moneyFaults());
        f.addAll(distributionFaults());
        f.addAll(realismFaults());
        f.addAll(insuranceFaults());
        f.addAll(complianceFaults());
        for (Fault fault : f) {
            fault.derived.addAll(DERIVED.getOrDefault(fault.check, List.of()));
        }
        return f.stream();
    }

    /**
     * Faults in the facts that phase 7 records about (decisions, handled interactions, campaign
     * responses, applications, staff places, ledgers and incomes) leave the audit trail, the consents
     * or the alerts telling another story: the compliance check of that record must fail as well, and
     * no other.
     */
    private static final Map<String, List<String>> DERIVED = Map.ofEntries(
            Map.entry("references.interactions", List.of("compliance.audit_facts")),
            // an account's rate out of the schema's range, or a savings account's set to nothing: out of the
            // market's range for its type as well
            Map.entry("ranges.accounts_db", List.of("realism.deposit_rates")),
            Map.entry("realism.interest_bearing", List.of("realism.deposit_rates")),
            // a loan's rate changed: its schedule, worked out at the old rate, no longer agrees with it
            Map.entry("realism.loan_rates", List.of("money.interest", "money.level_payment")),
            Map.entry("references.customer_profiles", List.of("compliance.audit_entities")),
            Map.entry("loans.from_approved", List.of("compliance.audit_facts")),
            Map.entry("time.campaign_responses", List.of("compliance.consents")),
            Map.entry("time.staff_employed.customer_db", List.of("compliance.audit_facts")),
            Map.entry("time.applications", List.of("compliance.audit_facts")),
            Map.entry("dist.interactions_per_customer", List.of("compliance.audit_facts")),
            Map.entry("dist.handled_by_staff", List.of("compliance.audit_facts")),
            Map.entry("dist.responders", List.of("compliance.consents")),
            Map.entry("dist.responses_per_responder", List.of("compliance.consents")),
            // 120 of the 200 applications not approved gone: the status mix moves with the applicants
            Map.entry("dist.applicants", List.of("compliance.audit_entities", "compliance.audit_facts",
                    "compliance.credit_check_consent", "dist.application_status")),
            // escalated alerts make reports: months with an escalation of $5,000 or more lack theirs
            Map.entry("compliance.benign_false_positives", List.of("compliance.reports")),
            // a paid installment of the ledger's window whose amount differs from its debit that day
            Map.entry("money.repayments", List.of("money.repayment_dates")),
            // accounts' types shuffled: business checking lands with other segments
            Map.entry("dist.account_types", List.of("realism.business_accounts")),
            // borrowers 40 years older: their parents' guarantees no longer fit
            Map.entry("realism.maturity_age", List.of("realism.guarantor_ties")),
            // auto policies sold with a mortgage become home policies without a dwelling cover
            // home policies that become auto policies carry a home's covers, auto policies a home's
            Map.entry("insurance.cross_sell", List.of("insurance.dwelling_cover", "insurance.motor_covers")),
            // a travel policy turned health insurance keeps its trip cover
            Map.entry("insurance.policy_types", List.of("insurance.health_cover")),
            // the borrowers who hold business checking accounts are no longer business customers
            Map.entry("realism.business_borrowers", List.of("realism.business_accounts")),
            // the monitoring rules, which pass over transfers between a customer's own accounts, raise alerts on
            // money sent to other banks instead that were never stored (the cap on spending holds: each draw is at
            // most 30% of the savings balance before it)
            Map.entry("realism.savings_to_main", List.of("compliance.monitoring_exact")),
            // the look-alikes' shapes are not laundering shapes
            Map.entry("compliance.laundering_density", List.of("compliance.case_shapes")),
            // the comments follow the ratings they were written for
            Map.entry("dist.review_ratings", List.of("realism.review_comments")),
            Map.entry("dist.repeat_applicants", List.of("compliance.credit_check_consent")),
            Map.entry("realism.home_branch_service", List.of("compliance.audit_origins")),
            // holders 12 years older: a parent named on a policy can be less than 15 years older than the holder
            Map.entry("realism.age_bands", List.of("insurance.beneficiary_ages")),
            // the account's holder gone: its transfers with the holder's other accounts, dated before its ledger
            // begins, are no longer between one holder's accounts, which the opening balance carries
            Map.entry("references.accounts", List.of("realism.transfers_paired")),
            Map.entry("realism.contact_hours", List.of("compliance.audit_facts")),
            Map.entry("realism.response_channel", List.of("compliance.consents")),
            Map.entry("realism.responders_opted_in", List.of("compliance.consents")),
            Map.entry("insurance.claim_frequency", List.of("compliance.audit_facts")),
            Map.entry("insurance.staff", List.of("compliance.audit_facts")),
            // the planted policies have no covers yet: the auto and health ones lack the market's
            Map.entry("insurance.policy_holders", List.of("compliance.audit_facts", "insurance.motor_covers",
                    "insurance.health_cover")),
            // the alerts are what the rules yield on the ledgers and incomes these change
            Map.entry("money.salary_range", List.of("compliance.monitoring_exact")),
            // and deleting accounts leaves the alerts on them and their transactions pointing nowhere
            Map.entry("dist.account_holders", List.of("compliance.monitoring_exact", "references.aml_checks",
                    "references.aml_checks.transaction_id")),
            Map.entry("dist.several_accounts", List.of("compliance.monitoring_exact", "references.aml_checks",
                    "references.aml_checks.transaction_id")),
            // a login by a customer who does not exist names an actor that does not either
            Map.entry("compliance.audit_entities", List.of("references.audit_trail")),
            // an employee who does not exist is no agent or handler, and did not do what their audit row says
            Map.entry("references.policies", List.of("insurance.staff", "compliance.audit_facts")),
            Map.entry("references.claims", List.of("insurance.staff", "compliance.audit_facts")),
            Map.entry("references.audit_trail", List.of("compliance.audit_facts")),
            // a report for no customer is one the cash does not call for
            Map.entry("references.ctr_filings", List.of("compliance.ctr_exact")),
            // a case leg away from its case, or on a transaction the ledger lacks, leaves both out of step
            Map.entry("references.laundering_case_transactions", List.of("compliance.case_legs",
                    "compliance.case_shapes")),
            Map.entry("references.laundering_case_transactions.transaction_id", List.of("compliance.case_legs",
                    "compliance.case_shapes")),
            // an alert moved to a transaction that does not exist leaves the rules' hit without its alert
            Map.entry("references.aml_checks.transaction_id", List.of("compliance.monitoring_exact")),
            // a report about no customer names nobody, and answers no alert of its customer
            Map.entry("references.suspicious_activity_reports", List.of("compliance.narratives", "compliance.reports")),
            Map.entry("realism.income_rises_with_age", List.of("compliance.monitoring_exact")));

    private List<Fault> integrityFaults() throws SQLException {
        String customerPhone = sql.text("accounts_db", "SELECT phone FROM customers ORDER BY customer_id LIMIT 1");
        return List.of(
                fault("references.employees").in(EMP, "UPDATE employees SET department_id = 999999 WHERE employee_id = "
                        + "(SELECT max(employee_id) FROM employees)"),
                fault("references.employee_training").in(EMP, "UPDATE employee_training SET program_id = 999999 WHERE "
                        + "training_id = (SELECT min(training_id) FROM employee_training)"),
                fault("references.performance_reviews").in(EMP, "UPDATE performance_reviews SET reviewer_id = 999999 "
                        + "WHERE review_id = (SELECT min(review_id) FROM performance_reviews)"),
                fault("references.employee_assignments").in(EMP, "UPDATE employee_assignments SET customer_id = 99999999 "
                        + "WHERE assignment_id = (SELECT min(assignment_id) FROM employee_assignments WHERE "
                        + "assignment_type = 'customer_portfolio')"),
                fault("references.interactions").in(CUS, "UPDATE interactions SET handled_by = 999999 WHERE "
                        + "interaction_id = (SELECT min(interaction_id) FROM interactions WHERE handled_by IS NOT NULL)"),
                fault("references.satisfaction_surveys").in(CUS, "UPDATE satisfaction_surveys SET interaction_id = "
                        + "999999999 WHERE survey_id = (SELECT min(survey_id) FROM satisfaction_surveys)"),
                fault("references.complaints").in(CUS, "UPDATE complaints SET assigned_to = 999999 WHERE complaint_id = "
                        + "(SELECT min(complaint_id) FROM complaints WHERE assigned_to IS NOT NULL)"),
                fault("references.campaign_responses").in(CUS, "UPDATE campaign_responses SET campaign_id = 999999 "
                        + "WHERE response_id = (SELECT min(response_id) FROM campaign_responses)"),
                fault("references.accounts").in(ACC, "UPDATE accounts SET customer_id = 99999999 WHERE account_id = "
                        + "(SELECT min(account_id) FROM accounts a WHERE a.account_id NOT IN (" + policyAccounts()
                        + ") AND a.account_id NOT IN (" + sql.text("loans_db", "SELECT coalesce(string_agg(DISTINCT "
                        + "linked_account_id::text, ', '), '0') FROM loans") + ") AND NOT EXISTS (SELECT 1 FROM account_relationships "
                        + "r WHERE r.account_id = a.account_id OR r.linked_account_id = a.account_id) AND NOT EXISTS "
                        + "(SELECT 1 FROM transactions t WHERE t.account_id = a.account_id AND t.loan_id IS NOT NULL))"),
                fault("references.account_relationships").in(ACC, "UPDATE account_relationships SET customer_id = "
                        + "99999999 WHERE relationship_id = (SELECT min(relationship_id) FROM account_relationships "
                        + "WHERE relationship_type = 'joint_owner')"),
                fault("references.transactions").in(ACC, "UPDATE transactions SET loan_id = 99999999 WHERE "
                        + "transaction_id = (SELECT min(transaction_id) FROM transactions t WHERE direction = 'credit' "
                        + "AND loan_id IS NULL AND (SELECT count(*) FROM transactions x WHERE x.account_id = t.account_id "
                        + "AND x.loan_id IS NULL) > 10)"),
                fault("references.loan_applications").in(LNS, "UPDATE loan_applications SET officer_id = 999999 WHERE "
                        + "application_id = (SELECT min(application_id) FROM loan_applications)"),
                fault("references.loans").in(LNS, "UPDATE loans SET officer_id = 999999 WHERE loan_id = "
                        + "(SELECT min(loan_id) FROM loans)"),
                fault("references.collateral").in(LNS, "UPDATE collateral SET loan_id = 999999999 WHERE collateral_id = "
                        + "(SELECT min(collateral_id) FROM collateral)"),
                fault("references.repayment_schedule").in(LNS, "INSERT INTO repayment_schedule SELECT 999999999, "
                        + "999999999, installment_number, due_date, principal_amount, interest_amount, total_amount, "
                        + "remaining_balance, payment_status, payment_date, amount_paid FROM repayment_schedule WHERE "
                        + "schedule_id = (SELECT min(schedule_id) FROM repayment_schedule)"),
                fault("references.loan_guarantors").in(LNS, "UPDATE loan_guarantors SET loan_id = 999999999 WHERE "
                        + "guarantor_id = (SELECT min(guarantor_id) FROM loan_guarantors)"),
                fault("references.risk_assessments").in(LNS, "UPDATE risk_assessments SET assessed_by = 999999 WHERE "
                        + "assessment_id = (SELECT min(assessment_id) FROM risk_assessments)"),
                fault("references.customer_profiles").in(CUS, "DELETE FROM customer_profiles WHERE customer_id = (SELECT "
                        + "min(customer_id) FROM customer_profiles p WHERE NOT EXISTS (SELECT 1 FROM interactions i "
                        + "WHERE i.customer_id = p.customer_id) AND NOT EXISTS (SELECT 1 FROM complaints c WHERE "
                        + "c.customer_id = p.customer_id) AND NOT EXISTS (SELECT 1 FROM campaign_responses r WHERE "
                        + "r.customer_id = p.customer_id) AND NOT EXISTS (SELECT 1 FROM satisfaction_surveys s WHERE "
                        + "s.customer_id = p.customer_id))"),
                fault("unique.contacts").in(EMP, "UPDATE employees SET phone = '" + customerPhone + "' WHERE employee_id "
                        + "= (SELECT max(employee_id) FROM employees)"),
                fault("unique.employees_db").in(EMP, "ALTER TABLE employees DROP CONSTRAINT employees_email_key",
                        "UPDATE employees SET email = (SELECT email FROM employees WHERE employee_id = 1) WHERE "
                                + "employee_id = 2"),
                fault("unique.customer_db").in(CUS, "ALTER TABLE campaigns DROP CONSTRAINT campaigns_campaign_name_key",
                        "UPDATE campaigns SET campaign_name = (SELECT campaign_name FROM campaigns ORDER BY campaign_id "
                                + "LIMIT 1) WHERE campaign_id = (SELECT max(campaign_id) FROM campaigns)"),
                fault("unique.accounts_db").in(ACC, "ALTER TABLE transactions DROP CONSTRAINT "
                                + "transactions_reference_number_key",
                        "UPDATE transactions SET reference_number = (SELECT reference_number FROM transactions ORDER BY "
                                + "transaction_id LIMIT 1) WHERE transaction_id = (SELECT max(transaction_id) FROM "
                                + "transactions)"),
                fault("unique.loans_db").in(LNS, "ALTER TABLE loans DROP CONSTRAINT loans_loan_number_key",
                        "UPDATE loans SET loan_number = (SELECT loan_number FROM loans ORDER BY loan_id LIMIT 1) WHERE "
                                + "loan_id = (SELECT max(loan_id) FROM loans)"),
                // two policies share a number
                fault("unique.insurance_db").in(LogicalDatabase.INSURANCE, "ALTER TABLE policies DROP CONSTRAINT "
                        + "policies_policy_number_key", "UPDATE policies SET policy_number = (SELECT min(policy_number) "
                        + "FROM policies) WHERE policy_id = (SELECT max(policy_id) FROM policies)"),
                // a borrower's credit-check consent recorded three times
                fault("unique.compliance_db").in(LogicalDatabase.COMPLIANCE, "ALTER TABLE consents DROP CONSTRAINT "
                        + "consents_once", "INSERT INTO consents (consent_id, customer_id, consent_type, granted, "
                        + "granted_at, revoked_at, channel) SELECT g, customer_id, consent_type, granted, granted_at, "
                        + "revoked_at, channel FROM consents, generate_series(1, 2) g WHERE consent_id = (SELECT "
                        + "min(consent_id) FROM consents WHERE consent_type = 'credit_check')"),
                fault("ranges.employees_db").in(EMP, "ALTER TABLE performance_reviews DROP CONSTRAINT "
                        + "performance_reviews_goals_met_check", "UPDATE performance_reviews SET goals_met = 55 WHERE "
                        + "review_id = (SELECT min(review_id) FROM performance_reviews)"),
                fault("ranges.customer_db").in(CUS, "ALTER TABLE interactions DROP CONSTRAINT "
                        + "interactions_duration_minutes_check", "UPDATE interactions SET duration_minutes = 700 WHERE "
                        + "interaction_id = (SELECT min(interaction_id) FROM interactions)"),
                fault("ranges.accounts_db").in(ACC, "ALTER TABLE accounts DROP CONSTRAINT accounts_interest_rate_check",
                        "UPDATE accounts SET interest_rate = 11 WHERE account_id = (SELECT min(account_id) FROM accounts)"),
                fault("ranges.loans_db").in(LNS, "ALTER TABLE loan_applications DROP CONSTRAINT "
                        + "loan_applications_requested_term_months_check", "UPDATE loan_applications SET "
                        + "requested_term_months = 400 WHERE application_id = (SELECT min(application_id) FROM "
                        + "loan_applications)"),
                fault("ranges.insurance_db").in(LogicalDatabase.INSURANCE, "ALTER TABLE coverages DROP CONSTRAINT "
                        + "coverages_deductible_within_limit", "INSERT INTO coverages (coverage_id, policy_id, "
                        + "coverage_type, coverage_limit, deductible) SELECT 1, min(policy_id), 'fire', 1000, 5000 FROM policies"),
                fault("ranges.compliance_db").in(LogicalDatabase.COMPLIANCE, "ALTER TABLE aml_checks DROP CONSTRAINT "
                        + "aml_checks_risk_score_check", "INSERT INTO aml_checks (check_id, customer_id, check_type, "
                        + "checked_at, result, risk_score) VALUES (1, 1, 'pep_screening', TIMESTAMPTZ "
                        + "'2025-01-01 10:00Z', 'clear', 150)"));
    }

    private List<Fault> structureAndTimeFaults() throws SQLException {
        String leaders = "('executive', 'manager', 'branch_manager')";
        // a loan officer who left, and an application made after they left (else one made before they joined)
        String officer = sql.text("employees_db", "SELECT employee_id || ',' || coalesce(termination_date, hire_date) "
                + "|| ',' || (termination_date IS NOT NULL) FROM employees WHERE role = 'loan_officer' ORDER BY "
                + "termination_date IS NULL, hire_date DESC LIMIT 1");
        String[] o = officer.split(",");
        String when = Boolean.parseBoolean(o[2]) ? "application_date >= DATE '" + o[1] + "'"
                : "application_date < DATE '" + o[1] + "'";
        String customer = sql.text("accounts_db", "SELECT customer_id FROM customers ORDER BY customer_id LIMIT 1");
        return List.of(
                fault("hierarchy.tree").in(EMP, "WITH pair AS (SELECT e.employee_id AS m, e.manager_id AS n FROM "
                        + "employees e JOIN employees n ON n.employee_id = e.manager_id WHERE e.role IN " + leaders
                        + " AND n.role IN " + leaders + " AND n.manager_id IS NOT NULL ORDER BY e.employee_id LIMIT 1) "
                        + "UPDATE employees SET manager_id = pair.m FROM pair WHERE employee_id = pair.n"),
                fault("hierarchy.leaders").in(EMP, "UPDATE employees SET manager_id = (SELECT min(employee_id) FROM "
                        + "employees WHERE role = 'teller') WHERE employee_id = (SELECT max(employee_id) FROM employees e "
                        + "WHERE role <> 'teller' AND NOT EXISTS (SELECT 1 FROM employees s WHERE s.manager_id = "
                        + "e.employee_id))"),
                fault("roles.employees_db").in(EMP, "WITH a AS (SELECT assignment_id, start_date FROM employee_assignments "
                        + "WHERE assignment_type = 'customer_portfolio' ORDER BY assignment_id LIMIT 1) UPDATE "
                        + "employee_assignments x SET employee_id = (SELECT min(employee_id) FROM employees WHERE role = "
                        + "'analyst' AND employment_status = 'active' AND hire_date <= a.start_date) FROM a WHERE "
                        + "x.assignment_id = a.assignment_id"),
                fault("roles.loans_db").in(LNS, "UPDATE loans SET approved_by = officer_id WHERE loan_id = "
                        + "(SELECT min(loan_id) FROM loans)"),
                fault("relationships.parties").in(ACC, "UPDATE account_relationships r SET customer_id = a.customer_id "
                        + "FROM accounts a WHERE a.account_id = r.account_id AND r.relationship_id = (SELECT "
                        + "min(relationship_id) FROM account_relationships WHERE relationship_type = 'joint_owner')"),
                fault("loans.owner").in(LNS, "UPDATE loans SET customer_id = customer_id + 1 WHERE loan_id = "
                        + "(SELECT min(loan_id) FROM loans)"),
                fault("loans.from_approved").in(LNS, "UPDATE loan_applications SET status = 'pending', decision_date = "
                        + "NULL, approved_by = NULL WHERE application_id = (SELECT min(application_id) FROM loans)"),
                fault("time.no_future.employees_db").in(EMP, "UPDATE departments SET created_at = " + ASOF + " + 10 "
                        + "WHERE department_id = (SELECT min(department_id) FROM departments)"),
                fault("time.no_future.customer_db").in(CUS, "UPDATE complaints SET resolved_at = " + ASOF + " + 5 WHERE "
                        + "complaint_id = (SELECT min(complaint_id) FROM complaints WHERE resolved_at IS NOT NULL)"),
                fault("time.no_future.accounts_db").in(ACC, "UPDATE transactions SET transaction_date = " + ASOF
                        + " + 2 WHERE transaction_id = (SELECT min(t.transaction_id) FROM transactions t WHERE "
                        + "t.loan_id IS NULL AND t.policy_id IS NULL AND t.claim_id IS NULL AND t.transaction_id = "
                        + "(SELECT max(x.transaction_id) FROM transactions x "
                        + "WHERE x.account_id = t.account_id))"),
                fault("time.no_future.loans_db").in(LNS, "UPDATE collateral SET appraisal_date = " + ASOF + " + 30 "
                        + "WHERE collateral_id = (SELECT min(collateral_id) FROM collateral)"),
                fault("time.customer_before_account").in(ACC, "UPDATE accounts a SET opened_date = c.customer_since - 1 "
                        + "FROM customers c WHERE c.customer_id = a.customer_id AND a.account_id = (SELECT "
                        + "min(account_id) FROM accounts)"),
                fault("time.account_before_transactions").in(ACC, "UPDATE accounts a SET created_at = (SELECT "
                        + "max(transaction_date) FROM transactions t WHERE t.account_id = a.account_id) WHERE account_id "
                        + "= (SELECT min(account_id) FROM accounts)"),
                fault("time.adult_customers")
                        .in(ACC, "UPDATE customers SET date_of_birth = customer_since - interval '10 years' WHERE "
                                + "customer_id = " + customer)
                        .in(CUS, "UPDATE customer_profiles SET date_of_birth = created_at::date - interval '10 years' "
                                + "WHERE customer_id = " + customer),
                fault("time.pending_recent").in(ACC, "UPDATE transactions SET status = 'pending' WHERE transaction_id = "
                        + "(SELECT min(transaction_id) FROM transactions)"),
                // answered a minute into a contact that lasted at least ten
                fault("time.surveys").in(CUS, "UPDATE satisfaction_surveys s SET survey_date = i.interaction_date + "
                        + "interval '1 minute' FROM interactions i WHERE i.interaction_id = s.interaction_id AND "
                        + "s.survey_id = (SELECT min(x.survey_id) FROM satisfaction_surveys x JOIN interactions y USING "
                        + "(interaction_id) WHERE y.duration_minutes >= 10)"),
                fault("time.campaign_responses").in(CUS, "UPDATE campaign_responses r SET response_date = c.start_date "
                        + "- 5 FROM campaigns c WHERE c.campaign_id = r.campaign_id AND r.response_id = (SELECT "
                        + "min(response_id) FROM campaign_responses)"),
                fault("time.staff_employed.customer_db").in(CUS, "UPDATE interactions SET interaction_date = "
                        + "TIMESTAMPTZ '1990-01-01 12:00Z' WHERE interaction_id = (SELECT min(interaction_id) FROM "
                        + "interactions WHERE handled_by IS NOT NULL)"),
                fault("time.staff_employed.employees_db").in(EMP, "UPDATE employee_assignments a SET start_date = "
                        + "e.hire_date - 1 FROM employees e WHERE e.employee_id = a.employee_id AND a.assignment_id = "
                        + "(SELECT min(assignment_id) FROM employee_assignments)"),
                fault("time.staff_employed.loans_db").in(LNS, "UPDATE loan_applications SET officer_id = " + o[0]
                        + " WHERE application_id = (SELECT min(application_id) FROM loan_applications WHERE " + when
                        + ")"),
                fault("time.training_window").in(EMP, "UPDATE employee_training SET enrollment_date = " + ASOF
                        + " - 1100 WHERE training_id = (SELECT min(t.training_id) FROM employee_training t JOIN "
                        + "employees e USING (employee_id) WHERE e.employment_status = 'active' AND e.hire_date < "
                        + ASOF + " - 1500)"),
                fault("time.applications").in(LNS, "ALTER TABLE loan_applications DROP CONSTRAINT "
                        + "loan_applications_decided_within_30_days", "UPDATE loan_applications SET decision_date = "
                        + "application_date + 40 WHERE application_id = (SELECT application_id FROM loan_applications "
                        + "WHERE status = 'rejected' ORDER BY application_date LIMIT 1)"),
                fault("time.loans").in(LNS, "UPDATE loans SET maturity_date = maturity_date + 31 WHERE loan_id = "
                        + "(SELECT min(loan_id) FROM loans)"),
                fault("time.past_due").in(LNS, "UPDATE repayment_schedule SET payment_status = 'scheduled' WHERE "
                        + "schedule_id = (SELECT min(r.schedule_id) FROM repayment_schedule r JOIN loans l USING "
                        + "(loan_id) WHERE r.payment_status = 'missed' AND l.loan_status = 'active')"));
    }

    private List<Fault> moneyFaults() {
        String lastScheduled = "(SELECT min(r.schedule_id) FROM repayment_schedule r JOIN loans l USING (loan_id) WHERE "
                + "r.installment_number = l.term_months AND r.payment_status = 'scheduled')";
        return List.of(
                fault("money.running_balance").in(ACC, "UPDATE transactions SET balance_after = balance_after + 0.01 "
                        + "WHERE transaction_id = (SELECT min(transaction_id) FROM transactions)"),
                fault("money.account_balance").in(ACC, "UPDATE accounts SET balance = balance + 1 WHERE account_id = "
                        + "(SELECT min(account_id) FROM accounts)"),
                fault("money.spending_cap").in(ACC, "CREATE TEMP TABLE pick AS SELECT t.transaction_id, t.account_id, "
                                + "t.balance_after + t.amount AS before FROM transactions t WHERE t.direction = 'debit' AND "
                                + "t.loan_id IS NULL AND t.policy_id IS NULL AND t.claim_id IS NULL AND t.transaction_id = "
                                + "(SELECT max(x.transaction_id) FROM transactions x WHERE x.account_id = t.account_id) AND "
                                + "t.balance_after + t.amount > 100 ORDER BY "
                                + "t.transaction_id LIMIT 1",
                        "UPDATE transactions t SET amount = round(p.before / 2, 2), balance_after = p.before - "
                                + "round(p.before / 2, 2) FROM pick p WHERE t.transaction_id = p.transaction_id",
                        "UPDATE accounts a SET balance = p.before - round(p.before / 2, 2) FROM pick p WHERE "
                                + "a.account_id = p.account_id"),
                fault("money.salary_range").in(ACC, "CREATE TEMP TABLE raise AS SELECT transaction_id, account_id, "
                                + "transaction_date, 8000.01 - amount AS d FROM transactions WHERE transaction_type = "
                                + "'salary' ORDER BY transaction_id LIMIT 1",
                        "UPDATE transactions t SET balance_after = t.balance_after + r.d FROM raise r WHERE t.account_id "
                                + "= r.account_id AND (t.transaction_date, t.transaction_id) >= (r.transaction_date, "
                                + "r.transaction_id)",
                        "UPDATE transactions t SET amount = 8000.01 FROM raise r WHERE t.transaction_id = r.transaction_id",
                        "UPDATE accounts a SET balance = a.balance + r.d FROM raise r WHERE a.account_id = r.account_id"),
                fault("money.amortization").in(LNS, "UPDATE repayment_schedule SET principal_amount = principal_amount "
                        + "+ 0.01, total_amount = total_amount + 0.01 WHERE schedule_id = " + lastScheduled),
                fault("money.interest").in(LNS, "UPDATE repayment_schedule SET interest_amount = interest_amount + 1, "
                        + "total_amount = total_amount + 1 WHERE schedule_id = " + lastScheduled),
                // a savings account paying 6%, above the US range's 4.50%
                fault("realism.deposit_rates").in(ACC, "UPDATE accounts SET interest_rate = 6.00 WHERE account_id = "
                        + "(SELECT min(account_id) FROM accounts WHERE account_type = 'savings')"),
                // a mortgage above the US range's 6.75% (which India's admits)
                fault("realism.loan_rates").in(LNS, "UPDATE loans SET interest_rate = 7.00 WHERE loan_id = (SELECT "
                        + "min(loan_id) FROM loans WHERE loan_type = 'mortgage')"),
                fault("money.level_payment").in(LNS, "UPDATE loans SET monthly_payment = monthly_payment + 1 WHERE "
                        + "loan_id = (SELECT min(loan_id) FROM loans)"),
                fault("money.outstanding").in(LNS, "UPDATE loans SET outstanding_balance = outstanding_balance - 1 WHERE "
                        + "loan_id = (SELECT min(loan_id) FROM loans WHERE loan_status = 'active' AND "
                        + "outstanding_balance > 1)"),
                fault("money.ltv").in(LNS, "UPDATE collateral SET ltv_ratio = CASE WHEN ltv_ratio > 0.8 THEN 0.7 ELSE "
                        + "0.9 END WHERE collateral_id = (SELECT min(collateral_id) FROM collateral)"),
                fault("money.appraisal").in(LNS, "WITH p AS (SELECT loan_id, principal_amount, round(principal_amount * "
                        + "1.2, 2) AS v FROM loans WHERE loan_type = 'personal' ORDER BY loan_id LIMIT 1) UPDATE "
                        + "collateral c SET loan_id = p.loan_id, appraised_value = p.v, ltv_ratio = "
                        + "round(p.principal_amount / p.v, 4) FROM p WHERE c.collateral_id = (SELECT min(collateral_id) "
                        + "FROM collateral)"),
                fault("money.guarantee").in(LNS, "UPDATE loan_guarantors g SET guarantee_amount = round(0.3 * "
                        + "l.principal_amount, 2) FROM loans l WHERE l.loan_id = g.loan_id AND g.guarantor_id = (SELECT "
                        + "min(guarantor_id) FROM loan_guarantors)"),
                fault("money.disbursements").in(ACC, "UPDATE transactions SET transaction_type = 'deposit' WHERE "
                        + "transaction_id = (SELECT min(transaction_id) FROM transactions WHERE transaction_type = "
                        + "'loan_disbursement')"),
                // the latest paid installment (inside its account's ledger window) a dollar more than its debit
                fault("money.repayments").in(LNS, "UPDATE repayment_schedule SET amount_paid = amount_paid + 1 WHERE "
                        + "schedule_id = (SELECT schedule_id FROM repayment_schedule WHERE payment_status = 'paid' ORDER "
                        + "BY payment_date DESC, schedule_id LIMIT 1)"),
                // the latest repayment dated the Sunday before the banking day its debit was booked
                fault("money.repayment_dates").in(LNS, "UPDATE repayment_schedule SET payment_date = payment_date - "
                        + "extract(isodow FROM payment_date)::int WHERE schedule_id = (SELECT max(schedule_id) FROM "
                        + "repayment_schedule WHERE payment_date = (SELECT max(payment_date) FROM repayment_schedule "
                        + "WHERE payment_status = 'paid') AND payment_status = 'paid')"));
    }

    private List<Fault> distributionFaults() throws SQLException {
        // customers whose fee or fraud complaint needs their account
        String feeOrFraud = sql.text("customer_db", "SELECT coalesce(string_agg(customer_id::text, ', '), '0') FROM "
                + "complaints WHERE complaint_type IN ('fee', 'fraud')");
        // accounts that carry a loan, though its money may lie before their stored ledger
        String loanAccounts = sql.text("loans_db", "SELECT coalesce(string_agg(DISTINCT linked_account_id::text, ', '), "
                + "'0') FROM loans");
        String someOf = "(SELECT %s FROM %s WHERE %s ORDER BY 1 LIMIT %d)";
        return List.of(
                fault("dist.segments")
                        .in(CUS, "UPDATE customer_profiles SET segment = 'premium' WHERE customer_id IN "
                                + someOf.formatted("customer_id", "customer_profiles", "segment = 'retail'", 250))
                        .in(ACC, "UPDATE customers SET segment = 'premium' WHERE customer_id IN "
                                + someOf.formatted("customer_id", "customers", "segment = 'retail'", 250)),
                // a hundred men recorded as undisclosed: eight times the rules' 1%
                fault("dist.genders").in(CUS, "UPDATE customer_profiles SET gender = 'undisclosed' WHERE customer_id IN "
                        + someOf.formatted("customer_id", "customer_profiles", "gender = 'male'", 100)),
                fault("dist.account_holders").in(ACC, "CREATE TEMP TABLE gone AS SELECT a.account_id FROM accounts a "
                                + "WHERE a.customer_id NOT IN (" + feeOrFraud + ") AND a.account_id NOT IN (" + loanAccounts
                                + ") AND a.account_id NOT IN (" + policyAccounts() + ") AND a.account_id NOT IN ("
                                + caseAccounts() + ") AND (SELECT count(*) FROM accounts b "
                                + "WHERE b.customer_id = a.customer_id) = 1 AND NOT "
                                + "EXISTS (SELECT 1 FROM transactions t WHERE t.account_id = a.account_id AND t.loan_id IS "
                                + "NOT NULL) AND NOT EXISTS (SELECT 1 FROM account_relationships r WHERE r.account_id = "
                                + "a.account_id OR r.linked_account_id = a.account_id) ORDER BY a.account_id LIMIT 120",
                        "DELETE FROM transactions WHERE account_id IN (SELECT account_id FROM gone)",
                        "DELETE FROM accounts WHERE account_id IN (SELECT account_id FROM gone)"),
                // second accounts deleted with their ledgers: none carries loan money, links or transfers to the
                // customer's other account, so nothing else refers to them
                fault("dist.several_accounts").in(ACC, "CREATE TEMP TABLE gone AS SELECT a.account_id FROM accounts a "
                                + "WHERE a.account_id NOT IN (" + loanAccounts + ") AND a.account_id NOT IN ("
                                + policyAccounts() + ") AND (SELECT count(*) FROM accounts b WHERE b.customer_id = a.customer_id) = 2 AND "
                                + "a.account_id = (SELECT max(b.account_id) FROM accounts b WHERE b.customer_id = "
                                + "a.customer_id) AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.account_id = "
                                + "a.account_id AND (t.loan_id IS NOT NULL OR t.description ~ 'account [0-9]{12}$')) AND "
                                + "NOT EXISTS (SELECT 1 FROM account_relationships r WHERE r.account_id = a.account_id OR "
                                + "r.linked_account_id = a.account_id) ORDER BY 1 LIMIT 80",
                        "DELETE FROM transactions WHERE account_id IN (SELECT account_id FROM gone)",
                        "DELETE FROM accounts WHERE account_id IN (SELECT account_id FROM gone)"),
                fault("dist.account_types").in(ACC, "UPDATE accounts SET account_type = 'business_checking' WHERE "
                        + "account_id IN "
                        + someOf.formatted("account_id", "accounts", "account_type = 'checking'", 150)),
                fault("dist.relationship_links").in(ACC, "DELETE FROM account_relationships WHERE account_id IN (SELECT "
                        + "account_id FROM account_relationships GROUP BY 1 HAVING count(*) = 1 ORDER BY 1 LIMIT 100)"),
                fault("dist.transactions_per_account").in(ACC, "CREATE TEMP TABLE pick AS SELECT t.transaction_id, "
                                + "t.account_id FROM transactions t WHERE t.loan_id IS NULL AND t.transaction_id = (SELECT "
                                + "max(x.transaction_id) FROM transactions x WHERE x.account_id = t.account_id) AND (SELECT "
                                + "count(*) FROM transactions x WHERE x.account_id = t.account_id AND x.loan_id IS NULL) = "
                                + "10 ORDER BY 1 LIMIT 1",
                        "DELETE FROM transactions WHERE transaction_id = (SELECT transaction_id FROM pick)",
                        "UPDATE accounts a SET balance = (SELECT balance_after FROM transactions t WHERE t.account_id = "
                                + "a.account_id ORDER BY transaction_id DESC LIMIT 1) WHERE account_id = (SELECT "
                                + "account_id FROM pick)"),
                fault("dist.spending_income").in(ACC, "CREATE TEMP TABLE lastt AS SELECT DISTINCT ON (account_id) "
                                + "account_id, transaction_date, balance_after FROM transactions ORDER BY account_id, "
                                + "transaction_id DESC",
                        "INSERT INTO transactions (transaction_id, account_id, transaction_type, direction, amount, "
                                + "balance_after, transaction_date, channel, is_manual, status, reference_number, "
                                + "description) SELECT 4096 * l.account_id + 4093 + g, l.account_id, 'fee', 'debit', "
                                + "1, l.balance_after - g, l.transaction_date + g * interval '1 minute', 'system', "
                                + "false, 'posted', 'PLANTED' || l.account_id || '-' || g, "
                                + "'planted fee' FROM lastt l CROSS JOIN generate_series(1, 2) g WHERE "
                                // posted by the system, so on a weekday (Tuesday-Friday in UTC is one in US time)
                                + "extract(isodow FROM l.transaction_date) BETWEEN 2 AND 5 AND "
                                + "l.balance_after >= 10 AND (SELECT count(*) FROM transactions x WHERE x.account_id = "
                                + "l.account_id AND x.loan_id IS NULL) <= 18",
                        "UPDATE accounts a SET balance = balance - 2 WHERE EXISTS (SELECT 1 FROM transactions t WHERE "
                                + "t.transaction_id = 4096 * a.account_id + 4095)"),
                fault("dist.manual").in(ACC, "UPDATE transactions SET is_manual = true WHERE transaction_id IN "
                        + someOf.formatted("transaction_id", "transactions", "NOT is_manual AND loan_id IS NULL AND channel NOT IN ('system', 'ach')", 1500)),
                fault("dist.interactions_per_customer").in(CUS, "CREATE TEMP TABLE gone AS SELECT customer_id FROM "
                                + "interactions GROUP BY 1 HAVING count(*) = 1 ORDER BY 1 LIMIT 150",
                        "DELETE FROM satisfaction_surveys WHERE customer_id IN (SELECT customer_id FROM gone)",
                        "DELETE FROM interactions WHERE customer_id IN (SELECT customer_id FROM gone)"),
                fault("dist.channels").in(CUS, "UPDATE interactions SET channel = 'email' WHERE interaction_id IN "
                        + someOf.formatted("interaction_id", "interactions", "channel = 'phone'", 300)),
                fault("dist.handled_by_staff").in(CUS, "UPDATE interactions SET handled_by = NULL WHERE interaction_id IN "
                        + someOf.formatted("interaction_id", "interactions", "handled_by IS NOT NULL", 300)),
                fault("dist.surveyed").in(CUS, "DELETE FROM satisfaction_surveys WHERE survey_id IN "
                        + someOf.formatted("survey_id", "satisfaction_surveys", "true", 300)),
                fault("dist.survey_comments").in(CUS, "UPDATE satisfaction_surveys SET comments = NULL WHERE survey_id IN "
                        + someOf.formatted("survey_id", "satisfaction_surveys", "comments IS NOT NULL", 150)),
                // every score four points lower: the mean falls below 5, the order of scores stays
                fault("dist.nps_positive").in(CUS, "UPDATE satisfaction_surveys SET nps_score = greatest(0, nps_score "
                        + "- 4)"),
                fault("dist.stars_follow_nps").in(CUS, "UPDATE satisfaction_surveys SET satisfaction_rating = 1 + "
                        + "survey_id % 5"),
                fault("dist.complainers").in(CUS, "DELETE FROM complaints WHERE complaint_id IN "
                        + someOf.formatted("complaint_id", "complaints", "true", 50)),
                fault("dist.complaint_types").in(CUS, "UPDATE complaints SET complaint_type = 'service' WHERE "
                        + "complaint_id IN " + someOf.formatted("complaint_id", "complaints", "complaint_type <> "
                        + "'service'", 30)),
                fault("dist.complaint_status").in(CUS, "UPDATE complaints SET status = 'closed' WHERE "
                        + "complaint_id IN " + someOf.formatted("complaint_id", "complaints", "status = 'resolved'", 40)),
                // two digital campaigns become e-mail ones, whose responses digital ones allow too
                fault("dist.campaigns").in(CUS, "UPDATE campaigns SET campaign_type = 'email' WHERE campaign_id IN "
                        + "(SELECT campaign_id FROM campaigns WHERE campaign_type = 'digital' ORDER BY 1 LIMIT 2)"),
                fault("dist.responders").in(CUS, "DELETE FROM campaign_responses WHERE customer_id IN "
                        + someOf.formatted("DISTINCT customer_id", "campaign_responses", "true", 60)),
                fault("dist.responses_per_responder").in(CUS, "WITH r AS (SELECT x.customer_id, p.created_at FROM "
                        + "campaign_responses x JOIN customer_profiles p USING (customer_id) GROUP BY 1, 2 HAVING "
                        + "count(*) = 2 ORDER BY p.created_at LIMIT 1), s AS (SELECT y.response_id FROM campaign_responses "
                        + "y, r WHERE y.customer_id <> r.customer_id AND y.response_date > r.created_at AND "
                        + "y.campaign_id IN (SELECT campaign_id FROM campaigns WHERE target_segment IS NULL) AND "
                        + "y.campaign_id NOT IN (SELECT campaign_id FROM campaign_responses z WHERE z.customer_id = "
                        + "r.customer_id) ORDER BY y.response_id LIMIT 1) UPDATE campaign_responses SET customer_id = "
                        + "(SELECT customer_id FROM r) WHERE response_id = (SELECT response_id FROM s)"),
                fault("dist.training_per_employee").in(EMP, "DELETE FROM employee_training WHERE employee_id = (SELECT "
                        + "min(employee_id) FROM employee_training)"),
                fault("dist.training_status").in(EMP, "UPDATE employee_training SET status = 'enrolled', completion_date "
                        + "= NULL, score = NULL WHERE training_id IN " + someOf.formatted("training_id",
                        "employee_training", "status = 'completed'", 60)),
                fault("dist.reviews_per_employee").in(EMP, "DELETE FROM performance_reviews WHERE employee_id = (SELECT "
                        + "min(employee_id) FROM performance_reviews)"),
                fault("dist.review_ratings").in(EMP, "UPDATE performance_reviews SET rating = 1 WHERE review_id IN "
                        + someOf.formatted("review_id", "performance_reviews", "rating = 4", 60)),
                fault("dist.portfolio_customers").in(EMP, "DELETE FROM employee_assignments WHERE assignment_id IN "
                        + someOf.formatted("assignment_id", "employee_assignments", "assignment_type = "
                        + "'customer_portfolio'", 200)),
                fault("dist.assignments_ongoing").in(EMP, "UPDATE employee_assignments SET status = 'ended', end_date = "
                        + "start_date WHERE assignment_id IN " + someOf.formatted("assignment_id",
                        "employee_assignments", "status = 'ongoing'", 150)),
                fault("dist.fixed_sizes").in(EMP, "INSERT INTO training_programs (program_id, program_code, program_name, "
                        + "category, provider, duration_hours, is_mandatory, cost_per_person, created_at) SELECT 100 + g, "
                        + "'PLANT-' || g, 'Planted programme ' || g, 'technical', 'dhub', 8, false, 100, TIMESTAMPTZ "
                        + "'2024-01-01 10:00Z' FROM generate_series(1, 5) g"),
                fault("dist.applicants").in(LNS, "CREATE TEMP TABLE gone AS SELECT application_id FROM "
                                + "loan_applications a WHERE status <> 'approved' AND (SELECT count(*) FROM loan_applications "
                                + "b WHERE b.customer_id = a.customer_id) = 1 ORDER BY application_id LIMIT 120",
                        "DELETE FROM risk_assessments WHERE application_id IN (SELECT application_id FROM gone)",
                        "DELETE FROM loan_applications WHERE application_id IN (SELECT application_id FROM gone)"),
                // 70 single applicants' applications (not approved) moved to 70 other single applicants
                fault("dist.repeat_applicants").in(LNS, "CREATE TEMP TABLE singles AS SELECT application_id, "
                                + "customer_id, status, row_number() OVER (ORDER BY application_id) AS k FROM "
                                + "loan_applications a WHERE (SELECT count(*) FROM loan_applications b WHERE b.customer_id "
                                + "= a.customer_id) = 1",
                        "CREATE TEMP TABLE moved AS SELECT s.application_id, t.customer_id FROM singles s JOIN singles "
                                + "t ON t.k = s.k + 200 WHERE s.status <> 'approved' ORDER BY s.application_id LIMIT 70",
                        "UPDATE loan_applications a SET customer_id = m.customer_id FROM moved m WHERE a.application_id = "
                                + "m.application_id"),
                fault("dist.loan_types").in(LNS, "UPDATE loan_applications SET loan_type = 'education' WHERE "
                        + "application_id IN " + someOf.formatted("application_id", "loan_applications",
                        "status <> 'approved' AND loan_type <> 'education'", 80)),
                fault("dist.application_status").in(LNS, "UPDATE loan_applications SET status = 'withdrawn' WHERE "
                        + "status = 'pending'"),
                fault("dist.loan_status").in(LNS, "UPDATE loans SET loan_status = 'restructured' WHERE loan_id IN "
                        + someOf.formatted("loan_id", "loans", "loan_status = 'active'", 60)),
                fault("dist.collateralised").in(LNS, "DELETE FROM collateral WHERE collateral_id IN "
                        + someOf.formatted("collateral_id", "collateral", "true", 60)),
                fault("dist.guaranteed").in(LNS, "DELETE FROM loan_guarantors WHERE loan_id IN "
                        + someOf.formatted("DISTINCT loan_id", "loan_guarantors", "true", 50)),
                fault("dist.guarantors_per_loan").in(LNS, "DELETE FROM loan_guarantors g WHERE guarantor_id = (SELECT "
                        + "max(x.guarantor_id) FROM loan_guarantors x WHERE x.loan_id = g.loan_id) AND (SELECT count(*) "
                        + "FROM loan_guarantors x WHERE x.loan_id = g.loan_id) = 2"),
                fault("dist.paid_on_time").in(LNS, "UPDATE repayment_schedule SET payment_status = 'late' WHERE "
                        + "schedule_id IN " + someOf.formatted("r.schedule_id", "repayment_schedule r JOIN loans l USING "
                        + "(loan_id)", "l.loan_status = 'active' AND r.payment_status = 'paid'", 400)),
                // the riskiest long-paying active loans called defaulted, though they kept paying
                fault("dist.defaulted_missed").in(LNS, "UPDATE loans SET loan_status = 'defaulted' WHERE loan_id IN "
                        + "(SELECT l.loan_id FROM loans l JOIN risk_assessments a ON a.application_id = l.application_id "
                        + "AND a.assessment_type = 'origination' WHERE l.loan_status = 'active' AND (SELECT count(*) FROM "
                        + "repayment_schedule r WHERE r.loan_id = l.loan_id AND r.payment_status = 'paid') >= 12 ORDER BY "
                        + "a.pd_probability DESC, l.loan_id LIMIT 8)"),
                fault("dist.reassessed").in(LNS, "DELETE FROM risk_assessments WHERE assessment_id IN "
                        + someOf.formatted("assessment_id", "risk_assessments", "assessment_type = 'periodic_review'", 60)),
                fault("dist.grades_by_score").in(LNS, "UPDATE risk_assessments SET credit_grade = 'C' WHERE "
                        + "assessment_id = (SELECT assessment_id FROM risk_assessments ORDER BY risk_score DESC, "
                        + "assessment_id LIMIT 1)"),
                // PD highest at a middling score and lower either side: no longer falling with the score
                fault("dist.pd_falls_with_score").in(LNS, "UPDATE risk_assessments SET pd_probability = 0.5 - "
                        + "abs(risk_score - 700) / 1000.0"));
    }

    /** The accounts policies are paid from, for faults that must leave them alone. */
    /** The accounts the laundering cases and their look-alikes run through. */
    private String caseAccounts() throws SQLException {
        return sql.text("compliance_db", "SELECT coalesce(string_agg(DISTINCT account_id::text, ', '), '0') FROM "
                + "laundering_case_members");
    }

    private String policyAccounts() throws SQLException {
        return sql.text("insurance_db", "SELECT coalesce(string_agg(DISTINCT account_id::text, ', '), '0') FROM policies");
    }

    /** Insurance: each rule of phase 6 broken, with the others kept. */
    private List<Fault> insuranceFaults() throws SQLException {
        // account holders with no policy and an active checking account opened before the new policies start
        String newHolders = sql.text("accounts_db", "SELECT string_agg(customer_id || ':' || account_id, ',' ORDER BY "
                + "customer_id) FROM (SELECT DISTINCT ON (customer_id) customer_id, account_id FROM accounts WHERE "
                + "account_type = 'checking' AND status = 'active' AND opened_date < " + ASOF + " - 200 ORDER BY "
                + "customer_id, account_id) a");
        String holding = sql.text("insurance_db", "SELECT string_agg(DISTINCT customer_id::text, ',') FROM policies");
        java.util.Set<String> holds = new java.util.HashSet<>(List.of(holding.split(",")));
        StringBuilder values = new StringBuilder();
        int i = 0;
        for (String pair : newHolders.split(",")) {
            String[] ca = pair.split(":");
            if (holds.contains(ca[0]) || i >= 250) {
                continue;
            }
            String type = new String[] {"auto", "auto", "auto", "home", "home", "health", "health", "disability",
                "auto", "home"}[i % 10];
            String frequency = new String[] {"monthly", "monthly", "monthly", "monthly", "annual", "annual", "annual",
                "quarterly", "semi_annual", "monthly"}[i % 10];
            values.append(values.length() == 0 ? "" : ", ").append("(").append(90_000_000 + i).append(", 'PLANT")
                    .append(i).append("', ").append(ca[0]).append(", '").append(type).append("', '").append(frequency)
                    .append("', ").append(ca[1]).append(")");
            i++;
        }
        // customers under 29 at the as-of date: every driver under 25 when their policy started (in the last 4 years)
        String young = sql.text("accounts_db", "SELECT string_agg(customer_id::text, ', ') FROM customers WHERE "
                + "date_of_birth > " + ASOF + " - interval '29 years'");
        return List.of(
                // young drivers charged a third of their premium: less than drivers of 30-60
                fault("insurance.auto_premium_age").in(INS, "UPDATE policies SET premium_amount = round(premium_amount "
                        + "/ 3, 2) WHERE policy_type = 'auto' AND customer_id IN (" + young + ")"),
                fault("time.no_future.insurance_db").in(INS, "UPDATE policies SET status_date = " + ASOF + " + 2 WHERE "
                        + "policy_id = (SELECT min(policy_id) FROM policies WHERE status = 'active')"),
                fault("insurance.premiums_ledger").in(INS, "UPDATE premium_payments SET payment_date = payment_date - 1 "
                        + "WHERE payment_id = (SELECT payment_id FROM premium_payments WHERE payment_status = 'paid' "
                        + "ORDER BY payment_date DESC, payment_id LIMIT 1)"),
                fault("insurance.payouts_ledger").in(INS, "UPDATE claims SET approved_amount = approved_amount - 1 "
                        + "WHERE claim_id = (SELECT claim_id FROM claims WHERE status = 'paid' AND payout_party = "
                        + "'insured' ORDER BY settlement_date DESC, claim_id LIMIT 1)"),
                fault("references.policies").in(INS, "UPDATE policies SET agent_id = 999999 WHERE policy_id = (SELECT "
                        + "max(policy_id) FROM policies)"),
                fault("references.claims").in(INS, "UPDATE claims SET processed_by = 999999 WHERE claim_id = (SELECT "
                        + "max(claim_id) FROM claims WHERE processed_by IS NOT NULL)"),
                // a copy of a row, under a new id, of a policy that does not exist
                fault("references.coverages").in(INS, "CREATE TEMP TABLE x ON COMMIT DROP AS SELECT * FROM coverages "
                        + "WHERE coverage_id = (SELECT max(coverage_id) FROM coverages)", "UPDATE x SET coverage_id = "
                        + "999999999, policy_id = 999999999", "INSERT INTO coverages SELECT * FROM x"),
                fault("references.beneficiaries").in(INS, "CREATE TEMP TABLE x ON COMMIT DROP AS SELECT * FROM "
                        + "beneficiaries WHERE beneficiary_id = (SELECT max(beneficiary_id) FROM beneficiaries)",
                        "UPDATE x SET beneficiary_id = 999999999, policy_id = 999999999, share_percent = 100",
                        "INSERT INTO beneficiaries SELECT * FROM x"),
                fault("references.premium_payments").in(INS, "UPDATE premium_payments SET account_id = 999999999 WHERE "
                        + "payment_id = (SELECT max(payment_id) FROM premium_payments WHERE payment_status <> 'paid')"),
                // paid from an account of another holder
                fault("insurance.holders").in(INS, "UPDATE policies p SET account_id = (SELECT min(q.account_id) FROM "
                        + "policies q WHERE q.customer_id <> p.customer_id) WHERE policy_id = (SELECT min(policy_id) FROM "
                        + "policies p WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.policy_id = p.policy_id))"),
                fault("insurance.claims_valid").in(INS, "UPDATE claims SET coverage_type = 'flood' WHERE claim_id = "
                        + "(SELECT min(claim_id) FROM claims WHERE status <> 'paid')"),
                // every medical claim three more times over
                fault("insurance.claim_frequency").in(INS, "INSERT INTO claims (claim_id, claim_number, policy_id, "
                        + "incident_date, claim_date, claim_amount, approved_amount, status, processed_by, "
                        + "settlement_date, coverage_type, payout_party, payout_account_id, rejection_reason) SELECT "
                        + "claim_id + g * 100000000, 'PLANT' || g || '-' || claim_id, policy_id, incident_date, claim_date, "
                        + "claim_amount, approved_amount, status, processed_by, settlement_date, coverage_type, "
                        + "payout_party, payout_account_id, rejection_reason FROM claims, generate_series(1, 3) g WHERE "
                        + "coverage_type = 'medical'"),
                // a spouse who was 16 when the policy started
                fault("insurance.beneficiary_ages").in(INS, "UPDATE beneficiaries b SET date_of_birth = p.start_date - "
                        + "interval '16 years' FROM policies p WHERE p.policy_id = b.policy_id AND b.beneficiary_id = "
                        + "(SELECT min(beneficiary_id) FROM beneficiaries WHERE relationship_type = 'spouse')"),
                fault("insurance.beneficiaries").in(INS, "UPDATE beneficiaries SET share_percent = share_percent + 1 "
                        + "WHERE beneficiary_id = (SELECT min(beneficiary_id) FROM beneficiaries WHERE share_percent < "
                        + "99)"),
                fault("insurance.premium_schedule").in(INS, "UPDATE premium_payments SET due_date = due_date + 1 WHERE "
                        + "payment_id = (SELECT max(d.payment_id) FROM premium_payments d JOIN policies p USING "
                        + "(policy_id) WHERE p.premium_frequency = 'monthly' AND d.payment_status = 'paid')"),
                fault("insurance.staff").in(INS, "UPDATE policies SET agent_id = 1 WHERE policy_id = (SELECT "
                        + "min(policy_id) FROM policies)"),
                // home and auto policies trade lines: mortgages find car insurance, auto loans home insurance
                fault("insurance.cross_sell").in(INS, "UPDATE policies SET policy_type = CASE policy_type WHEN 'home' "
                        + "THEN 'auto' ELSE 'home' END WHERE policy_type IN ('home', 'auto')"),
                fault("insurance.dwelling_cover").in(INS, "UPDATE coverages SET coverage_limit = coverage_limit / 2 "
                        + "WHERE coverage_type = 'dwelling'"),
                fault("insurance.policy_types").in(INS, "UPDATE policies SET policy_type = 'health' WHERE policy_type "
                        + "= 'travel'"),
                // travel policies turned annual, their one premium due on the start
                fault("insurance.premium_frequency").in(INS, "UPDATE premium_payments d SET due_date = p.start_date "
                        + "FROM policies p WHERE p.policy_id = d.policy_id AND p.policy_type = 'travel'", "UPDATE "
                        + "policies SET premium_frequency = 'annual' WHERE policy_type = 'travel'"),
                // policies for 250 more account holders, with no premiums, claims or coverages yet
                fault("insurance.policy_holders").in(INS, "INSERT INTO policies (policy_id, policy_number, customer_id, "
                        + "policy_type, status, start_date, end_date, premium_amount, premium_frequency, sum_insured, "
                        + "agent_id, account_id, issued_at, status_date, term_months) SELECT v.id, v.number, v.customer, "
                        + "v.type, 'active', " + ASOF + " - 100, " + ASOF + " + 265, 100, v.frequency, 10000, 7, "
                        + "v.account, (" + ASOF + " - 101)::timestamptz + interval '15 hours', " + ASOF + " - 100, 12 "
                        + "FROM (VALUES " + values + ") v (id, number, customer, type, frequency, account)"),
                fault("insurance.late_premiums").in(INS, "UPDATE premium_payments SET payment_status = 'late' WHERE "
                        + "payment_status = 'paid' AND payment_id % 4 = 0"));
    }

    /** Compliance: each rule of phase 7 broken, the audit trail kept in step where the fault is not about it. */
    private List<Fault> complianceFaults() throws SQLException {
        String identity = "('passport', 'drivers_license', 'national_id')";
        // the compliance officer hired last: a document decided before they joined is given to them
        String[] late = sql.text("employees_db", "SELECT employee_id || ',' || hire_date || ',' || coalesce(ltrim("
                + "substr(branch_code, 3), '0'), '0') FROM employees WHERE role = 'compliance_officer' ORDER BY "
                + "hire_date DESC, employee_id LIMIT 1").split(",");
        String early = "(SELECT min(kyc_id) FROM kyc_records WHERE verified_by IS NOT NULL AND verification_date < "
                + "DATE '" + late[1] + "')";
        // customers whose last review is a periodic one done (with no document brought to it), then the next scheduled
        String doneThenScheduled = "SELECT c.review_id FROM kyc_reviews c JOIN kyc_reviews s ON s.review_id = "
                + "c.review_id + 1 AND s.customer_id = c.customer_id WHERE c.review_type = 'periodic' AND c.status = "
                + "'completed' AND s.status = 'scheduled' AND c.customer_id % 6 = 0 AND NOT EXISTS (SELECT 1 FROM "
                + "kyc_records d WHERE d.review_id = c.review_id)";
        // customers onboarded in the last year at low risk, with only the next review scheduled
        String newLow = "SELECT o.review_id FROM kyc_reviews o WHERE o.review_type = 'onboarding' AND o.risk_after = "
                + "'low' AND o.review_date + interval '12 months' >= " + ASOF;
        // the first open alert, and the first reviewed alert of $5,000 or more whose report would be due lately
        String open = "(SELECT min(check_id) FROM aml_checks WHERE rule_code IS NOT NULL AND result = 'alert')";
        String recent = sql.text("compliance_db", "SELECT min(check_id) FROM aml_checks a WHERE rule_code IN ('RAPID', "
                + "'PROFILE') AND result = 'false_positive' AND amount >= 5000 AND reviewed_on BETWEEN " + ASOF + " - 35 "
                + "AND " + ASOF + " - 6 AND NOT EXISTS (SELECT 1 FROM aml_checks b WHERE b.customer_id = a.customer_id "
                + "AND b.result = 'escalated' AND date_trunc('month', b.alert_date) = date_trunc('month', a.alert_date))");
        return List.of(
                fault("references.kyc_records").in(CMP, "UPDATE kyc_records SET review_id = 999999999 WHERE kyc_id = "
                        + "(SELECT min(kyc_id) FROM kyc_records WHERE document_type = 'utility_bill')"),
                fault("references.kyc_reviews").in(CMP, "UPDATE kyc_reviews SET reviewed_by = 999999 WHERE review_id = "
                        + "(SELECT min(review_id) FROM kyc_reviews WHERE status = 'scheduled')"),
                fault("references.aml_checks").in(CMP, "UPDATE aml_checks SET customer_id = 99999999 WHERE check_id = "
                        + "(SELECT min(check_id) FROM aml_checks WHERE result = 'clear')"),
                fault("references.consents").in(CMP, "INSERT INTO consents VALUES (999999999, 99999999, 'paperless', "
                        + "false, TIMESTAMPTZ '2020-01-01 12:00+00', NULL, 'web')"),
                // references of io.dhub.schema.Schema's list that no other check read before it
                fault("references.audit_trail").in(CMP, "UPDATE audit_trail SET actor_employee_id = 999999 WHERE audit_id "
                        + "= (SELECT max(audit_id) FROM audit_trail WHERE actor_employee_id IS NOT NULL)"),
                // a report for a customer the bank never had (an unwarranted one too)
                fault("references.ctr_filings").in(CMP, "INSERT INTO ctr_filings VALUES (999999, 99999999, " + ASOF
                        + " - 20, 'cash_in', 12000, 2, 'filed', " + ASOF + " - 17)"),
                fault("references.laundering_cases").in(CMP, "UPDATE laundering_cases SET lead_customer_id = 99999999 "
                        + "WHERE case_id = (SELECT max(case_id) FROM laundering_cases)"),
                fault("references.laundering_case_members").in(CMP, "UPDATE laundering_case_members SET customer_id = "
                        + "99999999 WHERE member_id = (SELECT max(member_id) FROM laundering_case_members)"),
                fault("references.laundering_case_transactions").in(CMP, "UPDATE laundering_case_transactions SET "
                        + "case_id = 999999999 WHERE (case_id, transaction_id) = (SELECT case_id, transaction_id FROM "
                        + "laundering_case_transactions ORDER BY case_id DESC, transaction_id DESC LIMIT 1)"),
                // a leg, and an alert, on a transaction the ledger does not hold
                fault("references.laundering_case_transactions.transaction_id").in(CMP, "UPDATE "
                        + "laundering_case_transactions SET transaction_id = 999999999999 WHERE (case_id, transaction_id) "
                        + "= (SELECT case_id, transaction_id FROM laundering_case_transactions ORDER BY case_id, "
                        + "transaction_id LIMIT 1)"),
                fault("references.aml_checks.transaction_id").in(CMP, "UPDATE aml_checks SET transaction_id = "
                        + "999999999999 WHERE check_id = (SELECT min(check_id) FROM aml_checks WHERE transaction_id IS "
                        + "NOT NULL)"),
                fault("references.suspicious_activity_reports").in(CMP, "UPDATE suspicious_activity_reports SET "
                        + "customer_id = 99999999 WHERE sar_id = (SELECT max(sar_id) FROM suspicious_activity_reports)"),
                fault("time.no_future.compliance_db").in(CMP, "UPDATE aml_checks SET checked_at = " + ASOF + " + 4 "
                        + "WHERE check_id = (SELECT min(a.check_id) FROM aml_checks a JOIN kyc_reviews r USING "
                        + "(review_id) WHERE a.result = 'clear' AND r.review_type = 'onboarding')"),
                // an onboarding identity document filed under the customer's next review
                fault("compliance.kyc_complete").in(CMP, "UPDATE kyc_records d SET review_id = s.review_id FROM "
                        + "kyc_reviews s WHERE s.customer_id = d.customer_id AND s.status = 'scheduled' AND d.kyc_id = "
                        + "(SELECT min(d2.kyc_id) FROM kyc_records d2 JOIN kyc_reviews o USING (review_id) WHERE "
                        + "o.review_type = 'onboarding' AND d2.document_type IN " + identity + " AND "
                        + "d2.verification_status IN ('verified', 'expired') AND EXISTS (SELECT 1 FROM kyc_reviews s2 "
                        + "WHERE s2.customer_id = d2.customer_id AND s2.status = 'scheduled'))"),
                fault("compliance.kyc_documents").in(CMP, "UPDATE kyc_records SET rejection_reason = 'image unreadable' "
                        + "WHERE kyc_id = (SELECT min(kyc_id) FROM kyc_records WHERE verification_status = 'verified')"),
                fault("compliance.kyc_renewal").in(CMP, "UPDATE kyc_records SET replaced_by = NULL WHERE kyc_id = "
                        + "(SELECT min(kyc_id) FROM kyc_records WHERE replaced_by IS NOT NULL)"),
                fault("compliance.staff_roles").in(CMP, "UPDATE audit_trail SET actor_employee_id = " + late[0]
                        + ", ip_address = '10." + late[2] + ".0.1' WHERE entity_table = 'kyc_records' AND entity_id = "
                        + early, "UPDATE kyc_records SET verified_by = " + late[0] + " WHERE kyc_id = " + early),
                fault("compliance.review_intervals").in(CMP, "UPDATE kyc_reviews SET due_date = due_date + 40 WHERE "
                        + "review_id = (SELECT min(review_id) FROM kyc_reviews WHERE status = 'scheduled')"),
                // a sixth of the customers let their last review lapse: it is overdue, and nothing is scheduled
                fault("compliance.review_overdue").in(CMP, "DELETE FROM audit_trail WHERE entity_table = 'kyc_reviews' "
                        + "AND entity_id IN (" + doneThenScheduled + ")", "DELETE FROM kyc_reviews WHERE review_id - 1 IN ("
                        + doneThenScheduled + ")", "UPDATE kyc_reviews SET status = 'overdue', review_date = NULL, "
                        + "reviewed_by = NULL, outcome = NULL WHERE review_id IN (SELECT c.review_id FROM kyc_reviews c "
                        + "WHERE c.review_type = 'periodic' AND c.status = 'completed' AND c.customer_id % 6 = 0 AND NOT "
                        + "EXISTS (SELECT 1 FROM kyc_reviews l WHERE l.customer_id = c.customer_id AND l.review_id > "
                        + "c.review_id) AND NOT EXISTS (SELECT 1 FROM kyc_records d WHERE d.review_id = c.review_id))"),
                // new low-risk customers rated high, their first review a year on
                fault("compliance.risk_mix").in(CMP, "UPDATE kyc_reviews s SET due_date = (o.review_date + interval "
                        + "'12 months')::date FROM kyc_reviews o WHERE s.review_id = o.review_id + 1 AND o.review_id IN ("
                        + newLow + ")", "UPDATE kyc_reviews SET risk_after = 'high' WHERE review_id IN (" + newLow + ")"),
                fault("compliance.screening").in(CMP, "DELETE FROM aml_checks WHERE check_id = (SELECT min(check_id) "
                        + "FROM aml_checks WHERE result = 'clear' AND check_type = 'adverse_media')"),
                fault("compliance.sanctions_matches").in(CMP, cleared("sanctions_screening")),
                fault("compliance.adverse_media").in(CMP, cleared("adverse_media")),
                fault("compliance.consents").in(CMP, "UPDATE consents SET channel = CASE channel WHEN 'branch' THEN "
                        + "'web' ELSE 'branch' END WHERE consent_id = (SELECT min(consent_id) FROM consents WHERE "
                        + "consent_type = 'paperless')"),
                fault("compliance.credit_check_consent").in(CMP, "DELETE FROM consents WHERE consent_id = (SELECT "
                        + "min(consent_id) FROM consents WHERE consent_type = 'credit_check')"),
                fault("compliance.consent_sms").in(CMP, "UPDATE consents SET granted = false WHERE consent_type = "
                        + "'marketing_sms'"),
                fault("compliance.consent_data_sharing").in(CMP, "UPDATE consents SET granted = true WHERE consent_type "
                        + "= 'data_sharing'"),
                fault("compliance.consent_paperless").in(CMP, "UPDATE consents SET granted = false WHERE consent_type = "
                        + "'paperless'"),
                fault("compliance.audit_entities").in(CMP, "UPDATE audit_trail SET entity_id = 99999999, "
                        + "actor_customer_id = 99999999 WHERE audit_id = (SELECT min(audit_id) FROM audit_trail WHERE "
                        + "action = 'login')"),
                fault("compliance.audit_facts").in(CMP, "DELETE FROM audit_trail WHERE audit_id = (SELECT min(audit_id) "
                        + "FROM audit_trail WHERE entity_table = 'loan_applications')"),
                fault("compliance.audit_origins").in(CMP, "UPDATE audit_trail SET ip_address = '8.8.8.8' WHERE audit_id "
                        + "= (SELECT min(audit_id) FROM audit_trail WHERE action = 'login')"),
                fault("compliance.monitoring_exact").in(CMP, "DELETE FROM aml_checks WHERE check_id = " + open),
                // an alert added by hand: an open one's transaction, under a rule it does not meet
                fault("compliance.monitoring_exact").in(CMP, "INSERT INTO aml_checks (check_id, customer_id, "
                        + "transaction_id, check_type, checked_at, result, risk_score, rule_code, account_id, alert_date, "
                        + "amount) SELECT check_id + 120, customer_id, transaction_id, check_type, checked_at, result, "
                        + "risk_score, 'HRWIRE', account_id, alert_date, amount FROM aml_checks WHERE check_id = " + open),
                fault("compliance.ctr_exact").in(CMP, "INSERT INTO ctr_filings VALUES (999999, 1, " + ASOF + " - 20, "
                        + "'cash_in', 12000, 2, 'filed', " + ASOF + " - 17)"),
                fault("compliance.alert_handling").in(CMP, "UPDATE aml_checks SET risk_score = 10 WHERE check_id = "
                        + open),
                // a $5,000 alert escalated, and no report
                fault("compliance.reports").in(CMP, "UPDATE aml_checks SET result = 'escalated' WHERE check_id = "
                        + recent),
                fault("compliance.trigger_reviews").in(CMP, "UPDATE kyc_reviews SET review_type = 'trigger', outcome = "
                        + "'enhanced_due_diligence' WHERE review_id = (SELECT min(review_id) FROM kyc_reviews WHERE "
                        + "review_type = 'periodic' AND status = 'completed' AND outcome = 'approved')"),
                // a report filed in good order (escalated alert, report, audit row) whose narrative names the pattern
                fault("compliance.narratives").in(CMP, "UPDATE aml_checks SET result = 'escalated' WHERE check_id = "
                        + recent, "INSERT INTO suspicious_activity_reports (sar_id, sar_number, customer_id, check_id, "
                        + "activity_type, amount_involved, status, filed_by, filing_date, narrative, review_date, due_date, "
                        + "suspect_identified, activity_from, activity_to) SELECT 999, 'SAR0000000999', customer_id, "
                        + "check_id, CASE rule_code WHEN 'RAPID' THEN 'rapid_movement' ELSE 'other' END, amount, 'filed', "
                        + "reviewed_by, reviewed_on + 5, 'Customer CUS' || lpad(customer_id::text, 8, '0') || ' structured "
                        + "cash deposits to stay under the reporting threshold.', reviewed_on, reviewed_on + 30, true, alert_date, alert_date "
                        + "FROM aml_checks WHERE check_id = " + recent, "INSERT INTO audit_trail (audit_id, event_time, "
                        + "actor_type, actor_employee_id, action, entity_database, entity_table, entity_id, ip_address, "
                        + "outcome, channel) SELECT 999999999, ((c.reviewed_on + 5)::timestamp + interval '17 hours') AT "
                        + "TIME ZONE 'UTC', 'employee', c.reviewed_by, 'create', 'compliance_db', "
                        + "'suspicious_activity_reports', 999, a.ip_address, 'success', 'back_office' FROM aml_checks c "
                        + "JOIN audit_trail a ON a.entity_table = 'aml_checks' AND a.entity_id = c.check_id WHERE "
                        + "c.check_id = " + recent),
                fault("compliance.case_legs").in(CMP, "UPDATE laundering_case_transactions SET amount = amount + 1 "
                        + "WHERE transaction_id = (SELECT min(transaction_id) FROM laundering_case_transactions)"),
                fault("compliance.case_shapes").in(CMP, "UPDATE laundering_cases SET end_date = start_date + 30 WHERE "
                        + "case_id = (SELECT min(case_id) FROM laundering_cases)"),
                // the ground truth calls no case laundering: the alerts on laundering, mostly escalated, count as
                // ordinary activity (escalating ordinary alerts instead would call for reports, and at scale 1 the 14
                // that would not are too few to tell from the rule's 97%)
                // two thirds of the ordinary alerts escalated (with an escalation's risk score)
                fault("compliance.benign_false_positives").in(CMP, "UPDATE aml_checks SET result = 'escalated', "
                        + "risk_score = greatest(risk_score, 70) WHERE result = 'false_positive' AND rule_code IS NOT "
                        + "NULL AND check_id % 3 <> 0"),
                // three look-alikes called laundering: more cases than the density asked for
                fault("compliance.laundering_density").in(CMP, "UPDATE laundering_cases SET is_illicit = true WHERE "
                        + "case_id IN (SELECT case_id FROM laundering_cases WHERE NOT is_illicit ORDER BY 1 LIMIT 3)"),
                fault("compliance.login_failures").in(CMP, "UPDATE audit_trail SET outcome = 'success', session_id = "
                        + "'retried' || audit_id WHERE action = 'login' AND outcome = 'failure'"));
    }

    /** Every potential match of a screening type cleared as if never raised: clear, unreviewed, low score, no audit row. */
    private static String[] cleared(String type) {
        String matches = "SELECT check_id FROM aml_checks WHERE check_type = '" + type + "' AND result <> 'clear'";
        return new String[] {"DELETE FROM audit_trail WHERE entity_table = 'aml_checks' AND entity_id IN (" + matches
                + ")", "UPDATE aml_checks SET result = 'clear', reviewed_by = NULL, risk_score = 5 WHERE check_id IN ("
                + matches + ")"};
    }

    /** Realism: each joint broken while the marginals it rests on stay as they were where it can be. */
    private List<Fault> realismFaults() throws SQLException {
        String age = "extract(year FROM age(" + ASOF + ", date_of_birth))";
        String nonHolders = sql.text("accounts_db", "SELECT string_agg(customer_id::text, ', ') FROM customers c WHERE "
                + "NOT EXISTS (SELECT 1 FROM accounts a WHERE a.customer_id = c.customer_id)");
        String left = sql.text("employees_db", "SELECT coalesce(string_agg(employee_id::text, ', '), '0') FROM "
                + "employees WHERE termination_date IS NOT NULL");
        Moved lateRejections = new Moved(sql.text("loans_db", "SELECT coalesce(string_agg(application_id || ':' || ("
                + ASOF + " - 1 - decision_date), ', '), '') FROM loan_applications a WHERE status = 'rejected' AND "
                + "decision_date > " + ASOF + " - 720 AND decision_date <= " + ASOF + " - 30 AND officer_id NOT IN ("
                + left + ") AND NOT EXISTS (SELECT 1 FROM risk_assessments r WHERE r.application_id = a.application_id "
                + "AND r.assessed_by IN (" + left + "))"));
        String mortgagors = sql.text("loans_db", "SELECT string_agg(customer_id::text, ', ') FROM (SELECT DISTINCT "
                + "customer_id FROM loans WHERE loan_type = 'mortgage' ORDER BY 1 LIMIT 40) m");
        String businessBorrowers = sql.text("loans_db", "SELECT string_agg(customer_id::text, ', ') FROM (SELECT "
                + "DISTINCT customer_id FROM loans WHERE loan_type = 'business') b");
        String branchCities = sql.text("employees_db", "SELECT string_agg(quote_literal(city || '|' || state), ', ') "
                + "FROM branches");
        String[] biggestTeams = sql.text("employees_db", "SELECT string_agg(quote_literal(branch_code), ',') FROM "
                + "(SELECT branch_code FROM employees WHERE branch_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 "
                + "LIMIT 2) t").split(",");
        return List.of(
                fault("references.branch_codes").in(ACC, "UPDATE accounts SET branch_code = 'BR099' WHERE account_id = "
                        + "(SELECT min(account_id) FROM accounts)"),
                // the customers of the branch city with the fewest bank at another branch, all of them
                fault("realism.home_branch_city").in(CUS, "UPDATE customer_profiles SET home_branch_code = CASE "
                        + "home_branch_code WHEN 'BR001' THEN 'BR002' ELSE 'BR001' END WHERE city || '|' || state = "
                        + "(SELECT city || '|' || state FROM customer_profiles WHERE city || '|' || state IN ("
                        + branchCities + ") GROUP BY city, state ORDER BY count(*), city LIMIT 1)"),
                fault("realism.home_branch_one_per_city").in(CUS, "UPDATE customer_profiles SET home_branch_code = CASE "
                        + "home_branch_code WHEN 'BR001' THEN 'BR002' ELSE 'BR001' END WHERE customer_id = (SELECT "
                        + "min(customer_id) FROM customer_profiles p WHERE city || '|' || state NOT IN (" + branchCities
                        + ") AND (SELECT count(*) FROM customer_profiles q WHERE q.city = p.city AND q.state = p.state) "
                        + "> 1)"),
                // each branch takes the next one's state, so homes stay where they are but their branches move away
                fault("realism.home_branch_state").in(EMP, "UPDATE branches b SET state = s.next FROM (SELECT "
                        + "branch_code, coalesce(lead(state) OVER (ORDER BY branch_code), first_value(state) OVER (ORDER "
                        + "BY branch_code)) AS next FROM branches) s WHERE s.branch_code = b.branch_code"),
                fault("realism.home_branch_accounts").in(ACC, "UPDATE accounts SET branch_code = CASE branch_code WHEN "
                        + "'BR001' THEN 'BR002' ELSE 'BR001' END WHERE account_id % 3 = 0"),
                // the two largest branch teams swap branches, managers and all
                fault("realism.home_branch_service").in(EMP, "UPDATE employees SET branch_code = CASE branch_code WHEN "
                        + biggestTeams[0] + " THEN " + biggestTeams[1] + " ELSE " + biggestTeams[0] + " END WHERE "
                        + "branch_code IN (" + biggestTeams[0] + ", " + biggestTeams[1] + ")"),
                fault("realism.area_code_state")
                        .in(CUS, "UPDATE customer_profiles SET phone = '(212) ' || substr(phone, 7) WHERE customer_id % 10 = 0")
                        .in(ACC, "UPDATE customers SET phone = '(212) ' || substr(phone, 7) WHERE customer_id % 10 = 0"),
                fault("realism.zip_city").in(CUS, "UPDATE customer_profiles SET postal_code = '10001' WHERE "
                        + "customer_id % 10 = 0"),
                // every Californian moves to Vermont and every Texan to Wyoming, area codes and ZIP codes along
                // (two states, so that no Fresno of California meets one of Texas)
                fault("realism.populous_states").in(CUS, "UPDATE customer_profiles SET state = CASE state WHEN 'CA' "
                        + "THEN 'VT' ELSE 'WY' END WHERE state IN ('CA', 'TX')"),
                // an SSN-shaped tax id (the market writes ITIN-shaped ones), a phone and a ZIP of no US form
                fault("realism.tax_ids").in(ACC, "UPDATE customers SET tax_id = '078-05-1120' WHERE customer_id = "
                        + "(SELECT min(customer_id) FROM customers)"),
                // a US customer without a tax id: only India's Form 60 lets one open an account without
                fault("realism.form_60").in(ACC, "UPDATE customers SET tax_id = NULL WHERE customer_id = "
                        + "(SELECT max(customer_id) FROM customers)"),
                fault("realism.phones").in(ACC, "UPDATE customers SET phone = '555-0100' WHERE customer_id = "
                        + "(SELECT min(customer_id) FROM customers)").in(CUS, "UPDATE customer_profiles SET phone = "
                        + "'555-0100' WHERE customer_id = (SELECT min(customer_id) FROM customer_profiles)"),
                fault("realism.postal_codes").in(CUS, "UPDATE customer_profiles SET postal_code = 'K1A 0B1' WHERE "
                        + "customer_id = (SELECT min(customer_id) FROM customer_profiles)"),
                fault("realism.time_zone").in(CUS, "UPDATE customer_profiles SET time_zone = NULL WHERE customer_id = "
                        + "(SELECT min(customer_id) FROM customer_profiles)"),
                // a US bank with a transfer on India's instant rail, which the schema admits since accounts_db V8
                fault("realism.market_terms").in(ACC, "UPDATE transactions SET channel = 'upi' WHERE transaction_id = "
                        + "(SELECT min(transaction_id) FROM transactions WHERE channel = 'online')"),
                // a US customer's utility bill turned into an Indian PAN card (compliance_db V5 admits it); an
                // identity document turned into one would fail the KYC checks too, which read the market's list
                fault("realism.market_documents").in(CMP, "UPDATE kyc_records SET document_type = 'pan' WHERE "
                        + "kyc_id = (SELECT min(kyc_id) FROM kyc_records WHERE document_type = 'utility_bill')"),
                fault("realism.age_bands")
                        .in(CUS, "UPDATE customer_profiles SET date_of_birth = date_of_birth - interval '12 years' WHERE "
                                + age + " BETWEEN 25 AND 34")
                        .in(ACC, "UPDATE customers SET date_of_birth = date_of_birth - interval '12 years' WHERE "
                                + age + " BETWEEN 25 AND 34"),
                fault("realism.name_fits_sex").in(CUS, "UPDATE customer_profiles SET gender = CASE gender WHEN 'male' "
                        + "THEN 'female' ELSE 'male' END WHERE gender IN ('male', 'female') AND customer_id % 5 = 0"),
                fault("realism.common_first_names")
                        .in(CUS, "UPDATE customer_profiles SET first_name = first_name || customer_id WHERE "
                                + "customer_id % 10 <> 0")
                        .in(ACC, "UPDATE customers SET first_name = first_name || customer_id WHERE customer_id % 10 <> 0"),
                fault("realism.common_surnames")
                        .in(CUS, "UPDATE customer_profiles SET last_name = last_name || customer_id WHERE "
                                + "customer_id % 25 <> 0")
                        .in(ACC, "UPDATE customers SET last_name = last_name || customer_id WHERE customer_id % 25 <> 0"),
                fault("realism.income_rises_with_age").in(CUS, "UPDATE customer_profiles SET annual_income = 80000 "
                        + "WHERE " + age + " < 25"),
                fault("realism.branch_hours").in(ACC, "UPDATE transactions SET channel = 'branch' WHERE transaction_id "
                        + "IN (SELECT transaction_id FROM transactions WHERE channel = 'mobile' ORDER BY 1 LIMIT 100)"),
                // a renewed identity document brought ten hours later than the branch saw it, after it closed (one
                // verified days later, so that its verification still follows it)
                fault("realism.kyc_branch_hours").in(CMP, "UPDATE kyc_records SET submitted_at = submitted_at + "
                        + "interval '10 hours' WHERE kyc_id = (SELECT min(r.kyc_id) FROM kyc_records r WHERE r.kyc_id IN "
                        + "(SELECT replaced_by FROM kyc_records) AND r.verification_date > r.submitted_at::date + 2)"),
                fault("realism.banking_days").in(ACC, "UPDATE transactions SET channel = 'ach', is_manual = false WHERE "
                        + "transaction_id IN (SELECT transaction_id FROM transactions WHERE channel = 'pos' ORDER BY 1 LIMIT 100)"),
                fault("realism.quiet_nights").in(ACC, "UPDATE transactions SET channel = 'online' WHERE transaction_id "
                        + "IN (SELECT transaction_id FROM transactions WHERE channel = 'system' ORDER BY 1 LIMIT 1500)"),
                fault("realism.card_peaks").in(ACC, "UPDATE transactions SET channel = 'online' WHERE transaction_type "
                        + "= 'purchase' AND channel = 'pos' AND extract(hour FROM transaction_date AT TIME ZONE "
                        + "'America/Chicago') IN (11, 12, 13, 17, 18, 19)"),
                fault("realism.card_weekend").in(ACC, "UPDATE transactions SET channel = 'online' WHERE transaction_type "
                        + "= 'purchase' AND channel = 'pos' AND extract(isodow FROM transaction_date AT TIME ZONE "
                        + "'America/Chicago') IN (5, 6)"),
                fault("realism.contact_hours").in(CUS, "UPDATE interactions SET interaction_date = interaction_date + "
                        + "interval '8 hours' WHERE channel = 'phone' AND interaction_date < " + ASOF + " - 2 AND "
                        + "interaction_id NOT IN (SELECT interaction_id FROM satisfaction_surveys)"),
                fault("realism.open_complaints_recent").in(CUS, "UPDATE complaints c SET filed_at = filed_at - interval "
                        + "'100 days' WHERE status IN ('open', 'investigating') AND filed_at - interval '100 days' > "
                        + "(SELECT p.created_at + interval '2 days' FROM customer_profiles p WHERE p.customer_id = "
                        + "c.customer_id)"),
                fault("realism.salary_steady").in(ACC, "UPDATE transactions SET description = 'Payroll deposit "
                        + "Employer ' || transaction_id WHERE transaction_type = 'salary'"),
                fault("realism.salary_account").in(ACC, "UPDATE transactions SET transaction_type = 'salary' WHERE "
                        + "transaction_id IN (SELECT min(t.transaction_id) FROM transactions t JOIN accounts a USING "
                        + "(account_id) WHERE a.account_type = 'savings' AND t.transaction_type = 'deposit' AND t.amount "
                        + "BETWEEN 1000 AND 8000 GROUP BY t.account_id ORDER BY 1 LIMIT 10)"),
                fault("realism.paydays").in(ACC, "UPDATE transactions SET transaction_type = 'salary' WHERE "
                        + "transaction_id IN (SELECT min(t.transaction_id) FROM transactions t JOIN accounts a USING "
                        + "(account_id) WHERE a.account_type IN ('checking', 'business_checking') AND t.transaction_type "
                        + "IN ('deposit', 'transfer_in') AND t.channel <> 'branch' AND t.loan_id IS NULL AND "
                        + "t.counterparty_account_id IS NULL AND t.amount "
                        + "BETWEEN 1000 AND 8000 AND extract(isodow FROM t.transaction_date) IN (1, 2, 3) AND (extract(day "
                        + "FROM t.transaction_date) BETWEEN 2 AND 12 OR extract(day FROM t.transaction_date) BETWEEN 16 AND "
                        + "25) GROUP BY t.account_id)"),
                fault("realism.card_accounts").in(ACC, "UPDATE transactions SET transaction_type = 'purchase' WHERE "
                        + "transaction_id IN (SELECT t.transaction_id FROM transactions t JOIN accounts a USING "
                        + "(account_id) WHERE a.account_type = 'savings' AND t.transaction_type = 'transfer_out' AND "
                        + "t.counterparty_account_id IS NULL ORDER BY 1 LIMIT 20)"),
                fault("realism.interest_bearing").in(ACC, "UPDATE accounts SET interest_rate = 0 WHERE account_id IN "
                        + "(SELECT DISTINCT account_id FROM transactions WHERE transaction_type = 'interest' ORDER BY 1 "
                        + "LIMIT 20)"),
                fault("realism.overdraft_fees").in(ACC, "UPDATE transactions SET description = 'Overdraft fee' WHERE "
                        + "transaction_id IN (SELECT transaction_id FROM transactions WHERE transaction_type = 'fee' ORDER "
                        + "BY 1 LIMIT 10)"),
                fault("realism.refunds").in(ACC, "UPDATE transactions SET merchant_name = 'Nowhere Mart' WHERE "
                        + "transaction_id IN (SELECT transaction_id FROM transactions WHERE transaction_type = 'refund' "
                        + "ORDER BY 1 LIMIT 10)"),
                fault("realism.category_amounts").in(ACC, "UPDATE transactions SET merchant_category = 'supermarket' "
                        + "WHERE transaction_type = 'purchase'"),
                // an account's first bill of one biller and last bill of another, a month apart, booked to one name
                fault("realism.steady_bills").in(ACC, "WITH b AS (SELECT account_id, merchant_name, min(transaction_id) "
                        + "AS first_id, max(transaction_id) AS last_id FROM transactions WHERE transaction_type = "
                        + "'payment' AND merchant_name IS NOT NULL GROUP BY 1, 2 HAVING count(*) = 2), pick AS (SELECT "
                        + "account_id, (array_agg(first_id ORDER BY merchant_name))[1] AS a, (array_agg(last_id ORDER BY "
                        + "merchant_name))[2] AS b FROM b GROUP BY 1 HAVING count(*) >= 2) UPDATE transactions SET "
                        + "merchant_name = 'Merged Biller' WHERE transaction_id IN (SELECT a FROM pick UNION SELECT b "
                        + "FROM pick)"),
                fault("realism.loan_accounts").in(ACC, "UPDATE accounts SET account_type = 'certificate_of_deposit', "
                        + "interest_rate = 4.00 "
                        + "WHERE account_id IN (SELECT DISTINCT account_id FROM transactions WHERE transaction_type = "
                        + "'loan_payment' AND account_id NOT IN (SELECT account_id FROM transactions WHERE "
                        + "transaction_type IN ('purchase', 'salary') OR channel = 'atm') ORDER BY 1 LIMIT 5)"),
                // a retail customer's checking account, which no loan uses, made a business checking account
                fault("realism.business_accounts").in(ACC, "UPDATE accounts SET account_type = 'business_checking' "
                        + "WHERE account_id = (SELECT min(a.account_id) FROM accounts a JOIN customers c USING "
                        + "(customer_id) WHERE c.segment = 'retail' AND a.account_type = 'checking' AND a.account_id NOT "
                        + "IN (SELECT account_id FROM transactions WHERE transaction_type LIKE 'loan%'))"),
                // every business borrower a retail customer (in both databases that record the segment)
                fault("realism.business_borrowers")
                        .in(CUS, "UPDATE customer_profiles SET segment = 'retail' WHERE customer_id IN ("
                                + businessBorrowers + ")")
                        .in(ACC, "UPDATE customers SET segment = 'retail' WHERE customer_id IN (" + businessBorrowers
                                + ")"),
                // the first monthly fee keyed by hand
                fault("realism.keyed_by_hand").in(ACC, "UPDATE transactions SET is_manual = true WHERE transaction_id = "
                        + "(SELECT min(transaction_id) FROM transactions WHERE transaction_type = 'fee' AND channel = "
                        + "'system')"),
                fault("realism.transfers_paired").in(ACC, "UPDATE transactions SET description = 'Transfer from "
                        + "account 000000000000' WHERE transaction_id IN (SELECT transaction_id FROM transactions WHERE "
                        + "description LIKE 'Transfer from account %' ORDER BY 1 LIMIT 5)"),
                // the holders' transfers from savings to their checking go to accounts at other banks instead
                fault("realism.savings_to_main").in(ACC, "UPDATE transactions t SET description = 'Transfer to an "
                        + "account at another bank', counterparty_account_id = NULL FROM accounts a, accounts o WHERE "
                        + "a.account_id = t.account_id AND o.account_id = t.counterparty_account_id AND a.account_type "
                        + "IN ('savings', 'money_market') AND o.account_type IN ('checking', 'business_checking') AND "
                        + "t.transaction_type = 'transfer_out'",
                        "UPDATE transactions t SET description = 'Transfer from an account at another bank', "
                        + "counterparty_account_id = NULL FROM accounts a, accounts o WHERE a.account_id = t.account_id "
                        + "AND o.account_id = t.counterparty_account_id AND o.account_type IN ('savings', 'money_market') "
                        + "AND a.account_type IN ('checking', 'business_checking') AND t.transaction_type = 'transfer_in'"),
                fault("realism.internal_transfers").in(ACC, "UPDATE transactions SET description = 'Transfer from an "
                        + "account at another bank' WHERE description LIKE 'Transfer from account %'",
                        "UPDATE transactions SET description = 'Transfer to an account at another bank' WHERE "
                        + "description LIKE 'Transfer to account %'"),
                // the dearest quarter of personal loans graded AAA
                fault("realism.rate_by_grade").in(LNS, "UPDATE risk_assessments r SET risk_score = 820, credit_grade = "
                        + "'AAA', pd_probability = 0.01 FROM loans l WHERE r.application_id = l.application_id AND "
                        + "r.assessment_type = 'origination' AND l.loan_type = 'personal' AND l.interest_rate > (SELECT "
                        + "percentile_cont(0.75) WITHIN GROUP (ORDER BY interest_rate) FROM loans WHERE loan_type = "
                        + "'personal')"),
                fault("realism.debt_to_income").in(LNS, "UPDATE loan_applications SET annual_income = "
                        + "round(annual_income / 10, 2) WHERE loan_type <> 'mortgage' AND status = 'approved'"),
                // a 30-year mortgage at 5.2 times income still takes under 43% of it
                fault("realism.mortgage_to_income").in(LNS, "UPDATE loan_applications a SET annual_income = "
                        + "round(l.principal_amount / 5.2, 2) FROM loans l WHERE l.application_id = a.application_id AND "
                        + "l.loan_type = 'mortgage' AND l.term_months = 360"),
                fault("realism.running_loans").in(LNS, "UPDATE loans SET loan_status = 'active' WHERE loan_id IN "
                        + "(SELECT loan_id FROM loans WHERE loan_status = 'paid_off' AND maturity_date < " + ASOF
                        + " ORDER BY 1 LIMIT 5)"),
                // the last installment paid before the default and the first one missed trade places
                fault("realism.silent_after_default").in(LNS, "CREATE TEMP TABLE sw AS SELECT l.loan_id, (SELECT "
                                + "min(installment_number) FROM repayment_schedule s WHERE s.loan_id = l.loan_id AND "
                                + "s.payment_status = 'missed') AS m, (SELECT max(installment_number) FROM "
                                + "repayment_schedule s WHERE s.loan_id = l.loan_id AND s.payment_status IN ('paid', "
                                + "'late')) AS p FROM loans l WHERE l.loan_status = 'defaulted' ORDER BY 1 LIMIT 3",
                        "DELETE FROM sw WHERE m IS NULL OR p IS NULL",
                        "UPDATE loans l SET outstanding_balance = outstanding_balance + (SELECT r.principal_amount FROM "
                                + "repayment_schedule r WHERE r.loan_id = sw.loan_id AND r.installment_number = sw.p) - "
                                + "(SELECT r.principal_amount FROM repayment_schedule r WHERE r.loan_id = sw.loan_id AND "
                                + "r.installment_number = sw.m) FROM sw WHERE l.loan_id = sw.loan_id",
                        "UPDATE repayment_schedule r SET payment_status = 'paid', (payment_date, amount_paid) = (SELECT "
                                + "x.payment_date, x.amount_paid FROM repayment_schedule x WHERE x.loan_id = sw.loan_id AND "
                                + "x.installment_number = sw.p) FROM sw WHERE r.loan_id = sw.loan_id AND "
                                + "r.installment_number = sw.m",
                        "UPDATE repayment_schedule r SET payment_status = 'missed', payment_date = NULL, amount_paid = "
                                + "NULL FROM sw WHERE r.loan_id = sw.loan_id AND r.installment_number = sw.p"),
                // the weakest approved loan underwritten at 575, with the PD and grade of that score
                fault("realism.underwriting_floor").in(LNS, "UPDATE risk_assessments SET risk_score = 575, "
                        + "pd_probability = 0.4164, credit_grade = 'CCC' WHERE assessment_id = (SELECT r.assessment_id FROM "
                        + "risk_assessments r JOIN loans l USING (application_id) WHERE r.assessment_type = 'origination' "
                        + "ORDER BY r.risk_score, r.assessment_id LIMIT 1)"),
                // a personal loan's first guarantor made a business partner
                fault("realism.guarantor_ties").in(LNS, "UPDATE loan_guarantors SET relationship_type = "
                        + "'business_partner' WHERE guarantor_id = (SELECT min(g.guarantor_id) FROM loan_guarantors g JOIN "
                        + "loans l USING (loan_id) WHERE l.loan_type = 'personal')"),
                // three personal loans' requests asked to the dollar
                fault("realism.round_principals").in(LNS, "UPDATE loan_applications SET requested_amount = "
                        + "requested_amount + 37 WHERE application_id IN (SELECT application_id FROM loan_applications "
                        + "WHERE loan_type = 'personal' AND status = 'rejected' ORDER BY 1 LIMIT 3)"),
                // the rejected applications of the two years before the last month decided the day before the as-of
                // date instead, their assessments and audit rows along (only those whose officer and assessors never
                // left, so that everyone still works at the bank on the new days)
                fault("realism.decision_flow")
                        .in(LNS, "UPDATE risk_assessments r SET assessment_date = r.assessment_date + (" + ASOF + " - 1 - "
                                + "a.decision_date) FROM loan_applications a WHERE a.application_id = r.application_id AND "
                                + "a.application_id IN (" + lateRejections.ids() + ")",
                                "UPDATE loan_applications SET application_date = application_date + (" + ASOF + " - 1 - "
                                + "decision_date), decision_date = " + ASOF + " - 1 WHERE application_id IN ("
                                + lateRejections.ids() + ")")
                        .in(CMP, "UPDATE audit_trail t SET event_time = t.event_time + m.days * interval '1 day' FROM "
                                + "(VALUES " + lateRejections.shifts() + ") m(id, days) WHERE t.entity_database = 'loans_db' "
                                + "AND t.entity_table = 'loan_applications' AND t.entity_id = m.id"),
                fault("realism.pd_auc").in(LNS, "UPDATE risk_assessments r SET pd_probability = 0.01 FROM loans l WHERE "
                        + "r.application_id = l.application_id AND r.assessment_type = 'origination' AND l.loan_status = "
                        + "'defaulted'"),
                fault("realism.maturity_age")
                        .in(CUS, "UPDATE customer_profiles SET date_of_birth = date_of_birth - interval '40 years' WHERE "
                                + "customer_id IN (" + mortgagors + ")")
                        .in(ACC, "UPDATE customers SET date_of_birth = date_of_birth - interval '40 years' WHERE "
                                + "customer_id IN (" + mortgagors + ")"),
                // branch staff and every other employee who manages nobody moved to operations
                fault("realism.manager_department").in(EMP, "UPDATE employees SET department_id = (SELECT "
                        + "department_id FROM departments WHERE department_code = 'OPS') WHERE (branch_code IS NOT NULL "
                        + "AND role <> 'branch_manager') OR (employee_id NOT IN (SELECT manager_id FROM employees WHERE "
                        + "manager_id IS NOT NULL) AND employee_id % 2 = 0)"),
                // tellers report to the manager of another branch (they stay at theirs, serving its customers)
                fault("realism.branch_teams").in(EMP, "UPDATE employees e SET manager_id = (SELECT min(m.employee_id) "
                        + "FROM employees m WHERE m.role = 'branch_manager' AND m.branch_code <> e.branch_code) WHERE "
                        + "e.role = 'teller'"),
                // the staff of the department with the fewest report to the executive instead
                fault("realism.departments_staffed").in(EMP, "UPDATE employees SET manager_id = 1 WHERE manager_id IN "
                        + "(SELECT employee_id FROM employees WHERE role = 'manager' AND department_id = (SELECT "
                        + "m.department_id FROM employees m JOIN employees e ON e.manager_id = m.employee_id WHERE m.role = "
                        + "'manager' AND e.role NOT IN ('manager', 'executive') GROUP BY 1 ORDER BY count(*), 1 LIMIT 1))"),
                // one comment for every review, as before issue 26
                fault("realism.review_comments").in(EMP, "UPDATE performance_reviews SET comments = CASE WHEN rating >= "
                        + "4 THEN 'Exceeded expectations on key goals' WHEN rating = 3 THEN 'Solid, steady performance' "
                        + "ELSE 'Needs a development plan for the coming year' END"),
                fault("realism.staff_email_domain").in(EMP, "UPDATE employees SET email = replace(email, "
                        + "'staff.example.com', 'bank.example.net') WHERE employee_id % 3 = 0"),
                fault("realism.nps_after_complaint").in(CUS, "UPDATE satisfaction_surveys s SET nps_score = 10 FROM "
                        + "complaints c WHERE c.customer_id = s.customer_id AND s.survey_date > c.filed_at"),
                fault("realism.comment_fits_score").in(CUS, "UPDATE satisfaction_surveys SET comments = 'Took too long "
                        + "to get an answer, case ' || survey_id WHERE nps_score >= 9 AND comments IS NOT NULL"),
                fault("realism.distinct_texts").in(CUS, "UPDATE interactions SET notes = 'Asked about card limits' "
                        + "WHERE notes IS NOT NULL"),
                fault("realism.fee_fraud_holders").in(CUS, "UPDATE complaints SET complaint_type = 'fee' WHERE "
                        + "complaint_id IN (SELECT complaint_id FROM complaints WHERE customer_id IN (" + nonHolders
                        + ") AND complaint_type IN ('service', 'product', 'other') ORDER BY 1 LIMIT 3)"),
                fault("realism.response_channel").in(CUS, "UPDATE campaign_responses r SET response_type = 'opened' "
                        + "FROM campaigns c WHERE c.campaign_id = r.campaign_id AND c.campaign_type IN ('direct_mail', "
                        + "'cross_sell')"),
                fault("realism.responders_opted_in").in(CUS, "UPDATE customer_profiles SET marketing_opt_in = false "
                        + "WHERE customer_id IN (SELECT customer_id FROM campaign_responses ORDER BY 1 LIMIT 5)"),
                // every campaign aimed at private banking, whose customers are few among the responders
                fault("realism.target_segment").in(CUS, "UPDATE campaigns SET target_segment = 'private_banking'"),
                // a card purchase booked as a second bill to a biller paid that month (never one refunded later)
                fault("realism.monthly_bills").in(ACC, "UPDATE transactions t SET transaction_type = 'payment', "
                        + "merchant_name = (SELECT p.merchant_name FROM transactions p WHERE p.account_id = t.account_id "
                        + "AND p.transaction_type = 'payment' AND p.merchant_name IS NOT NULL AND date_trunc('month', "
                        + "p.transaction_date) = date_trunc('month', t.transaction_date) ORDER BY p.transaction_id LIMIT "
                        + "1) WHERE t.transaction_id IN (SELECT min(x.transaction_id) FROM transactions x WHERE "
                        + "x.transaction_type = 'purchase' AND EXISTS (SELECT 1 FROM transactions p WHERE p.account_id = "
                        + "x.account_id AND p.transaction_type = 'payment' AND p.merchant_name IS NOT NULL AND "
                        + "date_trunc('month', p.transaction_date) = date_trunc('month', x.transaction_date)) AND NOT "
                        + "EXISTS (SELECT 1 FROM transactions r WHERE r.account_id = x.account_id AND r.transaction_type "
                        + "= 'refund' AND r.merchant_name = x.merchant_name) GROUP BY x.account_id ORDER BY 1 LIMIT 10)"),
                fault("realism.retired_after_70").in(CUS, "UPDATE customer_profiles SET occupation = 'Cashiers' WHERE "
                        + "occupation = 'Retired' AND customer_id % 2 = 0"));
    }
}
