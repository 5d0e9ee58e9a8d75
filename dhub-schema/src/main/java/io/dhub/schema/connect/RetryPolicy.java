package io.dhub.schema.connect;

import io.dhub.schema.DhubException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How long dhub keeps trying after a transient fault ({@link Faults}): waits of 0.5 s, doubling to at
 * most 8 s, until either {@code maxRetries} retries were made or {@code retryForSeconds} have passed
 * since the first failure of the streak. The defaults (20 retries, 60 s) outlast a server restart.
 *
 * @param maxRetries      the most retries of one step (also caps the rotated-seed retries of a phase)
 * @param retryForSeconds the longest time one step keeps retrying, from its first failure
 */
public record RetryPolicy(int maxRetries, double retryForSeconds) {
    public static final int DEFAULT_MAX_RETRIES = 20;
    public static final double DEFAULT_RETRY_FOR_SECONDS = 60;
    public static final double FIRST_WAIT_SECONDS = 0.5;
    public static final double MAX_WAIT_SECONDS = 8;
    public static final RetryPolicy DEFAULT = new RetryPolicy(DEFAULT_MAX_RETRIES, DEFAULT_RETRY_FOR_SECONDS);
    public static final RetryPolicy NONE = new RetryPolicy(0, 0);

    public RetryPolicy {
        if (maxRetries < 0 || maxRetries > 1_000) {
            throw DhubException.usage("--max-retries must be between 0 and 1000, not " + maxRetries);
        }
        if (!(retryForSeconds >= 0) || retryForSeconds > 86_400) {
            throw DhubException.usage("--retry-for must be between 0 and 86400 seconds, not " + retryForSeconds);
        }
    }

    /** The wait before retry number {@code retry} (1-based): 0.5, 1, 2, 4, 8, 8, … seconds. */
    public double waitSeconds(int retry) {
        return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * Math.pow(2, Math.max(0, retry - 1)));
    }

    /** Whether retry number {@code retry} (1-based) may still be made, {@code elapsed} seconds after the first failure. */
    public boolean allows(int retry, double elapsedSeconds) {
        return retry <= maxRetries && elapsedSeconds < retryForSeconds;
    }

    /**
     * Runs {@code action}, retrying it after transient faults with the waits above; each wait is one
     * line through {@code notice}. Other failures, and the last transient one, go to the caller.
     */
    public <T> T run(String doing, Consumer<String> notice, Supplier<T> action) {
        Streak streak = streak();
        while (true) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (!Faults.isTransient(e) || !streak.failed()) {
                    throw e;
                }
                notice.accept(doing + ": " + SqlFailures.firstLine(e) + "; " + streak.waitText());
                streak.sleep();
            }
        }
    }

    /** A new streak of transient failures of one step. */
    public Streak streak() {
        return new Streak();
    }

    /** Consecutive transient failures of one step: how many, and how long since the first. */
    public final class Streak {
        private long first;
        private int retries;
        private double elapsed;

        private Streak() {
        }

        /** Counts one more failure, now; whether the policy allows one more retry. */
        public boolean failed() {
            long now = System.nanoTime();
            first = first == 0 ? now : first;
            elapsed = (now - first) / 1e9;
            retries++;
            return allows(retries, elapsed);
        }

        /** Seconds since the streak's first failure, as of the last one. */
        public double elapsed() {
            return elapsed;
        }

        /** "retrying in 2.0 s (retry 3 of at most 20, 56 s left)", for the retry about to be made. */
        public String waitText() {
            return RetryPolicy.this.waitText(retries, elapsed);
        }

        /** Waits before the retry about to be made. */
        public void sleep() {
            RetryPolicy.this.sleep(retries, elapsed);
        }
    }

    private String waitText(int retry, double elapsed) {
        return String.format(Locale.ROOT, "retrying in %.1f s (retry %d of at most %d, %.0f s left)",
                waitFor(retry, elapsed), retry, maxRetries, Math.max(0, retryForSeconds - elapsed));
    }

    /** The wait before retry {@code retry}, shortened so as not to run past the time limit. */
    public double waitFor(int retry, double elapsed) {
        return Math.min(waitSeconds(retry), Math.max(0.1, retryForSeconds - elapsed));
    }

    private void sleep(int retry, double elapsed) {
        try {
            Thread.sleep(Math.round(waitFor(retry, elapsed) * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DhubException(io.dhub.schema.ErrorCode.FAILED, "interrupted while waiting to retry");
        }
    }
}
