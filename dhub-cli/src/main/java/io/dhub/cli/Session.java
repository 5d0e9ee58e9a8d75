package io.dhub.cli;

import io.dhub.schema.admin.Databases;
import io.dhub.schema.connect.ServerLocator;
import io.dhub.schema.connect.ServerSpec;

/** One command's connection: locates the server (starting the embedded one if that is the choice) and opens it. */
final class Session {
    private static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors() + 1);

    private Session() {
    }

    /**
     * The one line every connecting command prints on stderr (unless --quiet): which server, as whom,
     * from which setting, embedded or not, and the database prefix. Never the password.
     */
    static String whereLine(ServerLocator.Located located, ServerSpec server) {
        String prefix = located.prefix().isEmpty() ? "no database prefix" : "database prefix '" + located.prefix() + "'";
        return located.embedded()
                .map(embedded -> WHERE + "the embedded PostgreSQL in " + embedded.root() + " (" + server.display()
                        + "; 'dhub server stop' stops it), " + prefix)
                .orElseGet(() -> WHERE + "PostgreSQL " + server.display() + " (from " + server.source() + "), " + prefix);
    }

    /** How the where line starts, so that tests and readers can tell it from messages. */
    static final String WHERE = "dhub: using ";

    static Databases open(ConnectionOptions options, CliContext context) {
        ServerLocator.Located located = ServerLocator.locate(
                new ServerLocator.Request(options.url, options.embedded, options.dbPrefix), context.env());
        ServerSpec server = located.start();
        if (!options.quiet) {
            context.err().println(whereLine(located, server));
            context.err().flush();
        }
        return Databases.open(server, located.prefix(), POOL_SIZE);
    }
}
