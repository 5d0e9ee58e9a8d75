package io.dhub.generators.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * The days the Federal Reserve Banks are closed, by rule, for any year: the legal public holidays of
 * 5 U.S.C. 6103 as each stood that year, and the Reserve Banks' practice of closing the Monday after
 * a holiday that falls on a Sunday and no weekday for one that falls on a Saturday.
 *
 * <ul>
 *   <li>every year: New Year's Day, Independence Day, Labor Day (first Monday of September),
 *       Thanksgiving and Christmas Day;</li>
 *   <li>Washington's Birthday and Memorial Day on February 22 and May 30 until 1970, then (Uniform
 *       Monday Holiday Act, from 1971) the third Monday of February and the last Monday of May;</li>
 *   <li>Columbus Day on October 12 from 1937, the second Monday of October from 1971;</li>
 *   <li>Veterans (Armistice) Day on November 11 from 1938, except 1971-1977, when it was the fourth
 *       Monday of October;</li>
 *   <li>Martin Luther King Jr. Day (third Monday of January) from 1986, Juneteenth (June 19) from
 *       2022, the first year the Reserve Banks closed for it;</li>
 *   <li>Thanksgiving on the last Thursday of November until 1938, the second-to-last in 1939-1941,
 *       the fourth from 1942.</li>
 * </ul>
 *
 * For 2000-2035 these are exactly the Reserve Banks' published closed days (UsPeopleTest compares
 * them with the table generated from the Board's schedule).
 */
final class UsHolidays {
    private UsHolidays() {
    }

    /** The closed days of every year from {@code first} to {@code last}, inclusive. */
    static Set<LocalDate> closed(int first, int last) {
        Set<LocalDate> out = new HashSet<>();
        for (int year = first; year <= last; year++) {
            out.addAll(closed(year));
        }
        return out;
    }

    /** The closed days of one year (a Sunday holiday as its Monday; a Saturday one not at all). */
    static Set<LocalDate> closed(int year) {
        Set<LocalDate> out = new HashSet<>();
        fixed(out, LocalDate.of(year, 1, 1));
        if (year >= 1986) {
            out.add(monday(year, Month.JANUARY, 3));
        }
        if (year >= 1971) {
            out.add(monday(year, Month.FEBRUARY, 3));
            out.add(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            out.add(monday(year, Month.OCTOBER, 2));
        } else {
            fixed(out, LocalDate.of(year, 2, 22));
            fixed(out, LocalDate.of(year, 5, 30));
            if (year >= 1937) {
                fixed(out, LocalDate.of(year, 10, 12));
            }
        }
        if (year >= 2022) {
            fixed(out, LocalDate.of(year, 6, 19));
        }
        fixed(out, LocalDate.of(year, 7, 4));
        out.add(monday(year, Month.SEPTEMBER, 1));
        if (year >= 1971 && year <= 1977) {
            out.add(monday(year, Month.OCTOBER, 4));
        } else if (year >= 1938) {
            fixed(out, LocalDate.of(year, 11, 11));
        }
        LocalDate lastThursday = LocalDate.of(year, 11, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        LocalDate fourthThursday = LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4,
                DayOfWeek.THURSDAY));
        out.add(year >= 1942 ? fourthThursday : year >= 1939 ? lastThursday.minusDays(7) : lastThursday);
        fixed(out, LocalDate.of(year, 12, 25));
        return out;
    }

    /** A holiday of fixed date: closed that day on a weekday, the Monday after on a Sunday, not at all on a Saturday. */
    private static void fixed(Set<LocalDate> out, LocalDate day) {
        switch (day.getDayOfWeek()) {
            case SATURDAY -> {
            }
            case SUNDAY -> out.add(day.plusDays(1));
            default -> out.add(day);
        }
    }

    private static LocalDate monday(int year, Month month, int nth) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY));
    }
}
