package io.dhub.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command may read and write besides its options: the environment (injected, so tests can
 * set it) with the config files' server settings merged in ({@code rawEnv} is the environment alone),
 * the config files, and the two output streams. Results go to {@code out}; notices and errors to
 * {@code err}.
 */
record CliContext(Map<String, String> env, PrintWriter out, PrintWriter err, Map<String, String> rawEnv,
                  Config config) {

    /** One notice on stderr in dhub's voice: a wait, a retry, a warning. */
    void notice(String line) {
        err.println("dhub: " + line);
        err.flush();
    }

    /** A context without config files: the environment as given. */
    CliContext(Map<String, String> env, PrintWriter out, PrintWriter err) {
        this(env, out, err, env, Config.empty());
    }
}
