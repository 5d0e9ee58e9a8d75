package io.dhub.generators.api;

import java.nio.file.Path;

/**
 * What a file run wrote: its phases and timing (run number 0, as no run is recorded), the bytes and
 * number of its files, and where its manifest is.
 */
public record FilesWritten(SeedResult result, long bytes, int files, Path manifest) {
}
