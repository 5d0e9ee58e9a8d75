package io.dhub.generators.insurance;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy as the customers' phase decides it: who holds it, its line, dates, status, premiums and
 * claims, and the account it is paid from. Amounts are in cents.
 *
 * @param statusDate   the day the status last changed: the start for active policies, the issue day
 *                     for pending ones, the lapse, cancellation or expiry day otherwise
 * @param termMonths   12 for renewing lines, the life term, months to 65 for disability; null for travel
 * @param premiumCents one premium (per period of the frequency; travel's whole single premium)
 * @param insuredCents the sum insured: vehicle value, dwelling estimate, face amount, benefit, trip cost
 * @param loanId       the mortgage or auto loan the policy was sold with, or null
 * @param members      whom it insures where it names them (an Indian family floater: the holder, a spouse,
 *                     children), else none
 * @param scheme       the government scheme it belongs to (India's PMJJBY, PMSBY), or null for the bank's own
 */
public record Policy(long id, long customerId, Line line, String status, LocalDate statusDate, LocalDate start,
                     LocalDate end, Integer termMonths, long premiumCents, String frequency, long insuredCents,
                     long accountId, LocalDate issued, Long loanId, List<Cover> covers, List<Premium> premiums,
                     List<Claim> claims, List<Member> members, String scheme) {

    /** The bank's own policies are POL and the id; a scheme's certificate its name and the customer number. */
    public String number() {
        return scheme != null ? scheme + io.dhub.generators.ids.UniqueValues.pad(customerId, 10)
                : "POL" + io.dhub.generators.ids.UniqueValues.pad(id, 10);
    }

    /** A coverage of the policy; a limit of {@link #UNLIMITED} has none (stored as null). */
    public record Cover(long id, String type, long limitCents, long deductibleCents) {
        public static final long UNLIMITED = Long.MAX_VALUE;
    }

    /** A person the policy insures: self (the holder), spouse or child, and when born. */
    public record Member(String relationship, LocalDate born) {
    }

    /** One premium due: paid, late, missed, or the next one scheduled. */
    public record Premium(long id, LocalDate due, LocalDate paid, long cents, String status) {
    }

    /**
     * A claim under one coverage. Open claims (submitted, under review) have no settlement; paid and
     * approved ones an approved amount; rejected ones a reason.
     */
    public record Claim(long id, String coverage, LocalDate incident, LocalDate filed, long claimedCents,
                        Long approvedCents, String status, LocalDate settled, String payoutParty,
                        String rejectionReason) {
        public String number() {
            return "CLM" + io.dhub.generators.ids.UniqueValues.pad(id, 10);
        }

        /** Whether the payout is credited to the insured's account: a paid first-party claim. */
        public boolean paysTheInsured() {
            return "paid".equals(status) && "insured".equals(payoutParty);
        }
    }
}
