package io.dhub.schema.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One seed run as dhub recorded it in employees_db.dhub_runs.
 *
 * @param id              run number
 * @param seed            master seed
 * @param scale           scale factor
 * @param employees       employees generated
 * @param customers       customers generated
 * @param asOf            the data's as-of date
 * @param version         dhub version
 * @param startedAt       start (server clock)
 * @param finishedAt      end, null while running or when interrupted
 * @param status          running, completed or failed
 * @param phasesCompleted phase numbers that committed, comma-separated
 * @param failure         why it failed, or null
 */
public record RunRecord(long id, long seed, BigDecimal scale, long employees, long customers, LocalDate asOf,
                        String version, OffsetDateTime startedAt, OffsetDateTime finishedAt, String status,
                        String phasesCompleted, String failure) {
}
