package io.dhub.generators.customers;

import java.util.List;

/**
 * The one door through which a domain's money reaches the customers' ledgers: for one account of a
 * customer, the flows that domain moves through it. Sources are handed to {@link Customers} in a
 * fixed order, so the ledgers stay deterministic. A source reads the customer from their file and
 * keeps what it derives there ({@link CustomerFile#memo}), where later sources and the later
 * phases' writers of the same customer find it.
 */
public interface LedgerFlows {
    List<LedgerFlow> flows(long accountId, CustomerFile file);

    /**
     * Called once by {@link Customers} when it is built: a source whose flows run between customers
     * (a laundering case's legs) reads the other customers' accounts through it. Flows are asked for
     * only after this.
     */
    default void bind(Customers customers) {
    }

    /**
     * Called by the customers' phase once it has booked a customer's ledgers and written them: a
     * source that a later phase reads the booked ledgers for (transaction monitoring) takes what it
     * needs here, so that the later phase does not book them again.
     */
    default void booked(CustomerFile file) {
    }
}
