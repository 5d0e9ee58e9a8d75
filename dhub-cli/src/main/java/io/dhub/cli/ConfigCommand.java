package io.dhub.cli;

import io.dhub.cli.render.TextTable;
import io.dhub.schema.connect.EmbeddedServer;
import io.dhub.schema.connect.ServerLocator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;

/** {@code dhub config show}: the effective settings and where each came from. */
@Command(name = "config", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Show dhub's effective settings and where each comes from (flag, environment, config file, "
                + "default).", subcommands = {ConfigCommand.Show.class})
final class ConfigCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: show");
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Print the effective settings, passwords masked, with the source of each.")
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        ConnectionOptions connection;
        private final CliContext context;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Map<String, String> env = context.env();
            Map<String, String> raw = context.rawEnv();
            Config config = context.config();
            TextTable table = new TextTable(List.of("setting", "value", "from"));
            ServerLocator.Located located = ServerLocator.locate(
                    new ServerLocator.Request(connection.url, connection.embedded, connection.dbPrefix), env);
            String server = located.embedded().map(e -> "the embedded PostgreSQL in " + e.root())
                    .orElseGet(() -> located.configured().display());
            String serverFrom = connection.url != null ? "flag --url" : connection.embedded ? "flag --embedded"
                    : fromEnvOrFile(raw, config, List.of("DHUB_URL", "DHUB_EMBEDDED", "PGHOST", "PGPORT"),
                    List.of("url", "embedded"), located.embedded().isPresent() ? "default (nothing else answers)"
                            : "default (" + located.configured().source() + ")");
            table.row("server", server, serverFrom);
            if (located.configured() != null && located.configured().password() != null) {
                table.row("password", "***", serverFrom);
            }
            table.row("db-prefix", located.prefix().isEmpty() ? "(none)" : located.prefix(),
                    connection.dbPrefix != null ? "flag --db-prefix"
                            : fromEnvOrFile(raw, config, List.of("DHUB_DB_PREFIX"), List.of("db-prefix"), "default"));
            table.row("home", EmbeddedServer.home(env).toString(), raw.get("DHUB_HOME") != null ? "env DHUB_HOME"
                    : raw.get("HOME") != null ? "env HOME" : "java user.home");
            CommandLine.Model.CommandSpec seedAll = spec.root().subcommands().get("seed").getSubcommands().get("all")
                    .getCommandSpec();
            for (String key : Config.OPTION_KEYS) {
                table.row(key, config.get(key).map(Config.Entry::value).orElseGet(() -> builtIn(seedAll, key)),
                        config.get(key).map(e -> "file " + e.source()).orElse("default"));
            }
            table.print(context.out());
            context.out().println("config files, later wins: " + String.join(", ",
                    config.files().stream().map(p -> p + (java.nio.file.Files.isRegularFile(p) ? "" : " (absent)"))
                            .toList()));
            return 0;
        }

        /** seed all's own default for the option of this key, read from the command itself. */
        private static String builtIn(CommandLine.Model.CommandSpec seedAll, String key) {
            CommandLine.Model.OptionSpec option = seedAll.findOption("--" + key);
            if (option.defaultValue() != null) {
                return option.defaultValue();
            }
            if (option.initialValue() != null) {
                return String.valueOf((Object) option.initialValue());
            }
            return key.equals("as-of") ? "(today, UTC)" : "(from the scale)";
        }

        private static String fromEnvOrFile(Map<String, String> raw, Config config, List<String> vars, List<String> keys,
                                            String otherwise) {
            for (String var : vars) {
                if (raw.get(var) != null && !raw.get(var).isBlank()) {
                    return "env " + var;
                }
            }
            for (String key : keys) {
                if (config.get(key).isPresent()) {
                    return "file " + config.get(key).get().source();
                }
            }
            return otherwise;
        }
    }
}
