package io.dhub.generators.customers;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.employees.Catalogs;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phase 2, customers: profiles, accounts and their ledgers. The other domains' money on the accounts
 * (their {@link LedgerFlows} contributions, a loan book today) is built here, with this phase's seeds,
 * and registered under its own type for the domain it belongs to.
 */
public final class CustomersDomain implements Domain {
    @Override
    public String name() {
        return "customers";
    }

    @Override
    public int phase() {
        return 2;
    }

    @Override
    public Set<Class<?>> needs() {
        return Set.of(Catalogs.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Customers.class);
    }

    @Override
    public Built build(SeedTree tree, RunSettings settings, Registry registry) {
        Map<Class<?>, Object> provided = new LinkedHashMap<>();
        List<LedgerFlows> flows = new ArrayList<>();
        for (Contribution<LedgerFlows> c : registry.contributions(LedgerFlows.class)) {
            LedgerFlows source = c.factory().apply(tree, settings);
            flows.add(source);
            provided.put(c.type(), source);
        }
        Customers customers = new Customers(tree, settings.customerCount(), settings.asOf(),
                registry.get(Catalogs.class).branches(), flows, settings.market(),
                CustomerRules.DEFAULT, settings.ledgerMonths(), settings.profiles(), settings.gigOnly());
        provided.put(Customers.class, customers);
        return new Built(CustomerTables.groups(customers), provided);
    }
}
