package io.dhub.schema.admin;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.connect.RetryPolicy;
import io.dhub.schema.connect.SqlFailures;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Writes the run record (employees_db.dhub_runs) of a {@code seed all} or {@code seed clear}: the
 * settings before anything is changed, the stage it enters (clear, phase N), each phase once all of
 * its data committed, and the outcome. A run killed at any point stays 'running' with its last stage,
 * and {@code seed status} tells it from a live one by the run lock. Times come from the server's
 * clock; generation never sees them. Each write retries transient faults.
 */
public final class RunLog {
    private final Databases databases;
    private final RetryPolicy retry;
    private final Consumer<String> notice;

    public RunLog(Databases databases, RetryPolicy retry, Consumer<String> notice) {
        this.databases = databases;
        this.retry = retry;
        this.notice = notice;
    }

    /**
     * Records a run that leaves data of these settings behind as started: {@code seed all},
     * {@code load} (a run's files) or {@code seed customer}; returns its number.
     *
     * @param replay   the command that reproduces the data, for people
     * @param settings the same settings as a JSON object, for dhub's commands to read back
     */
    public long start(String command, long seed, BigDecimal scale, long employees, long customers, LocalDate asOf,
                      String version, String stage, String replay, String settings) {
        return update("INSERT INTO dhub_runs (command, seed, scale, employees, customers, as_of, dhub_version, "
                + "started_at, status, stage, phases_completed, replay, settings) VALUES (?, ?, ?, ?, ?, ?, ?, now(), "
                + "'running', ?, '', ?, ?::jsonb) RETURNING run_id", command, seed, scale, employees, customers, asOf,
                version, stage, replay, settings);
    }

    /** Records a clear as started; returns its number. */
    public long startClear(String version) {
        return update("INSERT INTO dhub_runs (command, dhub_version, started_at, status, stage, phases_completed) "
                + "VALUES ('seed clear', ?, now(), 'running', 'clear', '') RETURNING run_id", version);
    }

    public void stage(long run, String stage) {
        update("UPDATE dhub_runs SET stage = ? WHERE run_id = ? RETURNING run_id", stage, run);
    }

    /** The phases whose data committed in full, comma-separated, and the stage that follows, in one update. */
    public void phases(long run, String completed, String nextStage) {
        update("UPDATE dhub_runs SET phases_completed = ?, stage = ? WHERE run_id = ? RETURNING run_id", completed,
                nextStage, run);
    }

    public void finish(long run) {
        update("UPDATE dhub_runs SET status = 'completed', stage = 'finished', finished_at = now() WHERE run_id = ? "
                + "RETURNING run_id", run);
    }

    /** Records the failure; never throws, so that it cannot mask the failure being recorded. */
    public void fail(long run, String why) {
        try {
            update("UPDATE dhub_runs SET status = 'failed', finished_at = now(), failure = ? WHERE run_id = ? "
                    + "RETURNING run_id", why == null ? "unknown" : why, run);
        } catch (RuntimeException ignored) {
            // the failure being recorded is the one to report; status will show the run as interrupted
        }
    }

    private long update(String sql, Object... args) {
        return retry.run("write the run record", notice, () -> {
            try (Connection conn = databases.pool(LogicalDatabase.EMPLOYEES).getConnection();
                 PreparedStatement ps = conn.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw SqlFailures.translate("write the run record", e, databases.server());
            }
        });
    }
}
