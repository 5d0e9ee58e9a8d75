package io.dhub.generators.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transfer-graph search behind monitoring's CYCLE rule: where money an account sent out came back
 * to it through other customers' accounts. The only transfers between customers are the laundering
 * cases' legs, so the laundering book runs it over those, once per block.
 */
final class Cycles {
    private Cycles() {
    }

    /** A transfer between two customers' accounts of the bank, at its instant. */
    record Edge(long from, long to, long at) {
    }

    /** The most transfers a cycle is followed through (the monitoring rule's bound). */
    static final int CYCLE_HOPS = 12;
    /** A cycle closes within 30 days (720 hours) of its first transfer. */
    static final long CYCLE_SECONDS = 720L * 3600;

    /**
     * Where money sent out by an account came back to it through transfers between customers: time
     * ordered, strictly later at each hop, within 30 days of the first, through distinct accounts, in
     * two hops or more. The only transfers between customers are the cases' legs, so the search runs
     * over those.
     */
    static Map<Long, List<LaunderingBook.Closing>> closings(List<Edge> edges) {
        Map<Long, List<Edge>> bySource = new HashMap<>();
        edges.forEach(e -> bySource.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
        Map<Long, List<LaunderingBook.Closing>> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Edge first : edges) {
            List<Long> path = new ArrayList<>(List.of(first.from(), first.to()));
            walk(first.from(), first, first.at(), path, 1, bySource, out, seen);
        }
        return out;
    }

    private static void walk(long origin, Edge last, long started, List<Long> path, int hops,
                             Map<Long, List<Edge>> bySource, Map<Long, List<LaunderingBook.Closing>> out, Set<String> seen) {
        if (last.to() == origin) {
            if (hops >= 2) {
                if (seen.add(origin + "|" + last.at() + "|" + last.from())) {
                    out.computeIfAbsent(origin, k -> new ArrayList<>()).add(new LaunderingBook.Closing(last.at(), last.from()));
                }
            }
            return;
        }
        if (hops >= CYCLE_HOPS) {
            return;
        }
        for (Edge e : bySource.getOrDefault(last.to(), List.of())) {
            if (e.at() > last.at() && e.at() <= started + CYCLE_SECONDS
                    && (e.to() == origin || !path.contains(e.to()))) {
                path.add(e.to());
                walk(origin, e, started, path, hops + 1, bySource, out, seen);
                path.remove(path.size() - 1);
            }
        }
    }
}
