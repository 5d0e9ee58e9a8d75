package io.dhub.schema.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.List;

/**
 * A summary statistic (a mean, a correlation) on the right side of a bound. Judged only with at
 * least {@code minRows} rows behind it; fewer read "too few rows".
 */
final class StatisticCheck extends BaseCheck {
    private final String what;
    private final String query;
    private final boolean atLeast;
    private final double bound;
    private final int minRows;

    /**
     * @param query   yields one row: (statistic, n)
     * @param atLeast whether the statistic must be at least the bound (else at most)
     */
    StatisticCheck(String id, LogicalDatabase database, String scope, String what, String query, boolean atLeast,
                   double bound, int minRows) {
        super(id, Category.DISTRIBUTION, database, scope);
        this.what = what;
        this.query = query;
        this.atLeast = atLeast;
        this.bound = bound;
        this.minRows = minRows;
    }

    @Override
    public String formula() {
        return what + " = " + query.replaceAll("\\s+", " ") + "; judged with at least " + minRows + " rows";
    }

    @Override
    public CheckResult run(VerifySession session) throws SQLException {
        List<String> row = session.row(database(), query);
        long n = row.get(1) == null ? 0 : Long.parseLong(row.get(1));
        String expected = what + (atLeast ? " ≥ " : " ≤ ") + bound;
        if (n < minRows || row.get(0) == null) {
            return CheckResult.of(this, List.of(new CheckResult.Line("", expected, "n = " + Counts.of(n),
                    Verdict.TOO_FEW_ROWS)), null);
        }
        double value = Double.parseDouble(row.get(0));
        boolean ok = atLeast ? value >= bound : value <= bound;
        return CheckResult.of(this, List.of(new CheckResult.Line("", expected, Counts.decimal(value, 3) + " (n = "
                + Counts.of(n) + ")", ok ? Verdict.PASS : Verdict.FAIL)), null);
    }
}
