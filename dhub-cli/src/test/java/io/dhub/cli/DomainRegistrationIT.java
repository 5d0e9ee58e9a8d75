package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.BankPlan;
import io.dhub.generators.Generation;
import io.dhub.generators.api.ProgressListener;
import io.dhub.generators.api.RunSettings;
import io.dhub.generators.api.SeedRequest;
import io.dhub.generators.api.SeedResult;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.connect.RetryPolicy;
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

    /** A sample compliance domain: a paperless consent from each of the first ten customers, given on the web. */
    static final class SampleConsents implements Domain {
        @Override
        public String name() {
            return "sample-consents";
        }

        @Override
        public int phase() {
            return 7;
        }

        @Override
        public Set<Class<?>> needs() {
            return Set.of(Customers.class, Staff.class);
        }

        @Override
        public Built build(SeedTree tree, RunSettings settings, Registry registry) {
            Customers customers = registry.get(Customers.class);
            long n = Math.min(10, customers.count());
            Table consents = Table.of(LogicalDatabase.COMPLIANCE, "consents", "consent_id", "customer_id",
                    "consent_type", "granted", "granted_at", "revoked_at", "channel");
            return new Built(List.of(TableGroup.single(consents, n, (k, out) -> {
                out.number(k).number(customers.customer(k).id()).text("paperless").bool(true)
                        .instant(AS_OF.minusYears(1).atTime(9, 0).atOffset(ZoneOffset.UTC)).nullValue().text("web");
                out.endRow();
            })), Map.of());
        }
    }

    @Test
    void aDomainAddedToTheRegistrationListLoadsInItsOwnPhase() throws Exception {
        // the sample takes the place of the bank's own compliance domain, whose phase and tables it uses
        List<Domain> domains = new ArrayList<>(BankPlan.DOMAINS);
        domains.removeIf(d -> d.name().equals("compliance"));
        domains.add(new SampleConsents());
        RunSettings settings = new RunSettings(RunSettings.DEFAULT_SEED, AS_OF, 0.05, 0, 0, 2, RetryPolicy.DEFAULT);
        SeedResult result;
        try (Databases databases = Databases.open(SERVER.spec(), prefix, 3)) {
            result = Generation.seed(databases, new SeedRequest(settings, false, true, "test"), domains,
                    ProgressListener.NONE);
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), result.phases().stream().map(p -> p.number()).toList());
        assertEquals("sample-consents", result.phases().get(6).name());
        assertEquals(10, count("compliance_db", "consents"));
        Sql sql = new Sql(prefix);
        List<String> known = sql.column("customer_db", "SELECT customer_id::text FROM customer_profiles");
        assertTrue(known.containsAll(sql.column("compliance_db", "SELECT customer_id::text FROM consents")),
                "the consents belong to customers the customers' domain loaded");
        assertEquals("1,2,3,4,5,6,7", sql.text("employees_db", "SELECT phases_completed FROM dhub_runs"));
        assertEquals(60, count("customer_db", "customer_profiles"), "the bank's own domains are as before");
    }
}
