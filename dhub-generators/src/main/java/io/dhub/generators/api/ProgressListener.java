package io.dhub.generators.api;

/** How a run reports what it is doing, without printing anything itself. */
public interface ProgressListener {
    /** The run passed its checks and is recorded; the settings' replay command reproduces it. */
    default void started(RunSettings settings) {
    }

    /** A phase starts (attempt 0) or restarts after a failure. */
    default void phaseStarted(PhaseId phase, int attempt) {
    }

    /**
     * Rows were written to a table.
     *
     * @param rows  rows in this step
     * @param done  the share of the phase done so far, 0-1 (by entities, table by table)
     */
    default void rowsWritten(PhaseId phase, String table, long rows, double done) {
    }

    /** A phase failed and will be retried. */
    default void retrying(PhaseId phase, int attempt, String reason) {
    }

    /** Something the user should know that is not progress: waiting for a lock, retrying a step. */
    default void notice(String line) {
    }

    /** A phase committed. */
    default void phaseCompleted(PhaseResult result) {
    }

    ProgressListener NONE = new ProgressListener() {
    };
}
