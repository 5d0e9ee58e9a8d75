package io.dhub.cli;

import io.dhub.cli.render.Render;
import io.dhub.cli.render.TextTable;
import io.dhub.generators.Generation;
import io.dhub.generators.api.FileFormat;
import io.dhub.generators.api.FileRequest;
import io.dhub.generators.api.FilesWritten;
import io.dhub.generators.api.PhaseId;
import io.dhub.generators.api.PhaseResult;
import io.dhub.generators.api.ProgressListener;
import io.dhub.generators.api.RunSettings;
import io.dhub.generators.api.SeedRequest;
import io.dhub.generators.api.SeedResult;
import io.dhub.generators.api.Shard;
import io.dhub.schema.DhubException;
import io.dhub.schema.admin.Databases;
import io.dhub.verify.Verifier;
import io.dhub.verify.VerifyReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dhub seed all}: generate and load every phase. */
@Command(name = "all", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Generate the bank's data and load it into the six databases.")
final class SeedAll implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1.0",
            description = "Size: 150 employees and 1,200 customers at 1.0, linear in F (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--customers", paramLabel = "N", description = "Customer count (overrides --scale for customers)")
    Long customers;

    @Option(names = "--employees", paramLabel = "N", description = "Employee count (overrides --scale for employees)")
    Long employees;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: " + RunSettings.DEFAULT_SEED + ")")
    long seed = RunSettings.DEFAULT_SEED;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.AsOf.class,
            description = "The data's today, YYYY-MM-DD (default: today, UTC)")
    LocalDate asOf;

    @Option(names = "--history-months", paramLabel = "N", description = "Ledgers cover the N months before the "
            + "as-of date at a realistic cadence (1-" + RunSettings.MAX_HISTORY_MONTHS + "; default: the specification's "
            + "10-20 transactions per account)")
    Integer historyMonths;

    @Option(names = "--aml-cases", paramLabel = "N", description = "Laundering cases injected per 1,000 customers (0-"
            + 100 + "; default: 0.83, one per 1,200 customers, about 0.1%% of transactions; 0 for none), beside up to "
            + "two benign look-alikes in each block of 120 customers (of 1,000/N when that is smaller)")
    Double amlCases;

    @Option(names = "--profiles", paramLabel = "MIX", description = "Behaviour profiles: none (default: the seed "
            + "documents' rules), default (docs/profiles.md's weights), stress (equal weights) or NAME=WEIGHT,... "
            + "(CLASS:NAME=WEIGHT for one class: retail, business or gig); ledgers then hold 24 months unless "
            + "--history-months says otherwise")
    String profiles;

    @Option(names = "--market", paramLabel = "CODE", description = "The country the bank is in: its people, places, "
            + "identifiers, money and calendar: us (the United States, the default) or in (India)")
    String market;

    @Option(names = "--earners", paramLabel = "KIND", description = "Who the customers are: all (default: the "
            + "specification's mix of retail, business and gig customers) or gig (a gig bank: every customer a "
            + "delivery partner, driver, home-service professional or freelancer paid by platforms; --market in)")
    String earners;

    @Option(names = "--threads", paramLabel = "N", description = "Generation threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    RunOptions run;

    @Option(names = "--replace", description = "Clear dhub's databases first if they hold data")
    boolean replace;

    @Option(names = "--verify", description = "Run 'dhub seed verify' on the data afterwards; exit 1 if a check fails")
    boolean verify;

    @Option(names = "--output", paramLabel = "DIR", description = "Write the bank to files under DIR instead of the "
            + "databases (no server needed): a folder per database, a file per table, and manifest.json; "
            + "'dhub load DIR' loads them. With --replace, files of an earlier run there are overwritten")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.Format.class, description = "With --output: csv (RFC 4180 with a header row, "
            + "what COPY ... CSV HEADER reads; the default) or ndjson (one JSON object per row)")
    FileFormat format;

    @Option(names = "--shard", paramLabel = "K/N", converter = Converters.Part.class, description = "With --output: write only part K of N: the customers "
            + "in the K-th of N equal ranges, the bank's own rows (staff, catalogues, campaigns) in part 1; files are "
            + "named TABLE.K-of-N, and the parts in order are the whole run's files")
    Shard shard;

    private final CliContext context;

    SeedAll(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (customers != null && customers < 1 || employees != null && employees < 1) {
            throw DhubException.usage("--customers and --employees must be at least 1");
        }
        long commandStart = System.nanoTime();
        if (historyMonths != null && historyMonths < 1) {
            throw DhubException.usage("--history-months must be between 1 and " + RunSettings.MAX_HISTORY_MONTHS
                    + ", not " + historyMonths);
        }
        if (output == null && (format != null || shard != null)) {
            throw DhubException.usage((format != null ? "--format" : "--shard") + " applies to files: add --output DIR "
                    + "(then 'dhub load DIR' loads them)");
        }
        if (output != null && verify) {
            throw DhubException.usage("--verify reads the databases, and --output writes files: run 'dhub load "
                    + output + " --verify' instead");
        }
        FileFormat fileFormat = format == null ? FileFormat.CSV : format;
        Shard part = shard == null ? Shard.ALL : shard;
        RunSettings settings = settings(asOfDate());
        if (output != null) {
            double start = Main.jvmStartSeconds() + (System.nanoTime() - commandStart) / 1e9;
            FilesWritten written = Generation.write(new FileRequest(settings, output, fileFormat, part, replace,
                    DhubCommand.version()), connection.quiet ? new Warnings(context) : new Progress(context, "writing"));
            if (!connection.quiet) {
                summary(context, written.result(), start, "start (JVM)");
                double total = start + written.result().seconds();
                context.out().println(String.format(Locale.ROOT, "%s bytes in %d files (%.1f MB/s); manifest: %s",
                        Render.count(written.bytes()), written.files(), written.bytes() / 1e6 / Math.max(total, 1e-9),
                        written.manifest()));
            }
            return 0;
        }
        SeedRequest request = new SeedRequest(settings, replace, run.waitForLock(), DhubCommand.version());
        try (Databases databases = Session.open(connection, context)) {
            double connect = Main.jvmStartSeconds() + (System.nanoTime() - commandStart) / 1e9;
            SeedResult result = Generation.seed(databases, request,
                    connection.quiet ? new Warnings(context) : new Progress(context, "seeding"));
            if (!connection.quiet) {
                summary(context, result, connect, Main.jvmStartSeconds() > 0 ? "start (JVM, server)" : "start (server)");
                laundering(context, databases, result, settings);
            }
            return verify ? verify(context, databases, threads, connection.quiet) : 0;
        }
    }

    /** The settings these options give, with that as-of date. */
    private RunSettings settings(LocalDate day) {
        return new RunSettings(seed, day, scale, customers == null ? 0 : customers, employees == null ? 0 : employees,
                threads, run.retry())
                .withHistoryMonths(historyMonths == null ? 0 : historyMonths)
                .withAmlCases(amlCases == null ? RunSettings.DEFAULT_AML_CASES : amlCases)
                .withProfiles(profiles)
                .withMarket(market)
                .withEarners(earners);
    }

    /**
     * The settings of a recorded run, from its replay command ({@code dhub seed all ...}), read by
     * this command's own options.
     */
    static RunSettings replayed(String replay, CliContext context) {
        String prefix = "dhub seed all ";
        if (replay == null || !replay.startsWith(prefix)) {
            throw new DhubException(io.dhub.schema.ErrorCode.FAILED, "the last run recorded no settings dhub can "
                    + "replay ('" + replay + "'): run 'dhub seed all' first");
        }
        SeedAll options = new SeedAll(context);
        options.connection = new ConnectionOptions();
        options.run = new RunOptions();
        new picocli.CommandLine(options).parseArgs(replay.substring(prefix.length()).trim().split(" +"));
        return options.settings(options.asOf);
    }

    /** Runs every check on the databases and prints the report (with --quiet only when a check fails); exit 1 on a failure. */
    static int verify(CliContext context, Databases databases, int threads, boolean quiet) {
        VerifyReport report = new Verifier(databases).verify(null, Map.of(), threads);
        if (!quiet || !report.passed()) {
            SeedVerify.print(report, false, context);
        }
        return report.passed() ? 0 : 1;
    }

    /** The as-of date: given, or today (UTC), read once here and never in generation. */
    private LocalDate asOfDate() {
        return asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
    }

    /**
     * Where every second went, like pgbench's closing line: start (JVM, options, server), lock and
     * migrate, clear, each phase with its tables, the index builds, the rest; the parts add up to the
     * total within rounding.
     */
    static void summary(CliContext context, SeedResult result, double start, String startStep) {
        TextTable table = new TextTable(List.of("step", "table", "rows", "seconds"), false, false, true, true);
        table.row(startStep, "", "", seconds(start));
        for (SeedResult.Step step : result.steps()) {
            PhaseResult phase = step.phase();
            if (phase == null) {
                table.row(step.name(), "", "", seconds(step.seconds()));
                continue;
            }
            boolean first = true;
            for (Map.Entry<String, Long> rows : phase.rows().entrySet()) {
                table.row(first ? step.name() : "", rows.getKey(), Render.count(rows.getValue()),
                        first ? seconds(step.seconds()) : "");
                first = false;
            }
        }
        double total = start + result.seconds();
        table.row("total", "", Render.count(result.totalRows()), seconds(total));
        table.print(context.out());
        context.out().println(String.format(Locale.ROOT, "%s rows in %.2f s (%s rows/s)",
                Render.count(result.totalRows()), total, Render.count(Math.round(result.totalRows() / Math.max(total, 1e-9)))));
    }

    /**
     * The laundering density the run gave, read back from the ground truth: cases, look-alikes, and
     * the share of the ledgers' transactions that are illicit.
     */
    static void laundering(CliContext context, Databases databases, SeedResult result, RunSettings settings) {
        long transactions = result.steps().stream().filter(s -> s.phase() != null)
                .mapToLong(s -> s.phase().rows().getOrDefault("transactions", 0L)).sum();
        var q = databases.query(io.dhub.schema.LogicalDatabase.COMPLIANCE, "SELECT count(*) FILTER (WHERE is_illicit), "
                + "count(*) FILTER (WHERE NOT is_illicit), (SELECT count(*) FROM laundering_case_transactions t JOIN "
                + "laundering_cases c USING (case_id) WHERE c.is_illicit), (SELECT count(*) FROM aml_checks WHERE result = "
                + "'false_positive' AND rule_code IS NOT NULL), (SELECT count(*) FROM aml_checks WHERE result <> 'alert' "
                + "AND rule_code IS NOT NULL) FROM laundering_cases", false, 1);
        List<String> row = q.rows().get(0);
        long cases = Long.parseLong(row.get(0));
        long illicit = Long.parseLong(row.get(2));
        long closed = Long.parseLong(row.get(3));
        long alerts = Long.parseLong(row.get(4));
        context.out().println(String.format(Locale.ROOT, "laundering: %s %s and %s look-alikes (--aml-cases %.2f per "
                        + "1,000 customers); %s illicit transactions of %s (%.3f%%); %s of %s reviewed alerts closed as "
                        + "false positives (%.1f%%)",
                Render.count(cases), cases == 1 ? "case" : "cases", Render.count(Long.parseLong(row.get(1))),
                settings.amlCases(), Render.count(illicit), Render.count(transactions),
                transactions == 0 ? 0.0 : 100.0 * illicit / transactions, Render.count(closed), Render.count(alerts),
                alerts == 0 ? 0.0 : 100.0 * closed / alerts));
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    /**
     * What explains a delay or a fault: waits for the lock and retries. Alone with --quiet;
     * {@link Progress} adds the rest.
     */
    static class Warnings implements ProgressListener {
        final CliContext context;

        Warnings(CliContext context) {
            this.context = context;
        }

        @Override
        public void notice(String line) {
            context.notice(line);
        }

        @Override
        public void retrying(PhaseId phase, int attempt, String reason) {
            notice("phase " + phase.number() + " (" + phase.name() + ") failed and is retried, attempt " + (attempt + 1)
                    + ": " + reason);
        }
    }

    /**
     * Progress on stderr: on a terminal one line rewritten in place, otherwise a plain line at most
     * every two seconds; and a line per completed phase.
     */
    static final class Progress extends Warnings {
        private final String verb;
        private final boolean terminal = System.console() != null;
        private long phaseStart;
        private long lastPrint;
        private long rows;

        Progress(CliContext context, String verb) {
            super(context);
            this.verb = verb;
        }

        @Override
        public void started(RunSettings settings) {
            context.err().println("dhub: " + verb + " " + Render.count(settings.employeeCount()) + " employees and "
                    + Render.count(settings.customerCount()) + " customers; replay: " + settings.replayCommand());
            context.err().flush();
        }

        @Override
        public void phaseStarted(PhaseId phase, int attempt) {
            phaseStart = System.nanoTime();
            lastPrint = phaseStart;
            rows = 0;
        }

        @Override
        public void rowsWritten(PhaseId phase, String table, long n, double done) {
            rows += n;
            long now = System.nanoTime();
            if (now - lastPrint < (terminal ? 200_000_000L : 2_000_000_000L)) {
                return;
            }
            lastPrint = now;
            double seconds = (now - phaseStart) / 1e9;
            double eta = done > 0 ? seconds * (1 - done) / done : 0;
            String line = String.format(Locale.ROOT, "dhub: phase %d (%s) %3.0f%%: %s, %s rows, %s rows/s, ETA %.0f s",
                    phase.number(), phase.name(), done * 100, table, Render.count(rows),
                    Render.count(Math.round(rows / Math.max(seconds, 1e-9))), eta);
            if (terminal) {
                context.err().print("\r" + line + "\u001b[K");
            } else {
                context.err().println(line);
            }
            context.err().flush();
        }

        @Override
        public void notice(String line) {
            context.err().print(terminal ? "\r\u001b[K" : "");
            context.notice(line);
        }

        @Override
        public void phaseCompleted(PhaseResult result) {
            context.err().print(terminal ? "\r\u001b[K" : "");
            context.err().println(String.format(Locale.ROOT, "dhub: phase %d (%s): %s rows in %.2f s (%s rows/s)",
                    result.number(), result.name(), Render.count(result.totalRows()), result.seconds(),
                    Render.count(Math.round(result.totalRows() / Math.max(result.seconds(), 1e-9)))));
            context.err().flush();
        }
    }
}
