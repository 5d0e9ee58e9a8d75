package io.dhub.generators.compliance;

import io.dhub.generators.market.IdentityDocument;
import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Weighted;
import java.util.Map;

/**
 * The compliance domain's rules in one object, so that a profile can override them. {@link #DEFAULT}
 * follows ../shared/specs/insurance-compliance.md (Compliance); docs/generation.md, phase 7, names the
 * source of each figure and which are [chosen].
 *
 * @param document       identity document at onboarding, by share: the market's ({@link #forMarket}; in the US
 *                       driver's licence 70, passport 20, national (state) id 10)
 * @param validityYears  years an identity document is valid: the market's (in the US, licences and state ids 8
 *                       at most [chosen], adult passports 10; 0 for one that does not expire)
 * @param proofOfAddress 40% add a proof of address
 * @param addressProof   [chosen] utility bill 60, bank statement 40
 * @param rejected       3% of first submissions are rejected and resubmitted within 14 days
 * @param verifyDays     a submission is decided 0-3 days later [chosen: 0 half the time]
 * @param byCompliance   [chosen] the share of document verifications done by a compliance officer (the rest by a service rep)
 * @param risk           [chosen] risk at onboarding per segment: low 75 / medium 20 / high 5; business 40% medium;
 *                       private banking 20% high
 * @param pep            1% of customers are politically exposed persons, rated high and under enhanced due diligence
 * @param cycleMonths    periodic review every 12 (high), 24 (medium) or 36 (low) months
 * @param overdue        5% of customers with a review due have their latest one overdue
 * @param earlyDays      [chosen] a review is done up to 30 days before it falls due
 * @param sanctionsMatch 2% of sanctions screenings give a potential match, all false positives
 * @param pepFalseAlert  2% of screenings of customers who are not PEPs give a PEP alert (3% alert rate with the 1% true)
 * @param adverseMedia   0.5% of adverse-media screenings give a hit, cleared as false positives
 * @param smsShare       35% consent to marketing texts (only customers who opted in to marketing)
 * @param dataSharing    [chosen] 30% consent to sharing data with partners
 * @param paperless      [chosen] 60% go paperless: 80% of those who prefer e-mail, web or the app, 30% of the rest
 * @param loginFailure   3% of login attempts fail
 * @param loginDays      logins are recorded for the last 90 days
 * @param benignEscalated   3% of alerts on ordinary activity are escalated, the rest closed as false positives
 * @param illicitEscalated  85% of alerts on laundering are escalated
 * @param suspectIdentified [chosen] 90% of reports name a suspect (filed within 30 days of the review; else 60)
 * @param sarStatus         filed 70, under investigation 15, closed 10 (the 5% drafts are the reports not yet due)
 */
public record ComplianceRules(Weighted<String> document, Map<String, Integer> validityYears, double proofOfAddress,
                              Weighted<String> addressProof, double rejected, Weighted<Integer> verifyDays,
                              double byCompliance, Map<String, Weighted<String>> risk, double pep,
                              Map<String, Integer> cycleMonths, double overdue, int earlyDays, double sanctionsMatch,
                              double pepFalseAlert, double adverseMedia, double smsShare, double dataSharing,
                              double paperless, double loginFailure, int loginDays, double benignEscalated,
                              double suspectIdentified, Weighted<String> sarStatus, double illicitEscalated) {
    public static final ComplianceRules DEFAULT = new ComplianceRules(
            Weighted.of("drivers_license", 70, "passport", 20, "national_id", 10),
            Map.of("drivers_license", 8, "passport", 10, "national_id", 8),
            0.40,
            Weighted.of("utility_bill", 60, "bank_statement", 40),
            0.03,
            Weighted.of(0, 50, 1, 30, 2, 12, 3, 8),
            0.30,
            Map.of("retail", Weighted.of("low", 75, "medium", 20, "high", 5),
                    "premium", Weighted.of("low", 75, "medium", 20, "high", 5),
                    "business", Weighted.of("low", 50, "medium", 40, "high", 10),
                    "private_banking", Weighted.of("low", 50, "medium", 30, "high", 20)),
            0.01,
            Map.of("high", 12, "medium", 24, "low", 36),
            0.05,
            30,
            0.02,
            0.02,
            0.005,
            0.35,
            0.30,
            0.60,
            0.03,
            90,
            0.03,
            0.90,
            Weighted.of("filed", 70, "under_investigation", 15, "closed", 10),
            0.85);

    /** These rules with the market's identity documents (their shares and validity) and its review cycle, if it sets one. */
    public ComplianceRules forMarket(Market market) {
        Object[] pairs = new Object[2 * market.identityDocuments().size()];
        Map<String, Integer> years = new java.util.HashMap<>();
        int i = 0;
        for (IdentityDocument d : market.identityDocuments()) {
            pairs[i++] = d.type();
            pairs[i++] = d.share();
            years.put(d.type(), d.validityYears());
        }
        return new ComplianceRules(Weighted.of(pairs), Map.copyOf(years), proofOfAddress, addressProof, rejected,
                verifyDays, byCompliance, risk, pep, market.kycReviewMonths() != null ? Map.copyOf(market.kycReviewMonths())
                : cycleMonths, overdue, earlyDays, sanctionsMatch, pepFalseAlert,
                adverseMedia, smsShare, dataSharing, paperless, loginFailure, loginDays, benignEscalated,
                suspectIdentified, sarStatus, illicitEscalated);
    }

    /** The months between periodic reviews at this risk rating. */
    int cycle(String risk) {
        return cycleMonths.get(risk);
    }
}
