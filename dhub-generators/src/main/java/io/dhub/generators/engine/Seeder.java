package io.dhub.generators.engine;

import io.dhub.generators.load.TableLoader;
import io.dhub.generators.load.TableSource;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.admin.StatusReport;
import io.dhub.schema.connect.SqlFailures;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the phases of a plan in order: migrates first, refuses databases that hold data unless told
 * to replace it, retries failed phases (same seed after a transient fault, a rotated seed after a
 * constraint violation), and finally moves the identity sequences past the loaded ids.
 */
public final class Seeder {
    private final Databases databases;
    private final ProgressListener listener;

    public Seeder(Databases databases, ProgressListener listener) {
        this.databases = databases;
        this.listener = listener;
    }

    /** Seeds every phase of the plan; {@code version} goes into the run record. */
    public SeedResult seed(RunSettings settings, PhasePlan plan, boolean replace, String version) {
        long start = System.nanoTime();
        databases.migrate();
        StatusReport before = databases.status();
        if (before.totalRows() > 0) {
            if (!replace) {
                throw DhubException.usage("dhub's databases already hold " + before.totalRows() + " rows: add --replace "
                        + "to clear them first, or run 'dhub seed clear --confirm'");
            }
            databases.clear();
        }
        RunLog log = new RunLog(databases);
        long run = log.start(settings, version);
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "dhub-generate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            PhaseLoader loader = new PhaseLoader(databases, new TableLoader(workers, settings.threads()));
            SeedTree tree = new SeedTree(settings.seed());
            List<PhaseResult> results = new ArrayList<>();
            for (int number : plan.numbers()) {
                results.add(runPhase(plan, number, tree, settings.maxRetries(), loader));
                log.phases(run, results);
            }
            log.finish(run);
            return new SeedResult(run, settings, results, (System.nanoTime() - start) / 1e9);
        } catch (RuntimeException e) {
            log.fail(run, e.getMessage());
            throw e;
        } finally {
            workers.shutdownNow();
        }
    }

    private PhaseResult runPhase(PhasePlan plan, int number, SeedTree base, int maxRetries, PhaseLoader loader) {
        long start = System.nanoTime();
        SeedTree tree = base;
        for (int attempt = 0; ; attempt++) {
            Phase phase = plan.build(number, tree);
            listener.phaseStarted(phase, attempt);
            try {
                Map<String, Long> rows = loader.load(phase, listener);
                advanceSequences(phase);
                PhaseResult result = new PhaseResult(number, phase.name(), rows, (System.nanoTime() - start) / 1e9, attempt);
                listener.phaseCompleted(result);
                return result;
            } catch (SQLException | RuntimeException e) {
                if (e instanceof DhubException dhub) {
                    throw dhub;
                }
                LoadFailure failure = LoadFailure.classify(e);
                if (failure.kind() == LoadFailure.Kind.FATAL || attempt >= maxRetries) {
                    throw new DhubException(ErrorCode.FAILED, "phase " + number + " (" + phase.name() + ") failed"
                            + (attempt > 0 ? " after " + (attempt + 1) + " attempts" : "") + ", nothing of it was kept: "
                            + failure.describe(), e);
                }
                if (failure.kind() == LoadFailure.Kind.CONSTRAINT) {
                    tree = base.rotated(phase.name(), attempt + 1);
                }
                listener.retrying(phase, attempt + 1, failure.describe());
            }
        }
    }

    /** Moves each identity past the largest loaded id, so rows added by hand later get fresh ids. */
    private void advanceSequences(Phase phase) {
        for (TableSource table : phase.tables()) {
            String id = table.columns().get(0);
            String sql = "SELECT setval(pg_get_serial_sequence('public." + table.table() + "', '" + id + "'), "
                    + "coalesce(max(" + id + "), 0) + 1, false) FROM " + table.table();
            try (Connection conn = databases.pool(table.database()).getConnection(); Statement st = conn.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw SqlFailures.translate("advance the id sequence of " + table.table(), e, databases.server());
            }
        }
    }
}
