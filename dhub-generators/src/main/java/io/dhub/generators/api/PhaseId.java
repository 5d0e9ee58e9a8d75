package io.dhub.generators.api;

/**
 * Which phase a progress report is about.
 *
 * @param number the phase number of the specification
 * @param name   short name for messages and the run record (its domains, joined by {@code +})
 */
public record PhaseId(int number, String name) {
}
