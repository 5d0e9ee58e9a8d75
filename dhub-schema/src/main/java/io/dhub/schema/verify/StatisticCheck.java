package io.dhub.schema.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.List;

/**
 * A summary statistic (a mean, a correlation, a ratio) on the right side of a bound, or between two.
 * Judged only with at least {@code minRows} rows behind it; fewer read "too few rows".
 */
final class StatisticCheck extends BaseCheck {
    private final String what;
    private final String query;
    private final double low;
    private final double high;
    private final int minRows;
    private final List<Import> imports;

    /**
     * @param query   yields one row: (statistic, n)
     * @param atLeast whether the statistic must be at least the bound (else at most)
     */
    StatisticCheck(String id, LogicalDatabase database, String scope, String what, String query, boolean atLeast,
                   double bound, int minRows) {
        this(id, Category.DISTRIBUTION, database, scope, what, query, atLeast ? bound : Double.NEGATIVE_INFINITY,
                atLeast ? Double.POSITIVE_INFINITY : bound, minRows);
    }

    /** A statistic that must lie in [low, high] (either may be infinite). */
    StatisticCheck(String id, Category category, LogicalDatabase database, String scope, String what, String query,
                   double low, double high, int minRows) {
        super(id, category, database, scope);
        this.what = what;
        this.query = query;
        this.low = low;
        this.high = high;
        this.minRows = minRows;
        this.imports = List.of();
    }

    private StatisticCheck(StatisticCheck c, List<Import> imports) {
        super(c.id(), c.category(), c.database(), c.scope());
        this.what = c.what;
        this.query = c.query;
        this.low = c.low;
        this.high = c.high;
        this.minRows = c.minRows;
        this.imports = List.copyOf(imports);
    }

    /** The same check, reading rows copied in from other databases. */
    StatisticCheck withImports(Import... imports) {
        return new StatisticCheck(this, List.of(imports));
    }

    @Override
    public List<Import> imports() {
        return imports;
    }

    @Override
    public String formula() {
        return what + " = " + query.replaceAll("\\s+", " ") + "; judged with at least " + minRows + " rows";
    }

    @Override
    public CheckResult run(VerifySession session) throws SQLException {
        List<String> row = session.row(database(), query);
        long n = row.get(1) == null ? 0 : Long.parseLong(row.get(1));
        String expected = high == Double.POSITIVE_INFINITY ? what + " ≥ " + low
                : low == Double.NEGATIVE_INFINITY ? what + " ≤ " + high : what + " in [" + low + ", " + high + "]";
        if (n < minRows || row.get(0) == null) {
            return CheckResult.of(this, List.of(new CheckResult.Line("", expected, "n = " + Counts.of(n),
                    Verdict.TOO_FEW_ROWS)), null);
        }
        double value = Double.parseDouble(row.get(0));
        boolean ok = value >= low && value <= high;
        return CheckResult.of(this, List.of(new CheckResult.Line("", expected, Counts.decimal(value, 3) + " (n = "
                + Counts.of(n) + ")", ok ? Verdict.PASS : Verdict.FAIL)), null);
    }
}
