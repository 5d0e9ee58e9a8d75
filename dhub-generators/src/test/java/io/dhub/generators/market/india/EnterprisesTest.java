package io.dhub.generators.market.india;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.market.Business;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** India's firms: their PANs, names and Udyam numbers, and the MSME classes of the two notifications. */
class EnterprisesTest {
    private static final long CRORE = 1_00_00_000L * 100;   // in paise

    @Test
    void theClassFollowsTheThresholdsInForceThatDay() {
        LocalDate before = LocalDate.of(2025, 3, 31);
        LocalDate after = LocalDate.of(2025, 4, 1);
        // Rs 2 crore of investment and Rs 8 crore of turnover: small under S.O. 2119(E), micro under S.O. 1364(E)
        assertEquals("small", Enterprises.msmeClass(before, 2 * CRORE, 8 * CRORE));
        assertEquals("micro", Enterprises.msmeClass(after, 2 * CRORE, 8 * CRORE));
        // the limits hold inclusive: Rs 1 crore and Rs 5 crore is still micro before April 2025
        assertEquals("micro", Enterprises.msmeClass(before, CRORE, 5 * CRORE));
        assertEquals("small", Enterprises.msmeClass(before, CRORE, 5 * CRORE + 1));
        // a turnover over Rs 250 crore, or Rs 500 crore from April 2025, is no MSME
        assertEquals("medium", Enterprises.msmeClass(before, 10 * CRORE, 250 * CRORE));
        assertNull(Enterprises.msmeClass(before, 10 * CRORE, 251 * CRORE));
        assertEquals("medium", Enterprises.msmeClass(after, 125 * CRORE, 500 * CRORE));
        assertNull(Enterprises.msmeClass(after, 126 * CRORE, 1));
    }

    @Test
    void aFirmIsTaxedUnderThePanItsConstitutionGivesIt() {
        LocalDate asOf = LocalDate.of(2025, 9, 30);
        String owner = IndianIds.pan(5, 'P', 'I');
        Map<String, Integer> constitutions = new HashMap<>();
        Set<String> udyams = new HashSet<>();
        for (int seed = 0; seed < 2_000; seed++) {
            Business b = Enterprises.business(5, owner, "Iyer", "Tamil Nadu", "Chennai", LocalDate.of(2018, 5, 1),
                    LocalDate.of(1975, 1, 1), asOf, new SplittableRandom(seed));
            constitutions.merge(b.constitution(), 1, Integer::sum);
            assertTrue(b.legalName().startsWith("Iyer"), b.legalName());
            char type = b.pan().charAt(3);
            assertEquals(switch (b.constitution()) {
                case "proprietorship" -> 'P';
                case "private_limited" -> 'C';
                default -> 'F';
            }, type, b.toString());
            assertEquals('I', b.pan().charAt(4));
            assertEquals(b.constitution().equals("proprietorship"), b.pan().equals(owner));
            assertTrue(!b.commenced().isAfter(LocalDate.of(2018, 5, 1)) && !b.commenced().isBefore(LocalDate.of(1993, 1, 1)));
            assertTrue(b.udyamNumber().matches("UDYAM-TN-\\d{2}-\\d{7}"), b.udyamNumber());
            udyams.add(b.udyamNumber());
            assertTrue(!b.udyamRegistered().isBefore(Enterprises.UDYAM_FROM) && !b.udyamRegistered().isAfter(asOf));
            // from 22 September 2025 no 12% rate is left
            assertTrue(b.gstRate() == 5 || b.gstRate() == 18, b.toString());
            assertTrue(b.turnoverFactor() >= 1.02 && b.turnoverFactor() <= 1.18);
        }
        // one customer, one Udyam number; proprietorships about 70% (1,400 of 2,000; 4 standard deviations are 82)
        assertEquals(1, udyams.size());
        assertTrue(constitutions.get("proprietorship") > 1_318 && constitutions.get("proprietorship") < 1_482,
                constitutions.toString());
    }
}
