package io.dhub.generators.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The mean exposure by integration against a simulation of the draws it describes (join uniform from
 * the earliest day to 30 days before as-of, open uniform from the next day to 7 days before), and
 * what it is for: applying with p × exposure ÷ the customers' mean exposure gives a share p of them
 * and about as many applications in the last 30 days as in each 30 days before.
 */
class TenureTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);
    private static final long WINDOW = AS_OF.toEpochDay() - AS_OF.minusMonths(60).toEpochDay();

    private static LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
    }

    /** The first of the accounts opened: one for 75% of holders, two for 22.5%, three for 2.5%. */
    private static LocalDate first(SplittableRandom r, LocalDate since) {
        double u = r.nextDouble();
        int n = u < 0.75 ? 1 : u < 0.975 ? 2 : 3;
        LocalDate first = null;
        for (int i = 0; i < n; i++) {
            LocalDate opened = between(r, since.plusDays(1), AS_OF.minusDays(7));
            first = first == null || opened.isBefore(first) ? opened : first;
        }
        return first;
    }

    @Test
    void theMeanExposureIsWhatTheDrawsGive() {
        Tenure tenure = new Tenure(AS_OF, WINDOW, 0.25);
        for (LocalDate born : new LocalDate[] {LocalDate.of(1950, 4, 2), LocalDate.of(2001, 1, 20),
                LocalDate.of(2005, 6, 1), LocalDate.of(2007, 8, 1)}) {
            SplittableRandom r = new SplittableRandom(born.toEpochDay());
            LocalDate earliest = Tenure.earliestSince(born, AS_OF);
            double sum = 0;
            int n = 400_000;
            for (int i = 0; i < n; i++) {
                LocalDate since = between(r, earliest, AS_OF.minusDays(30));
                LocalDate opened = first(r, since);
                sum += Math.min(1, (AS_OF.toEpochDay() - opened.toEpochDay()) / (double) WINDOW);
            }
            double simulated = sum / n;
            double computed = tenure.meanExposure(born);
            assertEquals(simulated, computed, 0.005 * simulated + 1e-4, "born " + born);
        }
        assertEquals(1.0, tenure.exposure(AS_OF.minusYears(6)));
        assertEquals(0.0, tenure.exposure(AS_OF.plusDays(3)));
        assertEquals(0.5, tenure.exposure(AS_OF.minusDays(WINDOW / 2)), 1e-3);
    }

    /**
     * Applications by month before as-of (index 0 the last 30 days) of 400,000 simulated customers of
     * ages 19-78, each applying with the chance given for its first account's day, on a day uniform
     * from that day (or the window's start) to as-of; the last cell counts the customers who applied.
     */
    private static int[] flow(java.util.function.ToDoubleFunction<LocalDate> chance) {
        SplittableRandom r = new SplittableRandom(7);
        int[] out = new int[61];
        for (int i = 0; i < 400_000; i++) {
            LocalDate born = AS_OF.minusYears(19 + r.nextInt(60)).minusDays(r.nextInt(365));
            LocalDate since = between(r, Tenure.earliestSince(born, AS_OF), AS_OF.minusDays(30));
            LocalDate start = first(r, since).plusDays(1);
            if (r.nextDouble() >= chance.applyAsDouble(start)) {
                continue;
            }
            out[60]++;
            LocalDate from = start.isAfter(AS_OF.minusDays(WINDOW)) ? start : AS_OF.minusDays(WINDOW);
            LocalDate day = between(r, from, AS_OF.minusDays(1));
            int month = (int) ((AS_OF.toEpochDay() - 1 - day.toEpochDay()) / 30);
            if (month < 60) {
                out[month]++;
            }
        }
        return out;
    }

    @Test
    void applyingByExposureKeepsTheShareAndASteadyFlow() {
        Tenure tenure = new Tenure(AS_OF, WINDOW, 0.25);
        double p = 0.35;
        double mean = 0;
        for (int age = 19; age < 79; age++) {
            mean += tenure.meanExposure(AS_OF.minusYears(age).minusDays(182)) / 60;
        }
        double e = mean;
        int[] byMonth = flow(start -> p * tenure.exposure(start) / e);
        assertEquals(p, byMonth[60] / 400_000.0, 0.005, "the share that applies");
        // the customers at the bank grow a little towards as-of, so the flow may rise a little, never jump
        double before = (byMonth[1] + byMonth[2] + byMonth[3]) / 3.0;
        assertTrue(byMonth[0] < 1.08 * before, byMonth[0] + " applications in the last 30 days, " + before
                + " a month in the 90 before");
        assertTrue(byMonth[0] > 0.95 * before, byMonth[0] + " against " + before);
        // the same chance for everyone (the old rule) squeezes new customers' borrowing into the end
        int[] old = flow(start -> p);
        double oldBefore = (old[1] + old[2] + old[3]) / 3.0;
        assertTrue(old[0] > 1.3 * oldBefore, "the old rule's jump: " + old[0] + " against " + oldBefore);
    }
}
