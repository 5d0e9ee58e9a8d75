package io.dhub.verify;

/**
 * Exact binomial tails, the test behind every share verify judges. A correct bank draws each share
 * from its rule's probability, so k hits among n follow Binomial(n, p) (or a narrower law, when the
 * generator deals a share exactly); a share fails only when a tail that extreme has probability below
 * {@link #ALPHA} under every p the rule allows. {@link #ALPHA} is set so that a run of all checks,
 * about {@value #JUDGED_LINES} judged lines at most, fails a correct bank less than once in 10,000 runs:
 * 1,000 × 10^−7 = 10^−4 (Bonferroni, which needs no independence between the lines).
 */
final class Binomial {
    /** The probability with which one judged line may fail a correct bank. */
    static final double ALPHA = 1e-7;
    /** The most lines a verify run judges (263 checks; docs/verification.md counts them). */
    static final int JUDGED_LINES = 1_000;

    private Binomial() {
    }

    /** P(X ≤ k) for X ~ Binomial(n, p). */
    static double atMost(long k, long n, double p) {
        if (k < 0) {
            return 0;
        }
        if (k >= n || p <= 0) {
            return 1;
        }
        if (p >= 1) {
            return 0;
        }
        if (k > n * p) {
            return 1 - atLeast(k + 1, n, p);
        }
        // from k down: each term is the one above it × j / (n − j + 1) × (1 − p) / p, falling away from the mode
        double logTerm = logPmf(k, n, p);
        double ratio = (1 - p) / p;
        double sum = 0;
        double term = 1;
        for (long j = k; j >= 0; j--) {
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
            term *= j / (double) (n - j + 1) * ratio;
        }
        return Math.min(1, Math.exp(logTerm + Math.log(sum)));
    }

    /** P(X ≥ k) for X ~ Binomial(n, p). */
    static double atLeast(long k, long n, double p) {
        if (k <= 0) {
            return 1;
        }
        if (k > n || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        if (k < n * p) {
            return 1 - atMost(k - 1, n, p);
        }
        double logTerm = logPmf(k, n, p);
        double ratio = p / (1 - p);
        double sum = 0;
        double term = 1;
        for (long j = k; j <= n; j++) {
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
            term *= (n - j) / (double) (j + 1) * ratio;
        }
        return Math.min(1, Math.exp(logTerm + Math.log(sum)));
    }

    /** ln P(X = k). */
    static double logPmf(long k, long n, double p) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
    }

    /** ln n!, exact by product below 20, by Stirling's series above (error below 10^−13). */
    static double logFactorial(long n) {
        if (n < 20) {
            double f = 1;
            for (int i = 2; i <= n; i++) {
                f *= i;
            }
            return Math.log(f);
        }
        double x = n + 1.0;
        double inv = 1 / x;
        double inv2 = inv * inv;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI)
                + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
    }

    /**
     * The verdict on k of n against a share the rule allows anywhere in [low, high]: FAIL when k is
     * too few for low or too many for high at probability {@link #ALPHA} (split between the two sides
     * when both bind); "too few rows" when no k out of n could fail.
     */
    static Verdict judge(long k, long n, double low, double high) {
        boolean lowBinds = low > 0;
        boolean highBinds = high < 1;
        double side = side(low, high);
        boolean canFail = lowBinds && atMost(0, n, low) < side || highBinds && atLeast(n, n, high) < side;
        if (n == 0 || !canFail) {
            return Verdict.TOO_FEW_ROWS;
        }
        boolean tooFew = lowBinds && atMost(k, n, low) < side;
        boolean tooMany = highBinds && atLeast(k, n, high) < side;
        return tooFew || tooMany ? Verdict.FAIL : Verdict.PASS;
    }

    /** The probability each binding end of [low, high] may reject at: α, split when both ends bind. */
    private static double side(double low, double high) {
        return low > 0 && high < 1 ? ALPHA / 2 : ALPHA;
    }

    /** The range of hits out of n that passes against [low, high], as "a-b of n", for reports. */
    static String passing(long n, double low, double high) {
        boolean lowBinds = low > 0;
        boolean highBinds = high < 1;
        double side = side(low, high);
        long from = 0;
        if (lowBinds) {
            long lo = 0;
            long hi = n;
            while (lo < hi) { // the least k with atMost(k, n, low) ≥ side
                long mid = (lo + hi) >>> 1;
                if (atMost(mid, n, low) >= side) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            from = lo;
        }
        long to = n;
        if (highBinds) {
            long lo = 0;
            long hi = n;
            while (lo < hi) { // the largest k with atLeast(k, n, high) ≥ side
                long mid = (lo + hi + 1) >>> 1;
                if (atLeast(mid, n, high) >= side) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            to = lo;
        }
        return Counts.of(from) + "-" + Counts.of(to) + " of " + Counts.of(n);
    }
}
