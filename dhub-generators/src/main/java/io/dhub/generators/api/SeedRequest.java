package io.dhub.generators.api;

/**
 * What to seed into the databases.
 *
 * @param settings    every setting the data depends on, validated
 * @param replace     clear the databases first when they hold data
 * @param waitForLock wait for another dhub command on the prefix, or refuse at once
 * @param version     dhub's version, for the run record
 */
public record SeedRequest(RunSettings settings, boolean replace, boolean waitForLock, String version) {
}
