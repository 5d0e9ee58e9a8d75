package io.dhub.cli;

import picocli.CommandLine.Option;

/** The options every command that talks to PostgreSQL shares. */
final class ConnectionOptions {
    @Option(names = "--url", paramLabel = "URL",
            description = "PostgreSQL server, postgres://user:password@host:port/db or jdbc:postgresql://… "
                    + "(default: DHUB_URL, then PGHOST/PGPORT/PGUSER/PGPASSWORD, then localhost:5432, "
                    + "then the embedded server)")
    String url;

    @Option(names = "--embedded", description = "Use dhub's embedded PostgreSQL (also DHUB_EMBEDDED=1)")
    boolean embedded;

    @Option(names = "--db-prefix", paramLabel = "PREFIX",
            description = "Prefix of the database names on the server, so that several installations can "
                    + "share one (default: DHUB_DB_PREFIX, else none)")
    String dbPrefix;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but results, errors and warnings (no server "
            + "line, no progress)")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces and library logs on failure")
    boolean verbose;
}
