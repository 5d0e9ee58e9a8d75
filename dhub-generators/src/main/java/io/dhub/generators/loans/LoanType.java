package io.dhub.generators.loans;

import io.dhub.generators.engine.Rng;

/** Loan products with the rate and term ranges of the specification. */
public enum LoanType {
    MORTGAGE("mortgage", 3.25, 6.75, new int[] {180, 240, 300, 360}, 280_000, 0.5, true),
    PERSONAL("personal", 5.99, 17.99, new int[] {12, 24, 36, 48, 60}, 12_000, 0.6, false),
    AUTO("auto", 3.99, 8.99, new int[] {36, 48, 60, 72}, 28_000, 0.4, true),
    BUSINESS("business", 4.99, 12.99, new int[] {36, 48, 60, 84, 120}, 120_000, 0.7, true),
    EDUCATION("education", 4.25, 8.75, new int[] {60, 120, 180}, 35_000, 0.6, false);

    private final String code;
    private final double minRate;
    private final double maxRate;
    private final int[] terms;
    private final double medianAmount;
    private final double spread;
    private final boolean secured;

    LoanType(String code, double minRate, double maxRate, int[] terms, double medianAmount, double spread,
             boolean secured) {
        this.code = code;
        this.minRate = minRate;
        this.maxRate = maxRate;
        this.terms = terms;
        this.medianAmount = medianAmount;
        this.spread = spread;
        this.secured = secured;
    }

    public String code() {
        return code;
    }

    /** Seed rule: secured loans (mortgage, auto, business) may carry collateral. */
    public boolean secured() {
        return secured;
    }

    /** Annual rate in percent, uniform in the product's range, two decimals. */
    double rate(Rng rng) {
        return rng.between((int) Math.round(minRate * 100), (int) Math.round(maxRate * 100)) / 100.0;
    }

    int term(Rng rng) {
        return terms[rng.between(0, terms.length - 1)];
    }

    /** The longest of the product's terms no longer than {@code months}, or its shortest. */
    int termAtMost(int months) {
        int best = terms[0];
        for (int t : terms) {
            if (t <= months && t > best) {
                best = t;
            }
        }
        return best;
    }

    double minRate() {
        return minRate;
    }

    double maxRate() {
        return maxRate;
    }

    /**
     * Requested amount in cents, in whole hundreds, at least 1,000: log-normal around the product's
     * median (in dollars, times the market's price level).
     */
    long amountCents(Rng rng, double priceLevel) {
        long hundreds = Math.max(10, Math.round(rng.logNormal(medianAmount * priceLevel, spread) / 100));
        return hundreds * 100 * 100;
    }
}
