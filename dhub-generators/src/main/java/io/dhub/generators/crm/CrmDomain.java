package io.dhub.generators.crm;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import java.util.Map;
import java.util.Set;

/** Phase 3, CRM: interactions, surveys, complaints, campaigns and their responses. */
public final class CrmDomain implements Domain {
    @Override
    public String name() {
        return "crm";
    }

    @Override
    public int phase() {
        return 3;
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Crm.class);
    }

    @Override
    public Set<Class<?>> needs() {
        return Set.of(Customers.class, Staff.class);
    }

    @Override
    public Built build(SeedTree tree, RunSettings settings, Registry registry) {
        Campaigns campaigns = new Campaigns(tree, settings.asOf());
        Crm crm = new Crm(tree, registry.get(Customers.class), registry.get(Staff.class), campaigns,
                CrmRules.DEFAULT);
        return new Built(CrmTables.groups(crm, campaigns, settings.customerCount()), Map.of(Crm.class, crm));
    }
}
