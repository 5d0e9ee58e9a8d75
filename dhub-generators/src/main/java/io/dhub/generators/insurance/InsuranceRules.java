package io.dhub.generators.insurance;

import io.dhub.generators.spi.Weighted;
import java.util.Map;

/**
 * The insurance domain's rules in one object, so that a profile can override them. {@link #DEFAULT}
 * follows ../shared/specs/insurance-compliance.md: sourced figures where it gives them, [chosen]
 * defaults elsewhere (docs/generation.md, phase 6, names which is which).
 *
 * @param holders     [chosen] 45% of account holders hold a policy (the share drawn before cross-sell
 *                    is lower, so that the share measured with it lands there)
 * @param count       [chosen] one policy 60%, two 30%, three 10%
 * @param line        [chosen] auto 28, home 22, life 22, health 10, travel 10, disability 8
 * @param crossSell   [chosen] 60% of active mortgage and auto borrowers insure the home or car with the bank
 * @param frequency   [chosen] monthly 40, annual 30, quarterly 10, semi-annual 10 (travel: single premium)
 * @param status      [chosen] status mix per line (LIMRA/SOA: about 7% of life policies lapse a year)
 * @param late        [chosen] 5% of premiums are paid late; a missed premium lapses the policy
 * @param graceDays   a policy lapses this many days after its first unpaid premium (the usual 31)
 * @param claimRates  claims per 100 exposure-years and mean severity, per coverage (ISO 2023 via the
 *                    Insurance Information Institute for auto and home; [chosen] for the rest)
 */
public record InsuranceRules(double holders, Weighted<Integer> count, Weighted<Line> line, double crossSell,
                             Weighted<String> frequency, Map<Line, Weighted<String>> status, double late,
                             int graceDays, Map<String, ClaimRate> claimRates) {

    /**
     * How often a coverage is claimed and how much: claims per 100 exposure-years, the mean claim in
     * dollars (claimed amounts are lognormal with σ = 1.0 around it), and who is paid.
     */
    public record ClaimRate(double per100, double meanDollars, String payoutParty) {
    }

    public static final InsuranceRules DEFAULT = new InsuranceRules(0.42,
            Weighted.of(1, 60, 2, 30, 3, 10),
            Weighted.of(Line.AUTO, 28, Line.HOME, 22, Line.LIFE, 22, Line.HEALTH, 10, Line.TRAVEL, 10,
                    Line.DISABILITY, 8),
            0.60,
            Weighted.of("monthly", 40, "annual", 30, "quarterly", 10, "semi_annual", 10),
            Map.of(Line.AUTO, Weighted.of("active", 82, "cancelled", 10, "lapsed", 5, "pending", 3),
                    Line.HOME, Weighted.of("active", 85, "cancelled", 8, "lapsed", 4, "pending", 3),
                    Line.HEALTH, Weighted.of("active", 85, "cancelled", 8, "lapsed", 4, "pending", 3),
                    Line.DISABILITY, Weighted.of("active", 85, "cancelled", 8, "lapsed", 4, "pending", 3),
                    Line.LIFE, Weighted.of("active", 85, "lapsed", 12, "pending", 3),
                    Line.TRAVEL, Weighted.of("expired", 85, "active", 12, "pending", 3)),
            0.05, 31,
            Map.ofEntries(
                    Map.entry("collision", new ClaimRate(4.54, 5_470, "insured")),
                    Map.entry("comprehensive", new ClaimRate(4.06, 2_306, "insured")),
                    Map.entry("property_damage", new ClaimRate(2.58, 6_551, "third_party")),
                    Map.entry("bodily_injury", new ClaimRate(0.77, 26_501, "third_party")),
                    Map.entry("uninsured_motorist", new ClaimRate(0.25, 9_000, "insured")),
                    Map.entry("medical_payments", new ClaimRate(0.50, 3_000, "provider")),
                    // home 5.79 per 100 house-years ($15,749): wind and hail 2.45, water 1.90, fire 0.27 on the
                    // dwelling; theft 0.23 on personal property; other 0.71 on other structures; liability 0.10
                    Map.entry("dwelling", new ClaimRate(4.62, 15_749, "insured")),
                    Map.entry("personal_property", new ClaimRate(0.23, 15_749, "insured")),
                    Map.entry("other_structures", new ClaimRate(0.71, 15_749, "insured")),
                    Map.entry("liability", new ClaimRate(0.10, 15_749, "third_party")),
                    Map.entry("medical", new ClaimRate(30, 1_000, "provider")),
                    Map.entry("income_replacement", new ClaimRate(1.0, 9_000, "insured")),
                    Map.entry("trip_cancellation", new ClaimRate(5.0, 1_500, "insured")),
                    // the accelerated death benefit of a terminal illness: a tenth of the SSA death rate (by age)
                    Map.entry("death_benefit", new ClaimRate(0, 0, "insured")),
                    // India's motor covers (means in rupees over its price level of 22): own damage 10.2 claims per
                    // 100 policies a year, Rs 27,000 a paid claim (General Insurance Council yearbook 2022-23: 1.03
                    // crore claims reported on 10.03 crore policies; Rs 25,572 crore on 94.7 lakh paid claims);
                    // third-party injury 0.5 (Rs 4 lakh), property 0.3 (Rs 40,000) and the owner's accident cover
                    // 0.1 (Rs 3 lakh) [chosen]
                    Map.entry("own_damage", new ClaimRate(10.2, 27_000 / 22.0, "insured")),
                    Map.entry("third_party_injury", new ClaimRate(0.5, 400_000 / 22.0, "third_party")),
                    Map.entry("third_party_property", new ClaimRate(0.3, 40_000 / 22.0, "third_party")),
                    Map.entry("owner_driver_pa", new ClaimRate(0.1, 300_000 / 22.0, "insured")),
                    // India's health cover: 8 claims per 100 policies a year, Rs 55,000 each, paid to the hospital
                    // [chosen]
                    Map.entry("hospitalisation", new ClaimRate(8.0, 55_000 / 22.0, "provider"))));
}
