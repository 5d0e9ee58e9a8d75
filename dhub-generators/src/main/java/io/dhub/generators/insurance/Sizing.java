package io.dhub.generators.insurance;

import static io.dhub.generators.insurance.PolicyBook.age;
import static io.dhub.generators.insurance.PolicyBook.autoPremium;
import static io.dhub.generators.insurance.PolicyBook.clamp;
import static io.dhub.generators.insurance.PolicyBook.cover;
import static io.dhub.generators.insurance.PolicyBook.dollars;
import static io.dhub.generators.insurance.PolicyBook.lifeRatePer1000;
import static io.dhub.generators.insurance.PolicyBook.weighted;

import io.dhub.generators.customers.Customer;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.loans.Loan;
import io.dhub.generators.loans.LoanType;
import io.dhub.generators.market.InsuranceTerms;
import io.dhub.generators.spi.Rng;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy's amounts, one method per line: the sum insured (cents), the annual premium and the term
 * in months (null for a trip), with the covers the line writes. The dollar figures of the sources
 * (docs/generation.md, phase 6) are multiplied by the market's price level; a policy bought with a
 * loan is sized from the loan (the vehicle or the dwelling it financed).
 */
final class Sizing {
    private Sizing() {
    }

    record Amounts(long insured, double annual, Integer term, List<Policy.Member> members) {
        Amounts(long insured, double annual, Integer term) {
            this(insured, annual, term, List.of());
        }
    }

    static Amounts of(Line line, long id, Customer c, Loan loan, LocalDate start, Rng rng, double price,
                      InsuranceTerms terms, List<Policy.Cover> covers) {
        if (line == Line.AUTO && terms != null && terms.motor() != null) {
            return motor(id, c, loan, rng, terms.motor(), covers);
        }
        if (line == Line.HEALTH && terms != null && terms.health() != null) {
            return health(id, c, start, rng, terms.health(), covers);
        }
        return switch (line) {
            case AUTO -> auto(id, c, loan, start, rng, price, covers);
            case HOME -> home(id, loan, rng, price, covers);
            case LIFE -> life(id, c, start, rng, price, covers);
            case HEALTH -> health(id, rng, price, covers);
            case DISABILITY -> disability(id, c, start, rng, covers);
            case TRAVEL -> travel(id, rng, price, covers);
            case PERSONAL_ACCIDENT -> throw new IllegalArgumentException("personal accident is sold as a scheme only");
        };
    }

    /** Whether the market prices this line by its own tariff, one premium a year. */
    static boolean tariffed(Line line, InsuranceTerms terms) {
        return terms != null && (line == Line.AUTO && terms.motor() != null || line == Line.HEALTH && terms.health() != null);
    }

    /**
     * Motor cover under the market's tariff ({@link InsuranceTerms.Motor}): a car or a two-wheeler (the
     * loan's vehicle, else a car by income), its insured value (from the loan, else drawn), the class it
     * falls in; the third-party covers the law makes compulsory (injury without a limit, property to the
     * class's limit), the owner-driver's accident cover when taken and own damage on a package policy,
     * with the compulsory deductible. The premium: the class's third-party premium, the owner's accident
     * premium and the own-damage rate charged on the value less the no-claim bonus, plus the tax, in
     * whole units.
     */
    private static Amounts motor(long id, Customer c, Loan loan, Rng rng, InsuranceTerms.Motor m,
                                 List<Policy.Cover> covers) {
        double income = c.annualIncome().doubleValue();
        String vehicle = loan != null ? (loan.application().type() == LoanType.TWO_WHEELER ? "two_wheeler" : "car")
                : rng.chance(m.carShare(income)) ? "car" : "two_wheeler";
        double[] v = "car".equals(vehicle) ? m.carValue() : m.twoWheelerValue();
        double value = Math.round(loan != null ? loan.principalCents() / 100.0 * rng.uniform(1.05, 1.3)
                : clamp(rng.logNormal(v[0], v[1]), v[2], v[3]));
        InsuranceTerms.VehicleClass k = m.classOf(vehicle, value);
        boolean pack = rng.chance("car".equals(vehicle) ? m.carPackage() : m.twoWheelerPackage());
        boolean owner = rng.chance(m.ownerDriverShare());
        int bonus = m.noClaimBonus()[weighted(rng, m.noClaimWeights())];
        covers.add(new Policy.Cover(Ids.coverage(id, covers.size()), "third_party_injury", Policy.Cover.UNLIMITED, 0));
        cover(covers, id, "third_party_property", k.propertyLimit(), 0);
        if (owner) {
            cover(covers, id, "owner_driver_pa", m.ownerDriverCover(), 0);
        }
        double ownDamage = 0;
        if (pack) {
            cover(covers, id, "own_damage", value, k.deductible());
            ownDamage = value * k.ownDamageRate() * rng.uniform(m.tariffCharged()[0], m.tariffCharged()[1])
                    * (100 - bonus) / 100.0;
        }
        double annual = Math.round((k.thirdPartyPremium() + (owner ? k.ownerDriverPremium() : 0) + ownDamage)
                * (1 + m.premiumTax()));
        return new Amounts(dollars(value), annual, 12);
    }

    /**
     * A family floater in the market's steps ({@link InsuranceTerms.Health}): a sum insured drawn from the
     * offered ones, one hospitalisation cover of that sum without a deductible; the holder, a spouse (an
     * adult by the start, born within eight years of the holder) and children (born to the holder at
     * 20-40, by the start, and under 25 then); priced by the eldest adult's age at the start
     * (interpolated between the table's ages), the square root of the sum against the reference sum and
     * the loadings for each further adult and each child, within ±10%, plus the tax where it applies, in
     * whole units.
     */
    private static Amounts health(long id, Customer c, LocalDate start, Rng rng, InsuranceTerms.Health h,
                                  List<Policy.Cover> covers) {
        long sum = h.sums()[weighted(rng, h.weights())];
        List<Policy.Member> members = new ArrayList<>();
        members.add(new Policy.Member("self", c.dateOfBirth()));
        LocalDate eldest = c.dateOfBirth();
        if (age(c, start) >= 21 && rng.chance(h.spouseShare())) {
            LocalDate born = c.dateOfBirth().plusDays(rng.between(-8 * 365, 8 * 365));
            if (born.isAfter(start.minusYears(18))) {
                born = start.minusYears(18);
            }
            members.add(new Policy.Member("spouse", born));
            eldest = born.isBefore(eldest) ? born : eldest;
        }
        int children = weighted(rng, h.childWeights());
        LocalDate from = c.dateOfBirth().plusYears(20).isAfter(start.minusYears(25).plusDays(1))
                ? c.dateOfBirth().plusYears(20) : start.minusYears(25).plusDays(1);
        LocalDate to = c.dateOfBirth().plusYears(40).isBefore(start.minusDays(1)) ? c.dateOfBirth().plusYears(40)
                : start.minusDays(1);
        for (int k = 0; k < children && !to.isBefore(from); k++) {
            members.add(new Policy.Member("child", rng.dateBetween(from, to)));
        }
        int adults = members.size() - (int) members.stream().filter(m -> "child".equals(m.relationship())).count();
        int age = java.time.Period.between(eldest, start).getYears();
        int[] ages = h.ages();
        double base;
        if (age <= ages[0]) {
            base = h.premiums()[0];
        } else if (age >= ages[ages.length - 1]) {
            base = h.premiums()[ages.length - 1];
        } else {
            int i = 0;
            while (age > ages[i + 1]) {
                i++;
            }
            double t = (age - ages[i]) / (double) (ages[i + 1] - ages[i]);
            base = h.premiums()[i] + t * (h.premiums()[i + 1] - h.premiums()[i]);
        }
        boolean taxed = h.taxFreeFrom() == null || start.isBefore(h.taxFreeFrom());
        double family = 1 + h.adultLoading() * (adults - 1) + h.childLoading() * (members.size() - adults);
        double annual = Math.round(base * Math.sqrt(sum / (double) h.referenceSum()) * family * rng.uniform(0.9, 1.1)
                * (taxed ? 1 + h.premiumTax() : 1));
        cover(covers, id, "hospitalisation", sum, 0);
        return new Amounts(sum * 100, annual, 12, List.copyOf(members));
    }

    /** Liability limits of 300/100/50/25 thousand, collision (76%) and comprehensive (80%) on the vehicle. */
    private static Amounts auto(long id, Customer c, Loan loan, LocalDate start, Rng rng, double price,
                                List<Policy.Cover> covers) {
        double vehicle = loan != null ? loan.principalCents() / 100.0 * rng.uniform(1.05, 1.3)
                : clamp(rng.logNormal(22_000, 0.5), 8_000, 60_000) * price;
        long insured = dollars(vehicle);
        cover(covers, id, "bodily_injury", 300_000 * price, 0);
        cover(covers, id, "property_damage", 100_000 * price, 0);
        cover(covers, id, "uninsured_motorist", 50_000 * price, 0);
        cover(covers, id, "medical_payments", 25_000 * price, 0);
        boolean collision = rng.chance(0.76);
        boolean comprehensive = rng.chance(0.80);
        if (collision) {
            cover(covers, id, "collision", insured / 100.0, 500 * price);
        }
        if (comprehensive) {
            cover(covers, id, "comprehensive", insured / 100.0, 500 * price);
        }
        double annual = clamp(autoPremium(age(c, start), vehicle / price, collision, comprehensive)
                * rng.logNormal(1, 0.25), 600, 4_000) * price;
        return new Amounts(insured, annual, 12);
    }

    /** The dwelling (1.5 times a mortgage's principal), other structures 10%, contents 50%, liability. */
    private static Amounts home(long id, Loan loan, Rng rng, double price, List<Policy.Cover> covers) {
        double dwelling = loan != null ? Math.max(80_000 * price, loan.principalCents() / 100.0 * 1.5)
                : clamp(rng.logNormal(300_000, 0.5), 80_000, 2_000_000) * price;
        long insured = dollars(dwelling);
        double annual = clamp(1_400 * Math.pow(dwelling / (300_000 * price), 0.6) * rng.logNormal(1, 0.25), 400,
                12_000) * price;
        cover(covers, id, "dwelling", dwelling, 1_000 * price);
        cover(covers, id, "other_structures", dwelling * 0.10, 1_000 * price);
        cover(covers, id, "personal_property", dwelling * 0.50, 1_000 * price);
        cover(covers, id, "liability", 300_000 * price, 0);
        return new Amounts(insured, annual, 12);
    }

    /** Term life: a face in tens of thousands, priced by age, for 10, 15, 20 or 30 years. */
    private static Amounts life(long id, Customer c, LocalDate start, Rng rng, double price,
                                List<Policy.Cover> covers) {
        double face = Math.round(clamp(rng.logNormal(250_000, 0.6), 25_000, 2_000_000) / 10_000) * 10_000.0
                * price;
        long insured = dollars(face);
        double annual = lifeRatePer1000(age(c, start)) * face / 1000 * rng.uniform(0.9, 1.1);
        int years = new int[] {10, 15, 20, 30}[weighted(rng, 22, 11, 52, 15)];
        cover(covers, id, "death_benefit", face, 0);
        return new Amounts(insured, annual, years * 12);
    }

    private static Amounts health(long id, Rng rng, double price, List<Policy.Cover> covers) {
        long insured = dollars(rng.between(10, 50) * 1_000.0 * price);
        double annual = rng.between(20, 80) * 12.0 * price;
        cover(covers, id, "medical", insured / 100.0, rng.between(0, 5) * 100 * price);
        return new Amounts(insured, annual, 12);
    }

    /** 60% of the monthly income for up to 24 months, until 65. */
    private static Amounts disability(long id, Customer c, LocalDate start, Rng rng, List<Policy.Cover> covers) {
        double income = c.annualIncome().doubleValue();
        double benefit = 0.6 * income / 12;
        long insured = dollars(benefit * 24);
        double annual = income * rng.uniform(0.01, 0.03);
        int term = (int) ChronoUnit.MONTHS.between(start, c.dateOfBirth().plusYears(65));
        cover(covers, id, "income_replacement", benefit * 24, 0);
        return new Amounts(insured, annual, term);
    }

    private static Amounts travel(long id, Rng rng, double price, List<Policy.Cover> covers) {
        double trip = clamp(rng.logNormal(5_300, 0.5), 1_000, 10_000) * price;
        long insured = dollars(trip);
        double annual = trip * rng.uniform(0.04, 0.08);
        cover(covers, id, "trip_cancellation", trip, 0);
        return new Amounts(insured, annual, null);
    }
}
