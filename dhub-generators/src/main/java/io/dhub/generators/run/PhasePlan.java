package io.dhub.generators.run;

import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.SeedTree;
import java.util.List;

/** The phases of a run, built from a seed tree (a retry after a constraint violation rotates the tree). */
public interface PhasePlan {
    /** Phase numbers in the order they run. */
    List<Integer> numbers();

    /** Builds phase {@code number} from this tree; later phases see what earlier phases were built with. */
    Phase build(int number, SeedTree tree);

    /**
     * Whether a phase built from a rotated tree holds other rows, so that a retry after a constraint
     * violation can succeed; files hold the same rows however often they are read.
     */
    default boolean regenerates() {
        return true;
    }
}
