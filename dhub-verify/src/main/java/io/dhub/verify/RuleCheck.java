package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.List;

/**
 * A rule every row (or every entity, such as an account or a loan) must keep: the check counts the
 * rows that break it, and {@code --explain} shows the worst of them with its inputs.
 */
final class RuleCheck extends BaseCheck {
    private final String rule;
    private final String unit;
    private final String rows;
    private final String broken;
    private final String offender;
    private final String worst;
    private final List<Import> imports;

    private RuleCheck(Builder b) {
        super(b.id, b.category, b.database, b.scope);
        this.rule = b.rule;
        this.unit = b.unit;
        this.rows = b.rows;
        this.broken = b.broken;
        this.offender = b.offender;
        this.worst = b.worst;
        this.imports = List.copyOf(b.imports);
    }

    static Builder rule(String id, Category category, LogicalDatabase database, String scope) {
        return new Builder(id, category, database, scope);
    }

    @Override
    public String formula() {
        return rule + "; counted over " + unit + ", broken where " + broken.replaceAll("\\s+", " ");
    }

    @Override
    public List<Import> imports() {
        return imports;
    }

    @Override
    public CheckResult run(VerifySession session) throws SQLException {
        List<String> counts = session.row(database(), "SELECT count(*) FILTER (WHERE " + broken + "), count(*) FROM ("
                + rows + ") s");
        long bad = Long.parseLong(counts.get(0));
        long all = Long.parseLong(counts.get(1));
        String worstRow = null;
        if (bad > 0) {
            List<String> row = session.row(database(), "SELECT " + offender + " FROM (" + rows + ") s WHERE " + broken
                    + " ORDER BY " + worst + " LIMIT 1");
            worstRow = row.isEmpty() ? null : row.get(0);
        }
        CheckResult.Line line = new CheckResult.Line("", rule, Counts.of(bad) + " of " + Counts.of(all) + " " + unit
                + " break it", bad == 0 ? Verdict.PASS : Verdict.FAIL);
        return CheckResult.of(this, List.of(line), worstRow);
    }

    static final class Builder {
        private final String id;
        private final Category category;
        private final LogicalDatabase database;
        private final String scope;
        private String rule;
        private String unit = "rows";
        private String rows;
        private String broken;
        private String offender = "row_to_json(s)::text";
        private String worst = "1";
        private List<Import> imports = List.of();

        private Builder(String id, Category category, LogicalDatabase database, String scope) {
            this.id = id;
            this.category = category;
            this.database = database;
            this.scope = scope;
        }

        /** The rule in words, shown as the expectation. */
        Builder expect(String rule) {
            this.rule = rule;
            return this;
        }

        /** A query yielding one row per thing judged (the {@code unit}, e.g. "accounts"). */
        Builder over(String unit, String rows) {
            this.unit = unit;
            this.rows = rows;
            return this;
        }

        /** A condition on those rows (alias {@code s}) that is true when the rule is broken. */
        Builder brokenWhen(String broken) {
            this.broken = broken;
            return this;
        }

        /** A text expression describing an offending row with its inputs. */
        Builder offender(String offender) {
            this.offender = offender;
            return this;
        }

        /** ORDER BY expression putting the worst offender first. */
        Builder worstFirst(String worst) {
            this.worst = worst;
            return this;
        }

        Builder needs(Import... imports) {
            this.imports = List.of(imports);
            return this;
        }

        RuleCheck build() {
            if (rule == null || rows == null || broken == null) {
                throw new IllegalStateException(id + ": a rule needs expect, over and brokenWhen");
            }
            return new RuleCheck(this);
        }
    }
}
