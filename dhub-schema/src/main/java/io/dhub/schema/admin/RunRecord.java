package io.dhub.schema.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One run as dhub recorded it in employees_db.dhub_runs: a {@code seed all} or a {@code seed clear}.
 *
 * @param id              run number
 * @param command         'seed all' or 'seed clear'
 * @param seed            master seed (null for a clear)
 * @param scale           scale factor (null for a clear)
 * @param employees       employees generated (null for a clear)
 * @param customers       customers generated (null for a clear)
 * @param asOf            the data's as-of date (null for a clear)
 * @param version         dhub version
 * @param startedAt       start (server clock)
 * @param finishedAt      end, null while running or when interrupted
 * @param status          running, completed or failed
 * @param stage           the step the run was in last (migrate, clear, phase N (name), finished), or null
 * @param phasesCompleted phase numbers whose data committed in full, comma-separated
 * @param failure         why it failed, or null
 * @param replay          the command that reproduces the run's data, or null (a clear, or an older run)
 * @param settings        the same settings as a JSON object, or null (a clear, or a run recorded before
 *                        employees_db V7)
 * @param lockHeld        whether a dhub command holds the prefix's run lock now: a 'running' run
 *                        without it was interrupted
 */
public record RunRecord(long id, String command, Long seed, BigDecimal scale, Long employees, Long customers,
                        LocalDate asOf, String version, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                        String status, String stage, String phasesCompleted, String failure, String replay,
                        String settings, boolean lockHeld) {

    /** A server time as UTC to the second, {@code 2026-11-01T09:30:05Z}, as status and lock messages show it. */
    public static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "Z";
    }

    /** Recorded as running, but no dhub command holds the lock: the process was killed or lost. */
    public boolean interrupted() {
        return "running".equals(status) && !lockHeld;
    }
}
