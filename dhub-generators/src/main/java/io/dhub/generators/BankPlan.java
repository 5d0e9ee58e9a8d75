package io.dhub.generators;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.compliance.ComplianceDomain;
import io.dhub.generators.crm.CrmDomain;
import io.dhub.generators.customers.CustomersDomain;
import io.dhub.generators.development.DevelopmentDomain;
import io.dhub.generators.employees.HrDomain;
import io.dhub.generators.insurance.InsuranceDomain;
import io.dhub.generators.loans.LendingDomain;
import io.dhub.generators.run.DomainPlan;
import io.dhub.generators.run.PhasePlan;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.SeedTree;
import java.util.List;

/**
 * The bank: the registration point of its domains. Adding a domain is one package and one line in
 * {@link #DOMAINS}; the run order follows from each domain's phase and declared needs. Phases: 1 HR;
 * 2 customers, accounts and transactions; 3 CRM; 4 employee development; 5 loans; 6 insurance; 7 compliance.
 */
public final class BankPlan implements PhasePlan {
    /** Every domain of the bank, in registration order. */
    public static final List<Domain> DOMAINS = List.of(
            new HrDomain(),
            new CustomersDomain(),
            new CrmDomain(),
            new DevelopmentDomain(),
            new LendingDomain(),
            new InsuranceDomain(),
            new ComplianceDomain());

    private final DomainPlan plan;

    public BankPlan(RunSettings settings) {
        this(settings, DOMAINS);
    }

    /** A bank of other domains (tests add one through here). */
    public BankPlan(RunSettings settings, List<Domain> domains) {
        this.plan = new DomainPlan(settings, domains);
    }

    @Override
    public List<Integer> numbers() {
        return plan.numbers();
    }

    @Override
    public Phase build(int number, SeedTree tree) {
        return plan.build(number, tree);
    }
}
