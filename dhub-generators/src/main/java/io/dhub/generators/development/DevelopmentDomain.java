package io.dhub.generators.development;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Catalogs;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import java.util.Map;
import java.util.Set;

/** Phase 4, employee development: training enrolments, performance reviews, assignments. */
public final class DevelopmentDomain implements Domain {
    @Override
    public String name() {
        return "development";
    }

    @Override
    public int phase() {
        return 4;
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Development.class);
    }

    @Override
    public Set<Class<?>> needs() {
        return Set.of(Staff.class, Customers.class, Catalogs.class);
    }

    @Override
    public Built build(SeedTree tree, RunSettings settings, Registry registry) {
        Catalogs catalogs = registry.get(Catalogs.class);
        Development development = new Development(tree, registry.get(Staff.class), registry.get(Customers.class),
                catalogs.programCount(), catalogs.branchCodes(), settings.asOf(), DevelopmentRules.DEFAULT);
        return new Built(DevelopmentTables.groups(development, settings.employeeCount(), settings.customerCount()),
                Map.of(Development.class, development));
    }
}
