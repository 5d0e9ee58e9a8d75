package io.dhub.generators.market;

import java.util.random.RandomGenerator;

/** Indexes drawn in proportion to their weights, by binary search over the running totals. */
public final class Cumulative {
    private final double[] totals;

    public Cumulative(double[] weights) {
        totals = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw new IllegalArgumentException("weight " + weights[i] + " at " + i);
            }
            sum += weights[i];
            totals[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("no weight to draw from");
        }
    }

    public int draw(RandomGenerator random) {
        double u = random.nextDouble() * totals[totals.length - 1];
        int lo = 0;
        int hi = totals.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (totals[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * {@code count} distinct indexes that {@code keep} accepts, each drawn by its weight (draws it
     * refuses or has already are drawn again), in ascending order; there must be that many to draw.
     */
    public java.util.List<Integer> drawDistinct(RandomGenerator random, int count,
                                                java.util.function.IntPredicate keep) {
        java.util.Set<Integer> chosen = new java.util.TreeSet<>();
        while (chosen.size() < count) {
            int i = draw(random);
            if (keep.test(i)) {
                chosen.add(i);
            }
        }
        return new java.util.ArrayList<>(chosen);
    }

    /** The sum of the weights up to index i, inclusive. */
    public double total(int i) {
        return totals[i];
    }

    public int size() {
        return totals.length;
    }
}
