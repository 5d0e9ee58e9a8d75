package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;

/**
 * Uniqueness: every primary and unique key of dhub's schema for one database. A key the server
 * enforces with a valid unique index cannot hold duplicates, and is not scanned; any other key (its
 * constraint dropped, say) is counted with GROUP BY … HAVING count(*) > 1.
 */
final class UniqueKeysCheck extends BaseCheck {

    UniqueKeysCheck(LogicalDatabase database) {
        super("unique." + database.logicalName(), Category.INTEGRITY, database, database.logicalName() + " ("
                + database.tables().size() + " tables)");
    }

    @Override
    public String formula() {
        return "for each primary or unique key: a valid unique index on its columns, or else count(*) of "
                + "(SELECT key FROM table GROUP BY key HAVING count(*) > 1) = 0";
    }

    @Override
    public CheckResult run(VerifySession session) throws SQLException {
        int keys = 0;
        int indexed = 0;
        long duplicated = 0;
        String offender = null;
        for (Table<?> table : database().tables()) {
            Set<Set<String>> enforced = enforcedKeys(session, table.getName());
            List<UniqueKey<?>> all = new ArrayList<>();
            if (table.getPrimaryKey() != null) {
                all.add(table.getPrimaryKey());
            }
            all.addAll(table.getUniqueKeys());
            for (UniqueKey<?> key : all) {
                keys++;
                List<String> columns = key.getFields().stream().map(TableField::getName).toList();
                if (enforced.contains(new TreeSet<>(columns))) {
                    indexed++;
                    continue;
                }
                String cols = String.join(", ", columns);
                List<String> row = session.row(database(), "SELECT count(*), min(k) FROM (SELECT (" + cols
                        + ")::text AS k FROM public." + table.getName() + " WHERE (" + cols + ") IS NOT NULL GROUP BY "
                        + cols + " HAVING count(*) > 1) d");
                long n = Long.parseLong(row.get(0));
                duplicated += n;
                if (n > 0 && offender == null) {
                    offender = table.getName() + " (" + cols + ") = " + row.get(1) + " appears more than once";
                }
            }
        }
        CheckResult.Line line = new CheckResult.Line("", "no duplicates in " + keys + " keys",
                Counts.of(duplicated) + " duplicated values (" + indexed + " keys held by a unique index, "
                        + (keys - indexed) + " scanned)", duplicated == 0 ? Verdict.PASS : Verdict.FAIL);
        return CheckResult.of(this, List.of(line), offender);
    }

    /** Column sets of the table's valid, total unique indexes on the server. */
    private Set<Set<String>> enforcedKeys(VerifySession session, String table) throws SQLException {
        Set<Set<String>> keys = new HashSet<>();
        for (List<String> row : session.rows(database(), "SELECT string_agg(a.attname, ',') FROM pg_index i "
                + "CROSS JOIN LATERAL unnest(i.indkey) AS k(attnum) JOIN pg_attribute a ON a.attrelid = i.indrelid "
                + "AND a.attnum = k.attnum WHERE i.indrelid = to_regclass('public." + table + "') AND i.indisunique "
                + "AND i.indisvalid AND i.indpred IS NULL AND i.indexprs IS NULL GROUP BY i.indexrelid")) {
            keys.add(new TreeSet<>(List.of(row.get(0).split(","))));
        }
        return keys;
    }
}
