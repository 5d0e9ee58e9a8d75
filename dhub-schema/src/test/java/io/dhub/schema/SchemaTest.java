package io.dhub.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema described once: every table classified, every reference pointing at a key that exists. */
class SchemaTest {
    @Test
    void everyTableOfTheMigrationsIsDescribedAndClassified() {
        int tables = 0;
        for (LogicalDatabase db : LogicalDatabase.values()) {
            assertEquals(db.tableNames(), Schema.tables(db).stream().map(TableSpec::name).toList(), db.logicalName());
            tables += db.tableNames().size();
        }
        assertEquals(tables, Schema.tables().size());
        // the bank's own tables are exactly these; every other table holds customers' rows
        assertEquals(Set.of("employees_db.branches", "employees_db.branch_routing_codes", "employees_db.departments",
                "employees_db.employee_training",
                "employees_db.employees", "employees_db.performance_reviews", "employees_db.training_programs",
                "customer_db.campaigns", "accounts_db.profile_weights"), Set.copyOf(Schema.tables().stream()
                .filter(t -> !t.customers()).map(TableSpec::qualifiedName).toList()));
    }

    /** A customer's condition names the customer or the customer's accounts. */
    @Test
    void everyConditionPicksTheCustomer() {
        for (TableSpec t : Schema.tables()) {
            if (t.customers()) {
                assertTrue(t.customerRows().contains("{c}") || t.customerRows().contains("{accounts}"),
                        t.qualifiedName());
            }
        }
    }

    /**
     * Each reference points at its target table's primary key (or, for a branch code, its unique
     * code), and its column's type is the target's: a reference cannot silently go stale when a
     * migration renames or retypes a key.
     */
    @Test
    void everyReferencePointsAtAKeyOfTheSameType() {
        List<String> wrong = new ArrayList<>();
        int cross = 0;
        for (TableSpec t : Schema.tables()) {
            for (TableSpec.Reference r : t.references()) {
                TableSpec target = Schema.table(r.targetDatabase(), r.targetTable());
                boolean key = target.primaryKey().contains(r.targetColumn())
                        || r.targetColumn().equals("branch_code") && r.targetTable().equals("branches");
                String from = t.column(r.column()).type();
                String to = target.column(r.targetColumn()).type();
                if (!key || !from.equals(to)) {
                    wrong.add(t.qualifiedName() + "." + r.column() + " (" + from + ") -> " + r.target() + " (" + to
                            + (key ? ")" : ", not a key)"));
                }
                cross += r.held() == TableSpec.Held.CROSS_DATABASE ? 1 : 0;
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(42, cross, "references across databases");
    }

    /**
     * Every column named like a reference (…_id other than the table's own key, …_by, branch codes) is
     * one, unless it is listed here with the reason it is not.
     */
    @Test
    void everyColumnNamedLikeAReferenceIsOne() {
        Set<String> not = Set.of(
                "accounts_db.customers.tax_id",                   // a tax identification number
                "compliance_db.audit_trail.entity_id",            // the row of the table the audit row names
                "compliance_db.audit_trail.session_id");          // a login session, which no table holds
        List<String> missing = new ArrayList<>();
        for (TableSpec t : Schema.tables()) {
            for (TableSpec.Column c : t.columns()) {
                String name = c.name();
                boolean looks = name.endsWith("_id") || name.endsWith("_by") || name.equals("assigned_to")
                        || name.endsWith("branch_code");
                boolean own = t.primaryKey().size() == 1 && t.primaryKey().get(0).equals(name);
                boolean referenced = t.references().stream().anyMatch(r -> r.column().equals(name));
                if (looks && !own && !referenced && !not.contains(t.qualifiedName() + "." + name)) {
                    missing.add(t.qualifiedName() + "." + name);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
