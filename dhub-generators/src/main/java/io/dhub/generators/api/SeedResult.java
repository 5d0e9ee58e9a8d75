package io.dhub.generators.api;

import java.util.List;

/**
 * What a seed run did.
 *
 * @param run      its number in the run record
 * @param settings the settings it ran with
 * @param phases   per phase, in order
 * @param seconds  wall time of the whole run
 * @param steps    where that time went, in order: lock and migrate, clear (when there was one), each
 *                 phase without its index build, the index builds, the rest (run record, sequences);
 *                 they add up to {@code seconds}
 */
public record SeedResult(long run, RunSettings settings, List<PhaseResult> phases, double seconds, List<Step> steps) {
    public SeedResult {
        phases = List.copyOf(phases);
        steps = List.copyOf(steps);
    }

    /**
     * One step of the run and its seconds.
     *
     * @param phase the phase this step loaded, or null for the steps around the phases
     */
    public record Step(String name, double seconds, PhaseResult phase) {
        public Step(String name, double seconds) {
            this(name, seconds, null);
        }
    }

    public long totalRows() {
        return phases.stream().mapToLong(PhaseResult::totalRows).sum();
    }
}
