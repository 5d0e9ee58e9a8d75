package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Table;

/**
 * Every reference of one table resolves: its foreign keys inside the database (taken from the
 * schema, and counted anyway, because rows loaded with triggers off skip them) and its references
 * into other databases, which PostgreSQL cannot enforce. A NULL reference points nowhere and is fine.
 */
final class ReferencesCheck extends BaseCheck {
    private final Table<?> table;
    private final List<Reference> references;

    /**
     * One reference: the table's column must equal {@code targetColumn} of some row of {@code target},
     * a table of the same database or, when {@code imported} is given, the rows imported from another.
     */
    record Reference(String column, String target, String targetColumn, String targetLabel, Import imported) {
    }

    private ReferencesCheck(LogicalDatabase database, Table<?> table, List<Reference> references) {
        super("references." + table.getName(), Category.INTEGRITY, database, scope(database, table, references));
        this.table = table;
        this.references = List.copyOf(references);
    }

    private static String scope(LogicalDatabase database, Table<?> table, List<Reference> references) {
        Set<String> targets = new LinkedHashSet<>();
        references.forEach(r -> targets.add(r.targetLabel()));
        return database.logicalName() + "." + table.getName() + " → " + String.join(", ", targets);
    }

    /** The table's references, in the order given (the schema's: foreign keys, then the undeclared ones). */
    static ReferencesCheck of(LogicalDatabase db, String tableName, List<Reference> references) {
        return new ReferencesCheck(db, db.table(tableName), references);
    }

    /** A reference to another table of the same database that the schema does not declare as a foreign key. */
    static Reference local(String column, String table, String targetColumn, LogicalDatabase db) {
        return new Reference(column, "public." + table, targetColumn, db.logicalName() + "." + table, null);
    }

    /** A reference to rows imported from another database. */
    static Reference into(String column, Import target, String targetColumn, String targetLabel) {
        return new Reference(column, target.name(), targetColumn, targetLabel, target);
    }

    @Override
    public String formula() {
        List<String> parts = new ArrayList<>();
        for (Reference r : references) {
            parts.add(r.column() + " → " + r.targetLabel() + "." + r.targetColumn());
        }
        return "rows where a reference is not NULL and NOT EXISTS a target row with that key: "
                + String.join("; ", parts);
    }

    @Override
    public List<Import> imports() {
        return references.stream().map(Reference::imported).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private String dangling(Reference r) {
        return "(t." + r.column() + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + r.target() + " x WHERE x."
                + r.targetColumn() + " = t." + r.column() + "))";
    }

    @Override
    public CheckResult run(VerifySession session) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        for (Reference r : references) {
            sql.append(", count(*) FILTER (WHERE ").append(dangling(r)).append(')');
        }
        List<String> counts = session.row(database(), sql + " FROM public." + table.getName() + " t");
        long rows = Long.parseLong(counts.get(0));
        long bad = 0;
        String offender = null;
        for (int i = 0; i < references.size(); i++) {
            long n = Long.parseLong(counts.get(i + 1));
            bad += n;
            if (n > 0 && offender == null) {
                Reference r = references.get(i);
                String key = table.getPrimaryKey().getFields().get(0).getName();
                List<String> row = session.row(database(), "SELECT t." + key + ", t." + r.column() + " FROM public."
                        + table.getName() + " t WHERE " + dangling(r) + " ORDER BY t." + key + " LIMIT 1");
                offender = table.getName() + " " + key + " " + row.get(0) + ": " + r.column() + " = " + row.get(1)
                        + " matches no " + r.targetLabel() + " row";
            }
        }
        CheckResult.Line line = new CheckResult.Line("", references.size() + " references resolve",
                Counts.of(bad) + " dangling in " + Counts.of(rows) + " rows", bad == 0 ? Verdict.PASS : Verdict.FAIL);
        return CheckResult.of(this, List.of(line), offender);
    }
}
