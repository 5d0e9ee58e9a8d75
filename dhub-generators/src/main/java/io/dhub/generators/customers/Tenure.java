package io.dhub.generators.customers;

import java.time.LocalDate;

/**
 * How long customers have had an account at the bank, as {@link Customers} draws it: a customer joins
 * on a day uniform from {@link #earliestSince} to 30 days before as-of, and opens an account on a day
 * uniform from the day after joining to 7 days before as-of. A customer's <em>exposure</em> to a
 * window of the last W days is min(1, days since the account opened ÷ W): the share of the window in
 * which the customer could have done something that needs an account (apply for a loan).
 *
 * <p>{@link #meanExposure} is its mean over all customers born on one day, by integration over the
 * draws (the first of one, two or three accounts, as many as {@link Customers} opens); averaged over the ages
 * of the customers, it is their mean exposure E. Something that happens to a customer with
 * probability p × exposure ÷ E then happens to a share p of the customers, and at a rate that follows
 * the number of customers at the bank: a customer who joined last month gets a month's chance, not
 * five years' chance squeezed into a month. (Dividing by each birth cohort's own mean instead makes
 * the young, who all joined lately, apply as often as the rest in a shorter time: 10% more in the
 * last month than in the three before.)
 */
public final class Tenure {
    /** The last day a customer may join, in days before as-of. */
    static final int LATEST_SINCE = 30;
    /** The last day an account may open, in days before as-of. */
    static final int LATEST_OPENING = 7;
    /** The furthest back a customer may have joined. */
    static final int MOST_YEARS = 20;
    /** Of the holders of several accounts, the share holding two (the others hold three). */
    static final double TWO_OF_SEVERAL = 0.9;
    /** Points of the numeric integration over the first account's opening day. */
    private static final int POINTS = 64;

    private final LocalDate asOf;
    private final double window;
    /** mean[d]: the mean exposure of a customer who joined d days before as-of (one account), summed from 30. */
    private final double[] sums;
    /** The shares of holders of one, two and three accounts. */
    private final double[] accounts;

    /**
     * @param windowDays W, the window's length in days (at least 8)
     * @param several    the share of account holders holding several accounts
     */
    public Tenure(LocalDate asOf, long windowDays, double several) {
        this.asOf = asOf;
        this.window = windowDays;
        this.accounts = new double[] {1 - several, several * TWO_OF_SEVERAL, several * (1 - TWO_OF_SEVERAL)};
        int most = (int) (asOf.toEpochDay() - asOf.minusYears(MOST_YEARS).toEpochDay());
        this.sums = new double[most + 1];
        double sum = 0;
        for (int d = LATEST_SINCE; d <= most; d++) {
            sum += joinedDaysAgo(d);
            sums[d] = sum;
        }
    }

    /** The first day someone born that day may have joined: at 18, or 20 years before as-of. */
    static LocalDate earliestSince(LocalDate born, LocalDate asOf) {
        LocalDate adult = born.plusYears(18);
        return adult.isAfter(asOf.minusYears(MOST_YEARS)) ? adult : asOf.minusYears(MOST_YEARS);
    }

    /** min(1, days from the first day to as-of ÷ W). */
    public double exposure(LocalDate first) {
        return Math.max(0, Math.min(1, (asOf.toEpochDay() - first.toEpochDay()) / window));
    }

    /** The mean exposure of the customers born that day (adults at least 30 days before as-of). */
    public double meanExposure(LocalDate born) {
        int a = (int) (asOf.toEpochDay() - earliestSince(born, asOf).toEpochDay());
        if (a <= LATEST_SINCE) {
            return joinedDaysAgo(LATEST_SINCE);
        }
        return sums[Math.min(a, sums.length - 1)] / (Math.min(a, sums.length - 1) - LATEST_SINCE + 1);
    }

    /**
     * The mean exposure of a customer who joined d days before as-of: each of n accounts x days old, x
     * uniform in [7, d - 1], the oldest counting; its age is then 7 + u·(d - 8) with density n·uⁿ⁻¹ on [0, 1].
     */
    private double joinedDaysAgo(int d) {
        double hi = d - 1;
        if (hi <= LATEST_OPENING) {
            return Math.min(1, hi / window);
        }
        double mean = 0;
        for (int n = 1; n <= accounts.length; n++) {
            double sum = 0;
            for (int k = 0; k < POINTS; k++) {
                double u = (k + 0.5) / POINTS;
                sum += n * Math.pow(u, n - 1) * Math.min(1, (LATEST_OPENING + u * (hi - LATEST_OPENING)) / window);
            }
            mean += accounts[n - 1] * sum / POINTS;
        }
        return mean;
    }
}
