package io.dhub.generators.api;

import java.util.Map;

/**
 * What a rewrite did, per table ({@code database.table}, in load order): rows generated, rows
 * written (added or changed) and rows deleted.
 */
public record CustomerResult(long run, long customer, Map<String, long[]> tables, double seconds, String origin) {
    public long generated() {
        return tables.values().stream().mapToLong(t -> t[0]).sum();
    }

    public long written() {
        return tables.values().stream().mapToLong(t -> t[1]).sum();
    }

    public long deleted() {
        return tables.values().stream().mapToLong(t -> t[2]).sum();
    }
}
