package io.dhub.generators.loans;

import io.dhub.generators.ids.Ids;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.RowSink;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Phase 5's tables, in foreign-key order, all written in one pass over the customers. */
public final class LendingTables {
    public static final Table APPLICATIONS = Table.of(LogicalDatabase.LOANS, "loan_applications",
            "application_id", "application_number", "customer_id", "loan_type", "requested_amount",
            "requested_term_months", "purpose", "annual_income", "application_date", "status", "decision_date",
            "officer_id", "approved_by", "rejection_reason");
    public static final Table LOANS = Table.of(LogicalDatabase.LOANS, "loans",
            "loan_id", "loan_number", "application_id", "customer_id", "loan_type", "principal_amount",
            "interest_rate", "term_months", "monthly_payment", "disbursement_date", "first_payment_date",
            "maturity_date", "loan_status", "outstanding_balance", "linked_account_id", "officer_id", "approved_by");
    public static final Table COLLATERAL = Table.of(LogicalDatabase.LOANS, "collateral",
            "collateral_id", "loan_id", "collateral_type", "description", "appraised_value", "appraisal_date",
            "ltv_ratio");
    public static final Table SCHEDULE = Table.of(LogicalDatabase.LOANS, "repayment_schedule",
            "schedule_id", "loan_id", "installment_number", "due_date", "principal_amount", "interest_amount",
            "total_amount", "remaining_balance", "payment_status", "payment_date", "amount_paid");
    public static final Table GUARANTORS = Table.of(LogicalDatabase.LOANS, "loan_guarantors",
            "guarantor_id", "loan_id", "full_name", "relationship_type", "phone", "annual_income",
            "guarantee_amount", "signed_date");
    public static final Table ASSESSMENTS = Table.of(LogicalDatabase.LOANS, "risk_assessments",
            "assessment_id", "application_id", "loan_id", "assessment_type", "assessment_date", "risk_score",
            "pd_probability", "credit_grade", "debt_to_income", "recommendation", "assessed_by");

    private LendingTables() {
    }

    public static List<TableGroup> groups(Lending lending, long customers) {
        return List.of(TableGroup.perCustomer(customers, (k, rows) -> {
            for (Lending.Borrowing b : lending.borrowings(k)) {
                write(b, rows);
            }
        }, APPLICATIONS, LOANS, COLLATERAL, SCHEDULE, GUARANTORS, ASSESSMENTS).withBulk(SCHEDULE));
    }

    private static void write(Lending.Borrowing b, TableGroup.Rows rows) {
        Application a = b.application();
        RowSink out = rows.to(APPLICATIONS);
        out.number(a.id()).text("APP" + io.dhub.generators.ids.UniqueValues.pad(a.id(), 10)).number(a.customerId())
                .text(a.type().code()).cents(a.requestedCents()).number(a.termMonths()).text(a.purpose())
                .decimal(b.annualIncome()).date(a.applied()).text(a.status()).date(a.decided())
                .number(b.officer()).number(b.approver()).text(b.rejectionReason());
        out.endRow();
        Loan l = b.loan();
        if (l != null) {
            out = rows.to(LOANS);
            out.number(l.id()).text("LN" + io.dhub.generators.ids.UniqueValues.pad(l.id(), 10)).number(a.id())
                    .number(a.customerId()).text(a.type().code()).cents(l.principalCents())
                    .decimal(BigDecimal.valueOf(l.ratePercent()).setScale(4, RoundingMode.HALF_EVEN))
                    .number(l.termMonths()).cents(l.paymentCents()).date(l.disbursed())
                    .date(l.firstPayment()).date(l.maturity()).text(l.status()).cents(l.outstandingCents())
                    .number(a.linkedAccountId()).number(b.officer()).number(b.approver());
            out.endRow();
        }
        Lending.Collateral c = b.collateral();
        if (c != null) {
            out = rows.to(COLLATERAL);
            out.number(c.id()).number(c.loanId()).text(c.type()).text(c.description())
                    .cents(c.appraisedCents()).date(c.appraised()).decimal(c.ltv());
            out.endRow();
        }
        if (l != null) {
            out = rows.to(SCHEDULE);
            for (Installment i : l.schedule()) {
                out.number(l.id() * Ids.INSTALLMENTS_PER_LOAN + i.number()).number(l.id()).number(i.number())
                        .date(i.due()).cents(i.principal()).cents(i.interest())
                        .cents(i.total()).cents(i.remaining()).text(i.status()).date(i.paidOn())
                        .cents(i.paid() ? Long.valueOf(i.paidCents()) : null);
                out.endRow();
            }
        }
        out = rows.to(GUARANTORS);
        for (Lending.Guarantor g : b.guarantors()) {
            out.number(g.id()).number(g.loanId()).text(g.fullName()).text(g.relationship()).text(g.phone())
                    .decimal(g.annualIncome()).cents(g.guaranteeCents()).date(g.signed());
            out.endRow();
        }
        out = rows.to(ASSESSMENTS);
        for (Lending.Assessment s : b.assessments()) {
            out.number(s.id()).number(s.applicationId()).number(s.loanId()).text(s.type()).date(s.on())
                    .number(s.score()).decimal(s.pd()).text(s.grade()).decimal(s.debtToIncome())
                    .text(s.recommendation()).number(s.assessedBy());
            out.endRow();
        }
    }

}
