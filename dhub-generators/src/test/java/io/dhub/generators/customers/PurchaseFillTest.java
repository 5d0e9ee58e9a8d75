package io.dhub.generators.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.market.Merchant;
import org.junit.jupiter.api.Test;

/** A profiled month's purchases scaled to its spending: to the target, none beyond its category's ceiling. */
class PurchaseFillTest {
    private static final Merchant COFFEE = new Merchant("restaurants", "coffee_shop", "5814", "in_person",
            Math.log(7), 0.5, new String[] {"Cafe"});
    private static final Merchant FURNITURE = new Merchant("retail", "furniture", "5712", "in_person",
            Math.log(400), 1.0, new String[] {"Store"});

    @Test
    void theAmountsReachTheTargetWithNoneAboveItsCeiling() {
        long[] wanted = {700, 800, 40_000};
        Merchant[] merchants = {COFFEE, COFFEE, FURNITURE};
        long[] cents = LifeLedger.fill(wanted, merchants, 300_000);
        long coffeeCeiling = LifeLedger.ceiling(COFFEE);
        assertTrue(coffeeCeiling < 700 * 10, "a coffee's ceiling: " + coffeeCeiling);
        assertEquals(coffeeCeiling, cents[0], "the coffee stops at its ceiling");
        assertEquals(coffeeCeiling, cents[1]);
        long sum = cents[0] + cents[1] + cents[2];
        assertTrue(Math.abs(sum - 300_000) <= 2, "the month's spending: " + sum);
        assertTrue(cents[2] <= LifeLedger.ceiling(FURNITURE));
    }

    @Test
    void aSmallerTargetScalesEveryPurchaseDownAlike() {
        long[] cents = LifeLedger.fill(new long[] {1_000, 3_000}, new Merchant[] {COFFEE, FURNITURE}, 2_000);
        assertEquals(500, cents[0]);
        assertEquals(1_500, cents[1]);
    }

    @Test
    void whenEveryPurchaseIsAtItsCeilingTheMonthSpendsLess() {
        long[] cents = LifeLedger.fill(new long[] {700}, new Merchant[] {COFFEE}, 1_000_000);
        assertEquals(LifeLedger.ceiling(COFFEE), cents[0]);
    }
}
