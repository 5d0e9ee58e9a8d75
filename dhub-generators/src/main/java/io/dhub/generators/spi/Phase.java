package io.dhub.generators.spi;

import io.dhub.generators.api.PhaseId;
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

    /** The phase's number and name, as progress reports give them. */
    public PhaseId id() {
        return new PhaseId(number, name);
    }

    /** Every table of the phase, in foreign-key order. */
    public List<Table> tables() {
        return groups.stream().flatMap(g -> g.tables().stream()).toList();
    }
}
