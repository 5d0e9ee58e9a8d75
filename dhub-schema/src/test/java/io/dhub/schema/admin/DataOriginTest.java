package io.dhub.schema.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.LogicalDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Which run the data comes from, judged from run records alone (newest first), as seed customer reads them under the lock. */
class DataOriginTest {
    private static final Supplier<Set<LogicalDatabase>> ALL = () -> EnumSet.allOf(LogicalDatabase.class);
    private static final Supplier<Set<LogicalDatabase>> SOME = () -> EnumSet.of(LogicalDatabase.LOANS,
            LogicalDatabase.INSURANCE);
    private static final Supplier<Set<LogicalDatabase>> NEVER = () -> {
        throw new AssertionError("the databases' rows are read only to judge a stopped clear");
    };

    private static RunRecord run(long id, String command, String status, String stage) {
        boolean clear = "seed clear".equals(command);
        return new RunRecord(id, command, clear ? null : 5L, clear ? null : BigDecimal.ONE, clear ? null : 150L,
                clear ? null : 1_200L, clear ? null : LocalDate.of(2026, 11, 1), "test",
                OffsetDateTime.of(2026, 12, 5, 12, 0, (int) id, 0, ZoneOffset.UTC), null, status, stage, "",
                null, clear ? null : "dhub seed all --seed 5 --as-of 2026-11-01 --scale 1", null, true);
    }

    @Test
    void theNewestCompletedBankIsTheOrigin() {
        RunRecord seed = run(1, "seed all", "completed", "finished");
        assertEquals(new DataOrigin(seed, List.of()), DataOrigin.of(List.of(seed), NEVER));
        RunRecord rewrite = run(3, "seed customer", "completed", "finished");
        assertEquals(rewrite, DataOrigin.of(List.of(rewrite, run(2, "load", "completed", "finished"), seed), NEVER)
                .base());
        RunRecord load = run(2, "load", "completed", "finished");
        assertEquals(load, DataOrigin.of(List.of(load, seed), NEVER).base());
    }

    @Test
    void unfinishedRewritesArePendingAndLookedPast() {
        RunRecord seed = run(1, "seed all", "completed", "finished");
        RunRecord killed = run(2, "seed customer", "running", "customer 57");
        RunRecord failed = run(3, "seed customer", "failed", "customer 57");
        DataOrigin origin = DataOrigin.of(List.of(failed, killed, seed), NEVER);
        assertEquals(seed, origin.base());
        assertEquals(List.of(failed, killed), origin.pending());
        assertEquals(57, DataOrigin.customer(killed));
        assertTrue(origin.describe().startsWith("run #1 (seed all, seed 5, started 2026-12-05T12:00:01Z), repairing "
                + "runs #3 (seed customer 57, failed during customer 57), #2 (seed customer 57, interrupted during "
                + "customer 57)"), origin.describe());
    }

    @Test
    void aClearThatEmptiedNothingIsLookedPastAndOneThatEmptiedSomethingLeavesNoBank() {
        RunRecord seed = run(1, "seed all", "completed", "finished");
        for (RunRecord stopped : List.of(run(2, "seed clear", "running", "clear"), run(2, "seed clear", "failed", "clear"),
                run(2, "seed all", "running", "clear"), run(2, "load", "failed", "clear"))) {
            assertEquals(seed, DataOrigin.of(List.of(stopped, seed), ALL).base(), stopped.toString());
            DhubException refused = assertThrows(DhubException.class, () -> DataOrigin.of(List.of(stopped, seed), SOME));
            assertEquals(ErrorCode.FAILED, refused.code());
            assertTrue(refused.getMessage().contains("run #2 (" + stopped.command()) && refused.getMessage()
                    .contains("left no complete data") && refused.getMessage().contains("'dhub seed all --replace'"),
                    refused.getMessage());
        }
    }

    @Test
    void aClearAnInterruptedPhaseOrNoRunLeavesNothingToRewriteFrom() {
        RunRecord seed = run(1, "seed all", "completed", "finished");
        assertTrue(assertThrows(DhubException.class, () -> DataOrigin.of(List.of(run(2, "seed clear", "completed",
                "finished"), seed), ALL)).getMessage().contains("the data was cleared"));
        assertTrue(assertThrows(DhubException.class, () -> DataOrigin.of(List.of(run(2, "seed all", "running",
                "phase 3 (crm)"), seed), ALL)).getMessage().contains("interrupted during phase 3 (crm)"));
        assertEquals(ErrorCode.USAGE, assertThrows(DhubException.class, () -> DataOrigin.of(List.of(), ALL)).code());
        assertTrue(assertThrows(DhubException.class, () -> DataOrigin.of(List.of(run(1, "seed customer", "running",
                "customer 3")), ALL)).getMessage().contains("no run recorded here completed a whole bank"));
    }
}
