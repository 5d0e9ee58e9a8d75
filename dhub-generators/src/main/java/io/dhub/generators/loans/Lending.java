package io.dhub.generators.loans;

import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.CustomerFile;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Role;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.ids.IdSpace;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 5's rules. The loan book comes from the customers; this class adds what the bank's side
 * decides: the officer, the approver, collateral, guarantors and risk assessments, as records.
 */
public final class Lending {
    private final SeedTree seeds;
    private final Customers customers;
    private final LoanBook book;
    private final Staff staff;
    private final LocalDate asOf;
    private final Market market;
    private final LoanRules rules;
    private final long[] officers;
    /** The loan officers at each branch. */
    private final java.util.Map<String, long[]> branchOfficers;
    private final long[] approvers;
    private final long[] assessors;

    /**
     * @param book the customers' loan book, built with phase 2's seeds (its money is in their ledgers)
     */
    public Lending(SeedTree seeds, Customers customers, LoanBook book, Staff staff, LocalDate asOf, Market market,
                   LoanRules rules) {
        this.seeds = seeds;
        this.market = market;
        this.rules = rules;
        this.customers = customers;
        this.book = book;
        this.staff = staff;
        this.asOf = asOf;
        this.officers = staff.ids(Role.LOAN_OFFICER);
        this.branchOfficers = staff.byBranch(officers);
        this.approvers = staff.ids(Role.MANAGER, Role.BRANCH_MANAGER, Role.EXECUTIVE);
        this.assessors = staff.ids(Role.RISK_ANALYST, Role.COMPLIANCE_OFFICER);
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

    /**
     * A loan officer employed from the application to the decision (or to now, while it is open):
     * mostly one at the customer's home branch, when one works there throughout.
     */
    long officer(Application a, Customer c) {
        LocalDate until = a.decided() != null ? a.decided() : a.applied();
        Rng local = seeds.stream("loan-officer-branch", a.id());
        Long chosen = local.chance(rules.homeBranchOfficer()) ? staff.pickEmployedThrough(
                branchOfficers.getOrDefault(c.homeBranch(), new long[0]), a.applied(), until, local) : null;
        if (chosen != null) {
            return chosen;
        }
        chosen = staff.pickEmployedThrough(officers, a.applied(), until, seeds.stream("loan-officer", a.id()));
        return chosen != null ? chosen : pick(officers, a.applied(), "loan-officer", a.id());
    }

    Long approver(Application a) {
        return a.approved() ? pick(approvers, a.decided(), "loan-approver", a.id()) : null;
    }

    /** What the bank decided and recorded about one application: its people, loan, security and assessments. */
    public record Borrowing(Application application, BigDecimal annualIncome, long officer, Long approver,
                            String rejectionReason, Loan loan, Collateral collateral, List<Guarantor> guarantors,
                            List<Assessment> assessments) {
    }

    /** A loan's collateral. */
    public record Collateral(long id, long loanId, String type, String description, long appraisedCents,
                             LocalDate appraised, BigDecimal ltv) {
    }

    /** A guarantor of a loan. */
    public record Guarantor(long id, long loanId, String fullName, String relationship, String phone,
                            BigDecimal annualIncome, long guaranteeCents, LocalDate signed) {
    }

    /** A credit risk assessment of an application (and, for a periodic review, of its loan). */
    public record Assessment(long id, long applicationId, Long loanId, String type, LocalDate on, int score,
                             BigDecimal pd, String grade, BigDecimal debtToIncome, String recommendation,
                             long assessedBy) {
    }

    /** Customer k's applications with everything phase 5 records about each; each loan is built once. */
    public List<Borrowing> borrowings(long k) {
        return borrowings(customers.file(k));
    }

    /** The same, from the customer's file of the phase that asks (phases 6 and 7 read it too). */
    public List<Borrowing> borrowings(CustomerFile file) {
        Customer c = file.customer();
        List<Application> applications = book.applications(file);
        List<Borrowing> out = new ArrayList<>(applications.size());
        for (Application a : applications) {
            Loan loan = a.approved() ? book.loan(file, a) : null;
            out.add(new Borrowing(a, c.annualIncome(), officer(a, c), approver(a),
                    "rejected".equals(a.status()) ? rejection(seeds.stream("rejection", a.id())) : null, loan,
                    loan != null ? collateral(a, loan) : null, loan != null ? guarantors(a, loan, c) : List.of(),
                    assessments(a, loan)));
        }
        return out;
    }

    /**
     * Collateral on 80% of secured loans, appraised at 110-150% of the principal between applying
     * and the decision; null when the loan has none. A gold loan always has its gold, appraised at
     * {@link #GOLD_LEAST_COVER}-150% of the principal: RBI holds a gold loan to 75% of the gold's
     * value.
     */
    private Collateral collateral(Application a, Loan l) {
        if (!a.type().secured()) {
            return null;
        }
        Rng rng = seeds.stream("collateral", a.id());
        boolean gold = a.type() == LoanType.GOLD;
        if (!rng.chance(rules.collateralised()) && !gold) {
            return null;
        }
        long appraised = Math.round(l.principalCents() * rng.uniform(gold ? GOLD_LEAST_COVER : 1.10, 1.50));
        String[] kind = switch (a.type()) {
            case MORTGAGE -> rng.chance(0.7) ? new String[] {"property", "Single-family home"}
                    : new String[] {"real_estate", "Residential condominium"};
            case AUTO -> new String[] {"vehicle", "Passenger vehicle"};
            case TWO_WHEELER -> new String[] {"vehicle", "Two-wheeler, hypothecated to the bank"};
            case GOLD -> new String[] {"gold", rng.pick(new String[] {"Gold ornaments, 22 carat",
                "Gold bangles and chain, 22 carat", "Gold jewellery, 18-22 carat"})};
            default -> rng.pick(new String[][] {{"equipment", "Production equipment"},
                {"inventory", "Warehouse inventory"}, {"real_estate", "Commercial premises"}});
        };
        return new Collateral(l.id(), l.id(), kind[0], kind[1], appraised, rng.dateBetween(a.applied(), a.decided()),
                ltv(l.principalCents(), appraised));
    }

    /**
     * The least appraised value of a gold loan's gold, as a multiple of the principal: the principal is
     * at most 75% of it (RBI's loan-to-value ceiling for gold loans, Master Circular on loans and
     * advances; banks keep to it), a little above 4/3 so that the stored four-decimal LTV stays within.
     */
    static final double GOLD_LEAST_COVER = 1.34;

    /** Loan-to-value: principal / appraised value, to four decimals, rounded half to even. */
    static BigDecimal ltv(long principalCents, long appraisedCents) {
        return BigDecimal.valueOf(principalCents).divide(BigDecimal.valueOf(appraisedCents), 4,
                RoundingMode.HALF_EVEN);
    }

    /**
     * Guarantors on 25% of loans (one, or two for 30% of those), guaranteeing 50-100% of the principal.
     * Who stands behind a loan follows its purpose and the borrower's age: business partners back
     * business loans only, parents chiefly education loans; a parent guarantees a borrower of at most
     * {@value #OLDEST_WITH_PARENT_GUARANTOR}, a grown child one of at least {@value #YOUNGEST_WITH_CHILD_GUARANTOR}.
     * The guarantor's age (which their first name follows) is the relationship's: a parent 20-40 years
     * older, a child 20-40 younger, a spouse within 6 years, a sibling within 10, each an adult. Family
     * mostly shares the borrower's surname.
     */
    private List<Guarantor> guarantors(Application a, Loan l, Customer c) {
        Rng rng = seeds.stream("guarantors", a.id());
        if (!rng.chance(rules.guaranteed())) {
            return List.of();
        }
        int n = rng.chance(rules.twoGuarantors()) ? 2 : 1;
        int age = (int) java.time.temporal.ChronoUnit.YEARS.between(c.dateOfBirth(), a.decided());
        var mix = rules.guarantor(a.type());
        if (age > OLDEST_WITH_PARENT_GUARANTOR) {
            mix = mix.with("parent", 0);
        }
        if (age < YOUNGEST_WITH_CHILD_GUARANTOR) {
            mix = mix.with("child", 0);
        }
        int born = c.dateOfBirth().getYear();
        List<Guarantor> out = new ArrayList<>(n);
        for (int g = 0; g < n; g++) {
            var person = new Rng(rng.nextSeed()).random();
            long share = Math.round(l.principalCents() * rng.uniform(0.50, 1.00));
            long id = l.id() * Ids.GUARANTORS_PER_LOAN + g;
            String relationship = mix.draw(rng);
            int year = switch (relationship) {
                case "parent" -> born - 20 - person.nextInt(21);
                case "child" -> born + 20 + person.nextInt(Math.min(40, age - 18 - 20) + 1);
                case "spouse" -> born - 6 + person.nextInt(13);
                case "sibling" -> born - 10 + person.nextInt(21);
                default -> a.decided().getYear() - 25 - person.nextInt(40);
            };
            year = Math.min(year, a.decided().getYear() - 18);     // a guarantor signs as an adult
            boolean family = switch (relationship) {
                case "parent", "child", "sibling" -> person.nextDouble() < 0.85;
                case "spouse" -> person.nextDouble() < 0.7;
                default -> false;
            };
            String name = market.firstName(person, person.nextBoolean(), year) + " "
                    + (family ? c.lastName() : market.surname(person));
            BigDecimal income = BigDecimal.valueOf(Math.round(rng.logNormal(70_000, 0.5)) * 100, 2);
            out.add(new Guarantor(id, l.id(), name, relationship, market.phone(IdSpace.GUARANTOR_PHONE_BASE + id),
                    income, Math.max(1, share), a.decided()));
        }
        return out;
    }

    /** The oldest borrower, at the decision, whose parent guarantees the loan. */
    static final int OLDEST_WITH_PARENT_GUARANTOR = 55;

    /** The youngest borrower, at the decision, whose grown child guarantees the loan (a child of 18 or more, born 20 or more years after). */
    static final int YOUNGEST_WITH_CHILD_GUARANTOR = 38;

    /**
     * Every application is assessed before its decision (pending ones since applying) with the
     * application's origination score ({@link Credit}); 40% of active loans are reassessed later, the
     * score moving by about 25 points. The grade follows the score; the PD is logistic in the score
     * and knows nothing of the outcome; the debt-to-income ratio is the application's.
     */
    private List<Assessment> assessments(Application a, Loan loan) {
        Rng rng = seeds.stream("assessment", a.id());
        String outcome = loan != null ? loan.status() : a.status();
        int score = a.score();
        LocalDate until = a.decided() != null ? a.decided() : asOf.minusDays(1);
        LocalDate on = rng.dateBetween(a.applied(), until);
        List<Assessment> out = new ArrayList<>(2);
        out.add(assessment(a.id() * Ids.ASSESSMENTS_PER_APPLICATION, a, null, "origination", on, score, outcome, rng));
        if (loan != null && "active".equals(loan.status()) && rng.chance(rules.reassessed())
                && loan.disbursed().plusDays(30).isBefore(asOf)) {
            int later = Math.max(300, Math.min(850, score + (int) Math.round(rng.gaussian() * 25)));
            out.add(assessment(a.id() * Ids.ASSESSMENTS_PER_APPLICATION + 1, a, loan.id(), "periodic_review",
                    rng.dateBetween(loan.disbursed().plusDays(30), asOf.minusDays(1)), later, outcome, rng));
        }
        return out;
    }

    /** Recommendation: decline what was rejected, approve a score of 660 or more, review the rest. */
    private Assessment assessment(long id, Application a, Long loanId, String type, LocalDate on, int score,
                                  String outcome, Rng rng) {
        double pd = Credit.pd(score);
        String recommendation = "rejected".equals(a.status()) ? "decline" : score >= 660 ? "approve" : "review";
        BigDecimal dti = BigDecimal.valueOf(a.dti()).setScale(2, RoundingMode.HALF_EVEN);
        // the score as the market's bureau reports it; the PD, grade and recommendation read the rules' scale
        return new Assessment(id, a.id(), loanId, type, on, market.bureauScore(score),
                BigDecimal.valueOf(pd).setScale(4, RoundingMode.HALF_EVEN), grade(score), dti, recommendation,
                pick(assessors, on, "assessor", id));
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
