package io.dhub.generators.loans;

/**
 * The credit rules: what the bank knows of an applicant when it decides (a creditworthiness score),
 * what it charges for the risk, what it lends against income, and how the loan later turns out.
 *
 * <p>Each application has a standard-normal creditworthiness {@code z}: 80% the customer's own (the
 * same for all their applications), 20% the application's. Rejected applicants sit one standard
 * deviation lower, approved ones {@value #APPROVED_SHIFT} higher. The origination score is
 * 700 + 75·z within 300-850; the PD is logistic in the score alone; the grade is a band of the score.
 * The bank approves no score below {@value #MIN_APPROVED_SCORE} (PD 0.39): an approved application
 * whose draw falls below that floor is reflected above it, so approved scores keep a smooth density
 * that starts at the floor instead of a pile of loans at it.
 * The loan's outcome is drawn from the specification's status mix through a Gaussian copula with
 * correlation {@value #OUTCOME_CORRELATION} to z: riskier borrowers default more often, but the score
 * does not know the outcome, so it ranks later defaults with an AUC of about 0.78 (real scorecards:
 * 0.70-0.85), where drawing the score from the outcome gave 0.94.
 */
public final class Credit {
    /** Correlation between creditworthiness and the loan's outcome latent (gives an AUC near 0.78). */
    static final double OUTCOME_CORRELATION = 0.45;
    /** How much higher approved applicants' creditworthiness sits, in standard deviations. */
    static final double APPROVED_SHIFT = 0.15;
    /** How much lower rejected applicants' sits. */
    static final double REJECTED_SHIFT = -1.0;
    /** The lowest origination score the bank approves: a common subprime cut-off, where the PD is 0.39. */
    public static final int MIN_APPROVED_SCORE = 580;
    /** The creditworthiness at that score (score = 700 + 75·z). */
    private static final double FLOOR_Z = (MIN_APPROVED_SCORE - 700) / 75.0;
    /** The largest mortgage as a multiple of gross annual income (a common underwriting limit). */
    public static final double MAX_MORTGAGE_TO_INCOME = 4.5;
    /** The age by which a loan must be repaid. */
    public static final int MAX_AGE_AT_MATURITY = 85;
    /** Statuses in the order of the outcome latent, worst first. */
    private static final String[] OUTCOMES = {"defaulted", "restructured", "active", "paid_off"};

    private Credit() {
    }

    /**
     * The creditworthiness of an application, given the customer's and the application's normal
     * draws; an approved one below the underwriting floor is reflected above it.
     */
    static double z(double customer, double application, String status) {
        double shift = switch (status) {
            case "approved" -> APPROVED_SHIFT;
            case "rejected" -> REJECTED_SHIFT;
            default -> 0;
        };
        double z = 0.8 * customer + 0.6 * application + shift;
        return "approved".equals(status) && z < FLOOR_Z ? 2 * FLOOR_Z - z : z;
    }

    /** Origination score: 700 + 75·z, within 300-850. */
    static int score(double z) {
        return (int) Math.max(300, Math.min(850, Math.round(700 + 75 * z)));
    }

    /** Probability of default: logistic in the score, within 0.01-0.95; it knows nothing of the outcome. */
    static double pd(int score) {
        return Math.max(0.01, Math.min(0.95, 1 / (1 + Math.exp((score - 560) / 45.0))));
    }

    /**
     * The loan's status: the mix ({@link LoanRules#loanStatus()}, the specification's active 75%,
     * paid off 20%, defaulted 3%, restructured 2%) read off Φ(ρ·(z − shift) + √(1−ρ²)·ε), worst
     * outcomes at the low end.
     */
    static String outcome(double z, double noise, io.dhub.generators.spi.Weighted<String> mix) {
        double rho = OUTCOME_CORRELATION;
        double u = phi(rho * (z - APPROVED_SHIFT) + Math.sqrt(1 - rho * rho) * noise);
        double cumulative = 0;
        for (int i = 0; i < OUTCOMES.length; i++) {
            cumulative += mix.share(OUTCOMES[i]);
            if (u < cumulative) {
                return OUTCOMES[i];
            }
        }
        return OUTCOMES[OUTCOMES.length - 1];
    }

    /**
     * Risk-based price: the type's range, from its floor for the best scores to its ceiling for the
     * worst, with a little noise (± about 4% of the range) for what else the bank weighs.
     */
    static double rate(LoanType type, int score, double noise) {
        return rate(type.minRate(), type.maxRate(), score, noise);
    }

    /** The same within a market's own range of the product's rates. */
    static double rate(double minRate, double maxRate, int score, double noise) {
        double risk = Math.max(0, Math.min(1, (850 - score) / 450.0 + 0.04 * noise));
        double rate = minRate + (maxRate - minRate) * risk;
        return Math.round(rate * 100) / 100.0;
    }

    /** The level payment of a principal, in cents, at an annual rate in percent over n months. */
    static double payment(double principalCents, double ratePercent, int months) {
        double r = ratePercent / 1200;
        return r == 0 ? principalCents / months : principalCents * r / (1 - Math.pow(1 + r, -months));
    }

    /** The principal, in cents, whose level payment is the given one. */
    static double principalFor(double paymentCents, double ratePercent, int months) {
        double r = ratePercent / 1200;
        return r == 0 ? paymentCents * months : paymentCents * (1 - Math.pow(1 + r, -months)) / r;
    }

    /** Standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5·10⁻⁸). */
    static double phi(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double d = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
        double tail = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978
                + t * 1.330274429))));
        return x >= 0 ? 1 - tail : tail;
    }
}
