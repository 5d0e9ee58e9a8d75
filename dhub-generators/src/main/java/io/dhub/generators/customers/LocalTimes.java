package io.dhub.generators.customers;

import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Rng;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * When things happen, in the local time of the place where they happen, by channel. Each channel
 * has a shape over the hours of the day and the days of the week:
 * <ul>
 *   <li>branch: opening hours, Monday to Friday 9:00-17:00 and Saturday 9:00-12:00 (or the market's
 *       {@link Market#branchHours}), busiest around noon; closed on Sundays and bank holidays;</li>
 *   <li>phone (the contact centre): Monday to Friday 8:00-20:00, Saturday 9:00-17:00; closed on
 *       Sundays and bank holidays;</li>
 *   <li>card purchases (pos): all week, more on Fridays and Saturdays, peaks at lunch and in the
 *       early evening, few at night;</li>
 *   <li>online, mobile and ATM: waking hours with a thin night, evenings busiest online;</li>
 *   <li>ACH (payroll, direct debits): banking days only, posted in the early morning;</li>
 *   <li>wire: banking days, 8:00-17:00;</li>
 *   <li>system (fees, interest, loan money): banking days, overnight batch.</li>
 * </ul>
 * The hour weights are dhub's estimates of typical shapes (docs/realism.md), not measurements.
 */
public final class LocalTimes {
    private static final double[] BRANCH = hours(0, 0, 0, 0, 0, 0, 0, 0, 0, 1.0, 1.2, 1.3, 1.4, 1.2, 1.1, 1.0, 0.8,
            0, 0, 0, 0, 0, 0, 0);
    private static final double[] BRANCH_SATURDAY = hours(0, 0, 0, 0, 0, 0, 0, 0, 0, 1.0, 1.2, 1.1, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0);
    private static final double[] PHONE = hours(0, 0, 0, 0, 0, 0, 0, 0, 1.0, 1.3, 1.4, 1.3, 1.2, 1.2, 1.2, 1.1, 1.0,
            0.9, 0.7, 0.5, 0, 0, 0, 0);
    private static final double[] PHONE_SATURDAY = hours(0, 0, 0, 0, 0, 0, 0, 0, 0, 1.0, 1.1, 1.1, 1.0, 1.0, 0.9, 0.8,
            0.6, 0, 0, 0, 0, 0, 0, 0);
    private static final double[] CARD = hours(0.15, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 0.8, 1.0, 1.2, 1.4, 1.8, 2.4,
            2.0, 1.5, 1.5, 1.8, 2.3, 2.5, 2.2, 1.6, 1.0, 0.6, 0.3);
    private static final double[] ONLINE = hours(0.4, 0.2, 0.1, 0.1, 0.1, 0.2, 0.6, 1.0, 1.2, 1.3, 1.3, 1.3, 1.4,
            1.3, 1.2, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.6, 1.2, 0.8);
    private static final double[] ATM = hours(0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.2, 1.2, 1.2, 1.4, 1.6, 1.4,
            1.2, 1.2, 1.4, 1.7, 1.8, 1.6, 1.3, 1.0, 0.7, 0.5);
    private static final double[] ACH = hours(0, 0, 1, 1, 1, 1, 1, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    private static final double[] WIRE = hours(0, 0, 0, 0, 0, 0, 0, 0, 1, 1.2, 1.2, 1.1, 1, 1.1, 1.2, 1.1, 0.8, 0,
            0, 0, 0, 0, 0, 0);
    private static final double[] SYSTEM = hours(1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0);
    /** Card spending by weekday, Monday first: Fridays and Saturdays busiest, Sundays quietest. */
    private static final double[] CARD_DAYS = {0.90, 0.90, 0.95, 1.00, 1.20, 1.20, 0.85};

    private LocalTimes() {
    }

    /** Whether the channel only works on banking days (Monday to Friday, not a bank holiday). */
    static boolean bankingDaysOnly(String channel) {
        return switch (channel) {
            case "ach", "wire", "system" -> true;
            default -> false;
        };
    }

    /** Whether the channel is open that day: branches on Monday to Saturday, banking channels on banking days. */
    public static boolean open(String channel, LocalDate day, Market market) {
        DayOfWeek dow = day.getDayOfWeek();
        if ("branch".equals(channel) || "phone".equals(channel)) {
            return dow != DayOfWeek.SUNDAY && !market.bankHoliday(day);
        }
        if (bankingDaysOnly(channel)) {
            return market.bankingDay(day);
        }
        return true;
    }

    /**
     * A day in [from, to] on which the channel is open, card days weighted by weekday; when none of a
     * few draws is open (a range of a day or two over a weekend), the first open day after it.
     */
    static LocalDate day(Rng rng, LocalDate from, LocalDate to, String channel, Market market) {
        LocalDate day = from;
        for (int attempt = 0; attempt < 16; attempt++) {
            day = rng.dateBetween(from, to);
            boolean keep = open(channel, day, market)
                    && (!"pos".equals(channel) || rng.chance(CARD_DAYS[day.getDayOfWeek().ordinal()] / 1.2));
            if (keep) {
                return day;
            }
        }
        while (!open(channel, day, market)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The day itself when the channel is open then, else the next day it is in the same month, else (at a
     * month's end) the last day before it that it is: a monthly date kept inside its month.
     */
    static LocalDate openInMonth(LocalDate day, String channel, Market market) {
        LocalDate d = day;
        while (!open(channel, d, market) && d.getMonth() == day.getMonth()) {
            d = d.plusDays(1);
        }
        if (d.getMonth() != day.getMonth()) {
            d = day;
            while (!open(channel, d, market)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    /** The hours a branch of the market serves customers that day, local time: {opening, closing}. */
    public static int[] branchHours(LocalDate day, Market market) {
        int[] h = market.branchHours();
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? new int[] {h[2], h[3]} : new int[] {h[0], h[1]};
    }

    /** A local time of day for the channel on that day, to the second. */
    static LocalTime time(Rng rng, String channel, LocalDate day) {
        double[] shape = switch (channel) {
            case "branch" -> day.getDayOfWeek() == DayOfWeek.SATURDAY ? BRANCH_SATURDAY : BRANCH;
            case "phone" -> day.getDayOfWeek() == DayOfWeek.SATURDAY ? PHONE_SATURDAY : PHONE;
            case "pos" -> CARD;
            case "online", "mobile", "email", "web", "mobile_app" -> ONLINE;
            case "atm" -> ATM;
            case "ach" -> ACH;
            case "wire" -> WIRE;
            default -> SYSTEM;
        };
        return drawn(rng, shape);
    }

    /** A time of day drawn from running totals of hour weights: the hour by its weight, then the minute and second. */
    private static LocalTime drawn(Rng rng, double[] shape) {
        double u = rng.uniform(0, shape[23]);
        int hour = 0;
        while (hour < 23 && shape[hour] <= u) {
            hour++;
        }
        return LocalTime.of(hour, rng.between(0, 59), rng.between(0, 59));
    }

    /**
     * The same in a market whose branches keep other hours ({@link Market#branchHours}): a branch's time
     * falls in them, busiest around midday.
     */
    static LocalTime time(Rng rng, String channel, LocalDate day, Market market) {
        int[] h = market.branchHours();
        if (!"branch".equals(channel) || h[0] == 9 && h[1] == 17 && h[2] == 9 && h[3] == 12) {
            return time(rng, channel, day);
        }
        int[] hours = branchHours(day, market);
        double[] weights = new double[24];
        for (int hour = hours[0]; hour < hours[1]; hour++) {
            weights[hour] = Math.max(0.8, 1.4 - 0.1 * Math.abs(hour - 12));
        }
        return drawn(rng, hours(weights));
    }

    /**
     * An instant on a day in [from, to] when the channel is open, at a local time of day from its
     * shape, in the zone of the place where it happens.
     */
    public static OffsetDateTime at(Rng rng, LocalDate from, LocalDate to, String channel, Market market, ZoneId zone) {
        LocalDate day = day(rng, from, to, channel, market);
        return day.atTime(time(rng, channel, day, market)).atZone(zone).toOffsetDateTime();
    }

    /** Running totals of 24 hour weights. */
    private static double[] hours(double... weights) {
        if (weights.length != 24) {
            throw new IllegalArgumentException(weights.length + " hours");
        }
        double[] totals = new double[24];
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += weights[h];
            totals[h] = sum;
        }
        return totals;
    }
}
