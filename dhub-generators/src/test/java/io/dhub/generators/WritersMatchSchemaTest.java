package io.dhub.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.profiles.ProfileMix;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.Schema;
import io.dhub.schema.TableSpec;
import io.dhub.schema.connect.RetryPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every table a generator writes is one of the schema's, with columns of that table in the table's
 * order, and leaves out only columns the schema fills or lets be null; and every table of the schema
 * has a writer. Read from the plan and {@link Schema}, without a database.
 */
class WritersMatchSchemaTest {
    @Test
    void everyWritersColumnsAreItsTablesInOrder() {
        RunSettings settings = new RunSettings(1, LocalDate.of(2025, 9, 30), 1, 10, 10, 1, RetryPolicy.NONE)
                .withProfiles(ProfileMix.parse("default"));
        BankPlan plan = new BankPlan(settings);
        SeedTree tree = new SeedTree(1);
        List<String> wrong = new ArrayList<>();
        Set<String> written = new TreeSet<>();
        for (int number : plan.numbers()) {
            Phase phase = plan.build(number, tree);
            for (TableGroup group : phase.groups()) {
                for (Table t : group.tables()) {
                    TableSpec spec = Schema.table(t.database(), t.name());
                    written.add(spec.qualifiedName());
                    List<String> order = spec.columns().stream().map(TableSpec.Column::name)
                            .filter(t.columns()::contains).toList();
                    if (!order.equals(t.columns())) {
                        wrong.add(spec.qualifiedName() + ": writes " + t.columns() + ", the schema's order is " + order
                                + (order.size() < t.columns().size() ? " (a written column is not the schema's)" : ""));
                    }
                    for (TableSpec.Column c : spec.columns()) {
                        if (!t.columns().contains(c.name()) && !c.nullable() && !c.defaulted()) {
                            wrong.add(spec.qualifiedName() + "." + c.name() + " is NOT NULL without a default and "
                                    + "not written");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        Set<String> all = new TreeSet<>();
        Schema.tables().forEach(t -> all.add(t.qualifiedName()));
        assertEquals(all, written, "tables with a writer");
    }
}
