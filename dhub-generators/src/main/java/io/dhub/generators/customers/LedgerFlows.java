package io.dhub.generators.customers;

import java.util.List;

/**
 * The one door through which a domain's money reaches the customers' ledgers: for one account of a
 * customer, the flows that domain moves through it. Sources are handed to {@link Customers} in a
 * fixed order, so the ledgers stay deterministic.
 */
public interface LedgerFlows {
    List<LedgerFlow> flows(long accountId, Customer owner, List<Account> ownAccounts);
}
