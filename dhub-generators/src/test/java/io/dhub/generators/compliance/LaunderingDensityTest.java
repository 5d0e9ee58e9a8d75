package io.dhub.generators.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.market.UsMarket;
import io.dhub.generators.spi.SeedTree;
import io.dhub.schema.connect.RetryPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which blocks of customers hold a laundering case, from the settings alone (no database). */
class LaunderingDensityTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);

    private static RunSettings settings(double amlCases) {
        return new RunSettings(1, AS_OF, 1, 0, 0, 1, RetryPolicy.DEFAULT).withAmlCases(amlCases);
    }

    private static List<Long> laundering(long seed, RunSettings s, int blocks) {
        LaunderingBook book = new LaunderingBook(new SeedTree(seed), AS_OF, (long) blocks * s.amlBlock(),
                UsMarket.INSTANCE, s.amlBlock(), s.amlShare(), 0);
        List<Long> out = new ArrayList<>();
        for (long b = 0; b < blocks; b++) {
            if (book.launders(b)) {
                out.add(b);
            }
        }
        return out;
    }

    @Test
    void theDefaultIsOneCasePerTwelveHundredCustomers() {
        RunSettings s = settings(RunSettings.DEFAULT_AML_CASES);
        assertEquals(120, s.amlBlock());
        assertEquals(0.1, s.amlShare(), 1e-12);
        List<Long> blocks = laundering(7, s, 1_000);
        // 100 of 1,000 blocks, one in every ten consecutive blocks
        assertEquals(100, blocks.size());
        for (int i = 1; i < blocks.size(); i++) {
            assertEquals(10, blocks.get(i) - blocks.get(i - 1), blocks.toString());
        }
    }

    @Test
    void denserSettingsShrinkTheBlockAndEveryBlockHoldsACase() {
        assertEquals(10, settings(100).amlBlock());
        assertEquals(1.0, settings(100).amlShare(), 1e-12);
        assertEquals(120, settings(1_000.0 / 120).amlBlock());
        assertEquals(1.0, settings(1_000.0 / 120).amlShare(), 1e-9);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), laundering(3, settings(100), 5));
        // between the two: 120 customers a block, 0.3 of them a case
        assertEquals(0.3, settings(2.5).amlShare(), 1e-12);
        assertEquals(300, laundering(3, settings(2.5), 1_000).size());
        assertEquals(0, settings(0).amlBlock());
    }

    @Test
    void theSeedChoosesTheBlocks() {
        RunSettings s = settings(RunSettings.DEFAULT_AML_CASES);
        List<Long> one = laundering(1, s, 100);
        List<Long> two = laundering(2, s, 100);
        assertNotEquals(one, two, "seeds 1 and 2 put the cases in the same blocks");
        assertTrue(one.stream().allMatch(b -> b < 100));
        // the same seed, more customers: the first blocks keep their cases (customer k identical at every scale)
        assertEquals(one, laundering(1, s, 200).subList(0, one.size()));
    }

    @Test
    void aCaseAcrossTimeZonesKeepsTheHoursEveryMemberHasOpen() {
        LocalDate winter = LocalDate.of(2025, 1, 6);
        // one zone: the whole 9:00-16:00, as the clock always had
        assertEquals(List.of(540, 420), window(winter, "America/Chicago"));
        // Eastern lead with a Pacific member: 12:00-16:00 Eastern is 9:00-13:00 Pacific
        assertEquals(List.of(720, 240), window(winter, "America/New_York", "America/Los_Angeles"));
        // Pacific lead with an Eastern member: 9:00-13:00 Pacific
        assertEquals(List.of(540, 240), window(winter, "America/Los_Angeles", "America/New_York"));
        // Eastern with Alaska: three hours, the least a case may share
        assertEquals(List.of(780, LaunderingBook.MIN_WINDOW), window(winter, "America/New_York", "America/Anchorage"));
        // Hawaii keeps no daylight saving time: in summer it is six hours behind Eastern, and no case spans them
        assertTrue(window(LocalDate.of(2025, 6, 2), "America/New_York", "Pacific/Honolulu").get(1)
                < LaunderingBook.MIN_WINDOW);
        // Arizona is an hour behind Denver in summer and level with it in winter: a case crossing the change
        // of clocks (2 March + 45 days passes 9 March) keeps the hours both sides have
        assertEquals(List.of(600, 360), window(LocalDate.of(2025, 3, 2), "America/Denver", "America/Phoenix"));
    }

    private static List<Integer> window(LocalDate start, String... zones) {
        int[] w = LaunderingBook.window(new java.util.LinkedHashSet<>(List.of(zones)), start);
        return List.of(w[0], w[1]);
    }
}
