package io.dhub.generators.rows;

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

    /** The entity ranges [from, to) of the group this part writes, in entity order. */
    public List<long[]> spans(TableGroup group) {
        List<long[]> spans = new ArrayList<>();
        long end = group.entities() + 1;
        if (group.customers() == 0) {
            if (k == 1 && end > 1) {
                spans.add(new long[] {1, end});
            }
            return spans;
        }
        long from = firstCustomer(group.customers());
        long to = endCustomer(group.customers());
        if (to > from) {
            spans.add(new long[] {from, to});
        }
        if (k == n && end > group.customers() + 1) {
            spans.add(new long[] {group.customers() + 1, end});
        }
        return spans;
    }

    /** How many of the group's entities this part writes, up to and including {@code entity}. */
    public long done(TableGroup group, long entity) {
        long n = 0;
        for (long[] span : spans(group)) {
            n += Math.max(0, Math.min(entity + 1, span[1]) - span[0]);
        }
        return n;
    }

    /** How many of the group's entities this part writes. */
    public long size(TableGroup group) {
        return done(group, group.entities());
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
