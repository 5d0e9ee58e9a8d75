package io.dhub.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The derivations dhub performs between tables, and only those: each table with the tables its
 * rows are computed from ({@code database.table}). Monitoring reads the ledgers and the KYC reviews
 * (screenings run at reviews); reports follow from alerts and cash; the ledgers carry the loans',
 * the policies' and the claims' money; balances follow from the ledgers; a loan from its approved
 * application; collateral's loan-to-value from its loan; a policy bought with a loan from the loan and its collateral; the KYC file from who
 * the customer is; the audit trail from the workflow facts it records.
 */
public final class BankLineage {
    private BankLineage() {
    }

    /** Downstream table → its upstream tables, in a fixed order. */
    public static final Map<String, List<String>> UPSTREAMS = upstreams();

    private static Map<String, List<String>> upstreams() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("accounts_db.transactions", List.of("loans_db.loans", "loans_db.repayment_schedule",
                "insurance_db.premium_payments", "insurance_db.claims"));
        out.put("accounts_db.accounts", List.of("accounts_db.transactions"));
        out.put("loans_db.collateral", List.of("loans_db.loans"));
        out.put("loans_db.loans", List.of("loans_db.loan_applications"));
        out.put("insurance_db.policies", List.of("loans_db.loans", "loans_db.collateral"));
        out.put("compliance_db.kyc_records", List.of("accounts_db.customers", "customer_db.customer_profiles"));
        out.put("compliance_db.aml_checks", List.of("accounts_db.transactions", "compliance_db.kyc_reviews"));
        out.put("compliance_db.suspicious_activity_reports", List.of("compliance_db.aml_checks"));
        out.put("compliance_db.ctr_filings", List.of("accounts_db.transactions"));
        out.put("compliance_db.laundering_case_transactions", List.of("accounts_db.transactions"));
        out.put("compliance_db.audit_trail", List.of("compliance_db.kyc_records", "compliance_db.kyc_reviews",
                "compliance_db.aml_checks", "compliance_db.suspicious_activity_reports", "loans_db.loan_applications",
                "insurance_db.policies", "insurance_db.claims", "customer_db.interactions"));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A column computed exactly from others ({@code database.table.column} each): what it is, and
     * from what, as dhub computes it.
     */
    public record ColumnLineage(String downstream, List<String> upstreams, String transform) {
        /** The downstream's table, {@code database.table}. */
        public String table() {
            return downstream.substring(0, downstream.lastIndexOf('.'));
        }
    }

    /** The exact column derivations, by downstream column. */
    public static final List<ColumnLineage> COLUMNS = List.of(
            new ColumnLineage("accounts_db.accounts.balance", List.of("accounts_db.transactions.amount",
                    "accounts_db.transactions.direction"), "the window's opening balance plus credits minus debits"),
            new ColumnLineage("accounts_db.transactions.amount", List.of("loans_db.loans.principal_amount",
                    "loans_db.repayment_schedule.amount_paid", "insurance_db.premium_payments.amount",
                    "insurance_db.claims.approved_amount"), "a disbursement, a repayment, a premium or a claim payout "
                    + "booked as its product records it"),
            new ColumnLineage("loans_db.collateral.ltv_ratio", List.of("loans_db.loans.principal_amount",
                    "loans_db.collateral.appraised_value"), "principal ÷ appraised value, to four places"),
            new ColumnLineage("compliance_db.ctr_filings.total_amount", List.of("accounts_db.transactions.amount"),
                    "the sum of a customer's cash in, or out, on one UTC day"),
            new ColumnLineage("compliance_db.ctr_filings.transaction_count", List.of(
                    "accounts_db.transactions.transaction_id"), "how many cash transactions make that sum"),
            new ColumnLineage("compliance_db.aml_checks.transaction_id", List.of(
                    "accounts_db.transactions.transaction_id"), "the transaction a monitoring rule fired on"),
            new ColumnLineage("compliance_db.aml_checks.amount", List.of("accounts_db.transactions.amount"),
                    "the amount behind the alert: the transaction's, or its window's total"),
            new ColumnLineage("compliance_db.suspicious_activity_reports.amount_involved", List.of(
                    "compliance_db.aml_checks.amount"), "the largest amount behind the month's escalated alerts"),
            new ColumnLineage("compliance_db.laundering_case_transactions.amount", List.of(
                    "accounts_db.transactions.amount"), "the ledger's amount of the case's leg"));
}
