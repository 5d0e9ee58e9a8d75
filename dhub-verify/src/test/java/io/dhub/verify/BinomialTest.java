package io.dhub.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exact tails against values worked by hand and against simulation. */
class BinomialTest {

    @Test
    void tailsOfSmallSamplesMatchTheirSums() {
        assertEquals(56 / 1024.0, Binomial.atMost(2, 10, 0.5), 1e-12); // 1 + 10 + 45 of 2^10
        assertEquals(56 / 1024.0, Binomial.atLeast(8, 10, 0.5), 1e-12);
        // 19 or fewer of 21 at 95%: 1 − 21·0.95^20·0.05 − 0.95^21
        double expected = 1 - 21 * Math.pow(0.95, 20) * 0.05 - Math.pow(0.95, 21);
        assertEquals(expected, Binomial.atMost(19, 21, 0.95), 1e-12);
        assertEquals(Math.pow(0.3, 13), Binomial.atMost(0, 13, 0.7), 1e-20);
        assertEquals(1, Binomial.atMost(13, 13, 0.7), 0);
        assertEquals(0, Binomial.atLeast(14, 13, 0.7), 0);
    }

    @Test
    void logFactorialIsExactEnoughOnBothSidesOfTheSeriesSwitch() {
        assertEquals(Math.log(121_645_100_408_832_000.0), Binomial.logFactorial(19), 1e-12);
        assertEquals(42.335616460753485, Binomial.logFactorial(20), 1e-12);
        assertEquals(363.73937555556347, Binomial.logFactorial(100), 1e-10);
    }

    @Test
    void largeSamplesAgreeWithTheNormalLaw() {
        // 4 standard errors below the mean of Binomial(10^6, 0.3): about 3.2·10^−5 (normal 3.17·10^−5)
        long n = 1_000_000;
        double sd = Math.sqrt(n * 0.3 * 0.7);
        double tail = Binomial.atMost((long) (n * 0.3 - 4 * sd), n, 0.3);
        assertTrue(tail > 2.5e-5 && tail < 4e-5, "tail " + tail);
        assertEquals(0.5, Binomial.atMost(n / 2, n, 0.5), 0.001);
        assertEquals(1, Binomial.atMost(n / 2, n, 0.5) + Binomial.atLeast(n / 2 + 1, n, 0.5), 1e-8);
    }

    @Test
    void aCorrectShareFailsAboutAsOftenAsAlphaSaysAndAWrongOneFails() {
        // at α = 10^-7 a correct share never fails in 20,000 draws; with α this small we check the
        // decision boundary instead: the passing range holds the middle and excludes 6 sd out
        SplittableRandom rng = new SplittableRandom(1);
        int failures = 0;
        for (int i = 0; i < 20_000; i++) {
            int n = 30 + rng.nextInt(500);
            int k = 0;
            for (int j = 0; j < n; j++) {
                k += rng.nextDouble() < 0.6 ? 1 : 0;
            }
            failures += Binomial.judge(k, n, 0.6, 0.6) == Verdict.FAIL ? 1 : 0;
        }
        assertEquals(0, failures);
        assertEquals(Verdict.FAIL, Binomial.judge(300, 1000, 0.6, 0.6));
        assertEquals(Verdict.PASS, Binomial.judge(600, 1000, 0.6, 0.6));
        // a range: anything consistent with some share in [0.45, 0.75] passes
        assertEquals(Verdict.PASS, Binomial.judge(14, 32, 0.45, 0.75));
        assertEquals(Verdict.FAIL, Binomial.judge(2, 100, 0.45, 0.75));
        assertEquals(Verdict.FAIL, Binomial.judge(100, 100, 0.45, 0.75));
    }

    @Test
    void aSampleThatNoOutcomeCouldFailReadsTooFewRows() {
        // 13 employees at "at least 70%": even 0 of 13 has probability 0.3^13 = 1.6·10^−7 ≥ α
        assertEquals(Verdict.TOO_FEW_ROWS, Binomial.judge(0, 13, 0.7, 1));
        assertEquals(Verdict.FAIL, Binomial.judge(0, 14, 0.7, 1));
        assertEquals(Verdict.TOO_FEW_ROWS, Binomial.judge(0, 0, 0.7, 1));
        assertEquals("0-13 of 13", Binomial.passing(13, 0.7, 1));
        String range = Binomial.passing(1000, 0.6, 0.6);
        assertEquals("517-681 of 1,000", range);
        assertEquals("1-32 of 32", Binomial.passing(32, 0.45, 0.75));
    }
}
