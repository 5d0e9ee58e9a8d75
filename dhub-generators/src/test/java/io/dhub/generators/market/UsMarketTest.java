package io.dhub.generators.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.ids.IdSpace;
import io.dhub.generators.ids.UniqueValues;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The US market's formats, with no database: phone numbers and tax ids are distinct over a million
 * customers and their staff and have the North American and ITIN shapes (checked by independent
 * patterns), and the formats refuse an index beyond the id space's sizes.
 */
class UsMarketTest {
    private static final int MILLION = 1_000_000;
    private static final Pattern PHONE = Pattern.compile("\\(\\d{3}\\) [2-9]\\d{2}-\\d{4}");
    private static final Pattern TAX_ID = Pattern.compile("9\\d{2}-(7\\d|8[0-8])-\\d{4}");
    private static final Market US = UsMarket.INSTANCE;

    @Test
    void phoneNumbersOfAMillionCustomersAndTheirStaffAreDistinctAndWellFormed() {
        Set<String> seen = new HashSet<>(2 * MILLION);
        String[] areas = {"212", "718", "307", "907", "415"};
        for (long k = 1; k <= MILLION; k++) {
            // customers in a few area codes, so that local numbers are what must differ
            String phone = US.phone(k, areas[(int) (k % areas.length)]);
            assertTrue(seen.add(phone), "duplicate " + phone);
            if (k % 1000 == 0) {
                assertTrue(PHONE.matcher(phone).matches(), phone);
            }
        }
        for (long e = 1; e <= 125_000; e++) {
            assertTrue(seen.add(US.phone(UniqueValues.EMPLOYEE_PHONE_BASE + e)), "employee " + e);
            assertTrue(seen.add(US.phone(IdSpace.GUARANTOR_PHONE_BASE + e)), "guarantor " + e);
        }
        long last = IdSpace.MAX_CUSTOMERS;
        assertTrue(PHONE.matcher(US.phone(last, "212")).matches(), "the largest run's last customer");
        assertEquals(US.phone(last, "212"), US.phone(last, "907"), "beyond 7 million, one non-geographic code");
    }

    @Test
    void taxIdsAreDistinctAndNeverShapedLikeARealSsn() {
        BitSet seen = new BitSet(1_000_000_000);
        for (long k = 1; k <= MILLION; k++) {
            String id = US.taxId(k);
            int asNumber = Integer.parseInt(id.replace("-", ""));
            assertTrue(!seen.get(asNumber), "duplicate " + id);
            seen.set(asNumber);
            if (k % 997 == 0) {
                assertTrue(TAX_ID.matcher(id).matches(), id);
            }
        }
    }

    @Test
    void theFormatsCoverTheIdSpaceAndNoMore() {
        assertEquals(IdSpace.PHONE_SPACE, UsMarket.PHONE_SPACE);
        assertEquals(IdSpace.TAX_SPACE, UsMarket.TAX_SPACE);
        assertTrue(PHONE.matcher(US.phone(IdSpace.PHONE_SPACE - 1)).matches());
        assertTrue(IdSpace.MAX_CUSTOMERS < UsMarket.CUSTOMER_PHONES, "customers' phones cover the largest run");
        assertThrows(IllegalArgumentException.class, () -> US.phone(5));
        assertThrows(IllegalArgumentException.class, () -> US.phone(IdSpace.PHONE_SPACE));
        assertThrows(IllegalArgumentException.class, () -> US.taxId(IdSpace.TAX_SPACE));
    }

    @Test
    void theUsFactsAreTheSpecificationsOnes() {
        assertEquals("US", US.country());
        assertEquals("USD", US.currency());
        assertEquals(Locale.US, US.locale());
        assertEquals(1_000, US.salaryMin());
        assertEquals(8_000, US.salaryMax());
        assertEquals(1.0, US.priceLevel());
    }

    /**
     * Money in texts reads as Java's own "$%,.2f" writes it (rounded half up from the shortest decimal),
     * over the amounts the CRM notes draw (log-uniform $5-5,000, and fees in quarters) and the edges
     * where rounding carries into a new group of thousands.
     */
    @Test
    void moneyReadsAsTheFormatterWritesIt() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        java.util.List<Double> amounts = new java.util.ArrayList<>(java.util.List.of(0.0, 0.005, 0.015, 1.005, 2.675,
                999.995, 999.994999, 9_999.995, 999_999.995, 1_234_567.891, 5.0, 12.25, 1e9 + 0.125));
        for (int i = 0; i < 200_000; i++) {
            amounts.add(Math.exp(Math.log(5) + r.nextDouble() * (Math.log(5_000) - Math.log(5))));
            amounts.add(5 + r.nextInt(41) + r.nextInt(4) * 0.25);
            amounts.add(r.nextInt(100_000_000) / 100.0 + r.nextInt(1000) / 100_000.0);
        }
        for (double x : amounts) {
            assertEquals(String.format(java.util.Locale.ROOT, "$%,.2f", x), UsMarket.INSTANCE.money(x), "amount " + x);
        }
        assertEquals("-$1,234.50", UsMarket.INSTANCE.money(-1_234.5));
    }

    /**
     * Amounts in cents (a report's incomes and alert amounts) read as the JDK's US currency format
     * writes them, up to $100 billion.
     */
    @Test
    void moneyInCentsReadsAsTheUsCurrencyFormatWritesIt() {
        java.text.NumberFormat us = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US);
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            long cents = i < 1_000 ? i : i % 2 == 0 ? r.nextLong(10_000_000L) : r.nextLong(10_000_000_000_000L);
            java.math.BigDecimal amount = java.math.BigDecimal.valueOf(cents, 2);
            assertEquals(us.format(amount), UsMarket.INSTANCE.money(amount), "amount " + amount);
        }
    }
}
