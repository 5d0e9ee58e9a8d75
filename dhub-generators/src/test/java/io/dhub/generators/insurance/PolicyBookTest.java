package io.dhub.generators.insurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The policy book's sourced curves and derived shares, with no database. */
class PolicyBookTest {
    @Test
    void termLifeRatesAreTheSpecsAtItsAgesAndRiseBetweenAndBeyond() {
        assertEquals(1.0, PolicyBook.lifeRatePer1000(30), 1e-9);
        assertEquals(1.6, PolicyBook.lifeRatePer1000(40), 1e-9);
        assertEquals(3.5, PolicyBook.lifeRatePer1000(50), 1e-9);
        assertEquals(8.5, PolicyBook.lifeRatePer1000(60), 1e-9);
        for (int age = 18; age < 70; age++) {
            assertTrue(PolicyBook.lifeRatePer1000(age + 1) > PolicyBook.lifeRatePer1000(age), "age " + age);
        }
        // in logs: halfway from 40 to 50 is the geometric mean
        assertEquals(Math.sqrt(1.6 * 3.5), PolicyBook.lifeRatePer1000(45), 1e-9);
    }

    @Test
    void deathRatesAreTheSsaTablesAndWomenLiveLonger() {
        assertEquals(0.0057, PolicyBook.lifeDeathRate(50, false), 1e-12);
        assertEquals(0.0032, PolicyBook.lifeDeathRate(50, true), 1e-12);
        assertEquals(0.0123, PolicyBook.lifeDeathRate(60, false), 1e-12);
        for (int age = 20; age <= 85; age++) {
            assertTrue(PolicyBook.lifeDeathRate(age, true) < PolicyBook.lifeDeathRate(age, false), "age " + age);
        }
    }

    @Test
    void theShareOfHoldersWhoCanPayFollowsTheCustomersRules() {
        // one account 75%, two 22.5%, three 2.5%; each checking or business checking (55%) and active (94%)
        double one = 0.55 * 0.94;
        double expected = 0.75 * one + 0.225 * (1 - (1 - one) * (1 - one)) + 0.025 * (1 - Math.pow(1 - one, 3));
        assertEquals(expected, PolicyBook.PAYING, 1e-12);
        assertTrue(PolicyBook.PAYING > 0.5 && PolicyBook.PAYING < 0.7);
    }

    @Test
    void theRulesMixesAreTheSpecs() {
        InsuranceRules r = InsuranceRules.DEFAULT;
        assertEquals(0.28, r.line().share(Line.AUTO), 1e-9);
        assertEquals(0.08, r.line().share(Line.DISABILITY), 1e-9);
        // 40/30/10/10 of all policies, travel's 10% single premiums aside
        assertEquals(0.40 / 0.90, r.frequency().share("monthly"), 1e-9);
        assertEquals(4.54, r.claimRates().get("collision").per100(), 1e-9);
        double home = r.claimRates().get("dwelling").per100() + r.claimRates().get("personal_property").per100()
                + r.claimRates().get("other_structures").per100() + r.claimRates().get("liability").per100();
        assertEquals(5.66, home, 1e-9);
    }
}
