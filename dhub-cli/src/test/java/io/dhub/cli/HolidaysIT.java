package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.market.Market;
import io.dhub.generators.market.UsMarket;
import io.dhub.generators.market.india.InMarket;
import io.dhub.schema.testing.TestServer;
import io.dhub.verify.BankHolidaysSql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each market's calendar in the generator (its rules, in Java) and in verify (written apart, in SQL)
 * name the same bank holidays on every day from 1890 to 2210, the years `--as-of` and its histories
 * and maturities reach: they judge banking days and opening hours alike at any as-of date.
 */
class HolidaysIT {
    @Test
    void generatorAndVerifyAgreeOnEveryDayFrom1890To2210() throws Exception {
        assertAgree(UsMarket.INSTANCE, BankHolidaysSql.closed("d::date"), 300 * 9);
    }

    /** India: its weekday holidays and the second and fourth Saturdays (every Saturday is asked). */
    @Test
    void indiasGeneratorAndVerifyAgreeOnEveryDayFrom1890To2210() throws Exception {
        assertAgree(InMarket.INSTANCE, BankHolidaysSql.closedInIndia("d::date"), 300 * 3);
    }

    private static void assertAgree(Market market, String closedSql, int least) throws Exception {
        LocalDate first = LocalDate.of(1890, 1, 1);
        LocalDate last = LocalDate.of(2210, 12, 31);
        TreeSet<LocalDate> generator = new TreeSet<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (market.bankHoliday(d)) {
                generator.add(d);
            }
        }
        TreeSet<LocalDate> verify = new TreeSet<>();
        try (Connection conn = TestServer.get().admin(); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT d::date FROM generate_series(date '" + first + "', date '" + last
                     + "', interval '1 day') d WHERE " + closedSql)) {
            while (rs.next()) {
                verify.add(rs.getObject(1, LocalDate.class));
            }
        }
        assertTrue(generator.size() > least, "closed days: " + generator.size());
        TreeSet<LocalDate> onlyGenerator = new TreeSet<>(generator);
        onlyGenerator.removeAll(verify);
        TreeSet<LocalDate> onlyVerify = new TreeSet<>(verify);
        onlyVerify.removeAll(generator);
        assertEquals(new TreeSet<>(), onlyGenerator, "closed for the generator only");
        assertEquals(new TreeSet<>(), onlyVerify, "closed for verify only");
    }
}
