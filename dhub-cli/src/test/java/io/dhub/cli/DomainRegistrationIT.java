package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.BankPlan;
import io.dhub.generators.Generation;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.engine.Domain;
import io.dhub.generators.engine.ProgressListener;
import io.dhub.generators.engine.Registry;
import io.dhub.generators.engine.RunSettings;
import io.dhub.generators.engine.SeedResult;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.rows.Table;
import io.dhub.generators.rows.TableGroup;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.connect.RetryPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A new domain joins the bank through the registration point alone: one class here, added to the
 * list of domains, with no change anywhere else. It reads what earlier domains built from the
 * registry and loads its table in a phase of its own.
 */
class DomainRegistrationIT extends DatabaseTestBase {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** A sample insurance domain: one life policy for each of the first ten customers, sold by employee 1. */
    static final class SamplePolicies implements Domain {
        @Override
        public String name() {
            return "sample-policies";
        }

        @Override
        public int phase() {
            return 6;
        }

        @Override
        public Set<Class<?>> needs() {
            return Set.of(Customers.class, Staff.class);
        }

        @Override
        public Built build(SeedTree tree, RunSettings settings, Registry registry) {
            Customers customers = registry.get(Customers.class);
            long agent = registry.get(Staff.class).employee(1).id();
            long n = Math.min(10, customers.count());
            Table policies = Table.of(LogicalDatabase.INSURANCE, "policies", "policy_id", "policy_number",
                    "customer_id", "policy_type", "status", "start_date", "end_date", "premium_amount",
                    "premium_frequency", "sum_insured", "agent_id", "account_id", "issued_at");
            return new Built(List.of(TableGroup.single(policies, n, (k, out) -> {
                out.number(k).text("SP-" + k).number(customers.customer(k).id()).text("life").text("active")
                        .date(AS_OF.minusYears(1)).date(AS_OF.plusYears(9)).decimal(new BigDecimal("25.00"))
                        .text("monthly").decimal(new BigDecimal("100000.00")).number(agent).nullValue()
                        .instant(AS_OF.minusYears(1).atTime(9, 0).atOffset(ZoneOffset.UTC));
                out.endRow();
            })), Map.of());
        }
    }

    @Test
    void aDomainAddedToTheRegistrationListLoadsInItsOwnPhase() throws Exception {
        List<Domain> domains = new ArrayList<>(BankPlan.DOMAINS);
        domains.add(new SamplePolicies());
        RunSettings settings = new RunSettings(RunSettings.DEFAULT_SEED, AS_OF, 0.05, 0, 0, 2, RetryPolicy.DEFAULT);
        SeedResult result;
        try (Databases databases = Databases.open(SERVER.spec(), prefix, 3)) {
            result = Generation.seed(databases, new Generation.SeedRequest(settings, false, true, "test", domains),
                    ProgressListener.NONE);
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6), result.phases().stream().map(p -> p.number()).toList());
        assertEquals("sample-policies", result.phases().get(5).name());
        assertEquals(10, count("insurance_db", "policies"));
        Sql sql = new Sql(prefix);
        List<String> known = sql.column("customer_db", "SELECT customer_id::text FROM customer_profiles");
        assertTrue(known.containsAll(sql.column("insurance_db", "SELECT customer_id::text FROM policies")),
                "the policies belong to customers the customers' domain loaded");
        assertEquals("1,2,3,4,5,6", sql.text("employees_db", "SELECT phases_completed FROM dhub_runs"));
        assertEquals(60, count("customer_db", "customer_profiles"), "the bank's own domains are as before");
    }
}
