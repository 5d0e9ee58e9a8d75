package io.dhub.verify;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of {@code dhub seed verify}.
 *
 * @param asOf       the as-of date the time checks used
 * @param asOfSource where it came from: the last run's record, the option, or today
 * @param checks     every check's result, in report order
 * @param seconds    wall time
 */
public record VerifyReport(LocalDate asOf, String asOfSource, List<CheckResult> checks, double seconds) {

    public VerifyReport {
        checks = List.copyOf(checks);
    }

    public long count(Verdict verdict) {
        return checks.stream().filter(c -> c.verdict() == verdict).count();
    }

    public boolean passed() {
        return count(Verdict.FAIL) == 0;
    }
}
