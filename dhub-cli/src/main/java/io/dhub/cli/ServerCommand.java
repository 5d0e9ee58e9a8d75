package io.dhub.cli;

import io.dhub.schema.admin.Databases;
import io.dhub.schema.connect.EmbeddedServer;
import io.dhub.schema.connect.EmbeddedStatus;
import io.dhub.schema.connect.ServerLocator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dhub server …}: which server dhub uses, and its own embedded one. */
@Command(name = "server", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Show which PostgreSQL dhub uses; stop dhub's embedded PostgreSQL.",
        subcommands = {ServerCommand.Status.class, ServerCommand.Stop.class, HelpCommand.class})
final class ServerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: status or stop");
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Say which server the current settings select, whether it answers, and the state of "
                    + "dhub's embedded PostgreSQL. Starts nothing.")
    static final class Status implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;
        private final CliContext context;

        Status(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ServerLocator.Located located = ServerLocator.locate(
                    new ServerLocator.Request(connection.url, connection.embedded, connection.dbPrefix), context.env());
            EmbeddedServer embedded = located.embedded().orElse(EmbeddedServer.fromEnvironment(context.env()));
            EmbeddedStatus state = embedded.status();
            String embeddedLine = "embedded PostgreSQL in " + state.root() + ": "
                    + (state.running() ? "running (pid " + state.pid() + ", port " + state.port() + ")"
                            : "not running" + (state.initialized() ? " (data kept)" : " (never started)"));
            if (located.embedded().isPresent()) {
                context.out().println("selected: the embedded PostgreSQL (dhub starts it when a command needs it)");
                context.out().println(embeddedLine);
                return 0;
            }
            context.out().println("selected: " + located.configured().display() + " (from " + located.configured().source()
                    + ")");
            try (Databases databases = Databases.open(located.configured(), located.prefix(), 1)) {
                context.out().println("answers: yes");
            }
            context.out().println(embeddedLine);
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Stop dhub's embedded PostgreSQL (its data is kept). dhub never stops other servers.")
    static final class Stop implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;
        private final CliContext context;

        Stop(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (connection.url != null) {
                throw io.dhub.schema.DhubException.usage("server stop stops only dhub's embedded PostgreSQL and --url "
                        + "names another server: nothing was stopped (dhub never stops other servers)");
            }
            EmbeddedServer embedded = EmbeddedServer.fromEnvironment(context.env());
            long pid = embedded.status().pid();
            if (embedded.stop()) {
                context.out().println("stopped the embedded PostgreSQL in " + embedded.root() + " (pid " + pid + ")");
            } else {
                context.out().println("the embedded PostgreSQL in " + embedded.root() + " is not running");
            }
            return 0;
        }
    }
}
