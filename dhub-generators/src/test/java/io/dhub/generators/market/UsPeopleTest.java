package io.dhub.generators.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The US market's people, drawn 20,000 times and compared with the reference files read here with
 * their own parsing: homes are real cities with one of their ZIP codes and an area code of their
 * state, names fit sex and birth decade, and age, occupation and income hang together.
 */
class UsPeopleTest {
    private static final Market US = UsMarket.INSTANCE;
    private static final int N = 20_000;

    @Test
    void homesAreRealCitiesWithTheirZipAndAnAreaCodeOfTheirState() throws IOException {
        Map<String, Set<String>> zipsOfCity = new HashMap<>();
        for (String[] row : rows("us/cities.csv")) {
            zipsOfCity.put(row[0] + "|" + row[1], new HashSet<>(Arrays.asList(row[9].split(" "))));
        }
        Map<String, String> stateOfCode = new HashMap<>();
        for (String[] row : rows("us/area_codes.csv")) {
            stateOfCode.put(row[0], row[1]);
        }
        SplittableRandom random = new SplittableRandom(11);
        Map<String, Integer> byState = new HashMap<>();
        Set<String> zones = new HashSet<>();
        for (int i = 0; i < N; i++) {
            Home home = US.home(random);
            Set<String> zips = zipsOfCity.get(home.city() + "|" + home.state());
            assertTrue(zips != null, "not a listed city: " + home);
            assertTrue(zips.contains(home.zip()), "ZIP of another city: " + home);
            assertEquals(home.state(), stateOfCode.get(home.areaCode()), "area code of another state: " + home);
            assertTrue(home.street().matches("\\d{1,4} [A-Z][a-z]+ [A-Z][a-z]+( Apt \\d+)?"), home.street());
            byState.merge(home.state(), 1, Integer::sum);
            zones.add(home.timeZone());
        }
        // weighted by population: California holds about 12-16% of the people of US cities over 10,000
        double california = byState.get("CA") / (double) N;
        assertTrue(california > 0.12 && california < 0.20, "California " + california);
        assertTrue(byState.getOrDefault("VT", 0) < byState.get("TX") / 20, "Vermont against Texas " + byState);
        assertTrue(zones.containsAll(Set.of("America/New_York", "America/Chicago", "America/Denver",
                "America/Los_Angeles")), zones.toString());
    }

    @Test
    void firstNamesWereGivenToThatSexInTheBirthDecade() throws IOException {
        Map<String, Set<String>> given = new HashMap<>();
        for (String[] row : rows("us/first_names.csv")) {
            given.computeIfAbsent(row[1] + row[2], k -> new HashSet<>()).add(row[0]);
        }
        SplittableRandom random = new SplittableRandom(12);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < N; i++) {
            boolean female = random.nextBoolean();
            int year = 1925 + random.nextInt(85);
            String name = US.firstName(random, female, year);
            assertTrue(given.get((female ? "F" : "M") + (year / 10 * 10)).contains(name), name + " in " + year);
            counts.merge(name, 1, Integer::sum);
        }
        List<Integer> sorted = new ArrayList<>(counts.values());
        sorted.sort((a, b) -> b - a);
        int top100 = sorted.stream().limit(100).mapToInt(Integer::intValue).sum();
        assertTrue(top100 > 0.35 * N, "the 100 commonest names cover " + top100 + " of " + N);
    }

    @Test
    void ageOccupationAndIncomeHangTogether() {
        SplittableRandom random = new SplittableRandom(13);
        List<Long> young = new ArrayList<>();
        List<Long> prime = new ArrayList<>();
        int over70 = 0;
        int over70Retired = 0;
        int under55Retired = 0;
        int over65 = 0;
        for (int i = 0; i < N; i++) {
            int age = US.adultAge(random);
            Job job = US.job(random, age, "retail");
            assertTrue(job.occupation().length() <= 100 && !job.occupation().contains("All Other"), job.occupation());
            over65 += age >= 65 ? 1 : 0;
            if (age >= 70) {
                over70++;
                over70Retired += job.working() ? 0 : 1;
            }
            if (age < 55 && Job.RETIRED.equals(job.occupation())) {
                under55Retired++;
            }
            if (job.working() && age < 25) {
                young.add(job.income());
            } else if (job.working() && age >= 45 && age < 55) {
                prime.add(job.income());
            }
        }
        // Census 2021: 21.6% of adults are 65 or older
        assertTrue(over65 > 0.19 * N && over65 < 0.24 * N, "65+: " + over65);
        assertTrue(over70Retired > 0.75 * over70, over70Retired + " of " + over70 + " over 70 retired");
        assertEquals(0, under55Retired);
        assertTrue(median(prime) > 1.4 * median(young), "45-54 " + median(prime) + " against under 25 " + median(young));
    }

    @Test
    void segmentsEarnInOrder() {
        SplittableRandom random = new SplittableRandom(14);
        Map<String, List<Long>> incomes = new HashMap<>();
        for (String segment : List.of("retail", "premium", "business", "private_banking")) {
            for (int i = 0; i < 4_000; i++) {
                incomes.computeIfAbsent(segment, k -> new ArrayList<>()).add(US.job(random, 45, segment).income());
            }
        }
        assertTrue(median(incomes.get("retail")) < median(incomes.get("premium")), incomes.keySet().toString());
        assertTrue(median(incomes.get("premium")) < median(incomes.get("business")));
        assertTrue(median(incomes.get("business")) < median(incomes.get("private_banking")));
    }

    @Test
    void bankHolidaysAreTheReserveBanksClosedDays() {
        assertTrue(US.bankHoliday(java.time.LocalDate.of(2025, 12, 25)));
        assertTrue(US.bankHoliday(java.time.LocalDate.of(2025, 11, 27)));   // Thanksgiving
        assertTrue(!US.bankHoliday(java.time.LocalDate.of(2021, 12, 31)), "Saturday holidays do not close Friday");
        assertTrue(!US.bankHoliday(java.time.LocalDate.of(2025, 11, 28)));
    }

    /**
     * The rules give, for 2000-2035, exactly the Reserve Banks' closed days of the table generated
     * from the Board's schedule (a test resource now), and the holidays of any other year as the law
     * stood then.
     */
    @Test
    void bankHolidaysByRuleAreTheTablesDaysAndHoldForEveryYear() throws IOException {
        java.util.Set<java.time.LocalDate> table = new java.util.TreeSet<>();
        for (String[] row : rows("us/bank_holidays.csv")) {
            if (!row[4].isEmpty()) {
                table.add(java.time.LocalDate.parse(row[4]));
            }
        }
        assertEquals(table, new java.util.TreeSet<>(UsHolidays.closed(2000, 2035)), "2000-2035 as published");
        String[] closed = {"1995-01-02", "1995-02-20", "1993-11-11", "1975-10-27", "1965-02-22", "1965-05-31",
            "1950-10-12", "1940-11-21", "1930-11-27", "2150-01-19", "2150-06-19", "2199-12-25", "1900-09-03"};
        for (String day : closed) {
            assertTrue(US.bankHoliday(java.time.LocalDate.parse(day)), day + " is a closed day");
        }
        String[] open = {"1985-01-21", "1975-11-11", "1965-02-15", "1930-10-13", "2021-06-18", "1930-11-20",
            "2150-06-18", "2400-12-26"};
        for (String day : open) {
            assertTrue(!US.bankHoliday(java.time.LocalDate.parse(day)), day + " is a banking day");
        }
        assertTrue(US.bankHoliday(java.time.LocalDate.of(2400, 12, 25)), "beyond the years held in memory, by rule");
        for (int year = 1900; year <= 2200; year++) {
            java.util.Set<java.time.LocalDate> days = UsHolidays.closed(year);
            assertTrue(days.size() >= 4 && days.size() <= 11, year + ": " + days);
            assertTrue(days.stream().allMatch(d -> d.getDayOfWeek().getValue() <= 5), year + ": weekdays only");
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        return sorted.get(sorted.size() / 2);
    }

    /** The data rows of a reference file, split on commas outside double quotes. */
    private static List<String[]> rows(String name) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                UsPeopleTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.add(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
            }
        }
        return out;
    }
}
