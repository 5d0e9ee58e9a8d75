package io.dhub.cli;

import io.dhub.cli.render.Render;
import io.dhub.cli.render.TextTable;
import io.dhub.generators.Generation;
import io.dhub.generators.api.CustomerPlan;
import io.dhub.generators.api.CustomerRequest;
import io.dhub.generators.api.CustomerResult;
import io.dhub.generators.api.RunSettings;
import io.dhub.schema.DhubException;
import io.dhub.schema.admin.DataOrigin;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.admin.RunRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dhub seed customer ID [--profile P]}: one customer's rows rewritten as the data's run wrote them. */
@Command(name = "customer", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Rewrite one customer's rows in every database as the data's last run generated them (edits "
                + "to them undone, deleted rows back), or under another profile with --profile; nothing else "
                + "changes. Rows are merged by key: a row equal to the stored one is left as it is.")
final class SeedCustomer implements Callable<Integer> {
    /** How a rewrite of one customer reads in a replay chain. */
    static final String LINK = "dhub seed customer ";

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "ID", description = "The customer's id (1 to the customer count)")
    long customerId;

    @Option(names = "--profile", paramLabel = "P", description = "Give the customer this behaviour profile instead "
            + "of their own draw (the data must have been seeded with profiles)")
    String profile;

    @Mixin
    RunOptions run;

    private final CliContext context;

    SeedCustomer(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (customerId < 1) {
            throw DhubException.usage("the customer id must be 1 or more, not " + customerId);
        }
        String chosen = profile == null ? null : RunSettings.profileKey(profile);
        try (Databases databases = Session.open(connection, context)) {
            CustomerResult result = Generation.rewriteCustomer(databases, new CustomerRequest(customerId,
                    origin -> plan(origin, chosen), run.waitForLock(), run.retry(), DhubCommand.version()),
                    new SeedAll.Warnings(context));
            if (!connection.quiet) {
                print(result);
            }
            return 0;
        }
    }

    /**
     * The settings of the rewrite, from the run the data comes from (read under the run lock): its
     * replay chain gives the seed run's settings and the profiles earlier rewrites gave customers; a
     * rewrite of this customer that did not complete adds its own settings to those the stored rows
     * may have been written with.
     */
    private CustomerPlan plan(DataOrigin origin, String wanted) {
        List<String> chain = new ArrayList<>(Arrays.asList(origin.base().replay().split(" && ")));
        List<String> kept = new ArrayList<>();
        // the replay line names the profiles earlier rewrites gave other customers; the settings hold them already
        RunSettings data = assigned(recorded(origin.base()), chain, customerId, kept);
        List<RunSettings> before = new ArrayList<>();
        before.add(data);
        for (RunRecord unfinished : origin.pending()) {
            if (unfinished.replay() != null) {
                before.add(recorded(unfinished));
            }
        }
        RunSettings after = data.withAssignedProfile(customerId, wanted);
        if (wanted != null) {
            kept.add(LINK + customerId + " --profile " + wanted);
        }
        String replay = chain.get(0) + kept.stream().map(l -> " && " + l).collect(Collectors.joining());
        return new CustomerPlan(after, before, replay);
    }

    /**
     * The settings of the data a run left behind, with the profiles its rewrites gave customers: the
     * fields it recorded ({@code dhub_runs.settings}), or, for a run recorded before them, its replay
     * command read back through {@code seed all}'s options.
     */
    private RunSettings recorded(RunRecord r) {
        if (r.settings() != null) {
            return RunSettings.fromJson(r.settings(), Runtime.getRuntime().availableProcessors(), run.retry());
        }
        List<String> chain = Arrays.asList(r.replay().split(" && "));
        RunSettings replayed = SeedAll.replayed(chain.get(0), context);
        return assigned(replayed, chain, -1, new ArrayList<>());
    }

    /**
     * The settings with the profiles a replay chain's rewrites assigned; {@code kept} gets the links
     * of customers other than {@code k}.
     */
    private static RunSettings assigned(RunSettings settings, List<String> chain, long k, List<String> kept) {
        for (String link : chain.subList(1, chain.size())) {
            String[] words = link.substring(LINK.length()).split(" ");
            long customer = Long.parseLong(words[0]);
            settings = settings.withAssignedProfile(customer, words.length > 2 ? words[2] : null);
            if (customer != k) {
                kept.add(link);
            }
        }
        return settings;
    }

    private void print(CustomerResult result) {
        TextTable table = new TextTable(List.of("table", "generated", "written", "deleted"), false, true, true, true);
        for (Map.Entry<String, long[]> t : result.tables().entrySet()) {
            long[] n = t.getValue();
            if (n[0] + n[1] + n[2] > 0) {
                table.row(t.getKey(), Render.count(n[0]), Render.count(n[1]), Render.count(n[2]));
            }
        }
        table.print(context.out());
        context.out().println(String.format(Locale.ROOT, "customer %d: %s rows generated; %s written (added or "
                        + "changed), %s deleted; the rest already matched (run #%d, %.2f s)", result.customer(),
                Render.count(result.generated()), Render.count(result.written()), Render.count(result.deleted()),
                result.run(), result.seconds()));
        context.out().println("rewritten from " + result.origin());
    }
}
