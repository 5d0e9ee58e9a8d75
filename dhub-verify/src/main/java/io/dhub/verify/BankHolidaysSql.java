package io.dhub.verify;

/**
 * The markets' bank-holiday calendars as SQL (the US and India), for verify's checks of banking days
 * and opening hours: written here from the law, apart from the generators' calendars (HolidaysIT
 * requires each pair to agree on every day from 1890 to 2210).
 */
public final class BankHolidaysSql {
    private BankHolidaysSql() {
    }

    /**
     * SQL that is true when the date is a day the Federal Reserve Banks are closed, written here from
     * 5 U.S.C. 6103 as it stood each year and the Reserve Banks' practice, apart from the generator's
     * calendar: New Year's Day, Independence Day and Christmas Day every year, Veterans (Armistice)
     * Day from 1938 (but the fourth Monday of October in 1971-1977), Juneteenth from 2022, each on the
     * Monday after when it falls on a Sunday (a Saturday holiday closes no weekday); Washington's
     * Birthday and Memorial Day on February 22 and May 30 until 1970 (as fixed-date holidays), then the
     * third Monday of February and the last Monday of May; Columbus Day on October 12 from 1937, the
     * second Monday of October from 1971; Martin Luther King Jr. Day (third Monday of January) from
     * 1986; Labor Day (first Monday of September); Thanksgiving on the last Thursday of November until
     * 1938, the second-to-last in 1939-1941 and the fourth from 1942.
     */
    public static String closed(String date) {
        String d = "(" + date + ")";
        String y = "extract(year FROM " + d + ")";
        String dow = "extract(isodow FROM " + d + ")";
        String dom = "extract(day FROM " + d + ")";
        String month = "extract(month FROM " + d + ")";
        String monday = "(" + dow + " = 1 AND " + month + " = %d AND " + dom + " BETWEEN %d AND %d)";
        String thursday = "(" + dow + " = 4 AND " + month + " = 11 AND " + dom + " BETWEEN %d AND %d)";
        return "(" + fixed(d, "01-01", "true") + " OR " + fixed(d, "07-04", "true") + " OR " + fixed(d, "12-25", "true")
                + " OR " + fixed(d, "11-11", "%1$s >= 1938 AND %1$s NOT BETWEEN 1971 AND 1977")
                + " OR " + fixed(d, "06-19", "%1$s >= 2022")
                + " OR " + fixed(d, "02-22", "%1$s < 1971") + " OR " + fixed(d, "05-30", "%1$s < 1971")
                + " OR " + fixed(d, "10-12", "%1$s BETWEEN 1937 AND 1970")
                + " OR (" + y + " >= 1986 AND " + monday.formatted(1, 15, 21) + ")"
                + " OR (" + y + " >= 1971 AND (" + monday.formatted(2, 15, 21) + " OR " + monday.formatted(5, 25, 31)
                + " OR " + monday.formatted(10, 8, 14) + "))"
                + " OR (" + y + " BETWEEN 1971 AND 1977 AND " + monday.formatted(10, 22, 28) + ")"
                + " OR " + monday.formatted(9, 1, 7)
                + " OR (" + y + " >= 1942 AND " + thursday.formatted(22, 28) + ")"
                + " OR (" + y + " BETWEEN 1939 AND 1941 AND " + thursday.formatted(17, 23) + ")"
                + " OR (" + y + " < 1939 AND " + thursday.formatted(24, 30) + "))";
    }

    /**
     * A holiday of fixed date (MM-DD) in the years where {@code years} (over {@code %1$s}, the year)
     * holds: that day when it is a weekday, and the Monday after when it falls on a Sunday (a Saturday
     * holiday closes no weekday).
     */
    private static String fixed(String d, String monthDay, String years) {
        String before = "(" + d + " - 1)";
        String on = "(to_char(" + d + ", 'MM-DD') = '" + monthDay + "' AND extract(isodow FROM " + d + ") < 6 AND "
                + years.formatted("extract(year FROM " + d + ")") + ")";
        String observed = "(extract(isodow FROM " + d + ") = 1 AND to_char(" + before + ", 'MM-DD') = '" + monthDay
                + "' AND " + years.formatted("extract(year FROM " + before + ")") + ")";
        return "(" + on + " OR " + observed + ")";
    }

    /**
     * India's bank holidays as SQL, written here from the law apart from the generator: Republic Day
     * (26 January, from 1950), Independence Day (15 August) and Gandhi Jayanti (2 October), the
     * national holidays every bank keeps; 25 December and 1 April (the annual closing of accounts),
     * which nearly every state declares; and the second and fourth Saturdays from 1 September 2015
     * (the Government's notification of 20 August 2015 under the Negotiable Instruments Act, s.25).
     */
    public static String closedInIndia(String date) {
        String d = "(" + date + ")";
        String md = "to_char(" + d + ", 'MM-DD')";
        return "(" + md + " IN ('08-15', '10-02', '12-25', '04-01') OR (" + md + " = '01-26' AND extract(year FROM " + d
                + ") >= 1950) OR (extract(isodow FROM " + d + ") = 6 AND " + d + " >= DATE '2015-09-01' AND "
                + "extract(day FROM " + d + ") BETWEEN 8 AND 14) OR (extract(isodow FROM " + d + ") = 6 AND " + d
                + " >= DATE '2015-09-01' AND extract(day FROM " + d + ") BETWEEN 22 AND 28))";
    }
}
