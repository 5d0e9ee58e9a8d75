package io.dhub.cli;

import io.dhub.cli.render.Json;
import io.dhub.schema.admin.Databases;
import io.dhub.verify.Explainer;
import io.dhub.verify.ProfileMetrics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code dhub customer}: one customer's data, read from the databases. */
@Command(name = "customer", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Look at one customer.", subcommands = {CustomerCommand.Explain.class, HelpCommand.class})
final class CustomerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: explain");
    }

    /** {@code dhub customer explain ID}: the profile metrics of one customer, computed from the stored rows. */
    @Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Each behaviour metric of one customer (docs/profiles.md): its value and formula, the inputs "
                    + "it is computed from, the profile's expected range and a verdict, and one sentence on it; then "
                    + "the behaviours the metrics show. The same SQL as 'dhub seed verify' computes them.")
    static final class Explain implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "ID", description = "The customer's id (1 to the customer count)")
        long customerId;

        @Option(names = "--metric", paramLabel = "M", description = "Only this metric (e.g. dsr, ttm_growth)")
        String metric;

        @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.AsOf.class,
                description = "The data's today, YYYY-MM-DD (default: the last run's)")
        LocalDate asOf;

        @Option(names = "--json", description = "Print {customer_id, profile, as_of, metrics:[…], behaviours:[…]} as JSON")
        boolean json;

        private final CliContext context;

        Explain(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (Databases databases = Session.open(connection, context)) {
                Explainer.Explanation e = new Explainer(databases).explain(customerId, asOf, metric);
                if (json) {
                    context.out().println(Json.write(asJson(e)));
                } else {
                    print(e);
                }
                return 0;
            }
        }

        static Map<String, Object> asJson(Explainer.Explanation e) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("customer_id", e.customerId());
            out.put("profile", e.profile());
            out.put("occupation_class", e.occupationClass());
            out.put("showcase", e.showcase());
            out.put("as_of", e.asOf().toString());
            out.put("months_of_history", e.months());
            List<Object> metrics = new ArrayList<>();
            for (Explainer.MetricResult m : e.metrics()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", m.name());
                row.put("value", m.value());
                row.put("unit", m.unit());
                row.put("formula", m.formula());
                row.put("inputs", m.inputs());
                row.put("expected", m.expected());
                row.put("verdict", m.verdict());
                row.put("explanation", m.explanation());
                metrics.add(row);
            }
            out.put("metrics", metrics);
            List<Object> behaviours = new ArrayList<>();
            for (Explainer.Behaviour b : e.behaviours()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", b.name());
                row.put("rationale", b.rationale());
                behaviours.add(row);
            }
            out.put("behaviours", behaviours);
            return out;
        }

        private void print(Explainer.Explanation e) {
            var out = context.out();
            out.println("customer " + e.customerId() + ": " + (e.profile() == null ? "no profile (the seed documents' "
                    + "rules)" : e.profile() + " (" + e.occupationClass() + (e.showcase() ? ", showcase" : "") + ")")
                    + "; as of " + e.asOf() + "; " + e.months() + " full months of history");
            for (Explainer.MetricResult m : e.metrics()) {
                out.println();
                out.println(m.name() + ": " + (m.value() == null ? "—" : value(m)) + "  [" + m.verdict()
                        + (m.expected() == null ? "" : ", expected " + m.expected()) + "]");
                out.println("  " + m.explanation());
                out.println("  formula: " + m.formula());
                if (!m.inputs().isEmpty()) {
                    out.println("  inputs: " + Json.write(m.inputs()));
                }
            }
            out.println();
            out.println("behaviours:");
            for (Explainer.Behaviour b : e.behaviours()) {
                out.println("  - " + b.name() + ": " + b.rationale());
            }
        }

        private static String value(Explainer.MetricResult m) {
            return ProfileMetrics.format(m.unit(), m.value());
        }
    }
}
