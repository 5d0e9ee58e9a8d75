package io.dhub.generators.loans;

import io.dhub.generators.spi.Rng;

/**
 * Loan products with the rate and term ranges of the specification. The last two are India's
 * ({@code --market in}) and never offered in the US market: two-wheeler loans, with ICICI Bank's
 * published range of April-June 2024 (10.25-25.12%) and the 12-48 months most banks lend for, about
 * Rs 88,000 (SBI lends Rs 50,000-3 lakh for a regular bike); gold loans, 9-18% (ICICI Bank,
 * January-March 2024), 12-36 months (SBI's personal gold loan runs up to 36 EMIs), about Rs 1.1 lakh
 * (CRIF High Mark: an average ticket of Rs 1.64 lakh in July-September 2025, a skewed mean).
 */
public enum LoanType {
    MORTGAGE("mortgage", 3.25, 6.75, new int[] {180, 240, 300, 360}, 280_000, 0.5, true, 1_000),
    PERSONAL("personal", 5.99, 17.99, new int[] {12, 24, 36, 48, 60}, 12_000, 0.6, false, 500),
    AUTO("auto", 3.99, 8.99, new int[] {36, 48, 60, 72}, 28_000, 0.4, true, 500),
    BUSINESS("business", 4.99, 12.99, new int[] {36, 48, 60, 84, 120}, 120_000, 0.7, true, 1_000),
    EDUCATION("education", 4.25, 8.75, new int[] {60, 120, 180}, 35_000, 0.6, false, 500),
    TWO_WHEELER("two_wheeler", 10.25, 25.12, new int[] {12, 24, 36, 48}, 4_000, 0.35, true, 250),
    GOLD("gold", 9.00, 18.00, new int[] {12, 24, 36}, 5_000, 0.7, true, 250);

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

    /** The product of that code ({@code two_wheeler}, …). */
    public static LoanType of(String code) {
        for (LoanType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no loan product " + code);
    }

    public String code() {
        return code;
    }

    /**
     * Seed rule: secured loans (mortgage, auto, business) may carry collateral; so may a two-wheeler
     * loan (the vehicle, hypothecated), and a gold loan always does (the gold it is lent against).
     */
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
     * The round sum people ask for and banks lend in, in cents: $250 for two-wheeler and gold loans
     * (Rs 5,000 in India), $500 for personal, auto and
     * education loans, $1,000 for mortgages and business loans, times the market's price level and
     * snapped to 1, 2 or 5 times a power of ten (so that every market's amounts look round in its
     * own money).
     */
    long unitCents(double priceLevel) {
        return io.dhub.generators.market.Market.roundCents(unit * priceLevel * 100);
    }

    /**
     * The smallest loan of the product where the market states none ({@link
     * io.dhub.generators.market.Market#loanMinimum}), in cents: $1,000 times the market's price level in
     * whole units.
     */
    long minimumCents(double priceLevel) {
        return floorToUnit(LoanBook.MIN_PRINCIPAL_CENTS * priceLevel, priceLevel);
    }

    /**
     * The shortest of the product's terms from {@code from} up to {@code most} months at which
     * {@code fits} holds; the longest of them when none does (the smallest payment).
     */
    int termFitting(int from, int most, java.util.function.IntPredicate fits) {
        int longest = from;
        for (int t : terms) {             // ascending
            if (t >= from && t <= most) {
                if (fits.test(t)) {
                    return t;
                }
                longest = Math.max(longest, t);
            }
        }
        return longest;
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
