package io.dhub.generators.loans;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.customers.LedgerFlows;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phase 5, loans: applications, loans, schedules, collateral, guarantors and assessments. The loan
 * book itself (applications, terms, payments) is contributed to the customers' phase, whose seeds
 * build it, because the ledgers carry its money; this phase's seeds choose officers, approvers,
 * collateral, guarantors and assessments, so a retried phase 5 never breaks a ledger.
 */
public final class LendingDomain implements Domain {
    @Override
    public String name() {
        return "loans";
    }

    @Override
    public int phase() {
        return 5;
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Lending.class);
    }

    @Override
    public Set<Class<?>> needs() {
        return Set.of(Customers.class, Staff.class, LoanBook.class);
    }

    @Override
    public List<Contribution<?>> contributions() {
        return List.of(new Contribution<>(LedgerFlows.class, LoanBook.class,
                (tree, settings) -> new LoanBook(tree, settings.asOf(), settings.market(),
                        LoanRules.forMarket(settings.market()))));
    }

    @Override
    public Built build(SeedTree tree, RunSettings settings, Registry registry) {
        Lending lending = new Lending(tree, registry.get(Customers.class), registry.get(LoanBook.class),
                registry.get(Staff.class), settings.asOf(), settings.market(), LoanRules.forMarket(settings.market()));
        return new Built(LendingTables.groups(lending, settings.customerCount()), Map.of(Lending.class, lending));
    }
}
