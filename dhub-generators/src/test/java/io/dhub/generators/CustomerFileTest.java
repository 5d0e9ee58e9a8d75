package io.dhub.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.customers.CustomerFile;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.customers.LedgerFlow;
import io.dhub.generators.customers.LedgerFlows;
import io.dhub.generators.output.postgres.CopyText;
import io.dhub.generators.profiles.ProfileMix;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.connect.RetryPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customer k is built once per phase: every writer of a phase reads the customer's one file, so the
 * customer, their accounts and their profile are drawn once, and their ledgers run at most once, in
 * each phase that writes the customer's rows. Counted over the whole bank, written in memory.
 */
class CustomerFileTest {
    private static final int CUSTOMERS = 240;

    /**
     * A domain of its own that contributes a flow source with no flows: the customers' domain binds it
     * to the run's customers when it builds them, which hands them to the test before phase 2 runs.
     */
    private static final class Spy implements Domain {
        static final class Tap implements LedgerFlows {
            Customers customers;

            @Override
            public List<LedgerFlow> flows(long accountId, CustomerFile file) {
                return List.of();
            }

            @Override
            public void bind(Customers customers) {
                this.customers = customers;
            }
        }

        final Tap tap = new Tap();

        @Override
        public String name() {
            return "spy";
        }

        @Override
        public int phase() {
            return 3;
        }

        @Override
        public List<Contribution<?>> contributions() {
            return List.of(new Contribution<>(LedgerFlows.class, Tap.class, (tree, settings) -> tap));
        }

        @Override
        public Built build(SeedTree tree, RunSettings settings, Registry registry) {
            return new Built(List.of(), Map.of());
        }
    }

    /** The counts per phase (customers drawn, files built, ledgers booked) and the rows of phase 7 by table. */
    private record Run(Map<Integer, long[]> built, long portfolios, Map<String, String> compliance) {
    }

    /** The bank written in memory; without phase 2's rows, phase 7 finds no ledger booked by it. */
    private static Run run(boolean writeCustomers) {
        RunSettings settings = new RunSettings(7, LocalDate.of(2025, 9, 30), 1, CUSTOMERS, 40, 1, RetryPolicy.NONE)
                .withProfiles(ProfileMix.parse("default")).withAmlCases(20);
        Spy spy = new Spy();
        List<Domain> domains = new ArrayList<>(BankPlan.DOMAINS);
        domains.add(spy);
        BankPlan plan = new BankPlan(settings, domains);
        SeedTree tree = new SeedTree(7);
        Map<Integer, long[]> built = new HashMap<>();
        Map<String, String> compliance = new java.util.TreeMap<>();
        long[] before = {0, 0, 0};
        long portfolios = 0;
        for (int number : plan.numbers()) {
            Phase phase = plan.build(number, tree);
            for (TableGroup group : phase.groups()) {
                if (number == 2 && !writeCustomers) {
                    continue;
                }
                Map<Table, CopyText> sinks = new HashMap<>();
                group.tables().forEach(t -> sinks.put(t, new CopyText()));
                group.writer().write(1, group.entities() + 1, sinks::get);
                for (Table t : group.tables()) {
                    String rows = new String(sinks.get(t).bytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (t.name().equals("employee_assignments")) {
                        portfolios = rows.lines().filter(l -> l.contains("\tcustomer_portfolio\t")).count();
                    }
                    if (number == 7) {
                        compliance.put(t.name(), rows);
                    }
                }
            }
            if (spy.tap.customers != null) {
                long[] now = spy.tap.customers.built();
                built.put(number, new long[] {now[0] - before[0], now[1] - before[1], now[2] - before[2]});
                before = now;
            }
        }
        return new Run(built, portfolios, compliance);
    }

    @Test
    void eachPhaseBuildsEachCustomerOnce() {
        Run run = run(true);
        Map<Integer, long[]> built = run.built();
        long portfolios = run.portfolios();
        // phase 2: one file per customer, and the laundering book reads every customer once more, the
        // first time the block is asked for (its cases span the block), never again in the run
        assertEquals(CUSTOMERS, built.get(2)[1], "files built in phase 2");
        assertEquals(CUSTOMERS, built.get(2)[2], "customers whose ledgers phase 2 booked");
        assertEquals(2L * CUSTOMERS, built.get(2)[0], "customers drawn in phase 2");
        assertEquals(CUSTOMERS, built.get(3)[1], "files built in phase 3 (CRM)");
        assertEquals(CUSTOMERS, built.get(3)[0], "customers drawn in phase 3");
        // phase 4 draws only the customers it assigns to an employee's portfolio, and builds no file
        assertEquals(0, built.get(4)[1], "files built in phase 4");
        assertTrue(portfolios > CUSTOMERS / 3, "portfolio assignments written: " + portfolios);
        assertEquals(portfolios, built.get(4)[0], "customers drawn in phase 4: one per portfolio assignment");
        for (int number : List.of(5, 6, 7)) {
            assertEquals(CUSTOMERS, built.get(number)[1], "files built in phase " + number);
            assertEquals(CUSTOMERS, built.get(number)[0], "customers drawn in phase " + number);
        }
        // phase 7 monitors the ledgers phase 2 booked: it books none again
        for (int number : List.of(3, 4, 5, 6, 7)) {
            assertEquals(0, built.get(number)[2], "customers whose ledgers phase " + number + " booked");
        }
    }

    @Test
    void phaseSevenReadsTheLedgersPhaseTwoBookedAsItWouldBookThem() {
        Run seen = run(true);
        Run unseen = run(false);
        assertEquals(CUSTOMERS, unseen.built().get(7)[2], "without phase 2, phase 7 books every customer's ledgers");
        // the laundering cases, their legs, alerts and reports are there to compare
        for (String table : List.of("laundering_case_transactions", "aml_checks", "suspicious_activity_reports")) {
            assertTrue(seen.compliance().get(table).lines().count() > 0, table + " holds rows");
        }
        assertEquals(seen.compliance(), unseen.compliance());
    }
}
