package io.dhub.cli;

import io.dhub.catalog.DataHubExport;
import io.dhub.catalog.DataHubNames;
import io.dhub.catalog.VerifyAssertions;
import io.dhub.cli.render.TextTable;
import io.dhub.schema.DhubException;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.connect.ServerLocator;
import io.dhub.schema.connect.ServerSpec;
import io.dhub.verify.CheckResult;
import io.dhub.verify.Verifier;
import io.dhub.verify.VerifyReport;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

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
                    + "relationships across databases); with --verify also assertions.json (seed verify's checks as data "
                    + "quality). Without --verify it reads no data; the same options (and bank) write the same files.")
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

        @Option(names = "--verify", description = "Also run 'dhub seed verify' on the bank and write assertions.json: "
                + "every check as a DataHub assertion on the dataset it reads, with its verdict, target and measured "
                + "value")
        boolean verify;

        private final CliContext context;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw DhubException.usage("--output " + output + " is a file, not a folder: choose a folder");
            }
            ServerLocator.Located located = ServerLocator.locate(
                    new ServerLocator.Request(connection.url, connection.embedded, connection.dbPrefix), context.env());
            DataHubNames names;
            try {
                names = new DataHubNames(located.prefix(), env, platformInstance);
            } catch (IllegalArgumentException e) {
                throw DhubException.usage(e.getMessage());
            }
            ServerSpec server = located.start();
            DataHubExport.Verified verified = verify ? verified() : null;
            DataHubExport.Written written;
            try {
                written = new DataHubExport(names).write(output, new DataHubExport.Server(server.host(),
                        server.port(), server.user(), profiling), verified);
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

        /** The outcomes of a verify of the bank, as the catalog takes them. */
        private DataHubExport.Verified verified() {
            try (Databases databases = Session.open(connection, context)) {
                VerifyReport report = new Verifier(databases).verify(null, Map.of(),
                        Runtime.getRuntime().availableProcessors());
                List<VerifyAssertions.Outcome> outcomes = report.checks().stream().map(c -> new VerifyAssertions.Outcome(
                        c.id(), c.category(), c.scope(), c.verdict().name(), lines(c, CheckResult.Line::expected),
                        lines(c, CheckResult.Line::measured), c.formula())).toList();
                return new DataHubExport.Verified(report.asOf(), outcomes);
            }
        }

        /** A check's lines' values, labelled when there are several. */
        private static String lines(CheckResult c, java.util.function.Function<CheckResult.Line, String> value) {
            if (c.lines().size() == 1) {
                return String.valueOf(value.apply(c.lines().get(0)));
            }
            return String.join("; ", c.lines().stream().map(l -> l.label() + " " + value.apply(l)).toList());
        }
    }
}
