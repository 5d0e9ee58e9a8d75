package io.dhub.generators.market.india;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Indian identifiers against validators written here: the forms the issuers publish, GSTIN's check
 * character by a second implementation of Luhn mod 36 (and two published GSTINs), and uniqueness over
 * 200,000 indices spread across each space.
 */
class IndianIdsTest {
    private static final Pattern PAN = Pattern.compile("[A-Z]{3}[PCHFATBLJG][A-Z]\\d{4}[A-Z]");
    private static final Pattern GSTIN = Pattern.compile("\\d{2}[A-Z]{3}[PCHFATBLJG][A-Z]\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final Pattern MOBILE = Pattern.compile("\\+91[6-9]\\d{9}");

    /** Luhn mod 36, written apart: the body with its check character must sum to 0 mod 36. */
    private static boolean luhn36(String gstin) {
        String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int sum = 0;
        for (int i = 0; i < gstin.length(); i++) {
            int fromRight = gstin.length() - 1 - i;
            int v = chars.indexOf(gstin.charAt(i)) * (fromRight % 2 == 1 ? 2 : 1);
            sum += v / 36 + v % 36;
        }
        return sum % 36 == 0;
    }

    @Test
    void publishedGstinsPassAndOursToo() {
        assertTrue(luhn36("27AAPFU0939F1ZV"), "the validator knows a published GSTIN");
        assertTrue(luhn36("29AAGCR4375J1ZU"));
        assertEquals('V', IndianIds.gstinCheck("27AAPFU0939F1Z"));
        assertEquals('U', IndianIds.gstinCheck("29AAGCR4375J1Z"));
        for (long i = 0; i < 50_000; i++) {
            String pan = IndianIds.pan(i * 3_511, i % 2 == 0 ? 'P' : 'C', (char) ('A' + i % 26));
            String gstin = IndianIds.gstin(String.format("%02d", 1 + i % 37), pan, 1 + (int) (i % 3));
            assertTrue(GSTIN.matcher(gstin).matches(), gstin);
            assertTrue(luhn36(gstin), gstin);
            assertEquals(pan, gstin.substring(2, 12), "characters 3-12 are the PAN");
            char wrong = gstin.charAt(14) == '0' ? '1' : '0';
            assertTrue(!luhn36(gstin.substring(0, 14) + wrong), "a changed check character fails");
        }
        assertThrows(IllegalArgumentException.class, () -> IndianIds.gstin("7", "AAAPA1234A", 1));
    }

    @Test
    void pansHaveTheirFormAndAreUnique() {
        Set<String> seen = new HashSet<>();
        long step = IndianIds.PAN_SPACE / 200_000;
        for (long i = 0; i < 200_000; i++) {
            String pan = IndianIds.pan(i * step, 'P', 'K');
            assertTrue(PAN.matcher(pan).matches(), pan);
            assertNotEquals("0000", pan.substring(5, 9), "a serial is never 0000");
            assertTrue(seen.add(pan), "twice: " + pan);
        }
        assertEquals('P', IndianIds.pan(5, 'P', 'S').charAt(3), "the fourth letter is the holder's type");
        assertEquals('S', IndianIds.pan(5, 'P', 'S').charAt(4), "the fifth the name's initial");
        assertThrows(IllegalArgumentException.class, () -> IndianIds.pan(1, 'X', 'A'));
        assertThrows(IllegalArgumentException.class, () -> IndianIds.pan(IndianIds.PAN_SPACE, 'P', 'A'));
    }

    @Test
    void ifscsMobilesAndAadhaarHaveTheirForms() {
        Set<String> ifscs = new HashSet<>();
        Set<String> mobiles = new HashSet<>();
        long ifscStep = IndianIds.IFSC_BRANCHES / 200_000;
        long mobileStep = IndianIds.MOBILE_SPACE / 200_000;
        for (long i = 0; i < 200_000; i++) {
            String ifsc = IndianIds.ifsc("SBIN", i * ifscStep);
            assertTrue(IFSC.matcher(ifsc).matches(), ifsc);
            assertTrue(ifscs.add(ifsc), "twice: " + ifsc);
            String mobile = IndianIds.mobile(i * mobileStep);
            assertTrue(MOBILE.matcher(mobile).matches(), mobile);
            assertTrue(mobiles.add(mobile), "twice: " + mobile);
        }
        assertTrue(IndianIds.maskedAadhaar(123_456_789).matches("XXXX XXXX \\d{4}"), "masked, never a full number");
        assertEquals("SBIN0000691", IndianIds.ifsc("SBIN", 691));
        assertThrows(IllegalArgumentException.class, () -> IndianIds.ifsc("SBIN", 1_000_000));
        assertEquals("9876543210@dhub", IndianIds.upiId("+919876543210", "dhub"));
        assertThrows(IllegalArgumentException.class, () -> IndianIds.ifsc("SBI", 1));
    }

    @Test
    void ckycNumbersAreFourteenDigitsAndDistinct() {
        Set<String> seen = new HashSet<>();
        long step = IndianIds.CKYC_SPACE / 200_000;
        for (long i = 0; i < 200_000; i++) {
            for (long index : new long[] {i, i * step}) {
                String ckyc = IndianIds.ckyc(index);
                assertTrue(ckyc.matches("[1-9]\\d{13}"), ckyc);
            }
            assertTrue(seen.add(IndianIds.ckyc(i * step)), "twice at " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> IndianIds.ckyc(IndianIds.CKYC_SPACE));
    }
}
