package io.dhub.generators.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.market.DepositTerms;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.india.InMarket;
import io.dhub.generators.spi.Rng;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A recurring deposit's calendar and interest, worked by hand. */
class RecurringDepositTest {
    private static final Market IN = InMarket.INSTANCE;

    /**
     * Rs 1,000 a month from 10 January 2024 at 12% (1% a month): the first quarter's month ends hold 1,000,
     * 2,000 and 3,000, so Rs 60 of interest; the second's 4,060, 5,060 and 6,060, so Rs 151.80; with July's
     * instalment the deposit holds Rs 7,211.80 on 15 July, nothing of the third quarter summed yet.
     */
    @Test
    void theBalanceWhenTheLedgerBeginsCarriesEveryInstalmentAndQuarterBeforeIt() {
        LocalDate opened = LocalDate.of(2024, 1, 10);
        RecurringDeposit july = RecurringDeposit.at(100_000, 24, opened, 12.0, LocalDate.of(2024, 7, 15), IN, 0);
        assertEquals(721_180, july.openingCents());
        assertEquals(0, july.productCents());
        assertEquals(YearMonth.of(2024, 7), july.firstMonth());
        // in September: July's and August's month ends are summed, September's instalment is in the balance
        RecurringDeposit september = RecurringDeposit.at(100_000, 24, opened, 12.0, LocalDate.of(2024, 9, 15), IN, 0);
        assertEquals(921_180, september.openingCents());
        assertEquals(721_180 + 821_180, september.productCents());
        assertEquals(YearMonth.of(2024, 9), september.firstMonth());
        // the day after opening: only the first instalment
        RecurringDeposit first = RecurringDeposit.at(100_000, 24, opened, 12.0, opened.plusDays(1), IN, 0);
        assertEquals(100_000, first.openingCents());
    }

    @Test
    void anInstalmentFallsDueOnABankingDayOfItsMonth() {
        LocalDate opened = LocalDate.of(2024, 1, 31);
        for (int k = 1; k < 36; k++) {
            LocalDate due = RecurringDeposit.due(opened, k, IN);
            assertEquals(YearMonth.from(opened).plusMonths(k), YearMonth.from(due), "instalment " + k);
            assertTrue(IN.bankingDay(due), due + " is no banking day");
        }
        // 31 March 2024 is a Sunday with no banking day after it in March: the banking day before
        LocalDate march = RecurringDeposit.due(opened, 2, IN);
        assertEquals(Month.MARCH, march.getMonth());
        assertTrue(march.getDayOfMonth() <= 29 && march.getDayOfWeek() != DayOfWeek.SUNDAY, march.toString());
    }

    @Test
    void interestIsCreditedOnTheLastBankingDayOfAQuartersLastMonthOnly() {
        for (YearMonth m = YearMonth.of(2023, 1); m.isBefore(YearMonth.of(2026, 1)); m = m.plusMonths(1)) {
            LocalDate day = RecurringDeposit.interestDay(m, IN);
            assertEquals(m.getMonthValue() % 3 == 0, day != null, m.toString());
            if (day != null) {
                assertTrue(IN.bankingDay(day));
                for (LocalDate after = day.plusDays(1); !after.isAfter(m.atEndOfMonth()); after = after.plusDays(1)) {
                    assertFalse(IN.bankingDay(after), after + " is a later banking day of " + m);
                }
            }
        }
    }

    /** A deposit drawn to have matured by as-of is opened again within a term of it, never before the customer. */
    @Test
    void aDrawnDepositIsStillRunningAtAsOf() {
        DepositTerms terms = IN.depositTerms();
        LocalDate asOf = LocalDate.of(2025, 9, 30);
        LocalDate since = LocalDate.of(2005, 1, 1);
        for (int seed = 0; seed < 500; seed++) {
            RecurringDeposit.Terms t = RecurringDeposit.draw(new Rng(seed), terms, 1, LocalDate.of(2010, 6, 1), since,
                    asOf.minusDays(30), asOf);
            assertTrue(t.opened().plusMonths(t.tenure()).isAfter(asOf), "matured: " + t);
            assertTrue(t.opened().isAfter(since) && !t.opened().isAfter(asOf.minusDays(30)), t.toString());
            assertTrue(t.tenure() >= 12 && t.tenure() <= 120, t.toString());
            assertTrue(t.instalment() >= 10_000 && t.instalment() % 10_000 == 0, t.toString());
        }
    }
}
