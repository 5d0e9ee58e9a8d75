package io.dhub.generators.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Uniqueness at a million customers, with no database: the generator keeps no state, so the test
 * keeps the record. Shapes are checked by independent validators (Luhn, phone and ITIN formats).
 */
class UniqueValuesTest {
    private static final int MILLION = 1_000_000;
    private static final Pattern PHONE = Pattern.compile("\\(\\d{3}\\) [2-9]\\d{2}-\\d{4}");
    private static final Pattern TAX_ID = Pattern.compile("9\\d{2}-(7\\d|8[0-8])-\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("[a-z]+\\.[a-z]+\\d+@example\\.(com|net|org)");

    /** Luhn, written independently of the generator: double every second digit from the right. */
    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Test
    void phoneNumbersOfAMillionCustomersAndTheirStaffAreDistinctAndWellFormed() {
        Set<String> seen = new HashSet<>(2 * MILLION);
        for (long k = 1; k <= MILLION; k++) {
            String phone = UniqueValues.phone(k);
            assertTrue(seen.add(phone), "duplicate " + phone);
            if (k % 1000 == 0) {
                assertTrue(PHONE.matcher(phone).matches(), phone);
            }
        }
        for (long e = 1; e <= 125_000; e++) {
            assertTrue(seen.add(UniqueValues.phone(UniqueValues.EMPLOYEE_PHONE_BASE + e)), "employee " + e);
        }
    }

    @Test
    void accountNumbersAreDistinctTwelveDigitsWithAValidLuhnDigit() {
        Set<String> seen = new HashSet<>(2 * MILLION);
        for (long k = 1; k <= MILLION / 4; k++) {
            for (int i = 0; i < 4; i++) {
                String number = UniqueValues.accountNumber(Ids.account(k, i));
                assertTrue(seen.add(number), "duplicate " + number);
                assertEquals(12, number.length(), number);
                assertTrue(luhnValid(number), number);
            }
        }
    }

    @Test
    void taxIdsAreDistinctAndNeverShapedLikeARealSsn() {
        BitSet seen = new BitSet(1_000_000_000);
        for (long k = 1; k <= MILLION; k++) {
            String id = UniqueValues.taxId(k);
            int asNumber = Integer.parseInt(id.replace("-", ""));
            assertTrue(!seen.get(asNumber), "duplicate " + id);
            seen.set(asNumber);
            if (k % 997 == 0) {
                assertTrue(TAX_ID.matcher(id).matches(), id);
            }
        }
    }

    @Test
    void emailsAreDistinctEvenForTheSameNameAndUseReservedDomains() {
        Set<String> seen = new HashSet<>(2 * MILLION);
        for (long k = 1; k <= MILLION; k++) {
            String email = UniqueValues.email(k % 2 == 0 ? "María" : "John", "O'Brien-Smith", k);
            assertTrue(seen.add(email), "duplicate " + email);
        }
        String sample = UniqueValues.email("Zoë", "Dvořák", 42);
        assertTrue(EMAIL.matcher(sample).matches(), sample);
        assertEquals("zoe.dvorak42@example.com", sample);
    }
}
