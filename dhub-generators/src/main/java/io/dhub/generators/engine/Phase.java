package io.dhub.generators.engine;

import io.dhub.generators.load.TableSource;
import java.util.List;

/**
 * One step of a run: tables that are loaded, and rolled back, together.
 *
 * @param number the phase number of the specification (1-5)
 * @param name   short name for messages and the run record
 * @param tables the tables, in foreign-key order
 */
public record Phase(int number, String name, List<TableSource> tables) {
    public Phase {
        tables = List.copyOf(tables);
    }
}
