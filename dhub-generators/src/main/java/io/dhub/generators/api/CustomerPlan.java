package io.dhub.generators.api;

import java.util.List;

/**
 * The settings of a rewrite, worked out from where the data comes from (under the run lock).
 *
 * @param after  the settings wanted now (the data's own, or another profile for the customer)
 * @param before the settings the stored rows may have been written with: the data's run's, and
 *               those of any rewrite of this customer that did not complete (its rows may be
 *               partly there); a row any of them generates and {@code after} does not is deleted
 * @param replay the replay command of the data once rewritten, for the run record
 */
public record CustomerPlan(RunSettings after, List<RunSettings> before, String replay) {
    public CustomerPlan {
        before = List.copyOf(before);
    }
}
