package io.dhub.cli;

import io.dhub.catalog.DataHubExport;
import io.dhub.catalog.DataHubNames;
import io.dhub.cli.render.TextTable;
import io.dhub.schema.DhubException;
import io.dhub.schema.connect.ServerLocator;
import io.dhub.schema.connect.ServerSpec;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dhub datahub}: the bank for the DataHub metadata platform (docs/datahub.md). */
@Command(name = "datahub", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "The bank for the DataHub metadata platform (docs/datahub.md).",
        subcommands = {DataHubCommand.Export.class, HelpCommand.class})
final class DataHubCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: export");
    }

    /** {@code dhub datahub export --output DIR}: the recipe, glossary, lineage and metadata files. */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Write what DataHub needs to show the six databases as one bank: recipe.yml (ingests "
                    + "exactly this prefix's databases, a domain each; the password and the DataHub server are "
                    + "environment references), glossary.yml (business glossary), lineage.yml (what dhub derives "
                    + "from what) and metadata.json (domains, tags, owners, glossary terms, PII columns, the "
                    + "relationships across databases). Reads no data; the same options write the same files.")
    static final class Export implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
                description = "The folder to write the files into (created when missing; its files of these names are "
                        + "replaced)")
        Path output;

        @Option(names = "--env", paramLabel = "ENV", description = "DataHub's environment of the datasets (default: "
                + "PROD)")
        String env = "PROD";

        @Option(names = "--platform-instance", paramLabel = "NAME", description = "DataHub's platform instance, which "
                + "prefixes every dataset name (default: none)")
        String platformInstance;

        @Option(names = "--profiling", description = "Have the recipe turn DataHub's profiling on (it reads every row)")
        boolean profiling;

        private final CliContext context;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw DhubException.usage("--output " + output + " is a file, not a folder: choose a folder");
            }
            DataHubNames names;
            try {
                names = new DataHubNames(prefix(), env, platformInstance);
            } catch (IllegalArgumentException e) {
                throw DhubException.usage(e.getMessage());
            }
            ServerLocator.Located located = ServerLocator.locate(
                    new ServerLocator.Request(connection.url, connection.embedded, connection.dbPrefix), context.env());
            ServerSpec server = located.start();
            DataHubExport.Written written;
            try {
                written = new DataHubExport(names).write(output, new DataHubExport.Server(server.host(),
                        server.port(), server.user(), profiling));
            } catch (UncheckedIOException e) {
                throw new DhubException(io.dhub.schema.ErrorCode.FAILED, e.getMessage(), e);
            }
            if (!connection.quiet) {
                TextTable table = new TextTable(List.of("file", "what", "count"), false, false, true);
                for (Map.Entry<String, Map<String, Integer>> file : written.files().entrySet()) {
                    file.getValue().forEach((what, n) -> table.row(file.getKey(), what, String.valueOf(n)));
                }
                table.print(context.out());
                context.out().println("DataHub files for the databases " + names.databasePattern() + " in " + output
                        + " (docs/datahub.md walks through the demo)");
            }
            return 0;
        }

        private String prefix() {
            return ServerLocator.locate(new ServerLocator.Request(connection.url, connection.embedded,
                    connection.dbPrefix), context.env()).prefix();
        }
    }
}
