package io.dhub.generators.api;

import java.util.Map;

/**
 * What one phase loaded.
 *
 * @param number  phase number
 * @param name    phase name
 * @param rows    rows per table, in load order
 * @param seconds      wall time, retries and the index build included
 * @param indexSeconds of which rebuilding the indexes, keys and foreign keys after the load (last attempt)
 * @param retries      how many times it was retried
 */
public record PhaseResult(int number, String name, Map<String, Long> rows, double seconds, double indexSeconds,
                          int retries) {
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
