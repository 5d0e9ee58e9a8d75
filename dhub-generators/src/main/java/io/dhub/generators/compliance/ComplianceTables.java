package io.dhub.generators.compliance;

import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.RowSink;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 7's tables, all written in one pass over the customers; the audit trail is the bulk. */
public final class ComplianceTables {
    public static final Table KYC_REVIEWS = Table.of(LogicalDatabase.COMPLIANCE, "kyc_reviews",
            "review_id", "customer_id", "review_type", "due_date", "review_date", "status", "reviewed_by",
            "risk_before", "risk_after", "outcome");
    public static final Table KYC_RECORDS = Table.of(LogicalDatabase.COMPLIANCE, "kyc_records",
            "kyc_id", "customer_id", "document_type", "document_number", "verification_status", "verified_by",
            "verification_date", "expiry_date", "risk_rating", "submitted_at", "review_id", "rejection_reason",
            "replaced_by");
    public static final Table AML_CHECKS = Table.of(LogicalDatabase.COMPLIANCE, "aml_checks",
            "check_id", "customer_id", "transaction_id", "check_type", "checked_at", "result", "risk_score",
            "reviewed_by", "review_id", "rule_code", "account_id", "alert_date", "amount", "reviewed_on");
    public static final Table CTR_FILINGS = Table.of(LogicalDatabase.COMPLIANCE, "ctr_filings",
            "ctr_id", "customer_id", "business_date", "direction", "total_amount", "transaction_count", "status",
            "filed_on");
    public static final Table SARS = Table.of(LogicalDatabase.COMPLIANCE, "suspicious_activity_reports",
            "sar_id", "sar_number", "customer_id", "check_id", "activity_type", "amount_involved", "status",
            "filed_by", "filing_date", "narrative", "review_date", "due_date", "suspect_identified",
            "activity_from", "activity_to");
    public static final Table CONSENTS = Table.of(LogicalDatabase.COMPLIANCE, "consents",
            "consent_id", "customer_id", "consent_type", "granted", "granted_at", "revoked_at", "channel");
    public static final Table AUDIT_TRAIL = Table.of(LogicalDatabase.COMPLIANCE, "audit_trail",
            "audit_id", "event_time", "actor_type", "actor_employee_id", "action", "entity_database", "entity_table",
            "entity_id", "ip_address", "details", "actor_customer_id", "outcome", "channel", "session_id",
            "old_value", "new_value");

    public static final Table CASES = Table.of(LogicalDatabase.COMPLIANCE, "laundering_cases",
            "case_id", "typology", "is_illicit", "start_date", "end_date", "amount_in", "lead_customer_id");
    public static final Table CASE_MEMBERS = Table.of(LogicalDatabase.COMPLIANCE, "laundering_case_members",
            "member_id", "case_id", "account_id", "customer_id", "role");
    public static final Table CASE_TRANSACTIONS = Table.of(LogicalDatabase.COMPLIANCE,
            "laundering_case_transactions", "case_id", "transaction_id", "account_id", "direction", "amount");

    private ComplianceTables() {
    }

    public static List<TableGroup> groups(Compliance compliance, long customers) {
        return List.of(TableGroup.perCustomer(customers, (k, rows) -> write(compliance.of(k), rows),
                KYC_REVIEWS, KYC_RECORDS, AML_CHECKS, SARS, CTR_FILINGS, CONSENTS, CASES, CASE_MEMBERS,
                CASE_TRANSACTIONS, AUDIT_TRAIL).withBulk(AUDIT_TRAIL));
    }

    private static void write(Compliance.File file, TableGroup.Rows rows) {
        RowSink out;
        for (Compliance.Review r : file.reviews()) {
            out = rows.to(KYC_REVIEWS);
            out.number(r.id()).number(r.customerId()).text(r.type()).date(r.due()).date(r.done()).text(r.status())
                    .number(r.reviewer()).text(r.riskBefore()).text(r.riskAfter()).text(r.outcome());
            out.endRow();
        }
        for (Compliance.Document d : file.documents()) {
            out = rows.to(KYC_RECORDS);
            out.number(d.id()).number(d.customerId()).text(d.type()).text(d.number()).text(d.status())
                    .number(d.verifiedBy()).date(d.decided()).date(d.expiry()).text(d.risk()).instant(d.submitted())
                    .number(d.reviewId()).text(d.rejectionReason()).number(d.replacedBy());
            out.endRow();
        }
        for (Compliance.Screening s : file.screenings()) {
            out = rows.to(AML_CHECKS);
            out.number(s.id()).number(s.customerId()).number(null).text(s.type()).instant(s.at()).text(s.result())
                    .number((long) s.score()).number(s.reviewer()).number(s.reviewId()).text(null).number(null)
                    .date(null).decimal(null).date(null);
            out.endRow();
        }
        for (Alerts.Alert a : file.monitoring().alerts()) {
            Monitoring.Alert hit = a.hit();
            out = rows.to(AML_CHECKS);
            out.number(a.id()).number(a.customerId()).number(hit.transactionId()).text("transaction_monitoring")
                    .instant(a.checkedAt()).text(a.result()).number((long) a.score()).number(a.reviewer()).number(null)
                    .text(hit.rule()).number(hit.accountId()).date(hit.day()).decimal(hit.amount()).date(a.reviewed());
            out.endRow();
        }
        for (Alerts.Sar sar : file.monitoring().sars()) {
            out = rows.to(SARS);
            out.number(sar.id()).text(sar.number()).number(sar.customerId()).number(sar.checkId()).text(sar.activity())
                    .decimal(sar.amount()).text(sar.status()).number(sar.filedBy()).date(sar.filed())
                    .text(sar.narrative()).date(sar.review()).date(sar.due()).bool(sar.suspect()).date(sar.from())
                    .date(sar.to());
            out.endRow();
        }
        for (Alerts.Ctr ctr : file.monitoring().ctrs()) {
            out = rows.to(CTR_FILINGS);
            out.number(ctr.id()).number(ctr.customerId()).date(ctr.ctr().day()).text(ctr.ctr().direction())
                    .decimal(ctr.ctr().total()).number((long) ctr.ctr().count()).text(ctr.status())
                    .date(ctr.filedOn());
            out.endRow();
        }
        for (Compliance.Consent c : file.consents()) {
            out = rows.to(CONSENTS);
            out.number(c.id()).number(c.customerId()).text(c.type()).bool(c.granted()).instant(c.grantedAt())
                    .instant(c.revokedAt()).text(c.channel());
            out.endRow();
        }
        for (LaunderingBook.Case c : file.truth().cases()) {
            out = rows.to(CASES);
            out.number(c.id()).text(c.typology()).bool(c.illicit()).date(c.start()).date(c.end())
                    .cents(c.cents()).number(c.lead());
            out.endRow();
            for (LaunderingBook.Member m : c.members()) {
                out = rows.to(CASE_MEMBERS);
                out.number(m.id()).number(c.id()).number(m.accountId()).number(m.customerId()).text(m.role());
                out.endRow();
            }
        }
        for (Compliance.CaseTransaction t : file.truth().transactions()) {
            out = rows.to(CASE_TRANSACTIONS);
            out.number(t.caseId()).number(t.transactionId()).number(t.accountId()).text(t.credit() ? "credit" : "debit")
                    .decimal(t.amount());
            out.endRow();
        }
        for (Audit.Row a : file.audit()) {
            out = rows.to(AUDIT_TRAIL);
            out.number(a.id()).instant(a.at()).text(a.actorType()).number(a.employee()).text(a.action())
                    .text(a.database()).text(a.table()).number(a.entityId()).text(a.ip()).text(a.details())
                    .number(a.customer()).text(a.outcome()).text(a.channel()).text(a.session()).text(a.oldValue())
                    .text(a.newValue());
            out.endRow();
        }
    }
}
