package io.dhub.generators.compliance;

import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Rng;
import java.time.LocalDate;

/**
 * The time of a case: steps counted from its start, 8 on each banking day, laid evenly over the
 * window of the day when it is 9:00-16:00 (the market's branch hours to the hour before closing: India's
 * 10:00-15:00) for every member (all of it when they share a time zone),
 * so money moves between banks when they are open and cash comes in when the branch is.
 */
final class Clock {
    final LocalDate start;
    final Market market;
    /** The window in the lead's time zone: its first minute of the day and its length in minutes. */
    final int from;
    final int span;
    int hours;

    Clock(LocalDate start, Market market, int[] window) {
        this.start = start;
        this.market = market;
        this.from = window[0];
        this.span = window[1];
    }

    Clock advance(Rng rng, int lo, int hi) {
        hours += rng.between(lo, hi);
        return this;
    }

    LocalDate day() {
        LocalDate day = start;
        while (!market.bankingDay(day)) {
            day = day.plusDays(1);
        }
        for (int d = 0; d < hours / 8; d++) {
            day = day.plusDays(1);
            while (!market.bankingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    /** The minute of the day in the lead's time zone: 9:00, 10:00 ... 16:00 in a window of a whole day. */
    int minute() {
        return from + hours % 8 * span / 7;
    }
}
