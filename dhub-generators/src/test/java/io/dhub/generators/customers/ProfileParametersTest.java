package io.dhub.generators.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.profiles.Profile;
import io.dhub.generators.spi.SeedTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The profiles' parameters are data (profile-parameters.csv): the file is checked when read, and a
 * drawn life's parameters hold the ranges docs/profiles.md gives, computed here from the draws.
 */
class ProfileParametersTest {
    @Test
    void drawsStayInTheDocumentedRanges() {
        SeedTree tree = new SeedTree(7);
        for (int i = 0; i < 2_000; i++) {
            ProfileParameters.Drawn balanced = ProfileParameters.draw(Profile.BALANCED, tree.stream("b", i));
            between(-0.05, 0.15, balanced.get("growth"), "balanced growth");
            between(0.75, 0.95, balanced.get("spend"), "balanced spend");
            between(40, 60, balanced.whole("purchases"), "balanced purchases");
            between(0, 3, balanced.whole("subscriptions"), "balanced subscriptions");
            assertEquals(0.15, balanced.get("sigma"));
            ProfileParameters.Drawn debt = ProfileParameters.draw(Profile.HIGH_DEBT, tree.stream("d", i));
            between(2, 4, debt.whole("lenders"), "high_debt lenders");
            between(0.48, 0.65, debt.get("emi_share"), "high_debt debt share");
            between(0.30, 0.45, debt.get("spend"), "high_debt spend");
            ProfileParameters.Drawn growing = ProfileParameters.draw(Profile.GROWING, tree.stream("g", i));
            assertEquals(Math.sqrt(1.5 * 2) - 1, growing.get("growth"), 0, "growing: +73% a year, √(1.5·2) − 1");
            ProfileParameters.Drawn saver = ProfileParameters.draw(Profile.SAVINGS_BUILDER, tree.stream("s", i));
            between(300, 1_500, saver.whole("savings_transfer"), "savings transfer");
        }
        for (Profile p : Profile.values()) {
            boolean uncapped = ProfileParameters.draw(p, new SeedTree(1).stream("u", 0)).on("uncapped");
            assertEquals(p == Profile.OVERSPENDER || p == Profile.HIGH_BOUNCE || p == Profile.VARIABLE_INCOME,
                    uncapped, p + ": the profiles that scope the seed rules out");
        }
    }

    @Test
    void aBadFileIsRefusedWhenRead() {
        String header = "profile,parameter,draw,low,high";
        assertEquals(Profile.values().length, ProfileParameters.parse(List.of(header,
                "default,growth,uniform,0,1")).size());
        for (String bad : List.of("default,grwth,uniform,0,1", "nobody,growth,fixed,0,", "default,growth,normal,0,1",
                "default,growth,uniform,1,0", "default,lenders,between,1.5,3", "default,growth,uniform,0")) {
            assertThrows(RuntimeException.class, () -> ProfileParameters.parse(List.of(header, bad)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> ProfileParameters.draw(Profile.BALANCED,
                new SeedTree(1).stream("x", 0)).get("no_such_parameter"));
    }

    private static void between(double low, double high, double value, String what) {
        assertTrue(value >= low && value <= high, what + " " + value + " outside " + low + "-" + high);
    }
}
