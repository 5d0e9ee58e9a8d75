package io.dhub.generators.run;

import io.dhub.generators.api.PhaseResult;
import io.dhub.generators.api.ProgressListener;
import io.dhub.generators.api.RunSettings;
import io.dhub.generators.api.SeedResult;
import io.dhub.generators.output.postgres.GroupCopy;
import io.dhub.generators.output.postgres.GroupLoader;
import io.dhub.generators.output.postgres.LoadFailure;
import io.dhub.generators.output.postgres.PhaseLoader;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Table;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.admin.RunLock;
import io.dhub.schema.admin.RunLog;
import io.dhub.schema.admin.StatusReport;
import io.dhub.schema.connect.Faults;
import io.dhub.schema.connect.RetryPolicy;
import io.dhub.schema.connect.SqlFailures;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs the phases of a plan in order, under the prefix's run lock: migrates, refuses databases that
 * hold data unless told to replace them, records the run before changing any data (the clear
 * included), retries failed phases (the same seed after a transient fault, with waits that outlast a
 * server restart; a rotated seed after a constraint violation), and moves the identity sequences
 * past the loaded ids.
 */
public final class Seeder {
    private final Databases databases;
    private final ProgressListener listener;

    public Seeder(Databases databases, ProgressListener listener) {
        this.databases = databases;
        this.listener = listener;
    }

    /**
     * Seeds every phase of the plan; {@code version} goes into the run record. With {@code wait}, a
     * run that finds another dhub command on the prefix waits for it; without, it refuses at once.
     */
    public SeedResult seed(RunSettings settings, PhasePlan plan, boolean replace, String version, boolean wait) {
        return run("seed all", settings, plan, workers -> new GroupLoader(workers, settings.threads()), replace, version,
                wait);
    }

    /**
     * Loads what a file run wrote, in the same discipline as {@link #seed}: the plan gives the
     * phases' tables, the loader their files, and the settings (the files') go into the run record.
     */
    public SeedResult load(RunSettings settings, PhasePlan plan, GroupCopy files, boolean replace, String version,
                           boolean wait) {
        return run("load", settings, plan, workers -> files, replace, version, wait);
    }

    private SeedResult run(String command, RunSettings settings, PhasePlan plan,
                           Function<ExecutorService, GroupCopy> copies, boolean replace, String version, boolean wait) {
        long start = System.nanoTime();
        RetryPolicy retry = settings.retry();
        ExecutorService workers = workers(settings);
        try (RunLock lock = retry.run("take the run lock", listener::notice,
                () -> databases.lock(command, wait, listener::notice))) {
            retry.run("migrate", listener::notice, databases::migrate);
            boolean clear = retry.run("look for rows", listener::notice, databases::holdsRows);
            if (clear && !replace) {
                StatusReport before = retry.run("count the rows", listener::notice, databases::status);
                throw DhubException.usage("dhub's databases already hold " + String.format(java.util.Locale.ROOT,
                        "%,d", before.totalRows()) + " rows: add --replace to clear them first, or run "
                        + "'dhub seed clear --confirm'");
            }
            List<LogicalDatabase> clearable = clear ? databases.checkClearable() : List.of();
            RunLog log = new RunLog(databases, retry, listener::notice);
            long run = log.start(command, settings.seed(), BigDecimal.valueOf(settings.scale()), settings.employeeCount(),
                    settings.customerCount(), settings.asOf(), version, clear ? "clear" : "phase 1",
                    settings.replayCommand(), settings.settingsJson());
            listener.started(settings);
            List<SeedResult.Step> steps = new ArrayList<>();
            steps.add(new SeedResult.Step("lock and migrate", (System.nanoTime() - start) / 1e9));
            try {
                if (clear) {
                    long clearStart = System.nanoTime();
                    retry.run("clear the databases", listener::notice, () -> databases.clear(clearable, false));
                    steps.add(new SeedResult.Step("clear", (System.nanoTime() - clearStart) / 1e9));
                }
                List<PhaseResult> results = load(settings, plan, copies.apply(workers), workers, lock, log, run);
                log.finish(run);
                double seconds = (System.nanoTime() - start) / 1e9;
                double indexes = 0;
                for (PhaseResult phase : results) {
                    steps.add(new SeedResult.Step("phase " + phase.number() + " " + phase.name(),
                            phase.seconds() - phase.indexSeconds(), phase));
                    indexes += phase.indexSeconds();
                }
                steps.add(new SeedResult.Step("index build", indexes));
                double accounted = steps.stream().mapToDouble(SeedResult.Step::seconds).sum();
                steps.add(new SeedResult.Step("other (run record, sequences)", Math.max(0, seconds - accounted)));
                return new SeedResult(run, settings, results, seconds, steps);
            } catch (RuntimeException e) {
                log.fail(run, e.getMessage());
                throw e;
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * The generation threads. One of them reads the market's reference tables (cities, names,
     * occupations: a few hundred milliseconds) while the run takes its lock and migrates, so that
     * phase 1 does not wait for them.
     */
    private static ExecutorService workers(RunSettings settings) {
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "dhub-generate");
            thread.setDaemon(true);
            return thread;
        });
        workers.execute(() -> settings.market().load());
        return workers;
    }

    private List<PhaseResult> load(RunSettings settings, PhasePlan plan, GroupCopy copies, ExecutorService workers,
                                   RunLock lock, RunLog log, long run) {
        try {
            return PhaseLoop.run(plan, new SeedTree(settings.seed()),
                    new IntoDatabases(plan, new PhaseLoader(databases, copies), settings.retry(), lock, log, run));
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * The databases as the phase loop's target: each phase loaded in one transaction per database,
     * recorded in the run record, and retried after a failure (the same rows after a transient fault,
     * with waits; rows from a rotated tree after a constraint violation).
     */
    private final class IntoDatabases implements PhaseLoop.Target<PhaseResult> {
        private final PhasePlan plan;
        private final PhaseLoader loader;
        private final RetryPolicy retry;
        private final RunLock lock;
        private final RunLog log;
        private final long run;
        private final List<String> completed = new ArrayList<>();
        private long start;
        private RetryPolicy.Streak transients;

        IntoDatabases(PhasePlan plan, PhaseLoader loader, RetryPolicy retry, RunLock lock, RunLog log, long run) {
            this.plan = plan;
            this.loader = loader;
            this.retry = retry;
            this.lock = lock;
            this.log = log;
            this.run = run;
        }

        @Override
        public void building(int number, int attempt) {
            if (attempt == 0) {
                start = System.nanoTime();
                transients = retry.streak();
            }
        }

        @Override
        public PhaseResult write(Phase phase, int attempt) throws SQLException {
            if (attempt == 0) {
                log.stage(run, "phase " + phase.number() + " (" + phase.name() + ")");
            }
            listener.phaseStarted(phase.id(), attempt);
            PhaseLoader.Loaded loaded = loader.load(phase, listener);
            advanceSequences(phase, retry);
            PhaseResult result = new PhaseResult(phase.number(), phase.name(), loaded.rows(),
                    (System.nanoTime() - start) / 1e9, loaded.indexSeconds(), attempt);
            listener.phaseCompleted(result);
            return result;
        }

        @Override
        public void written(PhaseResult result) {
            completed.add(Integer.toString(result.number()));
            List<Integer> numbers = plan.numbers();
            int next = numbers.indexOf(result.number()) + 1;
            log.phases(run, String.join(",", completed), next < numbers.size() ? "phase " + numbers.get(next)
                    : "finishing");
        }

        @Override
        public SeedTree retry(Phase phase, int attempt, SeedTree base, SeedTree built, Exception e) {
            if (e instanceof DhubException dhub && !Faults.isTransient(dhub)) {
                throw dhub;
            }
            LoadFailure failure = LoadFailure.classify(e);
            String failed = "phase " + phase.number() + " (" + phase.name() + ") failed";
            if (failure.kind() == LoadFailure.Kind.TRANSIENT) {
                if (!transients.failed()) {
                    throw new DhubException(ErrorCode.FAILED, failed + " after " + (attempt + 1) + " attempts in "
                            + String.format(java.util.Locale.ROOT, "%.0f", transients.elapsed()) + " s of retrying, "
                            + "nothing of it was kept: " + failure.describe() + " (--max-retries and --retry-for set "
                            + "the limits)", e);
                }
                listener.retrying(phase.id(), attempt + 1, failure.describe() + "; " + transients.waitText());
                transients.sleep();
                retry.run("take the run lock again", listener::notice, () -> {
                    lock.ensureHeld();
                    return null;
                });
                return built;
            }
            if (failure.kind() == LoadFailure.Kind.FATAL || attempt >= retry.maxRetries() || !plan.regenerates()) {
                throw new DhubException(ErrorCode.FAILED, failed
                        + (attempt > 0 ? " after " + (attempt + 1) + " attempts" : "") + ", nothing of it was kept: "
                        + failure.describe(), e);
            }
            listener.retrying(phase.id(), attempt + 1, failure.describe());
            return base.rotated(phase.name(), attempt + 1);
        }
    }

    /**
     * Moves each identity past the largest loaded id, so rows added by hand later get fresh ids;
     * tables keyed by a code (branches) have no sequence.
     */
    private void advanceSequences(Phase phase, RetryPolicy retry) {
        for (Table table : phase.tables()) {
            String id = table.columns().get(0);
            String sequence = "pg_get_serial_sequence('public." + table.name() + "', '" + id + "')";
            String sql = "SELECT setval(" + sequence + ", coalesce(max(" + id + "), 0) + 1, false) FROM " + table.name();
            retry.run("advance the id sequence of " + table.name(), listener::notice, () -> {
                try (Connection conn = databases.pool(table.database()).getConnection();
                     Statement st = conn.createStatement()) {
                    try (java.sql.ResultSet rs = st.executeQuery("SELECT " + sequence + " IS NOT NULL")) {
                        if (rs.next() && !rs.getBoolean(1)) {
                            return null;
                        }
                    }
                    st.execute(sql);
                    return null;
                } catch (SQLException e) {
                    throw SqlFailures.translate("advance the id sequence of " + table.name(), e, databases.server());
                }
            });
        }
    }
}
