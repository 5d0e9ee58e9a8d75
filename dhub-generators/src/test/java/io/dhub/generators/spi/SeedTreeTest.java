package io.dhub.generators.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class SeedTreeTest {

    @RepeatedTest(3)
    void sameSeedKindAndIndexGiveTheSameStream() {
        Rng a = new SeedTree(7).stream("customer", 42);
        Rng b = new SeedTree(7).stream("customer", 42);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.between(0, 1_000_000), b.between(0, 1_000_000));
        }
    }

    @Test
    void kindsIndicesAndSeedsAreIndependent() {
        long base = new SeedTree(7).seed("customer", 42);
        assertNotEquals(base, new SeedTree(7).seed("customer", 43));
        assertNotEquals(base, new SeedTree(7).seed("account", 42));
        assertNotEquals(base, new SeedTree(8).seed("customer", 42));
    }

    @Test
    void rotationIsDeterministicAndDiffersPerAttempt() {
        SeedTree tree = new SeedTree(7);
        assertEquals(tree, tree.rotated("hr", 0));
        assertEquals(tree.rotated("hr", 1).master(), new SeedTree(7).rotated("hr", 1).master());
        assertNotEquals(tree.rotated("hr", 1).master(), tree.rotated("hr", 2).master());
        assertNotEquals(tree.rotated("hr", 1).master(), tree.rotated("customers", 1).master());
    }

    @Test
    void weightedDrawsFollowTheirShares() {
        Weighted<String> mix = Weighted.of("a", 60, "b", 30, "c", 10);
        Rng rng = new Rng(1);
        int a = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            if (mix.draw(rng).equals("a")) {
                a++;
            }
        }
        assertTrue(Math.abs(a / (double) n - 0.60) < 0.01, "share of a: " + a);
        assertEquals(0.30, mix.share("b"), 1e-12);
    }
}
