package io.dhub.generators.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weighted draws follow their weights, without a database. */
class WeightedTest {

    @Test
    void sharesAreTheNormalisedWeights() {
        Weighted<String> w = Weighted.of("retail", 60, "premium", 25, "business", 10, "private", 5);
        assertEquals(0.60, w.share("retail"), 1e-12);
        assertEquals(0.05, w.share("private"), 1e-12);
        assertEquals(0.5, Weighted.of("a", 1, "b", 1).share("b"), 1e-12);
    }

    @Test
    void drawsFollowTheWeightsWithinFourStandardErrors() {
        Weighted<String> w = Weighted.of("retail", 60, "premium", 25, "business", 10, "private", 5);
        Rng rng = new Rng(20_240_601L);
        int n = 200_000;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            counts.merge(w.draw(rng), 1, Integer::sum);
        }
        for (String value : new String[] {"retail", "premium", "business", "private"}) {
            double p = w.share(value);
            double measured = counts.getOrDefault(value, 0) / (double) n;
            assertTrue(Math.abs(measured - p) <= 4 * Math.sqrt(p * (1 - p) / n), value + ": " + measured + " against " + p);
        }
        assertEquals(4, counts.size(), "every value is drawn");
    }
}
