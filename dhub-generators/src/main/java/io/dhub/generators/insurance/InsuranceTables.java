package io.dhub.generators.insurance;

import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.RowSink;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 6's tables, in foreign-key order, all written in one pass over the customers. */
public final class InsuranceTables {
    public static final Table POLICIES = Table.of(LogicalDatabase.INSURANCE, "policies",
            "policy_id", "policy_number", "customer_id", "policy_type", "status", "start_date", "end_date",
            "premium_amount", "premium_frequency", "sum_insured", "agent_id", "account_id", "issued_at",
            "status_date", "term_months", "scheme");
    public static final Table COVERAGES = Table.of(LogicalDatabase.INSURANCE, "coverages",
            "coverage_id", "policy_id", "coverage_type", "coverage_limit", "deductible");
    public static final Table BENEFICIARIES = Table.of(LogicalDatabase.INSURANCE, "beneficiaries",
            "beneficiary_id", "policy_id", "full_name", "relationship_type", "share_percent", "date_of_birth");
    public static final Table MEMBERS = Table.of(LogicalDatabase.INSURANCE, "insured_members",
            "member_id", "policy_id", "full_name", "relationship_type", "date_of_birth");
    public static final Table CLAIMS = Table.of(LogicalDatabase.INSURANCE, "claims",
            "claim_id", "claim_number", "policy_id", "incident_date", "claim_date", "claim_amount", "approved_amount",
            "status", "processed_by", "settlement_date", "coverage_type", "payout_party", "payout_account_id",
            "rejection_reason");
    public static final Table PREMIUMS = Table.of(LogicalDatabase.INSURANCE, "premium_payments",
            "payment_id", "policy_id", "due_date", "payment_date", "amount", "payment_status", "account_id");

    private InsuranceTables() {
    }

    public static List<TableGroup> groups(Insurance insurance, long customers) {
        return List.of(TableGroup.perCustomer(customers, (k, rows) -> {
            for (Insurance.Written w : insurance.of(k)) {
                write(w, rows);
            }
        }, POLICIES, COVERAGES, BENEFICIARIES, MEMBERS, CLAIMS, PREMIUMS).withBulk(PREMIUMS));
    }

    private static void write(Insurance.Written w, TableGroup.Rows rows) {
        Policy p = w.policy();
        RowSink out = rows.to(POLICIES);
        out.number(p.id()).text(p.number()).number(p.customerId()).text(p.line().code()).text(p.status())
                .date(p.start()).date(p.end()).cents(p.premiumCents()).text(p.frequency())
                .cents(w.insuredCents()).number(w.agent()).number(p.accountId()).instant(w.issuedAt())
                .date(p.statusDate()).number(p.termMonths() == null ? null : (long) p.termMonths()).text(p.scheme());
        out.endRow();
        for (Policy.Cover cover : w.covers()) {
            out = rows.to(COVERAGES);
            out.number(cover.id()).number(p.id()).text(cover.type())
                    .cents(cover.limitCents() == Policy.Cover.UNLIMITED ? null : cover.limitCents())
                    .cents(cover.deductibleCents());
            out.endRow();
        }
        for (Insurance.Beneficiary b : w.beneficiaries()) {
            out = rows.to(BENEFICIARIES);
            out.number(b.id()).number(p.id()).text(b.fullName()).text(b.relationship()).decimal(b.share())
                    .date(b.born());
            out.endRow();
        }
        for (Insurance.Member m : w.members()) {
            out = rows.to(MEMBERS);
            out.number(m.id()).number(p.id()).text(m.fullName()).text(m.relationship()).date(m.born());
            out.endRow();
        }
        for (int i = 0; i < p.claims().size(); i++) {
            Policy.Claim claim = p.claims().get(i);
            out = rows.to(CLAIMS);
            out.number(claim.id()).text(claim.number()).number(p.id()).date(claim.incident()).date(claim.filed())
                    .cents(claim.claimedCents())
                    .cents(claim.approvedCents()).text(claim.status())
                    .number(w.handlers().get(i)).date(claim.settled()).text(claim.coverage()).text(claim.payoutParty())
                    .number(claim.paysTheInsured() ? p.accountId() : null).text(claim.rejectionReason());
            out.endRow();
        }
        for (Policy.Premium premium : p.premiums()) {
            out = rows.to(PREMIUMS);
            out.number(premium.id()).number(p.id()).date(premium.due()).date(premium.paid())
                    .cents(premium.cents()).text(premium.status())
                    .number(premium.paid() != null ? p.accountId() : null);
            out.endRow();
        }
    }

}
