package io.dhub.generators.market.india;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Money the Indian way: lakh and crore grouping, and the short forms. */
class IndianMoneyTest {
    @Test
    void groupsThreeThenTwo() {
        assertEquals("₹0.00", IndianMoney.format(0));
        assertEquals("₹999.05", IndianMoney.format(99_905));
        assertEquals("₹1,000.00", IndianMoney.format(100_000));
        assertEquals("₹12,34,567.89", IndianMoney.format(123_456_789));
        assertEquals("₹1,00,00,000.00", IndianMoney.format(1_000_000_000L));
        assertEquals("₹12,34,56,78,901.00", IndianMoney.format(1_234_567_890_100L));
        assertEquals("-₹12,345.60", IndianMoney.format(-1_234_560));
    }

    @Test
    void briefInLakhAndCrore() {
        assertEquals("₹85,000", IndianMoney.brief(8_500_000));
        assertEquals("₹1 L", IndianMoney.brief(10_000_000));
        assertEquals("₹12.3 L", IndianMoney.brief(123_456_789));
        assertEquals("₹99.9 L", IndianMoney.brief(999_000_000));
        assertEquals("₹1 Cr", IndianMoney.brief(1_000_000_000L));
        assertEquals("₹4.5 Cr", IndianMoney.brief(4_500_000_000L));
        assertEquals("-₹2.5 L", IndianMoney.brief(-25_000_000));
        assertEquals("₹1,000", IndianMoney.brief(99_950));
    }
}
