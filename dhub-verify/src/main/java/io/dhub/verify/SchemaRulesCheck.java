package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Ranges and enumerations: every CHECK rule of dhub's schema for one database (as its migrations
 * define them, read from the generated jOOQ classes), re-evaluated against the rows. It catches rows
 * that arrived while a constraint was dropped, or in an older schema. Rows where a rule evaluates to
 * NULL keep it, as in PostgreSQL.
 */
final class SchemaRulesCheck extends BaseCheck {
    private static final DSLContext POSTGRES = DSL.using(SQLDialect.POSTGRES);

    SchemaRulesCheck(LogicalDatabase database) {
        super("ranges." + database.logicalName(), Category.INTEGRITY, database, database.logicalName() + " ("
                + tables(database).size() + " tables)");
    }

    private static List<Table<?>> tables(LogicalDatabase database) {
        return database.tables().stream().filter(t -> !t.getChecks().isEmpty()).toList();
    }

    @Override
    public String formula() {
        return "for each table, count the rows where NOT (rule) for each CHECK rule of the schema's migrations";
    }

    @Override
    public CheckResult run(VerifySession session) throws SQLException {
        long bad = 0;
        long rows = 0;
        int rules = 0;
        String offender = null;
        for (Table<?> table : tables(database())) {
            List<String> conditions = new ArrayList<>();
            for (org.jooq.Check<?> check : table.getChecks()) {
                conditions.add(POSTGRES.renderInlined(check.condition()));
            }
            rules += conditions.size();
            StringBuilder sql = new StringBuilder("SELECT count(*)");
            for (String c : conditions) {
                sql.append(", count(*) FILTER (WHERE NOT (").append(c).append("))");
            }
            List<String> counts = session.row(database(), sql.append(" FROM public.").append(table.getName()).toString());
            rows += Long.parseLong(counts.get(0));
            long tableBad = 0;
            int firstBroken = -1;
            for (int i = 0; i < conditions.size(); i++) {
                long n = Long.parseLong(counts.get(i + 1));
                tableBad += n;
                if (n > 0 && firstBroken < 0) {
                    firstBroken = i;
                }
            }
            bad += tableBad;
            if (firstBroken >= 0 && offender == null) {
                String rule = conditions.get(firstBroken);
                List<String> row = session.row(database(), "SELECT left(row_to_json(t)::text, 400) FROM public."
                        + table.getName() + " t WHERE NOT (" + rule + ") LIMIT 1");
                offender = table.getName() + " breaks " + rule.replaceAll("\\s+", " ") + ": "
                        + (row.isEmpty() ? "" : row.get(0));
            }
        }
        CheckResult.Line line = new CheckResult.Line("", "each row keeps the " + rules + " CHECK rules",
                Counts.of(bad) + " breaches in " + Counts.of(rows) + " rows", bad == 0 ? Verdict.PASS : Verdict.FAIL);
        return CheckResult.of(this, List.of(line), offender);
    }
}
