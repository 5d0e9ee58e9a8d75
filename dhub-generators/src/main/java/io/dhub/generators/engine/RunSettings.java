package io.dhub.generators.engine;

import io.dhub.schema.DhubException;
import java.time.LocalDate;

/**
 * Everything a seed run depends on. Two runs with equal settings (threads aside) write identical
 * data. The as-of date is an input: generation never reads the clock.
 *
 * @param seed       master seed
 * @param asOf       the "today" of the data: no event is dated after it
 * @param scale      multiplier of the base sizes (150 employees, 1,200 customers)
 * @param customers  customer count override, or 0 to follow the scale
 * @param employees  employee count override, or 0 to follow the scale
 * @param threads    generation threads (does not change the data)
 * @param maxRetries retries of a failed phase
 */
public record RunSettings(long seed, LocalDate asOf, double scale, long customers, long employees, int threads,
                          int maxRetries) {
    public static final long DEFAULT_SEED = 20_240_601L;
    public static final long BASE_EMPLOYEES = 150;
    public static final long BASE_CUSTOMERS = 1_200;

    public RunSettings {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw DhubException.usage("--scale must be a positive finite number, not " + scale);
        }
        if (customers < 0 || employees < 0) {
            throw DhubException.usage("--customers and --employees must be at least 1");
        }
        if (threads < 1) {
            throw DhubException.usage("--threads must be at least 1, not " + threads);
        }
        if (maxRetries < 0) {
            throw DhubException.usage("--max-retries must be 0 or more, not " + maxRetries);
        }
        if (asOf == null) {
            throw DhubException.usage("an as-of date is needed");
        }
    }

    /** Employees at this scale (linear in the scale, at least 1) unless overridden. */
    public long employeeCount() {
        return employees > 0 ? employees : scaled(BASE_EMPLOYEES);
    }

    /** Customers at this scale (linear in the scale, at least 1) unless overridden. */
    public long customerCount() {
        return customers > 0 ? customers : scaled(BASE_CUSTOMERS);
    }

    private long scaled(long base) {
        return Math.max(1, (long) Math.floor(base * scale + 1e-9));
    }
}
