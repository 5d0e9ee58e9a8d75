package io.dhub.cli;

import io.dhub.cli.render.Json;
import io.dhub.cli.render.Render;
import io.dhub.cli.render.TextTable;
import io.dhub.schema.admin.ClearResult;
import io.dhub.schema.admin.DataOrigin;
import io.dhub.schema.admin.DatabaseState;
import io.dhub.schema.admin.DatabaseStatus;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.admin.RunRecord;
import io.dhub.schema.admin.StatusReport;
import io.dhub.schema.admin.TableStatus;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code dhub seed …}: the data in the databases. */
@Command(name = "seed", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Generate, show or clear the data in dhub's databases.",
        subcommands = {SeedAll.class, SeedCustomer.class, SeedVerify.class, SeedCommand.Status.class, SeedCommand.Clear.class, HelpCommand.class})
final class SeedCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: all, verify, status or clear");
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Row counts of every dhub table in the six databases, with a total.")
    static final class Status implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Option(names = "--json", description = "Print the counts as JSON")
        boolean json;

        private final CliContext context;

        Status(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Databases databases = Session.open(connection, context)) {
                StatusReport report = databases.status();
                Optional<RunRecord> run = databases.lastRun();
                if (json) {
                    Map<String, Object> out = asJson(report, databases.prefix());
                    out.put("last_run", run.map(r -> runJson(r, report)).orElse(null));
                    context.out().println(Json.write(out));
                } else {
                    print(report);
                    context.out().println(run.map(r -> describe(r, report)).orElse("last run: none recorded"));
                }
                return 0;
            }
        }

        private void print(StatusReport report) {
            TextTable table = new TextTable(List.of("database", "table", "rows"), false, false, true);
            for (DatabaseStatus db : report.databases()) {
                if (db.state() != DatabaseState.OWNED) {
                    table.row(db.database().logicalName(), Render.stateNote(db.state()), "");
                }
                for (TableStatus t : db.tables()) {
                    table.row(db.database().logicalName(), t.name(),
                            t.present() ? Render.count(t.rows()) : Render.MISSING_TABLE);
                }
            }
            table.row("total", "", Render.count(report.totalRows()));
            table.print(context.out());
        }

        static String describe(RunRecord run, StatusReport report) {
            String stage = run.stage() == null ? "" : " during " + run.stage();
            String state = switch (run.status()) {
                case "running" -> run.interrupted() ? "interrupted" + stage + " (killed or lost; " + repair(run)
                        + " repairs it)" : "running" + stage;
                case "failed" -> "failed: " + run.failure();
                default -> "completed";
            };
            String started = ", started " + RunRecord.utc(run.startedAt())
                    + (run.finishedAt() == null ? "" : ", finished " + RunRecord.utc(run.finishedAt()));
            String cleared = stoppedClear(run, report).map(s -> "; " + s).orElse("");
            if ("seed clear".equals(run.command())) {
                return "last run: #" + run.id() + " seed clear " + state + "; dhub " + run.version() + started
                        + ("completed".equals(run.status()) ? "; the data was cleared" : cleared);
            }
            return "last run: #" + run.id() + ("seed all".equals(run.command()) ? "" : " " + run.command()) + " "
                    + state + "; seed " + run.seed() + ", scale "
                    + run.scale().stripTrailingZeros().toPlainString() + " (" + Render.count(run.employees())
                    + " employees, " + Render.count(run.customers()) + " customers), as of " + run.asOf() + ", dhub "
                    + run.version() + started
                    + "; phases completed: " + (run.phasesCompleted().isEmpty() ? "none" : run.phasesCompleted())
                    + cleared
                    + (run.replay() == null ? "" : "\nreplay: " + run.replay());
        }

        /** The command that repairs what an interrupted run left. */
        private static String repair(RunRecord run) {
            return switch (run.command()) {
                case "seed customer" -> "running 'dhub seed customer " + DataOrigin.customer(run)
                        + "' again (with the --profile it was given, if any)";
                case "seed clear" -> "'dhub seed clear --confirm'";
                case "load" -> "'dhub load DIR... --replace'";
                default -> "'dhub seed all --replace'";
            };
        }

        /**
         * For a run stopped in its clear: which databases hold rows now. A clear empties each database in
         * one transaction and commits them one after another, so each is either emptied or as it was.
         */
        static Optional<String> stoppedClear(RunRecord run, StatusReport report) {
            if ("completed".equals(run.status()) || !"clear".equals(run.stage()) || !run.interrupted()
                    && !"failed".equals(run.status())) {
                return Optional.empty();
            }
            List<String> empty = new ArrayList<>();
            List<String> holding = new ArrayList<>();
            for (DatabaseStatus db : report.databases()) {
                if (db.state() == DatabaseState.OWNED) {
                    (db.totalRows() == 0 ? empty : holding).add(db.database().logicalName());
                }
            }
            if (empty.isEmpty()) {
                return Optional.of("the clear emptied no database: every database holds its rows as before");
            }
            if (holding.isEmpty()) {
                return Optional.of("every database is empty: the clear had emptied them all");
            }
            return Optional.of("the clear stopped part-way: " + String.join(", ", empty) + " hold no rows, "
                    + String.join(", ", holding) + " still hold theirs ('dhub seed clear --confirm' finishes the "
                    + "clear" + ("seed clear".equals(run.command()) ? "" : ", " + repair(run) + " starts again") + ")");
        }

        static Map<String, Object> runJson(RunRecord run, StatusReport report) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("run", run.id());
            out.put("command", run.command());
            out.put("status", run.interrupted() ? "interrupted" : run.status());
            out.put("stage", run.stage());
            out.put("seed", run.seed());
            out.put("scale", run.scale() == null ? null : new Json.Number(run.scale().stripTrailingZeros().toPlainString()));
            out.put("employees", run.employees());
            out.put("customers", run.customers());
            out.put("as_of", run.asOf() == null ? null : run.asOf().toString());
            out.put("version", run.version());
            out.put("started_at", run.startedAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
            out.put("finished_at", run.finishedAt() == null ? null
                    : run.finishedAt().withOffsetSameInstant(ZoneOffset.UTC).toString());
            out.put("phases_completed", run.phasesCompleted().isEmpty() ? List.of()
                    : java.util.Arrays.stream(run.phasesCompleted().split(",")).map(Integer::valueOf).toList());
            out.put("failure", run.failure());
            out.put("replay", run.replay());
            out.put("clear", stoppedClear(run, report).orElse(null));
            return out;
        }

        private static Map<String, Object> asJson(StatusReport report, String prefix) {
            List<Object> databases = new ArrayList<>();
            for (DatabaseStatus db : report.databases()) {
                Map<String, Object> tables = new LinkedHashMap<>();
                for (TableStatus t : db.tables()) {
                    tables.put(t.name(), t.present() ? t.rows() : null);
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("database", db.database().logicalName());
                entry.put("physical_name", db.physicalName());
                entry.put("state", db.state().name().toLowerCase(Locale.ROOT));
                entry.put("schema_version", db.schemaVersion().isEmpty() ? null : db.schemaVersion());
                entry.put("rows", db.totalRows());
                entry.put("tables", tables);
                databases.add(entry);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("server", report.server());
            out.put("prefix", prefix);
            out.put("databases", databases);
            out.put("total_rows", report.totalRows());
            return out;
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Empty every dhub table in all six databases (one transaction per database). "
                    + "Needs --confirm.")
    static final class Clear implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Option(names = "--confirm", description = "Really empty the tables")
        boolean confirm;

        @Mixin
        RunOptions run;

        private final CliContext context;

        Clear(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!confirm) {
                context.err().println("dhub: seed clear empties every dhub table in all six databases and needs "
                        + "confirming; nothing was changed: run 'dhub seed clear --confirm'");
                return 2;
            }
            io.dhub.schema.connect.RetryPolicy retry = run.retry();
            try (Databases databases = Session.open(connection, context);
                 io.dhub.schema.admin.RunLock lock = databases.lock("seed clear", run.waitForLock(), context::notice)) {
                ClearResult result = databases.clearAsRun(DhubCommand.version(), retry, context::notice);
                int tables = result.databases().stream().mapToInt(ClearResult.Database::tables).sum();
                context.out().println("cleared " + Render.count(result.totalRows()) + " rows from " + tables
                        + " tables in " + result.databases().size() + " databases");
                return 0;
            }
        }
    }
}
