package io.dhub.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One dhub command line run in-process, with its exit code and both outputs captured. */
record CliRun(int exit, String out, String err) {

    static CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The error output's non-empty lines, the line that says which server is used aside. */
    long errLines() {
        return err.lines().filter(l -> !l.isBlank() && !l.startsWith(Session.WHERE)).count();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
