package io.dhub.generators.engine;

import io.dhub.generators.rows.Table;
import io.dhub.generators.rows.TableGroup;
import java.util.List;

/**
 * One step of a run: tables that are loaded, and rolled back, together.
 *
 * @param number the phase number of the specification (1-5)
 * @param name   short name for messages and the run record
 * @param groups the table groups, each written in one pass over its entities, in foreign-key order
 */
public record Phase(int number, String name, List<TableGroup> groups) {
    public Phase {
        groups = List.copyOf(groups);
    }

    /** Every table of the phase, in foreign-key order. */
    public List<Table> tables() {
        return groups.stream().flatMap(g -> g.tables().stream()).toList();
    }
}
