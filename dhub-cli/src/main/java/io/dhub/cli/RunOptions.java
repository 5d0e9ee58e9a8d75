package io.dhub.cli;

import io.dhub.schema.connect.RetryPolicy;
import picocli.CommandLine.Option;

/** The options of every command that changes dhub's databases: waiting for the run lock, and retries. */
final class RunOptions {
    @Option(names = "--no-wait", description = "Refuse at once (exit 1) when another dhub command is changing the "
            + "same databases, instead of waiting for it")
    boolean noWait;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "" + RetryPolicy.DEFAULT_MAX_RETRIES,
            description = "Most retries of a failed step (default: ${DEFAULT-VALUE})")
    int maxRetries;

    @Option(names = "--retry-for", paramLabel = "SECONDS", defaultValue = "" + (int) RetryPolicy.DEFAULT_RETRY_FOR_SECONDS,
            description = "Keep retrying a step after a transient fault (lost connection, server restart) for up to "
                    + "this long, waiting 0.5 s, then 1, 2, 4 and at most 8 s between tries (default: ${DEFAULT-VALUE})")
    double retryFor;

    /** Validated before anything is touched. */
    RetryPolicy retry() {
        return new RetryPolicy(maxRetries, retryFor);
    }

    boolean waitForLock() {
        return !noWait;
    }
}
