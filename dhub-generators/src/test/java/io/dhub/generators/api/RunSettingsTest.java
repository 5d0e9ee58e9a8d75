package io.dhub.generators.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.connect.RetryPolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every size and date is checked against what dhub can hold, without a database. */
class RunSettingsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static RunSettings settings(double scale, long customers, long employees, LocalDate asOf, int threads) {
        return new RunSettings(1, asOf, scale, customers, employees, threads, RetryPolicy.DEFAULT);
    }

    private static String refused(double scale, long customers, long employees, LocalDate asOf, int threads) {
        DhubException e = assertThrows(DhubException.class, () -> settings(scale, customers, employees, asOf, threads));
        assertEquals(ErrorCode.USAGE, e.code());
        return e.getMessage();
    }

    @Test
    void theLimitsHoldExactly() {
        assertDoesNotThrow(() -> settings(1, RunSettings.MAX_CUSTOMERS, RunSettings.MAX_EMPLOYEES, AS_OF, 1));
        assertDoesNotThrow(() -> settings(RunSettings.MAX_SCALE, 0, 0, AS_OF, 1));
        assertDoesNotThrow(() -> settings(0.00001, 0, 0, RunSettings.MIN_AS_OF, 1));
        assertDoesNotThrow(() -> settings(1, 0, 0, RunSettings.MAX_AS_OF, RunSettings.MAX_THREADS));
        assertTrue(refused(1, RunSettings.MAX_CUSTOMERS + 1, 0, AS_OF, 1).contains("12,499,999"));
        assertTrue(refused(1, 1_099_511_627_776L, 0, AS_OF, 1).contains("12,499,999"));
        assertTrue(refused(1, 0, RunSettings.MAX_EMPLOYEES + 1, AS_OF, 1).contains("1,000,000"));
        assertTrue(refused(1e9, 0, 0, AS_OF, 1).contains("6666"));
        assertTrue(refused(6_667, 0, 0, AS_OF, 1).contains("6666"));
        assertTrue(refused(1, 0, 0, LocalDate.of(9999, 12, 31), 1).contains("2200-12-31"));
        assertTrue(refused(1, 0, 0, LocalDate.of(1800, 1, 1), 1).contains("1900-01-01"));
        assertTrue(refused(1, 0, 0, AS_OF, 100_000).contains("256"));
        refused(0, 0, 0, AS_OF, 1);
        refused(Double.NaN, 0, 0, AS_OF, 1);
    }

    @Test
    void theCustomerLimitKeepsGuarantorPhonesBelowTheStaffBlock() {
        long lastLoan = 4 * RunSettings.MAX_CUSTOMERS + 3;
        long lastGuarantorPhone = 200_000_000L + 2 * lastLoan + 1;
        assertTrue(lastGuarantorPhone < 300_000_000L, "guarantor phone index " + lastGuarantorPhone);
        long oneMore = 200_000_000L + 2 * (4 * (RunSettings.MAX_CUSTOMERS + 1) + 3) + 1;
        assertTrue(oneMore >= 300_000_000L, "the limit is the largest that fits: " + oneMore);
    }

    /** The run record's settings read back are the settings written, for every option that shapes the data. */
    @Test
    void theRecordedSettingsReadBackAsTheyWere() {
        java.util.List<RunSettings> all = java.util.List.of(
                settings(0.1, 0, 0, AS_OF, 2),
                new RunSettings(7, LocalDate.of(1995, 3, 31), 2.5, 300, 40, 1, RetryPolicy.DEFAULT)
                        .withHistoryMonths(60).withAmlCases(12.5),
                new RunSettings(9, AS_OF, 1, 0, 0, 1, RetryPolicy.DEFAULT).withProfiles(
                        io.dhub.generators.profiles.ProfileMix.parse("retail:overspender=2,gig:variable_income=1"))
                        .withProfiles(io.dhub.generators.profiles.ProfileMix.parse("default")
                                .withAssigned(44, io.dhub.generators.profiles.Profile.OVERSPENDER)
                                .withAssigned(3, io.dhub.generators.profiles.Profile.SEASONAL)));
        for (RunSettings s : all) {
            RunSettings back = RunSettings.fromJson(s.settingsJson(), s.threads(), s.retry());
            assertEquals(s.replayCommand(), back.replayCommand());
            assertEquals(s.settingsJson(), back.settingsJson());
            assertEquals(s.ledgerMonths(), back.ledgerMonths());
            assertEquals(s.customerCount(), back.customerCount());
            assertEquals(s.profiles().assignments(), back.profiles().assignments());
        }
        assertEquals("{\"seed\": 9, \"as_of\": \"2026-11-01\", \"scale\": 1, \"customers_option\": 0, "
                + "\"employees_option\": 0, \"history_months\": 24, \"aml_cases\": 0.8333333333333334, \"profiles\": "
                + "\"default\", \"market\": \"us\", \"assigned\": {\"3\": \"seasonal\", \"44\": \"overspender\"}}",
                all.get(2).settingsJson());
        DhubException bad = assertThrows(DhubException.class, () -> RunSettings.fromJson("{\"seed\": 1, \"market\": "
                + "\"xx\"}", 1, RetryPolicy.DEFAULT));
        assertTrue(bad.getMessage().contains("market xx"), bad.getMessage());
    }

    /**
     * A gig bank is India's: it is refused in the US market in one line, its option reads back from the
     * run record and the replay line, and a bank of every kind of customer names no earners at all.
     */
    @Test
    void aGigBankIsAnOptionOfIndiasMarket() {
        RunSettings us = new RunSettings(9, AS_OF, 1, 100, 0, 1, RetryPolicy.DEFAULT);
        DhubException refused = assertThrows(DhubException.class, () -> us.withEarners("gig"));
        assertEquals(ErrorCode.USAGE, refused.code());
        assertTrue(refused.getMessage().startsWith("--earners gig needs a market whose gig workers do gig work (--market "
                + "in)"), refused.getMessage());
        DhubException unknown = assertThrows(DhubException.class, () -> us.withMarket("in").withEarners("students"));
        assertEquals("--earners must be all or gig, not 'students'", unknown.getMessage());
        RunSettings gig = us.withMarket("in").withEarners(" GIG ");
        assertTrue(gig.gigOnly());
        assertTrue(gig.replayCommand().endsWith(" --market in --earners gig"), gig.replayCommand());
        assertTrue(gig.settingsJson().endsWith(", \"earners\": \"gig\"}"), gig.settingsJson());
        RunSettings back = RunSettings.fromJson(gig.settingsJson(), 1, RetryPolicy.DEFAULT);
        assertTrue(back.gigOnly());
        assertEquals(gig.replayCommand(), back.replayCommand());
        assertFalse(us.withMarket("in").gigOnly());
        assertFalse(us.withMarket("in").settingsJson().contains("earners"));
        assertFalse(RunSettings.fromJson(us.settingsJson(), 1, RetryPolicy.DEFAULT).gigOnly());
        // a gig bank's market cannot be changed back to one without gig occupations
        assertThrows(DhubException.class, () -> gig.withMarket("us"));
    }

    /** The market is named by its code, case aside; the default one leaves the replay line as it was. */
    @Test
    void theMarketIsAnOptionOfItsOwn() {
        assertEquals("us", io.dhub.generators.market.Markets.byCode(" US ").code());
        DhubException unknown = assertThrows(DhubException.class, () -> io.dhub.generators.market.Markets.byCode("uk"));
        assertEquals(ErrorCode.USAGE, unknown.code());
        assertEquals("unknown market 'uk': dhub knows us (the United States), in (India)", unknown.getMessage());
        RunSettings us = settings(1, 0, 0, AS_OF, 1).withMarket(io.dhub.generators.market.Markets.byCode("us"));
        assertTrue(!us.replayCommand().contains("--market"), us.replayCommand());
        assertTrue(us.settingsJson().contains("\"market\": \"us\""), us.settingsJson());
        // a market other than the default is carried by the replay line and the settings
        RunSettings in = settings(1, 0, 0, AS_OF, 1).withMarket(io.dhub.generators.market.Markets.byCode("in"));
        assertTrue(in.replayCommand().contains("--market in"), in.replayCommand());
        assertTrue(in.settingsJson().contains("\"market\": \"in\""), in.settingsJson());
    }

    /** {@code --profiles default} in India takes India's mix, in whichever order the options are given. */
    @Test
    void theDefaultMixIsTheMarkets() {
        io.dhub.generators.market.Market in = io.dhub.generators.market.Markets.byCode("in");
        RunSettings marketFirst = settings(1, 0, 0, AS_OF, 1).withMarket(in).withProfiles("default");
        RunSettings profilesFirst = settings(1, 0, 0, AS_OF, 1).withProfiles("default").withMarket(in);
        RunSettings us = settings(1, 0, 0, AS_OF, 1).withProfiles("default");
        var retail = io.dhub.generators.profiles.Profile.Earner.RETAIL;
        var business = io.dhub.generators.profiles.Profile.Earner.BUSINESS;
        var gig = io.dhub.generators.profiles.Profile.Earner.GIG;
        var savings = io.dhub.generators.profiles.Profile.SAVINGS_BUILDER;
        var cards = io.dhub.generators.profiles.Profile.HIGH_UTILIZATION;
        var seasonal = io.dhub.generators.profiles.Profile.SEASONAL;
        var variable = io.dhub.generators.profiles.Profile.VARIABLE_INCOME;
        for (RunSettings india : java.util.List.of(marketFirst, profilesFirst)) {
            assertEquals(0.10, india.profiles().share(retail, savings), 1e-12);
            assertEquals(0.02, india.profiles().share(retail, cards), 1e-12);
            assertEquals(0.12, india.profiles().share(business, seasonal), 1e-12);
            assertEquals(us.profiles().share(gig, variable), india.profiles().share(gig, variable), 1e-12,
                    "gig workers as everywhere");
            assertEquals("default", india.profiles().spec(), "the replay line still says default");
        }
        assertEquals(0.12, us.profiles().share(retail, savings), 1e-12);
        assertEquals(0.12, us.profiles().share(retail, cards), 1e-12);
        // a mix the user writes is theirs in every market
        assertEquals(1.0, settings(1, 0, 0, AS_OF, 1).withMarket(in).withProfiles("balanced=1").profiles()
                .share(retail, io.dhub.generators.profiles.Profile.BALANCED), 1e-12);
    }
}
