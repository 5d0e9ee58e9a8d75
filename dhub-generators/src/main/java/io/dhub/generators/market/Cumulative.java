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

    /**
     * Where a bank's branches stand: {@code count} distinct indexes of size {@code least} or more,
     * each drawn by its weight, largest first (ties by index); refused when fewer are that large.
     */
    public java.util.List<Integer> drawLargest(RandomGenerator random, int count,
                                               java.util.function.IntToDoubleFunction size, double least) {
        long large = java.util.stream.IntStream.range(0, totals.length).filter(i -> size.applyAsDouble(i) >= least)
                .count();
        if (count > large) {
            throw new IllegalArgumentException(count + " branches, more than the cities that could hold one");
        }
        java.util.List<Integer> bySize = drawDistinct(random, count, i -> size.applyAsDouble(i) >= least);
        bySize.sort(java.util.Comparator.comparingDouble((Integer i) -> -size.applyAsDouble(i)).thenComparing(i -> i));
        return bySize;
    }

    /** The sum of the weights up to index i, inclusive. */
    public double total(int i) {
        return totals[i];
    }

    public int size() {
        return totals.length;
    }
}
