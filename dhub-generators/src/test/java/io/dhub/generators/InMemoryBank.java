package io.dhub.generators;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.output.postgres.CopyText;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A bank written in memory, without a database: every table of the seven phases, for the first
 * entities of each group, as COPY text split into fields (a null is {@code \N}).
 */
public final class InMemoryBank {
    private InMemoryBank() {
    }

    /** Hands each row of every table, the first {@code entities} entities of each group, to {@code row}. */
    public static void write(RunSettings settings, int entities, BiConsumer<Table, String[]> row) {
        BankPlan plan = new BankPlan(settings);
        SeedTree tree = new SeedTree(settings.seed());
        for (int number : plan.numbers()) {
            Phase phase = plan.build(number, tree);
            for (TableGroup group : phase.groups()) {
                Map<Table, CopyText> chunks = new LinkedHashMap<>();
                group.tables().forEach(t -> chunks.put(t, new CopyText()));
                group.writer().write(1, Math.min(group.entities(), entities) + 1, chunks::get);
                for (Table table : group.tables()) {
                    String text = new String(chunks.get(table).bytes(), StandardCharsets.UTF_8);
                    if (!text.isEmpty()) {
                        for (String line : text.split("\n")) {
                            row.accept(table, line.split("\t", -1));
                        }
                    }
                }
            }
        }
    }
}
