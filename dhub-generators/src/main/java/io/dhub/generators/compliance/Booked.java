package io.dhub.generators.compliance;

import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.CustomerFile;
import io.dhub.generators.customers.Ledger;
import io.dhub.generators.customers.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;

/**
 * What phase 7 reads from a customer's ledgers: the transaction monitoring's findings and the legs
 * of laundering cases their accounts booked. The customers' phase, which books the ledgers anyway,
 * hands each customer's to a {@link Store} as it writes them, so that phase 7 need not book them
 * again; a customer the store did not see (phase 7 of a process whose phase 2 did not write them)
 * has their ledgers booked in phase 7 and read the same way.
 */
final class Booked {
    private Booked() {
    }

    /** One customer's findings and case legs. */
    record Of(Monitoring.Findings findings, List<Compliance.CaseTransaction> legs) {
        static final Of NONE = new Of(new Monitoring.Findings(List.of(), List.of()), List.of());

        boolean none() {
            return findings.alerts().isEmpty() && findings.ctrs().isEmpty() && legs.isEmpty();
        }
    }

    /** Reads the file's ledgers (booking them if the file has not yet). */
    static Of of(CustomerFile file, Function<Long, List<LaunderingBook.Closing>> closings, Monitoring.Limits limits) {
        Map<Long, Ledger> ledgers = file.ledgers();
        Monitoring.Findings findings = Monitoring.of(file.customer(), file.accounts(), ledgers, closings, limits);
        List<Compliance.CaseTransaction> legs = new ArrayList<>();
        for (Account a : file.accounts()) {
            for (Transaction t : ledgers.get(a.id()).transactions()) {
                if (t.caseId() != null) {
                    legs.add(new Compliance.CaseTransaction(t.caseId(), t.id(), a.id(), t.credit(),
                            t.amount()));
                }
            }
        }
        Of out = new Of(findings, List.copyOf(legs));
        return out.none() ? Of.NONE : out;
    }

    /**
     * The customers seen, one bit each (1.5 MB at the largest customer count), and the findings of
     * those that have any: about one customer in fourteen at the default density (589 with alerts
     * and 261 with case legs of 12,000 at scale 10), a few records each.
     */
    static final class Store {
        private final AtomicLongArray seen;
        private final Map<Long, Of> found = new ConcurrentHashMap<>();

        Store(long customers) {
            this.seen = new AtomicLongArray((int) (customers / 64 + 1));
        }

        void put(long k, Of of) {
            if (!of.none()) {
                found.put(k, of);
            }
            long bit = 1L << (k % 64);
            seen.getAndAccumulate((int) (k / 64), bit, (a, b) -> a | b);
        }

        /** Customer k's, or null when the customers' phase of this process did not write them. */
        Of get(long k) {
            if (k / 64 >= seen.length() || (seen.get((int) (k / 64)) & (1L << (k % 64))) == 0) {
                return null;
            }
            return found.getOrDefault(k, Of.NONE);
        }
    }
}
