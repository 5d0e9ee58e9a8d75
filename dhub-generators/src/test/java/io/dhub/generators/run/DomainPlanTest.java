package io.dhub.generators.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.BankPlan;
import io.dhub.generators.api.RunSettings;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import io.dhub.schema.connect.RetryPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The run order follows from the domains' declarations, without a database. */
class DomainPlanTest {
    private static final RunSettings SETTINGS = new RunSettings(1, LocalDate.of(2026, 11, 1), 0.05, 0, 0, 1,
            RetryPolicy.DEFAULT);

    record A() {
    }

    record B() {
    }

    /** A domain that records when it was built. */
    private record Stub(String name, int phase, Set<Class<?>> needs, Set<Class<?>> provides, List<String> log)
            implements Domain {
        @Override
        public Built build(SeedTree tree, RunSettings settings, Registry registry) {
            needs.forEach(registry::get);
            log.add(name);
            return new Built(List.of(), provides.contains(A.class) ? Map.of(A.class, new A())
                    : provides.contains(B.class) ? Map.of(B.class, new B()) : Map.of());
        }
    }

    @Test
    void withinAPhaseNeedsComeFirstWhateverTheRegistrationOrder() {
        List<String> log = new ArrayList<>();
        Domain late = new Stub("late", 2, Set.of(B.class), Set.of(), log);
        Domain needsA = new Stub("needs-a", 2, Set.of(A.class), Set.of(B.class), log);
        Domain first = new Stub("first", 1, Set.of(), Set.of(A.class), log);
        DomainPlan plan = new DomainPlan(SETTINGS, List.of(late, needsA, first));
        assertEquals(List.of(1, 2), plan.numbers());
        assertEquals("first", plan.build(1, new SeedTree(1)).name());
        assertEquals("needs-a+late", plan.build(2, new SeedTree(1)).name());
        assertEquals(List.of("first", "needs-a", "late"), log);
    }

    @Test
    void anUnmetNeedOrADuplicateNameIsRefused() {
        IllegalStateException unmet = assertThrows(IllegalStateException.class, () -> new DomainPlan(SETTINGS,
                List.of(new Stub("lonely", 1, Set.of(B.class), Set.of(), new ArrayList<>()))));
        assertTrue(unmet.getMessage().contains("lonely needs B"), unmet.getMessage());
        Domain a = new Stub("same", 1, Set.of(), Set.of(), new ArrayList<>());
        assertThrows(IllegalStateException.class, () -> new DomainPlan(SETTINGS, List.of(a, a)));
        IllegalStateException later = assertThrows(IllegalStateException.class, () -> new DomainPlan(SETTINGS, List.of(
                new Stub("early", 1, Set.of(A.class), Set.of(), new ArrayList<>()),
                new Stub("provider", 2, Set.of(), Set.of(A.class), new ArrayList<>()))));
        assertTrue(later.getMessage().contains("early needs A"), "a need is met only by an earlier phase");
    }

    @Test
    void theBanksDomainsRunInTheSpecificationsPhases() {
        DomainPlan plan = new DomainPlan(SETTINGS, BankPlan.DOMAINS);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), plan.numbers());
        assertEquals(List.of("hr", "customers", "crm", "development", "loans", "insurance", "compliance"),
                plan.domains().stream().map(Domain::name).toList());
        Registry registry = new Registry(BankPlan.DOMAINS);
        assertEquals(3, registry.contributions(io.dhub.generators.customers.LedgerFlows.class).size(),
                "the loan book, the policy book and the laundering book are the flow sources today");
        assertSame(plan.domains().get(0), BankPlan.DOMAINS.get(0));
    }
}
