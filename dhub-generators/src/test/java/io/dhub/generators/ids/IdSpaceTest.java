package io.dhub.generators.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import org.junit.jupiter.api.Test;

/** The id space's blocks and their limits, without a database. */
class IdSpaceTest {

    @Test
    void theLargestCustomerCountIsTheLastWhoseGuarantorPhonesEndBelowTheStaff() {
        assertEquals(12_499_999L, IdSpace.MAX_CUSTOMERS);
        assertNull(IdSpace.problem(IdSpace.MAX_CUSTOMERS, 1_000_000));
        String problem = IdSpace.problem(IdSpace.MAX_CUSTOMERS + 1, 1);
        assertEquals("guarantors' phones would run into staff phones", problem);
    }

    @Test
    void eachSpaceIsChecked() {
        assertTrue(IdSpace.problem(1, 100_000_000L).startsWith("staff phones would reach 400,000,001"),
                IdSpace.problem(1, 100_000_000L));
        assertTrue(IdSpace.problem(19_000_000L, 1).contains("phones") || IdSpace.problem(19_000_000L, 1).contains("tax"));
        DhubException e = assertThrows(DhubException.class, () -> IdSpace.check(13_000_000L, 10));
        assertEquals(ErrorCode.USAGE, e.code());
        assertTrue(e.getMessage().contains("at most 12,499,999 customers"), e.getMessage());
    }

    @Test
    void theBlocksMatchTheValuesTheGeneratorsDraw() {
        long customers = 1_000;
        long lastLoan = customers * IdSpace.APPLICATIONS_PER_CUSTOMER + IdSpace.APPLICATIONS_PER_CUSTOMER - 1;
        long lastGuarantorPhone = IdSpace.GUARANTOR_PHONE_BASE + lastLoan * IdSpace.GUARANTORS_PER_LOAN
                + IdSpace.GUARANTORS_PER_LOAN - 1;
        IdSpace.Block guarantors = IdSpace.blocks(customers, 10).get(1);
        assertTrue(lastGuarantorPhone < guarantors.end() && IdSpace.GUARANTOR_PHONE_BASE == guarantors.start());
        long lastAccount = Ids.account(customers, Ids.ACCOUNTS_PER_CUSTOMER - 1);
        assertTrue(lastAccount < IdSpace.blocks(customers, 10).get(4).end());
    }

    @Test
    void everyRowIdBlockStaysInsideABigintAtTheLargestSize() {
        java.util.Map<String, Long> largest = IdSpace.largestId(IdSpace.MAX_CUSTOMERS, 1_000_000L);
        assertEquals(29, largest.size());
        for (java.util.Map.Entry<String, Long> e : largest.entrySet()) {
            assertTrue(e.getValue() > 0 && e.getValue() < Long.MAX_VALUE / 1_000, e.getKey() + " " + e.getValue());
        }
        assertEquals(100_000_000L * Ids.TRANSACTIONS_PER_ACCOUNT, largest.get("transactions"),
                "8 accounts per customer, 4,096 transactions per account");
    }
}
