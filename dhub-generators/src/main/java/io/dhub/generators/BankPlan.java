package io.dhub.generators;

import io.dhub.generators.crm.Campaigns;
import io.dhub.generators.crm.Crm;
import io.dhub.generators.crm.CrmTables;
import io.dhub.generators.customers.CustomerTables;
import io.dhub.generators.development.Development;
import io.dhub.generators.development.DevelopmentTables;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Catalogs;
import io.dhub.generators.loans.Lending;
import io.dhub.generators.loans.LoanBook;
import io.dhub.generators.loans.LendingTables;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.employees.StaffTables;
import io.dhub.generators.engine.Phase;
import io.dhub.generators.engine.PhasePlan;
import io.dhub.generators.engine.RunSettings;
import io.dhub.generators.engine.SeedTree;
import java.util.List;

/**
 * The bank's phases. Each phase keeps the domain objects it built, so later phases refer to the
 * staff and customers that were actually loaded, even when an earlier phase ran on a rotated seed.
 * Phases: 1 HR; 2 customers, accounts and transactions; 3 CRM; 4 employee development; 5 loans. The
 * loan book itself belongs to the customers (phase 2's tree), because the ledgers carry its money.
 */
public final class BankPlan implements PhasePlan {
    private final RunSettings settings;
    private Catalogs catalogs;
    private Staff staff;
    private Customers customers;
    private LoanBook loanBook;

    public BankPlan(RunSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Integer> numbers() {
        return List.of(1, 2, 3, 4, 5);
    }

    @Override
    public Phase build(int number, SeedTree tree) {
        return switch (number) {
            case 1 -> {
                catalogs = new Catalogs(tree);
                staff = new Staff(tree, settings.employeeCount(), settings.asOf(), catalogs);
                yield new Phase(1, "hr", StaffTables.tables(tree, staff, catalogs, settings.asOf()));
            }
            case 2 -> {
                loanBook = new LoanBook(tree, settings.asOf());
                customers = new Customers(tree, settings.customerCount(), settings.asOf(), catalogs.branchCodes(),
                        List.of(loanBook));
                yield new Phase(2, "customers", CustomerTables.tables(customers));
            }
            case 3 -> {
                Campaigns campaigns = new Campaigns(tree, settings.asOf());
                Crm crm = new Crm(tree, customers, staff, campaigns);
                yield new Phase(3, "crm", CrmTables.tables(crm, campaigns, settings.customerCount()));
            }
            case 4 -> {
                Development development = new Development(tree, staff, customers, catalogs.programCount(),
                        catalogs.branchCodes(), settings.asOf());
                yield new Phase(4, "development", DevelopmentTables.tables(development, settings.employeeCount(),
                        settings.customerCount()));
            }
            case 5 -> new Phase(5, "loans", LendingTables.tables(new Lending(tree, customers, loanBook, staff,
                    settings.asOf()),
                    settings.customerCount()));
            default -> throw new IllegalArgumentException("no phase " + number);
        };
    }
}
