package io.dhub.generators.loans;

import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Role;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.engine.Fakers;
import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.engine.Weighted;
import io.dhub.generators.ids.IdSpace;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.ids.UniqueValues;
import io.dhub.generators.load.CopyText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Phase 5's rows. The loan book comes from the customers; this class adds what the bank's side
 * decides: the officer, the approver, collateral, guarantors and risk assessments.
 */
public final class Lending {
    /** Seed rule: 80% of secured loans carry collateral. */
    public static final double COLLATERALISED = 0.80;
    /** Seed rule: 25% of loans have guarantors, 70% of those one and 30% two. */
    public static final double GUARANTEED = 0.25;
    public static final double TWO_GUARANTORS = 0.30;
    /** Seed rule: 40% of active loans are reassessed. */
    public static final double REASSESSED = 0.40;
    static final Weighted<String> GUARANTOR = Weighted.of("spouse", 30, "parent", 25, "sibling", 15,
            "business_partner", 12, "friend", 8, "child", 5, "other_relative", 5);

    private final SeedTree seeds;
    private final Customers customers;
    private final LoanBook book;
    private final Staff staff;
    private final LocalDate asOf;
    private final long[] officers;
    private final long[] approvers;
    private final long[] assessors;

    /**
     * @param book the customers' loan book, built with phase 2's seeds (its money is in their ledgers)
     */
    public Lending(SeedTree seeds, Customers customers, LoanBook book, Staff staff, LocalDate asOf) {
        this.seeds = seeds;
        this.customers = customers;
        this.book = book;
        this.staff = staff;
        this.asOf = asOf;
        this.officers = staff.ids(Role.LOAN_OFFICER);
        this.approvers = staff.ids(Role.MANAGER, Role.BRANCH_MANAGER, Role.EXECUTIVE);
        this.assessors = staff.ids(Role.RISK_ANALYST, Role.COMPLIANCE_OFFICER);
    }

    /** The applications of customer k. */
    List<Application> applications(long k) {
        return applications(customers.core(k));
    }

    private List<Application> applications(Customer c) {
        return book.applications(c, customers.accounts(c));
    }

    /** Someone of the pool employed that day; failing that, anyone who was; failing that, the executive. */
    private long pick(long[] pool, LocalDate day, String kind, long id) {
        Rng rng = seeds.stream(kind, id);
        Long chosen = staff.pickEmployedOn(pool, day, rng);
        if (chosen == null) {
            chosen = staff.pickEmployedOn(java.util.stream.LongStream.rangeClosed(1, staff.count()).toArray(), day, rng);
        }
        return chosen == null ? 1 : chosen;
    }

    long officer(Application a) {
        return pick(officers, a.applied(), "loan-officer", a.id());
    }

    Long approver(Application a) {
        return a.approved() ? pick(approvers, a.decided(), "loan-approver", a.id()) : null;
    }

    public void writeApplications(long k, CopyText out) {
        Customer c = customers.core(k);
        for (Application a : applications(c)) {
            out.number(a.id()).text(String.format(Locale.ROOT, "APP%010d", a.id())).number(k).text(a.type().code())
                    .decimal(BigDecimal.valueOf(a.requestedCents(), 2)).number(a.termMonths()).text(a.purpose())
                    .decimal(c.annualIncome()).date(a.applied()).text(a.status()).date(a.decided())
                    .number(officer(a)).number(approver(a))
                    .text("rejected".equals(a.status()) ? rejection(seeds.stream("rejection", a.id())) : null);
            out.endRow();
        }
    }

    public void writeLoans(long k, CopyText out) {
        for (Application a : applications(k)) {
            if (!a.approved()) {
                continue;
            }
            Loan l = book.loan(a);
            out.number(l.id()).text(String.format(Locale.ROOT, "LN%010d", l.id())).number(a.id()).number(k)
                    .text(a.type().code()).decimal(BigDecimal.valueOf(l.principalCents(), 2))
                    .decimal(BigDecimal.valueOf(l.ratePercent()).setScale(4, RoundingMode.HALF_EVEN))
                    .number(l.termMonths()).decimal(BigDecimal.valueOf(l.paymentCents(), 2)).date(l.disbursed())
                    .date(l.firstPayment()).date(l.maturity()).text(l.status())
                    .decimal(BigDecimal.valueOf(l.outstandingCents(), 2)).number(a.linkedAccountId())
                    .number(officer(a)).number(approver(a));
            out.endRow();
        }
    }

    /**
     * Collateral on 80% of secured loans, appraised at 110-150% of the principal between applying
     * and the decision; LTV = principal / appraised value, to four decimals.
     */
    public void writeCollateral(long k, CopyText out) {
        for (Application a : applications(k)) {
            if (!a.approved() || !a.type().secured()) {
                continue;
            }
            Rng rng = seeds.stream("collateral", a.id());
            if (!rng.chance(COLLATERALISED)) {
                continue;
            }
            Loan l = book.loan(a);
            long appraised = Math.round(l.principalCents() * rng.uniform(1.10, 1.50));
            String[] kind = switch (a.type()) {
                case MORTGAGE -> rng.chance(0.7) ? new String[] {"property", "Single-family home"}
                        : new String[] {"real_estate", "Residential condominium"};
                case AUTO -> new String[] {"vehicle", "Passenger vehicle"};
                default -> rng.pick(new String[][] {{"equipment", "Production equipment"},
                    {"inventory", "Warehouse inventory"}, {"real_estate", "Commercial premises"}});
            };
            BigDecimal ltv = BigDecimal.valueOf(l.principalCents()).divide(BigDecimal.valueOf(appraised), 4,
                    RoundingMode.HALF_EVEN);
            out.number(l.id()).number(l.id()).text(kind[0]).text(kind[1]).decimal(BigDecimal.valueOf(appraised, 2))
                    .date(rng.dateBetween(a.applied(), a.decided())).decimal(ltv);
            out.endRow();
        }
    }

    public void writeSchedules(long k, CopyText out) {
        for (Application a : applications(k)) {
            if (!a.approved()) {
                continue;
            }
            Loan l = book.loan(a);
            for (Installment i : l.schedule()) {
                out.number(l.id() * Ids.INSTALLMENTS_PER_LOAN + i.number()).number(l.id()).number(i.number()).date(i.due())
                        .decimal(BigDecimal.valueOf(i.principal(), 2)).decimal(BigDecimal.valueOf(i.interest(), 2))
                        .decimal(BigDecimal.valueOf(i.total(), 2)).decimal(BigDecimal.valueOf(i.remaining(), 2))
                        .text(i.status()).date(i.paidOn())
                        .decimal(i.paid() ? BigDecimal.valueOf(i.paidCents(), 2) : null);
                out.endRow();
            }
        }
    }

    /** Guarantors on 25% of loans (one, or two for 30% of those), guaranteeing 50-100% of the principal. */
    public void writeGuarantors(long k, CopyText out) {
        for (Application a : applications(k)) {
            if (!a.approved()) {
                continue;
            }
            Rng rng = seeds.stream("guarantors", a.id());
            if (!rng.chance(GUARANTEED)) {
                continue;
            }
            Loan l = book.loan(a);
            int n = rng.chance(TWO_GUARANTORS) ? 2 : 1;
            for (int g = 0; g < n; g++) {
                var faker = Fakers.seeded(rng.nextSeed());
                long share = Math.round(l.principalCents() * rng.uniform(0.50, 1.00));
                out.number(l.id() * Ids.GUARANTORS_PER_LOAN + g).number(l.id()).text(faker.name().firstName() + " " + faker.name().lastName())
                        .text(GUARANTOR.draw(rng)).text(UniqueValues.phone(IdSpace.GUARANTOR_PHONE_BASE
                                + l.id() * Ids.GUARANTORS_PER_LOAN + g))
                        .decimal(BigDecimal.valueOf(Math.round(rng.logNormal(70_000, 0.5)) * 100, 2))
                        .decimal(BigDecimal.valueOf(Math.max(1, share), 2)).date(a.decided());
                out.endRow();
            }
        }
    }

    /**
     * Every application is assessed before its decision (pending ones since applying); 40% of
     * active loans are reassessed later. Scores 300-850; the grade follows the score; PD rises as the
     * score falls and with the outcome (rejected, defaulted).
     */
    public void writeAssessments(long k, CopyText out) {
        for (Application a : applications(k)) {
            Rng rng = seeds.stream("assessment", a.id());
            Loan loan = a.approved() ? book.loan(a) : null;
            String outcome = loan != null ? loan.status() : a.status();
            int score = score(rng, outcome);
            LocalDate until = a.decided() != null ? a.decided() : asOf.minusDays(1);
            LocalDate on = rng.dateBetween(a.applied(), until);
            writeAssessment(a.id() * Ids.ASSESSMENTS_PER_APPLICATION, a, null, "origination", on, score, outcome, rng, out);
            if (loan != null && "active".equals(loan.status()) && rng.chance(REASSESSED)
                    && loan.disbursed().plusDays(30).isBefore(asOf)) {
                int later = Math.max(300, Math.min(850, score + (int) Math.round(rng.gaussian() * 25)));
                writeAssessment(a.id() * Ids.ASSESSMENTS_PER_APPLICATION + 1, a, loan.id(), "periodic_review",
                        rng.dateBetween(loan.disbursed().plusDays(30), asOf.minusDays(1)), later, outcome, rng, out);
            }
        }
    }

    private void writeAssessment(long id, Application a, Long loanId, String type, LocalDate on, int score,
                                 String outcome, Rng rng, CopyText out) {
        double pd = pd(score, outcome);
        String recommendation = "rejected".equals(a.status()) ? "decline" : score >= 660 ? "approve" : "review";
        out.number(id).number(a.id()).number(loanId).text(type).date(on).number(score)
                .decimal(BigDecimal.valueOf(pd).setScale(4, RoundingMode.HALF_EVEN)).text(grade(score))
                .decimal(BigDecimal.valueOf(rng.between(500, 5500), 2)).text(recommendation)
                .number(pick(assessors, on, "assessor", id));
        out.endRow();
    }

    /** Credit score: roughly normal around 700 (590 for rejected and defaulted borrowers), within 300-850. */
    static int score(Rng rng, String outcome) {
        double mean = "rejected".equals(outcome) || "defaulted".equals(outcome) ? 590 : 700;
        return (int) Math.max(300, Math.min(850, Math.round(mean + rng.gaussian() * 70)));
    }

    /** Probability of default: logistic in the score, scaled by the outcome, within 0.01-0.95. */
    static double pd(int score, String outcome) {
        double base = 1 / (1 + Math.exp((score - 560) / 45.0));
        double factor = switch (outcome) {
            case "defaulted" -> 3.0;
            case "rejected" -> 2.0;
            case "paid_off" -> 0.6;
            default -> 1.0;
        };
        return Math.max(0.01, Math.min(0.95, base * factor));
    }

    /** Grade bands of the score, AAA (800+) down to C (below 500). */
    static String grade(int score) {
        if (score >= 800) {
            return "AAA";
        }
        if (score >= 760) {
            return "AA";
        }
        if (score >= 720) {
            return "A";
        }
        if (score >= 680) {
            return "BBB";
        }
        if (score >= 640) {
            return "BB";
        }
        if (score >= 600) {
            return "B";
        }
        if (score >= 560) {
            return "CCC";
        }
        return score >= 500 ? "CC" : "C";
    }

    private static String rejection(Rng rng) {
        return rng.pick(new String[] {"Debt-to-income ratio too high", "Insufficient credit history",
            "Credit score below threshold", "Unverifiable income", "Collateral value insufficient"});
    }
}
