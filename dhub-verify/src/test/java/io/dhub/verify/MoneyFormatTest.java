package io.dhub.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Money as {@code customer explain} and {@code seed verify} print it: dollars grouped by thousands,
 * rupees by lakh and crore (the last three digits, then pairs), and a profile's range of money in the
 * market's unit at its price level.
 */
class MoneyFormatTest {
    @Test
    void rupeesAreGroupedInLakhAndCrore() {
        assertEquals("₹12,34,567.89", ProfileMetrics.format("₹", 1_234_567.891));
        assertEquals("₹1,00,00,000.00", ProfileMetrics.format("₹", 10_000_000));
        assertEquals("₹999.00", ProfileMetrics.format("₹", 999));
        assertEquals("₹1,000.00", ProfileMetrics.format("₹", 1_000));
        assertEquals("-₹1,00,000.50", ProfileMetrics.format("₹", -100_000.5));
        assertEquals("$1,234,567.89", ProfileMetrics.format("$", 1_234_567.89));
    }

    @Test
    void aRangeOfMoneyIsShownInTheMarketsUnitAtItsPriceLevel() {
        ProfileMetrics.Range range = ProfileMetrics.Range.between(100, 400);
        assertEquals("$100.00 to $400.00", range.describe("$", 1));
        assertEquals("₹1,000.00 to ₹4,000.00", range.describe("₹", 10));
        assertEquals("10.0% to 40.0%", ProfileMetrics.Range.between(0.1, 0.4).describe("%", 10), "shares do not scale");
    }
}
