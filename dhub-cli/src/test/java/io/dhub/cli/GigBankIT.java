package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.testing.TestServer;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The gig-worker seed's bank ({@code seed all --market in --customers 100 --earners gig --profiles
 * default}, 24 months): every customer a gig worker paid by the platforms of their work, by SQL
 * written here; {@code seed verify} passes it and says which checks of the specification's mix of
 * customers it does not judge; a planted fault fails the gig bank's own check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GigBankIT {
    final String prefix = TestServer.newPrefix();
    final Sql sql = new Sql(prefix);
    CliRun seeded;
    private Databases databases;

    /** India's gig work, as its occupations name it. */
    static final String GIG_WORK = "('Food delivery partner', 'Quick-commerce delivery partner', 'Parcel delivery "
            + "partner', 'Ride-hailing driver', 'Bike-taxi captain', 'App auto-rickshaw driver', 'Goods vehicle driver', "
            + "'Home-service professional', 'Freelance developer', 'Web developer', 'Mobile app developer', 'Data "
            + "analyst', 'Graphic designer', 'UI/UX designer', 'Video editor', 'Photographer', 'Content writer', "
            + "'Translator', 'Voice artist', 'Social media manager', 'Digital marketer', 'Consultant', 'Tutor')";

    @BeforeAll
    void seedOnce() throws SQLException {
        seeded = CliRun.run(TestServer.get().env(prefix), "seed", "all", "--market", "in", "--customers", "100",
                "--earners", "gig", "--profiles", "default", "--as-of", IndiaIT.AS_OF);
        assertEquals(0, seeded.exit(), seeded::toString);
        databases = Databases.open(TestServer.get().spec(), prefix, 4);
    }

    @AfterAll
    void drop() throws SQLException {
        databases.close();
        TestServer.get().dropDatabases(prefix);
    }

    @Test
    void everyCustomerIsAGigWorkerPaidByTheirPlatforms() throws SQLException {
        assertTrue(seeded.err().contains("--profiles default --market in --earners gig"), seeded::toString);
        assertEquals(100, sql.number("customer_db", "SELECT count(*) FROM customer_profiles WHERE segment = 'retail' "
                + "AND occupation IN " + GIG_WORK));
        // half of gig workers are 27 or younger (Gig Pulse): within 3 standard deviations of 50 of 100
        long young = sql.number("customer_db", "SELECT count(*) FROM customer_profiles WHERE age(DATE '"
                + IndiaIT.AS_OF + "', date_of_birth) < interval '28 years'");
        assertTrue(young >= 35 && young <= 65, "gig workers under 28: " + young);
        // each holds an active savings account (India's everyday account), the main one of their profile, paid
        // into by platforms only
        assertEquals(100, sql.number("accounts_db", "SELECT count(DISTINCT customer_id) FROM accounts WHERE "
                + "account_type = 'savings' AND status = 'active'"));
        assertEquals(100, sql.number("accounts_db", "SELECT count(*) FROM customer_behaviour WHERE occupation_class = "
                + "'gig'"));
        assertEquals(100, sql.number("accounts_db", "SELECT count(DISTINCT a.customer_id) FROM transactions t JOIN "
                + "accounts a USING (account_id) JOIN counterparties c ON c.counterparty_id = t.counterparty_id WHERE "
                + "c.kind = 'platform' AND t.transaction_type = 'deposit'"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM counterparties WHERE kind = 'employer'"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE transaction_type = 'salary'"));
        // two years of a working life: hundreds of transactions each, most of them spending
        long transactions = sql.number("accounts_db", "SELECT count(*) FROM transactions");
        assertTrue(transactions >= 30_000, "transactions: " + transactions);
    }

    @Test
    void verifyPassesAndSaysWhatItDoesNotJudge() {
        CliRun run = CliRun.run(TestServer.get().env(prefix), "seed", "verify", "--json");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("\"checks_failed\":0,"), run::toString);
        // the nine checks of the specification's mix of customers: segments, ages, holders and accounts, loans,
        // insurance, risk ratings, income by age
        assertTrue(run.out().contains("\"checks_not_judged\":9"), run::toString);
        assertTrue(run.out().contains("\"measured\":\"0 of 100 customers of a gig bank break it\""), run::toString);
        assertTrue(run.out().matches("(?s).*\"check\":\"dist\\.segments\".{0,200}\"verdict\":\"not judged\".*"),
                run::toString);
        CliRun text = CliRun.run(TestServer.get().env(prefix), "seed", "verify");
        assertTrue(text.out().contains("9 not judged (a gig bank's customers are not "
                + "the specification's mix)"), text::toString);
    }

    @Test
    void aBankOfEveryKindIsRefusedAGigBankOutsideIndia() {
        String other = TestServer.newPrefix();
        CliRun us = CliRun.run(TestServer.get().env(other), "seed", "all", "--customers", "10", "--earners", "gig");
        assertEquals(2, us.exit(), us::toString);
        assertTrue(us.err().contains("--earners gig needs a market whose gig workers do gig work (--market in)"),
                us::toString);
        CliRun typo = CliRun.run(TestServer.get().env(other), "seed", "all", "--market", "in", "--earners", "gigs");
        assertEquals(2, typo.exit(), typo::toString);
        assertTrue(typo.err().contains("--earners must be all or gig, not 'gigs'"), typo::toString);
    }

    /** A gig bank's customer made a farmer fails the gig bank's check, and the platforms' (a farmer paid by apps). */
    @Test
    void aCustomerOutsideGigWorkFailsTheGigBanksCheck() throws SQLException {
        assertEquals(Set.of("realism.gig_bank", "realism.gig_work"), failedWith(LogicalDatabase.CUSTOMER,
                "UPDATE customer_profiles SET occupation = 'Farmer' WHERE customer_id = 20"));
        // a freelancer paid in lumps made a delivery partner: the apps pay weekly, never in lumps, and a
        // delivery app does not pay for freelance work
        assertEquals(Set.of("profile.assignment", "realism.gig_work"), failedWith(LogicalDatabase.CUSTOMER,
                "UPDATE customer_profiles SET occupation = 'Food delivery partner' WHERE customer_id = 3"));
    }

    private Set<String> failedWith(LogicalDatabase db, String statement) throws SQLException {
        IndiaIT.Planted planted = IndiaIT.plant(databases, prefix, db, statement);
        assertEquals(1, planted.rows(), statement);
        return planted.ids();
    }
}
