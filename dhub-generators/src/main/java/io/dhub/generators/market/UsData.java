package io.dhub.generators.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The US reference tables (see {@code us/NOTICE.md} for their sources and licences), read from the
 * jar once per process, on first use, and kept as arrays ready for weighted draws.
 */
final class UsData {
    /** A city with its population, time zone, residential ZIP codes and the area codes that serve it. */
    record City(String name, String state, String county, double population, double latitude, double longitude,
                String timeZone, String[] zips, String[] areaCodes) {
    }

    /** A BLS occupation with its wage percentiles (p10, p25, median, p75, p90), in dollars a year. */
    record Occupation(String title, String group, double employment, double[] wages) {
    }

    /** Names of one sex and birth decade, drawn by their number of births. */
    record Names(String[] names, Cumulative weights) {
    }

    final City[] cities;
    final Cumulative cityWeights;
    final Map<String, Names> firstNames;
    final String[] surnames;
    final Cumulative surnameWeights;
    final Ages ages;
    final Occupation[] occupations;
    /** The Reserve Banks' closed days of these years, by rule, held in memory (about 5,500 days). */
    static final int FIRST_HOLIDAY_YEAR = 1800;
    static final int LAST_HOLIDAY_YEAR = 2300;
    final Set<LocalDate> bankHolidays;
    final Set<String> areaCodesInService;
    final Merchants merchants;

    private UsData() {
        Csv codes = Csv.resource("us/area_codes.csv");
        Csv places = Csv.resource("us/cities.csv");
        cities = cities(places, codes);
        double[] population = new double[cities.length];
        for (int i = 0; i < cities.length; i++) {
            population[i] = cities[i].population();
        }
        cityWeights = new Cumulative(population);
        areaCodesInService = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            areaCodesInService.add(codes.get(i, "npa"));
        }

        Csv first = Csv.resource("us/first_names.csv");
        Map<String, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < first.size(); i++) {
            byKey.computeIfAbsent(first.get(i, "sex") + first.get(i, "birth_decade"), k -> new ArrayList<>()).add(i);
        }
        firstNames = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
            List<Integer> rows = e.getValue();
            String[] names = new String[rows.size()];
            double[] counts = new double[rows.size()];
            for (int j = 0; j < rows.size(); j++) {
                names[j] = first.get(rows.get(j), "name");
                counts[j] = first.number(rows.get(j), "count");
            }
            firstNames.put(e.getKey(), new Names(names, new Cumulative(counts)));
        }

        Csv last = Csv.resource("us/surnames.csv");
        surnames = new String[last.size()];
        double[] bearers = new double[last.size()];
        for (int i = 0; i < last.size(); i++) {
            surnames[i] = last.get(i, "display_name");
            bearers[i] = last.number(i, "count");
        }
        surnameWeights = new Cumulative(bearers);

        Csv pyramid = Csv.resource("us/age_pyramid.csv");
        int[] years = new int[pyramid.size()];
        double[] shares = new double[pyramid.size()];
        for (int i = 0; i < pyramid.size(); i++) {
            years[i] = Integer.parseInt(pyramid.get(i, "age"));
            shares[i] = pyramid.number(i, "total");
        }
        ages = new Ages(years, new Cumulative(shares));

        Csv jobs = Csv.resource("us/occupations.csv");
        List<Occupation> kept = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            String title = jobs.get(i, "title");
            // "…, All Other" residual groups are not job titles anyone gives, and a few titles exceed the column
            if (title.contains("All Other") || title.length() > 100) {
                continue;
            }
            double[] wages = new double[5];
            String[] columns = {"annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90"};
            for (int c = 0; c < 5; c++) {
                wages[c] = jobs.number(i, columns[c]);
            }
            kept.add(new Occupation(title, jobs.get(i, "major_group"), jobs.number(i, "employment"), wages));
        }
        occupations = kept.toArray(Occupation[]::new);

        merchants = Merchants.read(Csv.resource("us/merchants.csv"));

        bankHolidays = Set.copyOf(UsHolidays.closed(FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR));
    }

    private static final class Holder {
        static final UsData DATA = new UsData();
    }

    static UsData get() {
        return Holder.DATA;
    }

    /**
     * The cities, each with the area codes of its state whose NANPA main city is nearest to it (with
     * the codes overlaid on the same area); a state none of whose main cities is listed offers all its codes.
     */
    private static City[] cities(Csv places, Csv codes) {
        Map<String, Integer> cityIndex = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            cityIndex.putIfAbsent(places.get(i, "city") + "|" + places.get(i, "state_code"), i);
        }
        Map<String, List<Integer>> codesByState = new TreeMap<>();
        for (int i = 0; i < codes.size(); i++) {
            codesByState.computeIfAbsent(codes.get(i, "state_code"), k -> new ArrayList<>()).add(i);
        }
        City[] out = new City[places.size()];
        for (int i = 0; i < places.size(); i++) {
            String state = places.get(i, "state_code");
            double lat = places.number(i, "latitude");
            double lon = places.number(i, "longitude");
            int nearest = -1;
            double best = Double.MAX_VALUE;
            List<Integer> stateCodes = codesByState.getOrDefault(state, List.of());
            for (int c : stateCodes) {
                Integer home = cityIndex.get(codes.get(c, "main_city") + "|" + state);
                if (home != null) {
                    double dLat = places.number(home, "latitude") - lat;
                    double dLon = (places.number(home, "longitude") - lon) * Math.cos(Math.toRadians(lat));
                    double d = dLat * dLat + dLon * dLon;
                    if (d < best) {
                        best = d;
                        nearest = c;
                    }
                }
            }
            List<String> serving = new ArrayList<>();
            for (int c : stateCodes) {
                boolean same = nearest < 0 || c == nearest || (!codes.get(nearest, "overlay_complex").isEmpty()
                        && codes.get(c, "overlay_complex").equals(codes.get(nearest, "overlay_complex")));
                if (same) {
                    serving.add(codes.get(c, "npa"));
                }
            }
            if (serving.isEmpty()) {
                throw new IllegalStateException("no area code in service in " + state);
            }
            String[] zips = Arrays.stream(places.get(i, "zips").split(" ")).filter(z -> z.length() == 5)
                    .toArray(String[]::new);
            if (zips.length == 0) {
                zips = new String[] {places.get(i, "primary_zip")};
            }
            out[i] = new City(places.get(i, "city"), state, places.get(i, "county"),
                    places.number(i, "population"), lat, lon, places.get(i, "time_zone"), zips,
                    serving.stream().sorted().toArray(String[]::new));
        }
        return out;
    }
}
