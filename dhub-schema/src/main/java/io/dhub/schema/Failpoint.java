package io.dhub.schema;

import java.util.Locale;

/**
 * Fault injection for the kill tests: with {@code DHUB_FAILPOINT=NAME:N} in the process's
 * environment, the process halts at once (as SIGKILL would stop it: no finally blocks, no rollback,
 * connections simply dropped) when it reaches point {@code NAME} for the N-th time in a command, so a
 * test can stop it exactly between two databases' commits. Unset (always, outside the tests), a point
 * is one comparison. The points: {@code clear-commit} (after the N-th database's clear committed)
 * and {@code customer-commit} (after the N-th database's part of a {@code seed customer} committed).
 */
public final class Failpoint {
    private static final String SETTING = System.getenv("DHUB_FAILPOINT");

    private Failpoint() {
    }

    /** Halts the process when {@code DHUB_FAILPOINT} names this point and count. */
    public static void reached(String name, int count) {
        if (SETTING != null && SETTING.trim().toLowerCase(Locale.ROOT).equals(name + ":" + count)) {
            System.err.println("dhub: failpoint " + SETTING + " reached: halting as a kill would");
            System.err.flush();
            Runtime.getRuntime().halt(137);
        }
    }
}
