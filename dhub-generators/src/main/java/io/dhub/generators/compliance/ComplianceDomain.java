package io.dhub.generators.compliance;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.crm.Crm;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.customers.LedgerFlows;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.insurance.Insurance;
import io.dhub.generators.loans.Lending;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phase 7, compliance: due diligence, screening, consents, transaction monitoring and its alerts and
 * reports, the ground truth of the injected laundering, and the audit trail, read from what phases
 * 1-6 built for each customer (staff, ledgers, CRM contacts and campaign responses, loan decisions,
 * policies and claims). The laundering book is contributed to the customers' phase, whose ledgers
 * carry its money.
 */
public final class ComplianceDomain implements Domain {
    @Override
    public String name() {
        return "compliance";
    }

    @Override
    public int phase() {
        return 7;
    }

    @Override
    public Set<Class<?>> needs() {
        return Set.of(Customers.class, Staff.class, Crm.class, Lending.class, Insurance.class, LaunderingBook.class);
    }

    @Override
    public List<Contribution<?>> contributions() {
        return List.of(new Contribution<>(LedgerFlows.class, LaunderingBook.class,
                (tree, settings) -> new LaunderingBook(tree, settings.asOf(), settings.customerCount(),
                        settings.market(), settings.amlBlock(), settings.amlShare(),
                        settings.ledgerMonths())));
    }

    @Override
    public Built build(SeedTree tree, RunSettings settings, Registry registry) {
        Compliance compliance = new Compliance(tree, registry.get(Customers.class), registry.get(Staff.class),
                registry.get(Crm.class), registry.get(Lending.class), registry.get(Insurance.class),
                registry.get(LaunderingBook.class), ComplianceRules.DEFAULT.forMarket(settings.market()));
        return new Built(ComplianceTables.groups(compliance, settings.customerCount()), Map.of());
    }
}
