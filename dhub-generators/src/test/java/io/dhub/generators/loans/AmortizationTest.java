package io.dhub.generators.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The level payment against a known figure, without a database. */
class AmortizationTest {

    @Test
    void aThirtyYearMortgageAtSixPercentPays119910CentsAMonth() {
        assertEquals(119_910, Amortization.payment(20_000_000, 6.0, 360), "200,000 at 6% over 360 months");
        assertEquals(43_819, Amortization.payment(2_500_000, 2.0, 60), "25,000 at 2% over 60 months: 438.19");
    }

    @Test
    void thePlanRepaysThePrincipalExactlyWithInterestOnTheRemainder() {
        List<Installment> plan = Amortization.plan(20_000_000, 6.0, 360, LocalDate.of(2024, 1, 31));
        assertEquals(360, plan.size());
        assertEquals(100_000, plan.get(0).interest(), "first month: 200,000.00 × 0.5% = 1,000.00");
        assertEquals(19_910, plan.get(0).principal());
        assertEquals(20_000_000, plan.stream().mapToLong(Installment::principal).sum());
        assertEquals(0, plan.get(359).remaining());
        assertEquals(LocalDate.of(2024, 2, 29), plan.get(1).due(), "a month later, clamped to the month's end");
        for (Installment i : plan.subList(0, 359)) {
            assertEquals(119_910, i.principal() + i.interest(), "level payment in month " + i.number());
        }
        long last = plan.get(359).principal() + plan.get(359).interest();
        assertEquals(120_014, last, "the last installment absorbs the rounding of 360 months");
        assertTrue(Math.abs(last - 119_910) <= 360 / 2, "at most half a cent a month of drift");
    }
}
