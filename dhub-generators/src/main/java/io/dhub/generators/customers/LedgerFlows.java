package io.dhub.generators.customers;

import java.util.List;

/**
 * The one door through which a domain's money reaches the customers' ledgers: for one account of a
 * customer, the flows that domain moves through it. Sources are handed to {@link Customers} in a
 * fixed order, so the ledgers stay deterministic.
 */
public interface LedgerFlows {
    List<LedgerFlow> flows(long accountId, Customer owner, List<Account> ownAccounts);

    /**
     * Called once by {@link Customers} when it is built: a source whose flows run between customers
     * (a laundering case's legs) reads the other customers' accounts through it. Flows are asked for
     * only after this.
     */
    default void bind(Customers customers) {
    }
}
