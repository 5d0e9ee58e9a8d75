package io.dhub.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command may read and write besides its options: the environment (injected, so tests can
 * set it) and the two output streams. Results go to {@code out}; notices and errors to {@code err}.
 */
record CliContext(Map<String, String> env, PrintWriter out, PrintWriter err) {
}
