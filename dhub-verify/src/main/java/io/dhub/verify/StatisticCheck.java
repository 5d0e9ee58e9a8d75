package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.List;

/**
 * A summary statistic (a share, a mean, a correlation, a ratio) on the right side of a bound, or
 * between two. How the bound is judged depends on what the statistic is, so that a correct bank
 * fails a line with probability at most {@link Binomial#ALPHA} at any sample size:
 * <ul>
 *   <li>a share (the mean of a 0/1 over n things) by the exact binomial tails: it fails only when k of
 *       n is implausible for every share in the allowed range ({@link Binomial#judge});</li>
 *   <li>a correlation by Fisher's z: r's interval tanh(atanh r ± Z/√(n − 3)) must meet the range;</li>
 *   <li>a mean or a difference of means by its standard error, which the query yields as a third
 *       column: value ± Z·se must meet the range;</li>
 *   <li>any other statistic (a ratio of medians) against its bounds once it has {@code minRows} rows,
 *       with bounds set far enough from the generator's value that the sampling spread at that many
 *       rows cannot cross them (docs/verification.md gives each margin).</li>
 * </ul>
 * Fewer than {@code minRows} rows read "too few rows", as does a share no outcome could fail.
 */
final class StatisticCheck extends BaseCheck {
    /** How the statistic is judged. */
    enum Kind { PLAIN, SHARE, CORRELATION, MEAN }

    /** Standard errors a correct value may lie from its bound: the normal quantile of 1 − {@link Binomial#ALPHA}/2. */
    static final double Z = 5.33;

    private final String what;
    private final String query;
    private final double low;
    private final double high;
    private final int minRows;
    private final List<Import> imports;
    private final Kind kind;
    /** The markets whose banks the check judges; empty for every market. */
    private final java.util.Set<String> markets;

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
        this.kind = Kind.PLAIN;
        this.markets = java.util.Set.of();
    }

    private StatisticCheck(StatisticCheck c, List<Import> imports, Kind kind) {
        this(c, imports, kind, c.markets);
    }

    private StatisticCheck(StatisticCheck c, List<Import> imports, Kind kind, java.util.Set<String> markets) {
        super(c.id(), c.category(), c.database(), c.scope());
        this.what = c.what;
        this.query = c.query;
        this.low = c.low;
        this.high = c.high;
        this.minRows = c.minRows;
        this.imports = List.copyOf(imports);
        this.kind = kind;
        this.markets = java.util.Set.copyOf(markets);
    }

    /**
     * The same check, judged only in banks of these markets: its target is a fact of theirs, and a bank
     * of another market, for which no sourced figure was found, reads "too few rows" with the reason.
     */
    StatisticCheck judgedIn(String... codes) {
        return new StatisticCheck(this, imports, kind, java.util.Set.of(codes));
    }

    /** The same check, reading rows copied in from other databases. */
    StatisticCheck withImports(Import... imports) {
        return new StatisticCheck(this, List.of(imports), kind);
    }

    /** The same check for a share (a mean of 0/1 over n), judged by its exact binomial tails. */
    StatisticCheck share() {
        return new StatisticCheck(this, imports, Kind.SHARE);
    }

    /** The same check for a correlation, judged by Fisher's z. */
    StatisticCheck correlation() {
        return new StatisticCheck(this, imports, Kind.CORRELATION);
    }

    /** The same check for a mean or a difference of means whose query yields its standard error third. */
    StatisticCheck mean() {
        return new StatisticCheck(this, imports, Kind.MEAN);
    }

    @Override
    public List<Import> imports() {
        return imports;
    }

    @Override
    public String formula() {
        String judged = switch (kind) {
            case SHARE -> "; a share: fails only when k of n has probability below " + Binomial.ALPHA
                    + " under every share in the range (exact binomial tails)";
            case CORRELATION -> "; a correlation: tanh(atanh r ± " + Z + "/√(n − 3)) must meet the range";
            case MEAN -> "; value ± " + Z + " standard errors (the query's third column) must meet the range";
            case PLAIN -> "";
        };
        return what + " = " + query.replaceAll("\\s+", " ") + judged + "; judged with at least " + minRows + " rows";
    }

    @Override
    public CheckResult run(VerifySession session) throws SQLException {
        String expected = high == Double.POSITIVE_INFINITY ? what + " ≥ " + low
                : low == Double.NEGATIVE_INFINITY ? what + " ≤ " + high : what + " in [" + low + ", " + high + "]";
        if (!markets.isEmpty() && !markets.contains(session.marketCode())) {
            return CheckResult.of(this, List.of(new CheckResult.Line("", expected, "not judged in market "
                    + session.marketCode() + ": no sourced figure for it", Verdict.TOO_FEW_ROWS)), null);
        }
        List<String> row = session.row(database(), query);
        long n = row.get(1) == null ? 0 : Long.parseLong(row.get(1));
        if (n < minRows || row.get(0) == null) {
            return CheckResult.of(this, List.of(new CheckResult.Line("", expected, "n = " + Counts.of(n),
                    Verdict.TOO_FEW_ROWS)), null);
        }
        double value = Double.parseDouble(row.get(0));
        String measured = Counts.decimal(value, 3) + " (n = " + Counts.of(n) + ")";
        Verdict verdict;
        switch (kind) {
            case SHARE -> {
                long k = Math.round(value * n);
                verdict = Binomial.judge(k, n, Math.max(0, low), Math.min(1, high));
                measured = Counts.percent(value) + " (" + Counts.of(k) + " of " + Counts.of(n) + "; passes "
                        + Binomial.passing(n, Math.max(0, low), Math.min(1, high)) + ")";
            }
            case CORRELATION -> {
                double z = atanh(Math.max(-0.999999, Math.min(0.999999, value)));
                double se = 1 / Math.sqrt(Math.max(1, n - 3));
                verdict = meets(Math.tanh(z - Z * se), Math.tanh(z + Z * se));
                measured = Counts.decimal(value, 3) + " ± " + Counts.decimal(Z * se, 3) + " (n = " + Counts.of(n) + ")";
            }
            case MEAN -> {
                double se = row.size() > 2 && row.get(2) != null ? Double.parseDouble(row.get(2)) : 0;
                verdict = meets(value - Z * se, value + Z * se);
                measured = Counts.decimal(value, 3) + " ± " + Counts.decimal(Z * se, 3) + " (n = " + Counts.of(n) + ")";
            }
            default -> verdict = value >= low && value <= high ? Verdict.PASS : Verdict.FAIL;
        }
        return CheckResult.of(this, List.of(new CheckResult.Line("", expected, measured, verdict)), null);
    }

    private Verdict meets(double from, double to) {
        return to >= low && from <= high ? Verdict.PASS : Verdict.FAIL;
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
