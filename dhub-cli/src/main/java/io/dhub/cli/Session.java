package io.dhub.cli;

import io.dhub.schema.admin.Databases;
import io.dhub.schema.connect.ServerLocator;
import io.dhub.schema.connect.ServerSpec;

/** One command's connection: locates the server (starting the embedded one if that is the choice) and opens it. */
final class Session {
    private static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors() + 1);

    private Session() {
    }

    static Databases open(ConnectionOptions options, CliContext context) {
        ServerLocator.Located located = ServerLocator.locate(
                new ServerLocator.Request(options.url, options.embedded, options.dbPrefix), context.env());
        ServerSpec server = located.start();
        located.embedded().ifPresent(embedded -> context.err().println("dhub: using the embedded PostgreSQL in "
                + embedded.root() + " (port " + server.port() + "; 'dhub server stop' stops it)"));
        context.err().flush();
        return Databases.open(server, located.prefix(), POOL_SIZE);
    }
}
