package io.dhub.generators.employees;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import java.util.Map;
import java.util.Set;

/** Phase 1, HR: departments, training programmes and branch codes (the catalogues), and the staff. */
public final class HrDomain implements Domain {
    @Override
    public String name() {
        return "hr";
    }

    @Override
    public int phase() {
        return 1;
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Catalogs.class, Staff.class);
    }

    @Override
    public Built build(SeedTree tree, RunSettings settings, Registry registry) {
        Catalogs catalogs = new Catalogs(tree, settings.asOf(), settings.market());
        Staff staff = new Staff(tree, settings.employeeCount(), settings.asOf(), catalogs, settings.market(),
                StaffRules.DEFAULT);
        return new Built(StaffTables.groups(staff, catalogs, settings.market()),
                Map.of(Catalogs.class, catalogs, Staff.class, staff));
    }
}
