package io.dhub.schema.admin;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.LogicalDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which run the data in the databases comes from, read from the run record under the run lock: the
 * newest run that completed a whole bank ({@code seed all}, {@code load}, or a {@code seed customer}
 * over one), and the {@code seed customer} runs after it that did not complete (killed, or failed),
 * each of which may have left its customer half rewritten. A clear that was stopped before it emptied
 * any database (all six still hold rows: a clear empties a database's tables in one transaction) does
 * not change the data and is looked past; any other run that did not complete leaves no whole bank.
 *
 * @param base    the run whose replay command gives the data's settings
 * @param pending the {@code seed customer} runs after it that did not complete, newest first
 */
public record DataOrigin(RunRecord base, List<RunRecord> pending) {
    public DataOrigin {
        pending = List.copyOf(pending);
    }

    /**
     * Walks the runs, newest first; {@code holding} (asked only when a stopped clear needs judging)
     * gives the databases that hold rows now.
     */
    public static DataOrigin of(List<RunRecord> runs, Supplier<Set<LogicalDatabase>> holding) {
        if (runs.isEmpty()) {
            throw DhubException.usage("no run is recorded in these databases: run 'dhub seed all' first");
        }
        List<RunRecord> pending = new ArrayList<>();
        for (RunRecord run : runs) {
            boolean completed = "completed".equals(run.status());
            if ("seed customer".equals(run.command())) {
                if (completed) {
                    return new DataOrigin(run, pending);
                }
                pending.add(run);
                continue;
            }
            boolean bank = "seed all".equals(run.command()) || "load".equals(run.command());
            if (bank && completed && run.replay() != null) {
                return new DataOrigin(run, pending);
            }
            if (!completed && "clear".equals(run.stage())
                    && holding.get().size() == LogicalDatabase.values().length) {
                continue;
            }
            throw new DhubException(ErrorCode.FAILED, "run #" + run.id() + " (" + run.command() + ", "
                    + state(run) + ") left no complete data to rewrite a customer of: run 'dhub seed all "
                    + "--replace' first");
        }
        throw new DhubException(ErrorCode.FAILED, "no run recorded here completed a whole bank: run 'dhub seed all "
                + "--replace' first");
    }

    /** The customer a {@code seed customer} run rewrote, from its stage ({@code customer 57}), or 0. */
    public static long customer(RunRecord run) {
        String stage = run.stage() == null ? "" : run.stage();
        return stage.matches("customer \\d+") ? Long.parseLong(stage.substring("customer ".length())) : 0;
    }

    private static String state(RunRecord run) {
        String stage = run.stage() == null ? "" : " during " + run.stage();
        return switch (run.status()) {
            case "running" -> "interrupted" + stage; // read under the run lock: nobody else is running
            case "failed" -> "failed" + stage;
            case "completed" -> "seed clear".equals(run.command()) ? "completed: the data was cleared" : "completed";
            default -> run.status();
        };
    }

    /** In words, for messages: {@code run #27 (seed all, seed 6, started 2026-12-05T10:00:00Z)}. */
    public String describe() {
        String text = "run #" + base.id() + " (" + base.command() + ", seed " + base.seed() + ", started "
                + RunRecord.utc(base.startedAt()) + ")";
        if (!pending.isEmpty()) {
            text += ", repairing " + (pending.size() == 1 ? "run " : "runs ")
                    + String.join(", ", pending.stream().map(r -> "#" + r.id() + " (" + r.command() + " "
                    + customer(r) + ", " + state(r) + ")").toList());
        }
        return text;
    }
}
