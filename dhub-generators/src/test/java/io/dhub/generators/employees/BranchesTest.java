package io.dhub.generators.employees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.market.Home;
import io.dhub.generators.market.UsMarket;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The branches, with no database: where they stand, when they opened, which one is a customer's
 * nearest (against a great-circle distance computed here), and how often each is drawn.
 */
class BranchesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);

    @Test
    void fifteenToTwentyBranchesInDistinctLargeCitiesLargestFirstOpenBeforeAnyAccount() {
        for (long seed = 1; seed <= 40; seed++) {
            Branches branches = new Catalogs(new SeedTree(seed), AS_OF, UsMarket.INSTANCE).branches();
            List<Branches.Branch> all = branches.all();
            assertTrue(all.size() >= 15 && all.size() <= 20, "seed " + seed + ": " + all.size() + " branches");
            Set<String> cities = new HashSet<>();
            LocalDate founded = AS_OF.minusYears(30).withDayOfYear(1);
            for (int i = 0; i < all.size(); i++) {
                Branches.Branch b = all.get(i);
                assertEquals(String.format("BR%03d", i + 1), b.code());
                assertTrue(cities.add(b.site().city() + ", " + b.site().state()), "two branches in " + b.site().city());
                assertTrue(b.site().population() >= 250_000, b.site().city() + " is too small for a branch");
                assertTrue(i == 0 || b.site().population() <= all.get(i - 1).site().population(), "largest first");
                assertTrue(!b.opened().isBefore(founded) && b.opened().isBefore(AS_OF.minusYears(20)),
                        b.code() + " opened " + b.opened() + ", not before the first customer joined");
                assertTrue(b.name().startsWith(b.site().city() + " "), b.name());
            }
            assertEquals(founded, all.get(0).opened(), "the first branch opened with the bank");
        }
    }

    @Test
    void theSameSeedGivesTheSameBranches() {
        List<Branches.Branch> a = new Catalogs(new SeedTree(9), AS_OF, UsMarket.INSTANCE).branches().all();
        List<Branches.Branch> b = new Catalogs(new SeedTree(9), AS_OF, UsMarket.INSTANCE).branches().all();
        assertEquals(a, b);
    }

    @Test
    void aHomesBranchIsTheNearestByGreatCircleDistance() {
        Branches branches = new Catalogs(new SeedTree(3), AS_OF, UsMarket.INSTANCE).branches();
        Rng rng = new Rng(11);
        int compared = 0;
        for (int i = 0; i < 5_000; i++) {
            Home home = UsMarket.INSTANCE.home(rng.random());
            String chosen = branches.nearest(home.latitude(), home.longitude());
            TreeMap<Double, String> byDistance = new TreeMap<>();
            for (Branches.Branch b : branches.all()) {
                byDistance.put(greatCircleKm(home, b.site()), b.code());
            }
            double first = byDistance.firstKey();
            double second = byDistance.higherKey(first);
            if (second > first * 1.05 + 1) {      // a clear winner: the flat-earth distance must agree
                assertEquals(byDistance.firstEntry().getValue(), chosen, home.city() + ", " + home.state());
                compared++;
            }
            if (branches.all().stream().anyMatch(b -> b.site().city().equals(home.city())
                    && b.site().state().equals(home.state()))) {
                assertEquals(home.city(), branches.all().stream().filter(b -> b.code().equals(chosen)).findFirst()
                        .orElseThrow().site().city(), "a home in a branch's city banks there");
            }
        }
        assertTrue(compared > 4_000, "most homes have a clear nearest branch: " + compared);
    }

    @Test
    void branchesAreDrawnByTheirCitysPopulation() {
        Branches branches = new Catalogs(new SeedTree(5), AS_OF, UsMarket.INSTANCE).branches();
        double total = branches.all().stream().mapToDouble(b -> b.site().population()).sum();
        TreeMap<String, Integer> counts = new TreeMap<>();
        Rng rng = new Rng(17);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            counts.merge(branches.draw(rng), 1, Integer::sum);
        }
        for (Branches.Branch b : branches.all()) {
            double expected = n * b.site().population() / total;
            int seen = counts.getOrDefault(b.code(), 0);
            assertTrue(Math.abs(seen - expected) < 5 * Math.sqrt(expected) + 1, b.code() + ": " + seen + " draws, "
                    + "expected " + Math.round(expected));
        }
    }

    private static double greatCircleKm(Home a, Home b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
