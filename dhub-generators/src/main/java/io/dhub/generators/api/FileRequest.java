package io.dhub.generators.api;

import java.nio.file.Path;

/**
 * What to write to files instead of the databases: part {@code shard} of the bank the settings
 * describe, in {@code format}, under {@code dir}.
 *
 * @param replace overwrite the files of an earlier run of this part in {@code dir}
 * @param version dhub's version, for the manifest
 */
public record FileRequest(RunSettings settings, Path dir, FileFormat format, Shard shard, boolean replace,
                          String version) {
}
