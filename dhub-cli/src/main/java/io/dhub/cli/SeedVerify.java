package io.dhub.cli;

import io.dhub.cli.render.Json;
import io.dhub.cli.render.TextTable;
import io.dhub.schema.admin.Databases;
import io.dhub.verify.CheckResult;
import io.dhub.verify.Verdict;
import io.dhub.verify.Verifier;
import io.dhub.verify.VerifyReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dhub seed verify}: every guarantee of the data, checked by SQL against what is in the databases now. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Check the data in the six databases against every guarantee: references, uniqueness, "
                + "ranges, hierarchy, dates, money and distributions. Exit 0 when all pass, 1 when any fails.")
final class SeedVerify implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.AsOf.class,
            description = "The data's today, YYYY-MM-DD (default: the last run's, else today, UTC)")
    LocalDate asOf;

    @Option(names = "--explain", description = "Show each check's formula and its worst offender or counts")
    boolean explain;

    @Option(names = "--json", description = "Print the results as JSON")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Databases checked at once (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    private final CliContext context;

    SeedVerify(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate day = asOf;
        try (Databases databases = Session.open(connection, context)) {
            VerifyReport report = new Verifier(databases).verify(day, Map.of(), threads);
            if (json) {
                context.out().println(Json.write(asJson(report)));
            } else {
                print(report, explain, context);
            }
            return report.passed() ? 0 : 1;
        }
    }

    /** The report table on out, then one summary line. */
    static void print(VerifyReport report, boolean explain, CliContext context) {
        TextTable table = new TextTable(List.of("check", "scope", "expected", "measured", "verdict"));
        for (CheckResult check : report.checks()) {
            boolean first = true;
            for (CheckResult.Line line : check.lines()) {
                String expected = line.label().isEmpty() ? line.expected() : line.label() + ": " + line.expected();
                table.row(first ? check.id() : "", first ? check.scope() : "", expected, line.measured(),
                        line.verdict().label());
                first = false;
            }
        }
        table.print(context.out(), explain ? Integer.MAX_VALUE : width(context));
        if (explain) {
            for (CheckResult check : report.checks()) {
                context.out().println();
                context.out().println(check.id() + " (" + check.category() + ", " + check.verdict().label() + ")");
                context.out().println("  formula: " + check.formula());
                if (check.offender() != null) {
                    context.out().println((check.lines().size() == 1 && check.verdict() == Verdict.FAIL ? "  worst: "
                            : "  counts: ") + check.offender());
                }
            }
            context.out().println();
        }
        long unjudged = report.count(Verdict.NOT_JUDGED);
        context.out().println(String.format(Locale.ROOT, "%d checks: %d passed, %d failed, %d with too few rows to "
                        + "judge%s; as of %s (from %s); %.2f s", report.checks().size(), report.count(Verdict.PASS),
                report.count(Verdict.FAIL), report.count(Verdict.TOO_FEW_ROWS), unjudged == 0 ? ""
                        : ", " + unjudged + " not judged (a gig bank's customers are not the specification's mix)",
                report.asOf(), report.asOfSource(), report.seconds()));
    }

    /**
     * The width to fit the table to: $COLUMNS when set, else 120. Cells cut short end in '…'; --explain
     * and --json give every line in full.
     */
    static int width(CliContext context) {
        try {
            int columns = Integer.parseInt(context.env().getOrDefault("COLUMNS", "").trim());
            return Math.max(60, columns);
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    static Map<String, Object> asJson(VerifyReport report) {
        List<Object> checks = new ArrayList<>();
        for (CheckResult check : report.checks()) {
            List<Object> lines = new ArrayList<>();
            for (CheckResult.Line line : check.lines()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("label", line.label().isEmpty() ? null : line.label());
                l.put("expected", line.expected());
                l.put("measured", line.measured());
                l.put("verdict", line.verdict().label().toLowerCase(Locale.ROOT));
                lines.add(l);
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("check", check.id());
            c.put("category", check.category());
            c.put("scope", check.scope());
            c.put("verdict", check.verdict().label().toLowerCase(Locale.ROOT));
            c.put("lines", lines);
            c.put("formula", check.formula());
            c.put("offender", check.offender());
            checks.add(c);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("as_of", report.asOf().toString());
        out.put("as_of_source", report.asOfSource());
        out.put("passed", report.passed());
        out.put("checks_passed", report.count(Verdict.PASS));
        out.put("checks_failed", report.count(Verdict.FAIL));
        out.put("checks_too_few_rows", report.count(Verdict.TOO_FEW_ROWS));
        if (report.count(Verdict.NOT_JUDGED) > 0) {
            out.put("checks_not_judged", report.count(Verdict.NOT_JUDGED));
        }
        out.put("seconds", new Json.Number(String.format(Locale.ROOT, "%.3f", report.seconds())));
        out.put("checks", checks);
        return out;
    }
}
