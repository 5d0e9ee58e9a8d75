package io.dhub.generators.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.connect.RetryPolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every size and date is checked against what dhub can hold, without a database. */
class RunSettingsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static RunSettings settings(double scale, long customers, long employees, LocalDate asOf, int threads) {
        return new RunSettings(1, asOf, scale, customers, employees, threads, RetryPolicy.DEFAULT);
    }

    private static String refused(double scale, long customers, long employees, LocalDate asOf, int threads) {
        DhubException e = assertThrows(DhubException.class, () -> settings(scale, customers, employees, asOf, threads));
        assertEquals(ErrorCode.USAGE, e.code());
        return e.getMessage();
    }

    @Test
    void theLimitsHoldExactly() {
        assertDoesNotThrow(() -> settings(1, RunSettings.MAX_CUSTOMERS, RunSettings.MAX_EMPLOYEES, AS_OF, 1));
        assertDoesNotThrow(() -> settings(RunSettings.MAX_SCALE, 0, 0, AS_OF, 1));
        assertDoesNotThrow(() -> settings(0.00001, 0, 0, RunSettings.MIN_AS_OF, 1));
        assertDoesNotThrow(() -> settings(1, 0, 0, RunSettings.MAX_AS_OF, RunSettings.MAX_THREADS));
        assertTrue(refused(1, RunSettings.MAX_CUSTOMERS + 1, 0, AS_OF, 1).contains("12,499,999"));
        assertTrue(refused(1, 1_099_511_627_776L, 0, AS_OF, 1).contains("12,499,999"));
        assertTrue(refused(1, 0, RunSettings.MAX_EMPLOYEES + 1, AS_OF, 1).contains("1,000,000"));
        assertTrue(refused(1e9, 0, 0, AS_OF, 1).contains("6666"));
        assertTrue(refused(6_667, 0, 0, AS_OF, 1).contains("6666"));
        assertTrue(refused(1, 0, 0, LocalDate.of(9999, 12, 31), 1).contains("2200-12-31"));
        assertTrue(refused(1, 0, 0, LocalDate.of(1800, 1, 1), 1).contains("1900-01-01"));
        assertTrue(refused(1, 0, 0, AS_OF, 100_000).contains("256"));
        refused(0, 0, 0, AS_OF, 1);
        refused(Double.NaN, 0, 0, AS_OF, 1);
    }

    @Test
    void theCustomerLimitKeepsGuarantorPhonesBelowTheStaffBlock() {
        long lastLoan = 4 * RunSettings.MAX_CUSTOMERS + 3;
        long lastGuarantorPhone = 200_000_000L + 2 * lastLoan + 1;
        assertTrue(lastGuarantorPhone < 300_000_000L, "guarantor phone index " + lastGuarantorPhone);
        long oneMore = 200_000_000L + 2 * (4 * (RunSettings.MAX_CUSTOMERS + 1) + 3) + 1;
        assertTrue(oneMore >= 300_000_000L, "the limit is the largest that fits: " + oneMore);
    }
}
