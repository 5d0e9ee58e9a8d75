package io.dhub.generators.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.DhubException;
import org.junit.jupiter.api.Test;

class ProfileMixTest {
    @Test
    void noneGivesNoProfile() {
        ProfileMix none = ProfileMix.parse("none");
        assertFalse(none.on());
        assertNull(none.draw(Profile.Earner.RETAIL, 0.5, p -> true));
        assertFalse(ProfileMix.parse(null).on());
    }

    @Test
    void defaultWeightsAreTheSpecificationsPerClass() {
        ProfileMix mix = ProfileMix.parse("default");
        assertEquals(0.35, mix.share(Profile.Earner.RETAIL, Profile.BALANCED), 1e-12);
        assertEquals(0.12, mix.share(Profile.Earner.RETAIL, Profile.HIGH_UTILIZATION), 1e-12);
        assertEquals(0.05, mix.share(Profile.Earner.BUSINESS, Profile.CUSTOMER_CONCENTRATION), 1e-12);
        assertEquals(0, mix.share(Profile.Earner.RETAIL, Profile.SEASONAL));
        for (Profile.Earner e : Profile.Earner.values()) {
            double total = 0;
            for (Profile p : Profile.values()) {
                total += mix.share(e, p);
                assertTrue(mix.share(e, p) == 0 || p.appliesTo(e), p + " weighed for " + e);
            }
            assertEquals(1, total, 1e-9, e.key());
        }
    }

    @Test
    void stressWeighsEveryProfileThatAppliesEqually() {
        ProfileMix mix = ProfileMix.parse("stress");
        assertEquals(1 / 8.0, mix.share(Profile.Earner.BUSINESS, Profile.SEASONAL), 1e-12);
        assertEquals(1 / 9.0, mix.share(Profile.Earner.RETAIL, Profile.OVERSPENDER), 1e-12);
        assertEquals(0, mix.share(Profile.Earner.GIG, Profile.HIGH_UTILIZATION));
    }

    @Test
    void namedWeightsApplyToEveryClassTheyFitOrToTheOneNamed() {
        ProfileMix mix = ProfileMix.parse("balanced=3, seasonal=1, business:balanced=0");
        assertEquals(1, mix.share(Profile.Earner.RETAIL, Profile.BALANCED), 1e-12);
        assertEquals(1, mix.share(Profile.Earner.BUSINESS, Profile.SEASONAL), 1e-12);
        assertEquals(0.75, mix.share(Profile.Earner.GIG, Profile.BALANCED), 1e-12);
        assertEquals("balanced=3,seasonal=1,business:balanced=0", mix.spec());
    }

    @Test
    void drawsFollowTheWeightsAndSkipWhatACustomerCannotTake() {
        ProfileMix mix = ProfileMix.parse("balanced=1,savings_builder=1");
        assertEquals(Profile.BALANCED, mix.draw(Profile.Earner.RETAIL, 0.49, p -> true));
        assertEquals(Profile.SAVINGS_BUILDER, mix.draw(Profile.Earner.RETAIL, 0.51, p -> true));
        assertEquals(Profile.BALANCED, mix.draw(Profile.Earner.RETAIL, 0.99, p -> p != Profile.SAVINGS_BUILDER));
    }

    @Test
    void aProfileIsAssignedByHandOnlyWhenProfilesAreOnAndCanBeTakenBack() {
        ProfileMix mix = ProfileMix.parse("default").withAssigned(57, Profile.OVERSPENDER);
        assertEquals(Profile.OVERSPENDER, mix.assigned(57));
        assertNull(mix.assigned(58), "other customers draw their own");
        assertNull(mix.withAssigned(57, null).assigned(57), "taken back, the customer draws again");
        assertEquals("default", mix.spec(), "the mix itself is unchanged");
        DhubException e = assertThrows(DhubException.class, () -> ProfileMix.NONE.withAssigned(57, Profile.BALANCED));
        assertTrue(e.getMessage().contains("seeded without profiles"), e.getMessage());
        assertEquals(2, e.code().exitCode());
    }

    @Test
    void badValuesAreUsageErrorsThatSayWhatToDo() {
        assertUsage("sometimes", "is not none, default, stress or NAME=WEIGHT");
        assertUsage("frugal=1", "no profile 'frugal'");
        assertUsage("retail:seasonal=1", "seasonal cannot apply to retail customers; it applies to business and gig");
        assertUsage("family:balanced=1", "'family' is not a class of earner");
        assertUsage("balanced=x", "the weight of balanced must be a number, not 'x'");
        assertUsage("balanced=-2", "must be 0 or more");
        assertUsage("balanced=0", "every weight is 0");
        assertUsage("gig:high_utilization=1", "high_utilization cannot apply to gig customers; it applies to retail");
    }

    private static void assertUsage(String value, String message) {
        DhubException e = assertThrows(DhubException.class, () -> ProfileMix.parse(value));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(2, e.code().exitCode(), value);
    }
}
