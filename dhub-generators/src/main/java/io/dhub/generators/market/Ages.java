package io.dhub.generators.market;

import java.util.random.RandomGenerator;

/**
 * A market's adults by age in whole years, drawn by their numbers: the ages in ascending order and
 * their weights.
 */
public record Ages(int[] ages, Cumulative weights) {
    /** An adult's age, drawn by the numbers of each age. */
    public int draw(RandomGenerator random) {
        return ages[weights.draw(random)];
    }

    /** The share of adults younger than {@code age}. */
    public double shareUnder(int age) {
        int below = 0;
        while (below < ages.length && ages[below] < age) {
            below++;
        }
        return below == 0 ? 0 : weights.total(below - 1) / weights.total(ages.length - 1);
    }
}
