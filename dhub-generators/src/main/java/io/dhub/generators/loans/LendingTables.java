package io.dhub.generators.loans;

import io.dhub.generators.load.TableSource;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 5's tables, in foreign-key order; every one walks the customers. */
public final class LendingTables {
    private LendingTables() {
    }

    public static List<TableSource> tables(Lending lending, long customers) {
        return List.of(
                table("loan_applications", customers, lending::writeApplications, "application_id",
                        "application_number", "customer_id", "loan_type", "requested_amount", "requested_term_months",
                        "purpose", "annual_income", "application_date", "status", "decision_date", "officer_id",
                        "approved_by", "rejection_reason"),
                table("loans", customers, lending::writeLoans, "loan_id", "loan_number", "application_id",
                        "customer_id", "loan_type", "principal_amount", "interest_rate", "term_months",
                        "monthly_payment", "disbursement_date", "first_payment_date", "maturity_date", "loan_status",
                        "outstanding_balance", "linked_account_id", "officer_id", "approved_by"),
                table("collateral", customers, lending::writeCollateral, "collateral_id", "loan_id",
                        "collateral_type", "description", "appraised_value", "appraisal_date", "ltv_ratio"),
                table("repayment_schedule", customers, lending::writeSchedules, "schedule_id", "loan_id",
                        "installment_number", "due_date", "principal_amount", "interest_amount", "total_amount",
                        "remaining_balance", "payment_status", "payment_date", "amount_paid"),
                table("loan_guarantors", customers, lending::writeGuarantors, "guarantor_id", "loan_id", "full_name",
                        "relationship_type", "phone", "annual_income", "guarantee_amount", "signed_date"),
                table("risk_assessments", customers, lending::writeAssessments, "assessment_id", "application_id",
                        "loan_id", "assessment_type", "assessment_date", "risk_score", "pd_probability",
                        "credit_grade", "debt_to_income", "recommendation", "assessed_by"));
    }

    private static TableSource table(String name, long customers, TableSource.EntityWriter writer, String... columns) {
        return TableSource.perEntity(LogicalDatabase.LOANS, name, customers, writer, columns);
    }
}
