package io.dhub.generators.loans;

import io.dhub.generators.spi.Rng;

/** Loan products with the rate and term ranges of the specification. */
public enum LoanType {
    MORTGAGE("mortgage", 3.25, 6.75, new int[] {180, 240, 300, 360}, 280_000, 0.5, true, 1_000),
    PERSONAL("personal", 5.99, 17.99, new int[] {12, 24, 36, 48, 60}, 12_000, 0.6, false, 500),
    AUTO("auto", 3.99, 8.99, new int[] {36, 48, 60, 72}, 28_000, 0.4, true, 500),
    BUSINESS("business", 4.99, 12.99, new int[] {36, 48, 60, 84, 120}, 120_000, 0.7, true, 1_000),
    EDUCATION("education", 4.25, 8.75, new int[] {60, 120, 180}, 35_000, 0.6, false, 500);

    private final String code;
    private final double minRate;
    private final double maxRate;
    private final int[] terms;
    private final double medianAmount;
    private final double spread;
    private final boolean secured;
    /** The round sum people borrow in, in dollars before the price level. */
    private final double unit;

    LoanType(String code, double minRate, double maxRate, int[] terms, double medianAmount, double spread,
             boolean secured, double unit) {
        this.unit = unit;
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
     * The round sum people ask for and banks lend in, in cents: $500 for personal, auto and
     * education loans, $1,000 for mortgages and business loans, times the market's price level and
     * snapped to 1, 2 or 5 times a power of ten (so that every market's amounts look round in its
     * own money).
     */
    long unitCents(double priceLevel) {
        return io.dhub.generators.market.Market.roundCents(unit * priceLevel * 100);
    }

    /** The amount, in cents, rounded down to whole units, and at least one unit. */
    long floorToUnit(double cents, double priceLevel) {
        long unitCents = unitCents(priceLevel);
        return Math.max(1, (long) (cents / unitCents)) * unitCents;
    }

    /**
     * Requested amount in cents, in whole units ({@link #unitCents}): log-normal around the
     * product's median (in dollars, times the market's price level), rounded to the nearest unit.
     */
    long amountCents(Rng rng, double priceLevel) {
        long unitCents = unitCents(priceLevel);
        return Math.max(1, Math.round(rng.logNormal(medianAmount * priceLevel, spread) * 100 / unitCents)) * unitCents;
    }
}
