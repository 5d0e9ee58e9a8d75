package io.dhub.generators.engine;

import java.util.List;

/**
 * What a seed run did.
 *
 * @param run      its number in the run record
 * @param settings the settings it ran with
 * @param phases   per phase, in order
 * @param seconds  wall time of the whole run
 */
public record SeedResult(long run, RunSettings settings, List<PhaseResult> phases, double seconds) {
    public SeedResult {
        phases = List.copyOf(phases);
    }

    public long totalRows() {
        return phases.stream().mapToLong(PhaseResult::totalRows).sum();
    }
}
