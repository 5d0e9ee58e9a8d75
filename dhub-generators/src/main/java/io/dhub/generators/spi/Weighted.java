package io.dhub.generators.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed distribution over values, written as the specification states it (e.g. checking 50,
 * savings 30, …). Weights need not sum to 100; they are normalised.
 *
 * @param <T> the values
 */
public final class Weighted<T> {
    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /** Builds from value, weight, value, weight, … pairs, in the given order. */
    @SuppressWarnings("unchecked")
    /** The same from (value, weight) entries, in drawing order (a market's mixes). */
    public static <T> Weighted<T> ofEntries(java.util.List<? extends java.util.Map.Entry<T, Double>> entries) {
        Object[] pairs = new Object[2 * entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            pairs[2 * i] = entries.get(i).getKey();
            pairs[2 * i + 1] = entries.get(i).getValue();
        }
        return of(pairs);
    }

    public static <T> Weighted<T> of(Object... pairs) {
        Map<T, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((T) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        List<T> values = new ArrayList<>(map.keySet());
        double total = map.values().stream().mapToDouble(Double::doubleValue).sum();
        double[] cumulative = new double[values.size()];
        double running = 0;
        for (int i = 0; i < values.size(); i++) {
            running += map.get(values.get(i)) / total;
            cumulative[i] = running;
        }
        cumulative[cumulative.length - 1] = 1.0;
        return new Weighted<>(List.copyOf(values), cumulative);
    }

    public T draw(Rng rng) {
        double u = rng.uniform(0, 1);
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /**
     * The distribution with one value's share lowered by {@code by} (of the whole), renormalised: what
     * the others draw when a group holding that share always takes the value, so that the mix over
     * everyone stays this one.
     */
    public Weighted<T> less(T value, double by) {
        Object[] pairs = new Object[2 * values.size()];
        for (int i = 0; i < values.size(); i++) {
            double share = share(values.get(i)) - (values.get(i).equals(value) ? by : 0);
            if (share < 0) {
                throw new IllegalArgumentException(value + " holds less than " + by);
            }
            pairs[2 * i] = values.get(i);
            pairs[2 * i + 1] = share;
        }
        return of(pairs);
    }

    /**
     * The distribution with one value's share set to {@code share} and the others scaled to fill the
     * rest, keeping their proportions.
     */
    public Weighted<T> with(T value, double share) {
        double others = 1 - share(value);
        Object[] pairs = new Object[2 * values.size()];
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            pairs[2 * i] = v;
            pairs[2 * i + 1] = v.equals(value) ? share : share(v) * (1 - share) / others;
        }
        return of(pairs);
    }

    /** The share of one value, for documentation and verification. */
    public double share(T value) {
        int i = values.indexOf(value);
        return i < 0 ? 0 : cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }
}
