package io.dhub.schema.connect;

import java.nio.file.Path;

/**
 * The embedded server as found on disk.
 *
 * @param root        where it keeps its binaries, data and log
 * @param initialized whether a data directory exists
 * @param pid         the postmaster's process id, 0 when not running
 * @param port        its port, 0 when not running
 */
public record EmbeddedStatus(Path root, boolean initialized, long pid, int port) {
    public boolean running() {
        return pid != 0;
    }
}
