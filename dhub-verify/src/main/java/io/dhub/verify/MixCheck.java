package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A distribution: the share of each category among n things, against its target share p. A share
 * is judged by the exact binomial tails ({@link Binomial#judge}): it fails when k of n, or a count
 * further from n·p, has probability below {@link Binomial#ALPHA} under p, so a rule-following
 * generator fails a line about once in ten million. A sample in which no count could fail reads
 * "too few rows". A target of 0 (a category that must not occur) is judged exactly.
 */
final class MixCheck extends BaseCheck {
    private final String unit;
    private final String query;
    private final Map<String, Double> targets;
    private final boolean othersAllowed;
    private final List<Import> imports;
    /** Targets of markets whose shares differ from {@link #targets} (the US market's), by market code. */
    private final Map<String, Map<String, Double>> marketTargets;

    MixCheck(String id, LogicalDatabase database, String scope, String unit, String query, Map<String, Double> targets,
             boolean othersAllowed, List<Import> imports) {
        this(id, Category.DISTRIBUTION, database, scope, unit, query, targets, othersAllowed, imports, Map.of());
    }

    /**
     * @param query         yields (category, count) rows; their counts sum to n
     * @param targets       category → target share, in report order
     * @param othersAllowed whether categories without a target may occur (they are not judged)
     * @param imports       rows copied in from other databases that the query reads
     */
    private MixCheck(String id, Category category, LogicalDatabase database, String scope, String unit, String query,
                     Map<String, Double> targets, boolean othersAllowed, List<Import> imports,
                     Map<String, Map<String, Double>> marketTargets) {
        super(id, category, database, scope);
        this.unit = unit;
        this.query = query;
        this.targets = new LinkedHashMap<>(targets);
        this.othersAllowed = othersAllowed;
        this.imports = List.copyOf(imports);
        this.marketTargets = new TreeMap<>(marketTargets);
    }

    /** The same check, reading rows copied in from other databases. */
    MixCheck withImports(Import... imports) {
        return new MixCheck(id(), category(), database(), scope(), unit, query, targets, othersAllowed,
                List.of(imports), marketTargets);
    }

    /** The same check, reported in another category. */
    MixCheck in(Category category) {
        return new MixCheck(id(), category, database(), scope(), unit, query, targets, othersAllowed, imports,
                marketTargets);
    }

    /** The same check, judging a bank of that market ({@code --market}) by these shares instead. */
    MixCheck inMarket(String code, Object... shares) {
        Map<String, Map<String, Double>> more = new TreeMap<>(marketTargets);
        more.put(code, pairs(shares));
        return new MixCheck(id(), category(), database(), scope(), unit, query, targets, othersAllowed, imports, more);
    }

    @Override
    public List<Import> imports() {
        return imports;
    }

    /** Shares of every category of the mix; any other category must not occur. */
    static MixCheck mix(String id, LogicalDatabase db, String scope, String unit, String query, Object... targets) {
        return new MixCheck(id, db, scope, unit, query, pairs(targets), false, List.of());
    }

    /** One share among n: the query yields (label, count) rows, one of them the labelled category. */
    static MixCheck share(String id, LogicalDatabase db, String scope, String unit, String query, String label,
                          double target) {
        return new MixCheck(id, db, scope, unit, query, Map.of(label, target), true, List.of());
    }

    private static Map<String, Double> pairs(Object... targets) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < targets.length; i += 2) {
            map.put((String) targets[i], ((Number) targets[i + 1]).doubleValue());
        }
        return map;
    }

    @Override
    public String formula() {
        return "share = count / n over " + unit + "; fails when the binomial tail P(X ≤ count) or P(X ≥ count) "
                + "under Binomial(n, p) is below " + Binomial.ALPHA / 2 + "; \"too few rows\" when no count of n "
                + "could fail";
    }

    @Override
    public CheckResult run(VerifySession session) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        long n = 0;
        for (List<String> row : session.rows(database(), query)) {
            long c = Long.parseLong(row.get(1));
            counts.merge(row.get(0) == null ? "(null)" : row.get(0), c, Long::sum);
            n += c;
        }
        List<CheckResult.Line> lines = new ArrayList<>();
        Map<String, Double> targets = marketTargets.getOrDefault(session.marketCode(), this.targets);
        for (Map.Entry<String, Double> target : targets.entrySet()) {
            lines.add(judge(target.getKey(), counts.getOrDefault(target.getKey(), 0L), n, target.getValue()));
        }
        if (!othersAllowed) {
            for (Map.Entry<String, Long> other : counts.entrySet()) {
                if (!targets.containsKey(other.getKey())) {
                    lines.add(judge(other.getKey(), other.getValue(), n, 0.0));
                }
            }
        }
        StringBuilder behind = new StringBuilder("n = " + Counts.of(n) + " " + unit + ":");
        counts.forEach((k, c) -> behind.append(' ').append(k).append(' ').append(Counts.of(c)).append(','));
        behind.setLength(behind.length() - 1);
        return CheckResult.of(this, lines, behind.toString());
    }

    static CheckResult.Line judge(String label, long hits, long n, double p) {
        double share = n == 0 ? 0 : hits / (double) n;
        String measured = (n == 0 ? "-" : Counts.percent(share)) + " (" + Counts.of(hits) + " of " + Counts.of(n) + ")";
        if (p == 0) {
            return new CheckResult.Line(label, "none", measured, hits == 0 ? Verdict.PASS : Verdict.FAIL);
        }
        Verdict verdict = Binomial.judge(hits, n, p, p);
        String expected = verdict == Verdict.TOO_FEW_ROWS ? Counts.percent(p)
                : Counts.percent(p) + " (" + Binomial.passing(n, p, p) + ")";
        return new CheckResult.Line(label, expected, measured, verdict);
    }
}
