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
        for (long k = 1; k <= MILLION; k++) {
            String phone = US.phone(k);
            assertTrue(seen.add(phone), "duplicate " + phone);
            if (k % 1000 == 0) {
                assertTrue(PHONE.matcher(phone).matches(), phone);
            }
        }
        for (long e = 1; e <= 125_000; e++) {
            assertTrue(seen.add(US.phone(UniqueValues.EMPLOYEE_PHONE_BASE + e)), "employee " + e);
        }
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
        assertEquals(52_000, US.incomeMedian("retail"));
        assertEquals(1.0, US.priceLevel());
    }
}
