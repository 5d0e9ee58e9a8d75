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
        assertEquals(30, largest.size());
        for (java.util.Map.Entry<String, Long> e : largest.entrySet()) {
            assertTrue(e.getValue() > 0 && e.getValue() < Long.MAX_VALUE / 1_000, e.getKey() + " " + e.getValue());
        }
        assertEquals(Ids.TRANSACTION_TAIL + 100_000_000L * Ids.TRANSACTION_TAIL_BLOCK, largest.get("transactions"),
                "8 accounts per customer, beyond the 4,096 of an account's first block 65,536 more in the tail");
    }

    @Test
    void everyTailLiesAboveEveryFirstBlockOfItsKindAtTheLargestSize() {
        long customers = IdSpace.MAX_CUSTOMERS;
        long accounts = Ids.ACCOUNTS_PER_CUSTOMER * (customers + 1);
        assertTrue(accounts * Ids.TRANSACTIONS_PER_ACCOUNT < Ids.TRANSACTION_TAIL);
        assertTrue(accounts * Ids.ALERTS_PER_ACCOUNT < Ids.ALERT_TAIL);
        assertTrue((customers + 1) * Ids.SARS_PER_CUSTOMER < Ids.SAR_TAIL);
        assertTrue((customers + 1) * Ids.CTRS_PER_CUSTOMER < Ids.CTR_TAIL);
        assertTrue((customers + 1) * Ids.AUDIT_ROWS_PER_CUSTOMER < Ids.AUDIT_TAIL);
        // the first index past the block is the tail's first id; the last first-block id stays where it was
        assertEquals(5L * Ids.TRANSACTIONS_PER_ACCOUNT + 4095, Ids.transaction(5, 4095));
        assertEquals(Ids.TRANSACTION_TAIL + 5L * Ids.TRANSACTION_TAIL_BLOCK, Ids.transaction(5, 4096));
        assertEquals(2 * (Ids.ALERT_TAIL + 7L * Ids.ALERT_TAIL_BLOCK + 1) + 1, Ids.alert(7, 65));
        assertEquals(Ids.SAR_TAIL + 3L * Ids.SAR_TAIL_BLOCK + 2, Ids.sar(3, 10));
        // a rule fires at most once per account and month over the longest history: the tail holds them all
        int most = 8 * (io.dhub.generators.api.RunSettings.MAX_HISTORY_MONTHS + 2);
        assertTrue(Ids.alert(9, most - 1) > 0);
        assertTrue(Ids.sar(9, io.dhub.generators.api.RunSettings.MAX_HISTORY_MONTHS + 1) < 10_000_000_000L,
                "a report's number SAR%010d keeps ten digits");
    }
}
