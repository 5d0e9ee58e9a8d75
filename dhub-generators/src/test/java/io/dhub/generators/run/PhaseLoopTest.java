package io.dhub.generators.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.SeedTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one phase loop: phases in the plan's order, each built from the tree the target asks for
 * after a failure, reported written once, and a failure the target does not retry ends the run.
 */
class PhaseLoopTest {
    /** A plan of phases 3, 1, 2 (in that order) that records the trees it builds from. */
    private static final class Plan implements PhasePlan {
        final List<String> built = new ArrayList<>();

        @Override
        public List<Integer> numbers() {
            return List.of(3, 1, 2);
        }

        @Override
        public Phase build(int number, SeedTree tree) {
            built.add(number + "@" + tree.master());
            return new Phase(number, "p" + number, List.of());
        }
    }

    @Test
    void phasesRunInThePlansOrderAndAFailedOneIsRebuiltFromTheTreeTheTargetGives() {
        Plan plan = new Plan();
        List<String> events = new ArrayList<>();
        SeedTree base = new SeedTree(10);
        List<Integer> results = PhaseLoop.run(plan, base, new PhaseLoop.Target<>() {
            @Override
            public void building(int number, int attempt) {
                events.add("build " + number + "/" + attempt);
            }

            @Override
            public Integer write(Phase phase, int attempt) throws IOException {
                if (phase.number() == 1 && attempt < 2) {
                    throw new IOException("phase 1 fails twice");
                }
                return phase.number() * 10 + attempt;
            }

            @Override
            public void written(Integer result) {
                events.add("written " + result);
            }

            @Override
            public SeedTree retry(Phase phase, int attempt, SeedTree from, SeedTree built, Exception failure) {
                assertSame(base, from);
                // once the same rows, then rows of another tree
                return attempt == 0 ? built : new SeedTree(99);
            }
        });
        assertEquals(List.of(30, 12, 20), results);
        assertEquals(List.of("3@10", "1@10", "1@10", "1@99", "2@10"), plan.built,
                "a retry builds from the tree the target returned; the next phase from the base again");
        assertEquals(List.of("build 3/0", "written 30", "build 1/0", "build 1/1", "build 1/2", "written 12",
                "build 2/0", "written 20"), events);
    }

    @Test
    void aFailureTheTargetDoesNotRetryEndsTheRun() {
        Plan plan = new Plan();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PhaseLoop.run(plan,
                new SeedTree(1), (phase, attempt) -> {
                    if (phase.number() == 1) {
                        throw new IOException("disk full");
                    }
                    return phase.number();
                }));
        assertEquals("disk full", e.getCause().getMessage());
        assertEquals(List.of("3@1", "1@1"), plan.built, "phase 2 is never built");
    }
}
