package io.dhub.cli;

import io.dhub.cli.render.Render;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.admin.Databases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code dhub export}: data out of the databases as files. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Write data out of the databases.", subcommands = {ExportCommand.Customer.class,
            HelpCommand.class})
final class ExportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: customer");
    }

    /** {@code dhub export customer ID}: every row of one customer, from all six databases. */
    @Command(name = "customer", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Every row of one customer in the six databases, as they are now (edits included): one "
                    + "JSON object a line, {\"database\", \"table\", \"row\"}, databases in order, tables by name, rows "
                    + "by key; the audit trail last (the customer's own actions and those on the rows exported).")
    static final class Customer implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "ID", description = "The customer's id (1 to the customer count)")
        long customerId;

        @Option(names = "--format", paramLabel = "FORMAT", description = "ndjson (the only one)")
        String format = "ndjson";

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file (replaced) instead "
                + "of standard output")
        Path output;

        private final CliContext context;

        Customer(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!"ndjson".equals(format.toLowerCase(Locale.ROOT))) {
                throw DhubException.usage("--format: export customer writes ndjson only, not '" + format + "'");
            }
            if (customerId < 1) {
                throw DhubException.usage("the customer id must be 1 or more, not " + customerId);
            }
            if (output != null && output.getParent() != null && !Files.isDirectory(output.getParent())) {
                throw DhubException.usage("--output: the folder " + output.getParent() + " does not exist; create it "
                        + "or name another");
            }
            try (Databases databases = Session.open(connection, context)) {
                Path partial = output == null ? null : output.resolveSibling(output.getFileName() + ".partial");
                try (Writer file = partial == null ? null : Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    PrintWriter out = file == null ? context.out() : new PrintWriter(file);
                    long rows = databases.exportCustomer(customerId, (db, table, json) -> out.print("{\"database\":\""
                            + db.logicalName() + "\",\"table\":\"" + table + "\",\"row\":" + json + "}\n"));
                    out.flush();
                    if (file != null) {
                        file.close();
                        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                        context.err().println("dhub: customer " + customerId + ": " + Render.count(rows) + " rows "
                                + "written to " + output);
                    }
                    return 0;
                } catch (IOException e) {
                    throw new DhubException(ErrorCode.FAILED, "cannot write " + output + ": " + e.getMessage(), e);
                } finally {
                    if (partial != null) {
                        try {
                            Files.deleteIfExists(partial);
                        } catch (IOException ignored) {
                            // nothing more to do about a leftover
                        }
                    }
                }
            }
        }
    }
}
