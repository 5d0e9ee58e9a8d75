package io.dhub.schema;

/** What kind of failure a {@link DhubException} reports, and the exit code it maps to. */
public enum ErrorCode {
    /** The user asked for something malformed or unknown: fix the command line. */
    USAGE(2),
    /** The server could not be reached, or refused the credentials. */
    CONNECTION(1),
    /** A database exists under a dhub name but dhub did not create it. */
    NOT_OWNED(1),
    /** The embedded PostgreSQL could not be started or stopped. */
    EMBEDDED(1),
    /** Anything else that went wrong while doing the work. */
    FAILED(1);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
