package io.dhub.generators.api;

import io.dhub.schema.DhubException;
import java.util.ArrayList;
import java.util.List;

/**
 * The K-th of N parts of a run: the customers in the K-th of N equal ranges, and the bank's own
 * entities (staff, catalogues, campaigns) in part 1 only, so no two parts hold the same row. A group's
 * own entities after its customers (branch coverage after the customers' portfolio assignments) go to
 * part N, the one holding the last customers, so that each table's parts, in order, are the whole
 * run's rows in the whole run's order.
 *
 * @param k the part, 1..n
 * @param n how many parts
 */
public record Shard(int k, int n) {
    /** The whole run. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw DhubException.usage("--shard must be K/N with 1 <= K <= N, not " + k + "/" + n);
        }
    }

    /** Parses {@code K/N}; refuses anything else in one line (exit 2). */
    public static Shard parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DhubException.usage("--shard must be K/N with 1 <= K <= N (3/4 is the third of four parts), not '"
                + text + "'");
    }

    public boolean whole() {
        return n == 1;
    }

    /** The first customer of this part, of {@code customers}. */
    public long firstCustomer(long customers) {
        return 1 + Math.floorDiv((k - 1) * customers, n);
    }

    /** One past the last customer of this part. */
    public long endCustomer(long customers) {
        return 1 + Math.floorDiv(k * customers, n);
    }

    /**
     * The entity ranges [from, to) this part writes of a table group's {@code entities}, the first
     * {@code customers} of which are customers (none: the bank's own rows), in entity order.
     */
    public List<long[]> spans(long entities, long customers) {
        List<long[]> spans = new ArrayList<>();
        long end = entities + 1;
        if (customers == 0) {
            if (k == 1 && end > 1) {
                spans.add(new long[] {1, end});
            }
            return spans;
        }
        long from = firstCustomer(customers);
        long to = endCustomer(customers);
        if (to > from) {
            spans.add(new long[] {from, to});
        }
        if (k == n && end > customers + 1) {
            spans.add(new long[] {customers + 1, end});
        }
        return spans;
    }

    /** How many of the entities this part writes, up to and including {@code entity}. */
    public long done(long entities, long customers, long entity) {
        long n = 0;
        for (long[] span : spans(entities, customers)) {
            n += Math.max(0, Math.min(entity + 1, span[1]) - span[0]);
        }
        return n;
    }

    /** How many of the entities this part writes. */
    public long size(long entities, long customers) {
        return done(entities, customers, entities);
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
