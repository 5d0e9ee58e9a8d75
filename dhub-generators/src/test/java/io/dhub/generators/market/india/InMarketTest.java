package io.dhub.generators.market.india;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.ids.IdSpace;
import io.dhub.generators.market.Amount;
import io.dhub.generators.market.Holder;
import io.dhub.generators.market.Home;
import io.dhub.generators.market.Job;
import io.dhub.generators.market.Markets;
import io.dhub.generators.market.Registration;
import io.dhub.generators.market.Text;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * India's market against facts written here, not read from its tables: the forms of its identifiers,
 * the first digit of each state's PINs (India Post's postal regions), its rails' limits, its money in
 * lakh and crore, and its bank holidays against the table of 2015-2035 built from the rules apart
 * from dhub ({@code ../shared/data/in/bank_holidays.csv}, a test resource).
 */
class InMarketTest {
    private static final InMarket IN = InMarket.INSTANCE;
    private static final Pattern PAN = Pattern.compile("[A-Z]{3}P[A-Z]\\d{4}[A-Z]");
    private static final Pattern MOBILE = Pattern.compile("\\+91[6-9]\\d{9}");
    private static final Pattern PIN = Pattern.compile("[1-9]\\d{5}");

    /** The first digit of the PINs of some states (India Post's postal zones). */
    private static final Map<String, String> PIN_ZONE = Map.ofEntries(Map.entry("Delhi", "1"),
            Map.entry("Haryana", "1"), Map.entry("Punjab", "1"), Map.entry("Uttar Pradesh", "2"),
            Map.entry("Rajasthan", "3"), Map.entry("Gujarat", "3"), Map.entry("Maharashtra", "4"),
            Map.entry("Madhya Pradesh", "4"), Map.entry("Karnataka", "5"), Map.entry("Telangana", "5"),
            Map.entry("Andhra Pradesh", "5"), Map.entry("Tamil Nadu", "6"), Map.entry("Kerala", "6"),
            Map.entry("West Bengal", "7"), Map.entry("Odisha", "7"), Map.entry("Bihar", "8"),
            Map.entry("Jharkhand", "8"));

    @Test
    void isAMarketUsersCanName() {
        assertEquals(IN, Markets.byCode("IN"));
        assertEquals("INR", IN.currency());
        assertEquals("IN", IN.country());
        IN.load();
        for (Text t : Text.values()) {
            String[] blanks = new String[IN.bank().blanks(t)];
            java.util.Arrays.fill(blanks, "x");
            assertFalse(IN.bank().text(t, blanks).isBlank(), t.name());
        }
        assertEquals(100_000_000L, IN.cents(Amount.CASH_REPORT), "the cash report: Rs 10 lakh");
    }

    @Test
    void phonesAreIndianMobilesAndUniqueAcrossCustomersAndStaff() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            String customer = IN.phone(i * 37, "27");
            String other = IN.phone(IdSpace.GUARANTOR_PHONE_BASE + i * 1_999);
            assertTrue(MOBILE.matcher(customer).matches(), customer);
            assertTrue(MOBILE.matcher(other).matches(), other);
            assertTrue(seen.add(customer) && seen.add(other), customer + " or " + other + " twice");
        }
    }

    @Test
    void taxIdsArePersonalPansCarryingTheSurnamesInitial() {
        Set<String> seen = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            String surname = List.of("Iyer", "sharma", "Reddy", "Banerjee").get((int) (i % 4));
            String pan = IN.taxId(i * 17, surname);
            assertTrue(PAN.matcher(pan).matches(), pan);
            assertEquals(Character.toUpperCase(surname.charAt(0)), pan.charAt(4), pan);
            assertFalse(pan.substring(5, 9).equals("0000"), "a PAN's serial is never 0000: " + pan);
            assertTrue(seen.add(pan.substring(0, 4) + pan.substring(5)), "unique whatever the initial: " + pan);
        }
    }

    @Test
    void documentNumbersHaveTheirFormsAndNeverRepeat() {
        Set<String> voters = new HashSet<>();
        Set<String> licences = new HashSet<>();
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            long value = r.nextLong(1_000_000_000L);
            String epic = IN.documentNumber("voter_id", value);
            // a licence is numbered from its submission: its holder's state and its expiry
            String dl = IN.documentNumber("drivers_license", value, new io.dhub.generators.market.Market.Submission(
                    i, i / 8, "Maharashtra", java.time.LocalDateTime.of(2020, 1, 1, 10, 0),
                    java.time.LocalDate.of(2035, 6, 30), List.of()));
            assertTrue(epic.matches("[A-Z]{3}\\d{7}"), epic);
            assertTrue(dl.matches("[A-Z]{2}\\d{2} (19|20)\\d{2} \\d{7}"), dl);
            assertEquals(voters.add(epic), licences.add(dl), "the same values repeat for both: " + value);
        }
        assertTrue(voters.size() > 99_990, "draws of 10^9 rarely repeat: " + voters.size());
        assertTrue(IN.identityDocuments().stream().allMatch(d -> Set.of("voter_id", "drivers_license", "passport",
                "national_id", "pan").contains(d.type())), "documents the schema admits for India");
    }

    @Test
    void homesAreIndianAddressesWithAPinOfTheirState() {
        SplittableRandom r = new SplittableRandom(11);
        Map<String, Integer> cities = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            Home h = IN.home(r);
            assertTrue(PIN.matcher(h.zip()).matches(), h.toString());
            String zone = PIN_ZONE.get(h.state());
            if (zone != null) {
                assertTrue(h.zip().startsWith(zone), h.state() + " has PINs from " + zone + ": " + h);
            }
            assertEquals("Asia/Kolkata", h.timeZone());
            assertTrue(h.street().matches("(Flat \\d{3,4}, [A-Za-z ]+, )?(\\d+, )?[\\w ]+, [^,]+"), h.street());
            assertFalse(h.street().contains("  ") || h.state().length() <= 2, "full names: " + h);
            cities.merge(h.city(), 1, Integer::sum);
        }
        // people live where India's city dwellers do: Mumbai, then Delhi, far ahead of a town
        assertTrue(cities.get("Mumbai") > cities.getOrDefault("Nagpur", 0) * 3, cities.toString());
        assertTrue(cities.get("Delhi") > 1_000 && cities.size() > 300, cities.size() + " cities");
        for (Home branch : IN.branchSites(new SplittableRandom(3), 20)) {
            assertTrue(branch.population() >= 1_000_000, "branches stand in cities of a million: " + branch);
        }
    }

    @Test
    void railsKeepTheirLimits() {
        assertEquals("upi", IN.channel("mobile", "purchase", new BigDecimal("100000.00"), false));
        assertEquals("imps", IN.channel("mobile", "transfer_out", new BigDecimal("100000.01"), false));
        assertEquals("neft", IN.channel("mobile", "transfer_out", new BigDecimal("500000.01"), false));
        assertEquals("cheque", IN.channel("mobile", "deposit", new BigDecimal("5000"), false));
        assertEquals("rtgs", IN.channel("wire", "transfer_out", new BigDecimal("200000"), false));
        assertEquals("neft", IN.channel("wire", "transfer_out", new BigDecimal("199999.99"), false));
        assertEquals("wire", IN.channel("wire", "transfer_out", new BigDecimal("50"), true), "abroad: a wire");
        assertEquals("nach", IN.channel("ach", "salary", new BigDecimal("30000"), false));
        assertEquals("pos", IN.channel("pos", "purchase", new BigDecimal("300"), false));
    }

    @Test
    void moneyIsWrittenInLakhAndCrore() {
        assertEquals("₹12,34,567.89", IN.money(1_234_567.89));
        assertEquals("₹1,00,00,000.00", IN.money(10_000_000));
        assertEquals("₹999.50", IN.money(999.5));
    }

    @Test
    void workAndPayFollowIndianPatterns() {
        SplittableRandom r = new SplittableRandom(17);
        int retiredAt62 = 0;
        long incomes = 0;
        int working = 0;
        for (int i = 0; i < 20_000; i++) {
            Job job = IN.job(r, 30 + i % 20, "retail");
            if (job.working()) {
                incomes += job.income();
                working++;
            }
            retiredAt62 += IN.job(r, 62, "retail").working() ? 0 : 1;
        }
        double monthly = incomes / (double) working / 12;
        // PLFS: Rs 21,103 a month for salaried workers, Rs 13,900 for the self-employed, Rs 433 a day casual
        assertTrue(monthly > 10_000 && monthly < 30_000, "mean monthly earnings at 30-49: " + monthly);
        assertTrue(retiredAt62 > 20_000 * 0.3 && retiredAt62 < 20_000 * 0.9, "retired at 62: " + retiredAt62);
        assertEquals("monthly", IN.payFrequency(r, "Office"));
    }

    @Test
    void bankHolidaysAreTheTableOf2015To2035() throws Exception {
        Set<LocalDate> table = new TreeSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                InMarketTest.class.getResourceAsStream("in/bank_holidays.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                table.add(LocalDate.parse(line.substring(0, 10)));
            }
        }
        assertTrue(table.size() > 500, table.size() + " days");
        for (LocalDate d = LocalDate.of(2015, 1, 1); d.getYear() <= 2035; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                assertEquals(table.contains(d), IN.bankHoliday(d), d + " (" + d.getDayOfWeek() + ")");
            }
        }
        assertFalse(IN.bankingDay(LocalDate.of(2025, 8, 15)), "Independence Day, a Friday in 2025");
        assertTrue(IN.bankingDay(LocalDate.of(2025, 8, 14)));
    }
    /** The identifiers kept beside the PAN, for a holder who joined before the schemes and one who joined after. */
    @Test
    void registrationsFollowTheHolderAndTheSchemesDates() {
        LocalDate asOf = LocalDate.of(2025, 9, 30);
        String pan = IN.taxId(41, "Kulkarni");
        Holder early = new Holder(41, pan, "Maharashtra", "business", "+919812345678", LocalDate.of(2009, 3, 2), asOf,
                Map.of("upi", LocalDate.of(2024, 5, 6)), pan);
        Map<String, Registration> byType = new HashMap<>();
        int aadhaar = 0;
        for (int draw = 0; draw < 2_000; draw++) {
            byType.clear();
            for (Registration r : IN.registrations(early, new SplittableRandom(draw))) {
                assertTrue(byType.put(r.type(), r) == null, "one of each type");
                assertFalse(r.recorded().isAfter(asOf), r.toString());
            }
            aadhaar += byType.containsKey("aadhaar_masked") ? 1 : 0;
            // GST began on 1 July 2017; a proprietorship's GSTIN is the state's code (Maharashtra 27) and the owner's PAN
            assertEquals(LocalDate.of(2017, 7, 1), byType.get("gstin").recorded());
            assertEquals("27" + pan + "1Z", byType.get("gstin").value().substring(0, 14));
            // CKYC within three years of its start on 1 January 2017 for one who joined before
            LocalDate ckyc = byType.get("ckyc").recorded();
            assertTrue(!ckyc.isBefore(LocalDate.of(2017, 1, 1)) && ckyc.isBefore(LocalDate.of(2020, 1, 1)), ckyc.toString());
            // the UPI id on the mobile, 0-90 days before the first UPI payment
            assertEquals("9812345678@dhub", byType.get("upi_id").value());
            long lead = java.time.temporal.ChronoUnit.DAYS.between(byType.get("upi_id").recorded(), LocalDate.of(2024, 5, 6));
            assertTrue(lead >= 0 && lead <= 90, "lead " + lead);
        }
        // nine in ten keep a masked Aadhaar (1,800 of 2,000 expected; 4 standard deviations are 54)
        assertTrue(aadhaar > 1_746 && aadhaar < 1_854, "masked Aadhaar on file: " + aadhaar);
        // a retail customer who joined in 2020 and never paid by UPI: no GSTIN, no UPI id, CKYC on joining
        Holder late = new Holder(42, IN.taxId(42, "Rao"), "Karnataka", "retail", "+917012345678",
                LocalDate.of(2020, 2, 3), asOf, Map.of(), null);
        List<Registration> lateOnes = IN.registrations(late, new SplittableRandom(1));
        assertTrue(lateOnes.stream().noneMatch(r -> r.type().equals("gstin") || r.type().equals("upi_id")));
        assertEquals(LocalDate.of(2020, 2, 3), lateOnes.stream().filter(r -> r.type().equals("ckyc")).findFirst()
                .orElseThrow().recorded());
        // a bank as of 2016 keeps no CKYC number or GSTIN: neither scheme had begun
        Holder before = new Holder(43, IN.taxId(43, "Das"), "West Bengal", "business", "+916012345678",
                LocalDate.of(2012, 1, 1), LocalDate.of(2016, 6, 30), Map.of(), IN.taxId(43, "Das"));
        assertTrue(IN.registrations(before, new SplittableRandom(1)).stream()
                .allMatch(r -> r.type().equals("aadhaar_masked")));
        // a firm (a partnership's PAN, fourth letter F) registers for GST on its own PAN, not its partner's
        String firmPan = IndianIds.pan(44, 'F', 'S');
        Holder firm = new Holder(44, IN.taxId(44, "Shah"), "Gujarat", "business", "+916312345678",
                LocalDate.of(2019, 1, 1), asOf, Map.of(), firmPan);
        assertEquals("24" + firmPan + "1Z", IN.registrations(firm, new SplittableRandom(1)).stream()
                .filter(r -> r.type().equals("gstin")).findFirst().orElseThrow().value().substring(0, 14));
        // branches: the bank's four letters, 0, the branch's number
        assertEquals("DHUB0000017", IN.branchCodes(17, LocalDate.of(2001, 1, 1)).get(0).value());
    }

    /**
     * Half the retail customers under the basic exemption limit declare Form 60 instead of giving a PAN;
     * nobody above it, and no business; the declaration is kept with a reference of its own.
     */
    @Test
    void customersBelowTheExemptionLimitMayDeclareForm60() {
        int declared = 0;
        for (int draw = 0; draw < 2_000; draw++) {
            int seed = draw;
            declared += IN.withoutTaxId(249_900, "retail", () -> new SplittableRandom(seed)) ? 1 : 0;
        }
        // 1,000 of 2,000 expected; 4 standard deviations are 89
        assertTrue(declared > 911 && declared < 1_089, "Form 60 declared: " + declared);
        assertFalse(IN.withoutTaxId(250_000, "retail", () -> {
            throw new AssertionError("no draw above the limit");
        }));
        assertFalse(IN.withoutTaxId(100_000, "business", () -> {
            throw new AssertionError("no draw for a business");
        }));
        assertFalse(io.dhub.generators.market.UsMarket.INSTANCE.withoutTaxId(0, "retail", () -> {
            throw new AssertionError("no draw in the US");
        }));
        LocalDate asOf = LocalDate.of(2025, 9, 30);
        Holder without = new Holder(77, null, "Bihar", "retail", "+917712345678", LocalDate.of(2021, 4, 5), asOf, Map.of(),
                null);
        Registration form60 = IN.registrations(without, new SplittableRandom(3)).stream()
                .filter(r -> r.type().equals("form_60")).findFirst().orElseThrow();
        assertEquals(new Registration("form_60", "F60-0000000077", LocalDate.of(2021, 4, 5)), form60);
        Holder with = new Holder(78, IN.taxId(78, "Jha"), "Bihar", "retail", "+917712345679", LocalDate.of(2021, 4, 5),
                asOf, Map.of(), null);
        assertTrue(IN.registrations(with, new SplittableRandom(3)).stream().noneMatch(r -> r.type().equals("form_60")));
    }

    /**
     * A transfer to or from another bank is printed with its rail's reference, dated in IST; other
     * texts and channels are left as the ledger wrote them.
     */
    @Test
    void transfersToOtherBanksArePrintedWithTheirRailsReference() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2025-07-11T15:18:26Z");   // 20:48 IST, day 192
        String out = IN.text(io.dhub.generators.market.Text.TRANSFER_TO_OTHER_BANK);
        String in = IN.text(io.dhub.generators.market.Text.TRANSFER_FROM_OTHER_BANK);
        assertEquals("UPI/DR/519220036865/Gauranga Talwar", IN.statementText(out, "upi", false, at, 36_865, "Gauranga Talwar"));
        assertEquals("IMPS/CR/519220036865/Ravi Rao", IN.statementText(in, "imps", true, at, 1_036_865, "Ravi Rao"));
        assertEquals("NEFT DR-DHUBN51920036865-Ravi Rao", IN.statementText(out, "neft", false, at, 36_865, "Ravi Rao"));
        String rtgs = IN.statementText(in, "rtgs", true, at, 36_865, "Ravi Rao");
        assertTrue(rtgs.matches("RTGS CR-[A-Z]{4}RC2025071100036865-Ravi Rao"), rtgs);
        // a purchase paid from a phone: UPI's P2M with its RRN, or IMPS above UPI's limit
        String swiggy = IN.text(io.dhub.generators.market.Text.PHONE_PURCHASE, "Swiggy");
        assertEquals("UPI/P2M/519220036865/Swiggy", IN.statementText(swiggy, "upi", false, at, 36_865, null));
        assertEquals("IMPS/P2M/519220036865/Swiggy", IN.statementText(swiggy, "imps", false, at, 36_865, null));
        // one payer, one sending bank
        assertEquals(rtgs.substring(8, 12), IN.statementText(in, "neft", true, at, 5, "Ravi Rao").substring(8, 12));
        // just after midnight IST is the next day
        assertEquals("UPI/DR/519300000001/NA", IN.statementText(out, "upi", false,
                java.time.OffsetDateTime.parse("2025-07-11T18:30:00Z"), 1, null));
        assertEquals("To transfer to account 123456789012", IN.statementText("To transfer to account 123456789012",
                "upi", false, at, 1, "Ravi Rao"));
        assertEquals(out, IN.statementText(out, "online", false, at, 1, "Ravi Rao"));
        assertEquals("Transfer to an account at another bank", io.dhub.generators.market.UsMarket.INSTANCE.statementText(
                "Transfer to an account at another bank", "wire", false, at, 1, "Ravi Rao"));
    }

    /** Platforms pay on the reference table's cadences; every platform of the catalogue has one. */
    @Test
    void platformsPayOnTheirCadence() {
        assertEquals("daily", IN.payoutCadence("Rapido"));
        assertEquals("milestone", IN.payoutCadence("Upwork"));
        assertEquals("weekly", IN.payoutCadence("Swiggy"));
        for (String platform : IN.catalogue(io.dhub.generators.market.Catalogue.PLATFORMS)) {
            assertTrue(InData.get().payoutCadences.containsKey(platform), platform + " has a cadence in the table");
        }
    }
}
