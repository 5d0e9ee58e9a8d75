package io.dhub.generators.insurance;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.customers.LedgerFlows;
import io.dhub.generators.development.Development;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.loans.Lending;
import io.dhub.generators.loans.LoanBook;
import io.dhub.generators.loans.LoanRules;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phase 6, insurance. The policy book (holders, premiums, claims) is contributed to the customers'
 * phase, whose seeds build it, because the ledgers carry its money; it reads the customer's loans
 * from a loan book of its own built from the same seeds, so it sees the loans the ledgers carry. This
 * phase's seeds choose agents, handlers and beneficiaries, so a retried phase 6 never breaks a ledger.
 */
public final class InsuranceDomain implements Domain {
    @Override
    public String name() {
        return "insurance";
    }

    @Override
    public int phase() {
        return 6;
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Insurance.class);
    }

    @Override
    public Set<Class<?>> needs() {
        return Set.of(Customers.class, Staff.class, PolicyBook.class, Lending.class, Development.class);
    }

    @Override
    public List<Contribution<?>> contributions() {
        return List.of(new Contribution<>(LedgerFlows.class, PolicyBook.class,
                (tree, settings) -> new PolicyBook(tree, settings.asOf(), settings.market(), InsuranceRules.DEFAULT,
                        new LoanBook(tree, settings.asOf(), settings.market(),
                        LoanRules.forMarket(settings.market())))));
    }

    @Override
    public Built build(SeedTree tree, RunSettings settings, Registry registry) {
        Insurance insurance = new Insurance(tree, registry.get(Customers.class), registry.get(PolicyBook.class),
                registry.get(Staff.class), registry.get(Lending.class), registry.get(Development.class));
        return new Built(InsuranceTables.groups(insurance, settings.customerCount()),
                Map.of(Insurance.class, insurance));
    }
}
