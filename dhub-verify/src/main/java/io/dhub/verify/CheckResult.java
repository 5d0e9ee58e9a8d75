package io.dhub.verify;

import java.util.List;

/**
 * What one check found.
 *
 * @param id       stable name, e.g. {@code money.ltv}
 * @param category integrity, structure, time, money or distribution
 * @param scope    the database and tables it reads
 * @param lines    one or more measurements (a distribution has one per category)
 * @param verdict  the check's verdict: FAIL when any line fails
 * @param formula  how it is computed, for {@code --explain}
 * @param offender the inputs of the worst offending row, or the counts behind a distribution; null when none
 */
public record CheckResult(String id, String category, String scope, List<Line> lines, Verdict verdict, String formula,
                          String offender) {

    public CheckResult {
        lines = List.copyOf(lines);
    }

    /** One measurement: what was expected, what was measured, and the verdict on it. */
    public record Line(String label, String expected, String measured, Verdict verdict) {
    }

    static CheckResult of(Check check, List<Line> lines, String offender) {
        Verdict verdict = lines.isEmpty() ? Verdict.PASS : lines.get(0).verdict();
        for (Line line : lines) {
            verdict = Verdict.combine(verdict, line.verdict());
        }
        return new CheckResult(check.id(), check.category().label(), check.scope(), lines, verdict, check.formula(),
                offender);
    }
}
