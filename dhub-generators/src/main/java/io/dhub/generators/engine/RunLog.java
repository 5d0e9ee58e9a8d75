package io.dhub.generators.engine;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.connect.SqlFailures;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the run record (employees_db.dhub_runs): settings at the start, each committed phase as
 * it commits, and the outcome. Times come from the server's clock; generation never sees them.
 */
final class RunLog {
    private final Databases databases;

    RunLog(Databases databases) {
        this.databases = databases;
    }

    long start(RunSettings settings, String version) {
        return update("INSERT INTO dhub_runs (seed, scale, employees, customers, as_of, dhub_version, started_at, "
                + "status, phases_completed) VALUES (?, ?, ?, ?, ?, ?, now(), 'running', '') RETURNING run_id",
                settings.seed(), BigDecimal.valueOf(settings.scale()), settings.employeeCount(),
                settings.customerCount(), settings.asOf(), version);
    }

    void phases(long run, List<PhaseResult> done) {
        update("UPDATE dhub_runs SET phases_completed = ? WHERE run_id = ? RETURNING run_id",
                done.stream().map(p -> Integer.toString(p.number())).collect(Collectors.joining(",")), run);
    }

    void finish(long run) {
        update("UPDATE dhub_runs SET status = 'completed', finished_at = now() WHERE run_id = ? RETURNING run_id", run);
    }

    void fail(long run, String why) {
        try {
            update("UPDATE dhub_runs SET status = 'failed', finished_at = now(), failure = ? WHERE run_id = ? "
                    + "RETURNING run_id", why, run);
        } catch (RuntimeException ignored) {
            // the failure being recorded is the one to report
        }
    }

    private long update(String sql, Object... args) {
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
    }
}
