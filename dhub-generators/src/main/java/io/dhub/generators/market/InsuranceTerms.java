package io.dhub.generators.market;

import java.time.LocalDate;
import java.util.List;

/**
 * A market's own insurance, where it differs from the rules' lines (the specification's US covers):
 * motor cover under a tariff, health cover sized in the market's steps, and government schemes the
 * bank enrols its account holders in. Amounts are whole units of the market's currency.
 *
 * @param motor   how a vehicle is insured, or null for the rules' covers
 * @param health  how health cover is sized and priced, or null for the rules'
 * @param schemes the schemes account holders are enrolled in, none where the market has none
 */
public record InsuranceTerms(Motor motor, Health health, List<Scheme> schemes) {

    /**
     * One class of vehicle under the motor tariff: the class a vehicle of up to {@code valueUpTo} falls
     * in (the value standing in for engine size), its third-party premium, the own-damage rate of the
     * tariff on the insured value, the third-party property limit, the compulsory deductible of its own
     * damage, and the owner-driver's personal accident premium.
     */
    public record VehicleClass(String vehicle, long valueUpTo, long thirdPartyPremium, double ownDamageRate,
                               long propertyLimit, long deductible, long ownerDriverPremium) {
    }

    /**
     * Motor cover: the vehicle classes (cars, then two-wheelers, each by value); who drives a car
     * ({@code carShares[i]} of those with an income of {@code carIncomes[i]} or more); the insured value
     * of a car and of a two-wheeler (lognormal median and σ, clamped); the share of each insured under a
     * package policy (third party and own damage) rather than third party alone; the owner-driver's
     * cover and the share who take it; the no-claim bonus steps with their weights; the part of the
     * tariff's own-damage rate insurers charge (uniform between the two); and the tax on the premium.
     */
    public record Motor(List<VehicleClass> classes, long[] carIncomes, double[] carShares, double[] carValue,
                        double[] twoWheelerValue, double carPackage, double twoWheelerPackage,
                        long ownerDriverCover, double ownerDriverShare, int[] noClaimBonus, int[] noClaimWeights,
                        double[] tariffCharged, double premiumTax) {
        /** The class of a vehicle ("car" or "two_wheeler") of this value: the first whose ceiling it does not pass. */
        public VehicleClass classOf(String vehicle, double value) {
            VehicleClass last = null;
            for (VehicleClass c : classes) {
                if (c.vehicle().equals(vehicle)) {
                    last = c;
                    if (value <= c.valueUpTo()) {
                        return c;
                    }
                }
            }
            return last;
        }

        /** The chance that an adult with this yearly income insures a car rather than a two-wheeler. */
        public double carShare(double income) {
            double share = 0;
            for (int i = 0; i < carIncomes.length; i++) {
                if (income >= carIncomes[i]) {
                    share = carShares[i];
                }
            }
            return share;
        }
    }

    /**
     * Health cover as a family floater: the sums insured offered with their weights; who it covers
     * besides the holder (a spouse for {@code spouseShare} of holders, 0-3 children by {@code childWeights});
     * the yearly premium of one adult for the reference sum by age ({@code premiums[i]} from
     * {@code ages[i]}, interpolated) at the eldest member's age, growing with the sum as its square root
     * and by {@code adultLoading} for each further adult and {@code childLoading} for each child, before
     * the tax on the premium (none on a policy starting on or after {@code taxFreeFrom}, null where it
     * never lapses).
     */
    public record Health(long[] sums, int[] weights, double spouseShare, int[] childWeights, int[] ages,
                         long[] premiums, long referenceSum, double adultLoading, double childLoading,
                         double premiumTax, LocalDate taxFreeFrom) {
    }

    /** A cover of a scheme, with its fixed benefit. */
    public record SchemeCover(String type, long benefit) {
    }

    /**
     * A government insurance scheme the bank enrols account holders in: its name, the policy type it
     * is stored as, who may join (ages {@code minAge}-{@code maxEnrolAge}) and until what age the cover
     * runs; its covers; the yearly premium, and the first premium by the quarter of the scheme year
     * one joins in; the share of the eligible who join and of the enrolled who renew each year; the
     * first scheme year; the month a scheme year starts in and the first day of the window in the month
     * before in which the bank debits the renewals; and the premiums of the years before the scheme
     * year starting on {@code revised}.
     */
    public record Scheme(String code, String policyType, int minAge, int maxEnrolAge, int coverToAge,
                         List<SchemeCover> covers, long annualPremium, long[] firstPremiumByQuarter, double joins,
                         double renews, LocalDate launched, int yearStartMonth, int renewalFromDay, LocalDate revised,
                         long earlierAnnualPremium, long[] earlierFirstPremiumByQuarter) {
        /** The yearly premium of the scheme year starting on this day: the earlier one before the revision. */
        public long annualPremium(LocalDate yearStart) {
            return yearStart.isBefore(revised) ? earlierAnnualPremium : annualPremium;
        }

        /** The first premium of one joining on this day, in the scheme year starting on {@code yearStart}. */
        public long firstPremium(LocalDate yearStart, int quarter) {
            return (yearStart.isBefore(revised) ? earlierFirstPremiumByQuarter : firstPremiumByQuarter)[quarter];
        }

        /** The sum insured: the largest benefit. */
        public long sumInsured() {
            return covers.stream().mapToLong(SchemeCover::benefit).max().orElse(0);
        }
    }
}
