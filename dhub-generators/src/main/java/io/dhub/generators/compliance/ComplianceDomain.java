package io.dhub.generators.compliance;

import io.dhub.generators.crm.Crm;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.engine.Domain;
import io.dhub.generators.engine.Registry;
import io.dhub.generators.engine.RunSettings;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.insurance.Insurance;
import io.dhub.generators.loans.Lending;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phase 7, compliance: due diligence, screening, consents and the audit trail, read from what phases
 * 1-6 built for each customer (staff, CRM contacts and campaign responses, loan decisions, policies
 * and claims).
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
        return Set.of(Customers.class, Staff.class, Crm.class, Lending.class, Insurance.class);
    }

    @Override
    public Built build(SeedTree tree, RunSettings settings, Registry registry) {
        Compliance compliance = new Compliance(tree, registry.get(Customers.class), registry.get(Staff.class),
                registry.get(Crm.class), registry.get(Lending.class), registry.get(Insurance.class),
                ComplianceRules.DEFAULT);
        return new Built(ComplianceTables.groups(compliance, settings.customerCount()), Map.of());
    }
}
