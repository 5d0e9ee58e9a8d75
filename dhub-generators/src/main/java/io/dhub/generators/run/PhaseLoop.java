package io.dhub.generators.run;

import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.SeedTree;
import java.util.ArrayList;
import java.util.List;

/**
 * The one loop over a plan's phases, whatever they are written to: the databases ({@link Seeder}),
 * files ({@link FileOutput}) or one customer's rows ({@link OneCustomer}). Phase by phase, in the
 * plan's order, it builds the phase from the seed tree and hands it to the target; when the target
 * fails, the target says from which tree the phase is built again, or gives up.
 */
final class PhaseLoop {
    private PhaseLoop() {
    }

    /** Where the built phases go. */
    interface Target<R> {
        /** Phase {@code number} is about to be built ({@code attempt} as for {@link #write}). */
        default void building(int number, int attempt) {
        }

        /** Writes a built phase; {@code attempt} is 0, then 1, 2… after failures. */
        R write(Phase phase, int attempt) throws Exception;

        /** A phase was written, and is not retried whatever happens next. */
        default void written(R result) {
        }

        /**
         * The write of {@code phase}, built from {@code built}, failed with {@code failure}: returns the
         * tree to build it from again ({@code built} for the same rows, or {@code base} rotated for
         * others), or throws. By default it gives up.
         */
        default SeedTree retry(Phase phase, int attempt, SeedTree base, SeedTree built, Exception failure) {
            throw failure instanceof RuntimeException e ? e : new IllegalStateException(failure);
        }
    }

    /** Builds and writes every phase of {@code plan} from {@code tree}; returns what the target returned, in order. */
    static <R> List<R> run(PhasePlan plan, SeedTree tree, Target<R> target) {
        List<R> out = new ArrayList<>();
        for (int number : plan.numbers()) {
            SeedTree from = tree;
            for (int attempt = 0; ; attempt++) {
                target.building(number, attempt);
                Phase phase = plan.build(number, from);
                R result;
                try {
                    result = target.write(phase, attempt);
                } catch (Exception e) {
                    from = target.retry(phase, attempt, tree, from, e);
                    continue;
                }
                out.add(result);
                target.written(result);
                break;
            }
        }
        return out;
    }
}
