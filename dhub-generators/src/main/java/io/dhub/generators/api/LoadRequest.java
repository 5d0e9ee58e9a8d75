package io.dhub.generators.api;

import io.dhub.schema.connect.RetryPolicy;

/**
 * What to load: a file run's files into the databases, in the discipline of a seed.
 *
 * @param files       what {@link io.dhub.generators.Generation#readFiles} read
 * @param threads     and {@code retry} as for a seed; they do not change the data
 * @param replace     clear the databases first when they hold data
 * @param waitForLock wait for another dhub command on the prefix, or refuse at once
 * @param version     dhub's version, for the run record
 */
public record LoadRequest(FileSet files, int threads, RetryPolicy retry, boolean replace, boolean waitForLock,
                          String version) {
}
