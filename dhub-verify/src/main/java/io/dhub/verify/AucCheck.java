package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.List;

/**
 * How well a score ranks an outcome: the area under the ROC curve (the probability that a random
 * positive scores above a random negative, ties counting half), from ranks in SQL (Mann-Whitney). It
 * passes when the band [low, high] lies within {@link StatisticCheck#Z} standard errors of the measured AUC (Hanley and
 * McNeil 1982), so a small sample is judged loosely; fewer than 5 positives or negatives read "too few rows".
 */
final class AucCheck extends BaseCheck {
    private static final int MIN_CLASS = 5;
    private final String query;
    private final double low;
    private final double high;

    /** @param query yields (score, outcome) rows: a numeric score and a boolean outcome */
    AucCheck(String id, LogicalDatabase database, String scope, String query, double low, double high) {
        super(id, Category.REALISM, database, scope);
        this.query = query;
        this.low = low;
        this.high = high;
    }

    @Override
    public String formula() {
        return "AUC = (sum of the positives' score ranks − p(p+1)/2) / (p·n) over " + query.replaceAll("\\s+", " ")
                + "; SE by Hanley-McNeil; passes when [" + low + ", " + high + "] meets AUC ± " + StatisticCheck.Z + "·SE";
    }

    @Override
    public CheckResult run(VerifySession session) throws SQLException {
        List<String> row = session.row(database(), "SELECT (sum(r) FILTER (WHERE y) - count(*) FILTER (WHERE y) * "
                + "(count(*) FILTER (WHERE y) + 1) / 2.0) / nullif(count(*) FILTER (WHERE y) * count(*) FILTER (WHERE "
                + "NOT y), 0), count(*) FILTER (WHERE y), count(*) FILTER (WHERE NOT y) FROM (SELECT y, avg(rk) OVER "
                + "(PARTITION BY s) AS r FROM (SELECT y, s, rank() OVER (ORDER BY s) + 0.0 AS rk FROM (SELECT x.s, x.y "
                + "FROM (" + query + ") AS x(s, y)) a) b) c");
        long positives = Long.parseLong(row.get(1));
        long negatives = Long.parseLong(row.get(2));
        String expected = "AUC in [" + low + ", " + high + "]";
        if (positives < MIN_CLASS || negatives < MIN_CLASS || row.get(0) == null) {
            return CheckResult.of(this, List.of(new CheckResult.Line("", expected, positives + " positives, "
                    + negatives + " negatives", Verdict.TOO_FEW_ROWS)), null);
        }
        double auc = Double.parseDouble(row.get(0));
        double q1 = auc / (2 - auc);
        double q2 = 2 * auc * auc / (1 + auc);
        double se = Math.sqrt((auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
                / (positives * (double) negatives));
        boolean ok = auc + StatisticCheck.Z * se >= low && auc - StatisticCheck.Z * se <= high;
        return CheckResult.of(this, List.of(new CheckResult.Line("", expected, Counts.decimal(auc, 3) + " ± "
                + Counts.decimal(StatisticCheck.Z * se, 3) + " (" + positives + " positives of " + Counts.of(positives + negatives)
                + ")", ok ? Verdict.PASS : Verdict.FAIL)), null);
    }
}
