package io.dhub.generators.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dhub.generators.market.Market;
import io.dhub.generators.market.UsMarket;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Paydays by pay frequency on the 2025 calendar, written out by hand, and moved off weekends and holidays. */
class PaydayTest {
    private static final Market US = UsMarket.INSTANCE;
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    private static LocalDate payday(String frequency, String day) {
        Customer.Pay pay = new Customer.Pay("Acme", false, frequency, 150_000, LocalDate.of(2000, 1, 7));
        return Ledger.payday(LocalDate.parse(day), pay, FROM, TO, US);
    }

    @Test
    void weeklyAndBiweeklyPayOnFridays() {
        assertEquals(LocalDate.of(2025, 3, 14), payday("weekly", "2025-03-18"));
        // 2000-01-07 is a payday Friday, so is every Friday an even number of weeks after it
        assertEquals(LocalDate.of(2025, 3, 14), payday("biweekly", "2025-03-18"));
        assertEquals(LocalDate.of(2025, 3, 14), payday("biweekly", "2025-03-21"));
        assertEquals(LocalDate.of(2025, 3, 28), payday("biweekly", "2025-03-28"));
    }

    @Test
    void semimonthlyAndMonthlyPayOnThe15thAndTheLastDayOrTheBankingDayBefore() {
        assertEquals(LocalDate.of(2025, 3, 14), payday("semimonthly", "2025-03-20"));    // the 15th is a Saturday
        assertEquals(LocalDate.of(2025, 2, 28), payday("semimonthly", "2025-03-10"));
        assertEquals(LocalDate.of(2025, 5, 30), payday("monthly", "2025-06-20"));        // May 31 is a Saturday
        assertEquals(LocalDate.of(2025, 12, 31), payday("monthly", "2025-12-31"));
    }

    @Test
    void aHolidayPaydayMovesToTheBankingDayBefore() {
        // Friday 2025-07-04 is Independence Day: weekly pay comes on Thursday
        assertEquals(LocalDate.of(2025, 7, 3), payday("weekly", "2025-07-06"));
    }

    @Test
    void pensionsComeOnThe3rdAndNothingOutsideTheRange() {
        Customer.Pay pension = new Customer.Pay("Social Security", true, "monthly", 150_000, LocalDate.of(2000, 1, 7));
        assertEquals(LocalDate.of(2025, 4, 3), Ledger.payday(LocalDate.of(2025, 4, 20), pension, FROM, TO, US));
        assertEquals(LocalDate.of(2025, 5, 2), Ledger.payday(LocalDate.of(2025, 5, 4), pension, FROM, TO, US));
        assertNull(Ledger.payday(LocalDate.of(2025, 1, 2), new Customer.Pay("Acme", false, "monthly", 1, null),
                LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 20), US));
    }
}
