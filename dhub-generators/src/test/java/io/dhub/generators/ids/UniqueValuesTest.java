package io.dhub.generators.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Uniqueness at a million customers, with no database: the generator keeps no state, so the test
 * keeps the record. Shapes are checked by independent validators (Luhn, e-mail format); the
 * market's phone and tax-id formats are tested with the market ({@code UsMarketTest}).
 */
class UniqueValuesTest {
    private static final int MILLION = 1_000_000;
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
