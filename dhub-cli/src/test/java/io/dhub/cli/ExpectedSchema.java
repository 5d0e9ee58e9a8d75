package io.dhub.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables each database must have, written out from the specification rather than read from
 * dhub's own metadata, so that a table lost from the migrations is caught.
 */
final class ExpectedSchema {
    static final Map<String, Set<String>> TABLES = Map.of(
            "employees_db", Set.of("departments", "branches", "branch_routing_codes", "employees", "training_programs", "employee_training",
                    "performance_reviews", "employee_assignments"),
            "customer_db", Set.of("customer_profiles", "customer_identifiers", "interactions", "satisfaction_surveys", "complaints",
                    "campaigns", "campaign_responses"),
            "accounts_db", Set.of("customers", "accounts", "account_relationships", "transactions", "customer_behaviour",
                    "profile_weights", "counterparties", "subscriptions", "credit_cards", "credit_card_statements",
                    "business_profiles"),
            "loans_db", Set.of("loan_applications", "loans", "collateral", "repayment_schedule", "loan_guarantors",
                    "risk_assessments"),
            "insurance_db", Set.of("policies", "coverages", "beneficiaries", "insured_members", "claims",
                    "premium_payments"),
            "compliance_db", Set.of("kyc_records", "kyc_reviews", "aml_checks", "audit_trail", "suspicious_activity_reports",
                    "consents", "ctr_filings", "laundering_cases", "laundering_case_members",
                    "laundering_case_transactions"));

    static final List<String> DATABASES = List.of("employees_db", "customer_db", "accounts_db", "loans_db",
            "insurance_db", "compliance_db");

    static int tableCount() {
        return TABLES.values().stream().mapToInt(Set::size).sum();
    }

    private ExpectedSchema() {
    }
}
