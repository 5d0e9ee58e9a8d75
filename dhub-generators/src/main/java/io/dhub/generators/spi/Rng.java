package io.dhub.generators.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** One entity's random stream, with the draws the generators need. */
public final class Rng {
    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream itself, for draws made elsewhere (the market's tables) in turn with this object's. */
    public java.util.random.RandomGenerator random() {
        return random;
    }

    /** A long for seeding another stream (such as a person's name draws) from this one. */
    public long nextSeed() {
        return random.nextLong();
    }

    /** Uniform integer in [lo, hi], both inclusive. */
    public int between(int lo, int hi) {
        return lo == hi ? lo : random.nextInt(lo, hi + 1);
    }

    /** Uniform long in [lo, hi], both inclusive. */
    public long between(long lo, long hi) {
        return lo == hi ? lo : random.nextLong(lo, hi + 1);
    }

    /** Uniform double in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo == hi ? lo : random.nextDouble(lo, hi);
    }

    /** True with probability p. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Standard normal draw (Box-Muller on this stream). */
    public double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A draw from a log-normal with the given median and spread (sigma of the log). */
    public double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    public <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** Money (two decimals) uniform in [lo, hi]. */
    public BigDecimal money(double lo, double hi) {
        return BigDecimal.valueOf(uniform(lo, hi)).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A date uniform in [from, to], both inclusive. */
    public LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(between(0L, days));
    }
}
