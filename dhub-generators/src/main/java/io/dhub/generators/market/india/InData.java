package io.dhub.generators.market.india;

import io.dhub.generators.market.Ages;
import io.dhub.generators.market.Csv;
import io.dhub.generators.market.Cumulative;
import io.dhub.generators.market.Merchants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Indian reference tables (see {@code in/NOTICE.md} for their sources and licences), read from
 * the jar once per process, on first use, and kept as arrays ready for weighted draws.
 */
final class InData {
    /** A PIN of a city and a locality of it (a place its post office serves). */
    record Pin(String pin, String locality) {
    }

    /** A city of 100,000 people or more (Census 2011), its state and the PINs of its district. */
    record City(String name, String stateCode, String state, String district, double population, double latitude,
                double longitude, Pin[] pins) {
    }

    /**
     * An occupation with its class of work (PLFS: salaried, self-employed, casual; and gig, platform
     * work), median monthly earnings and, for gig work, the platforms that offer it, its own first.
     */
    record Occupation(String title, String group, String workClass, double weight, double monthlyMedian,
                      List<String> platforms) {
        boolean gig() {
            return !platforms.isEmpty();
        }
    }

    final City[] cities;
    final Cumulative cityWeights;
    /** GST state code to the first digits its PINs may start with. */
    final Map<String, String> pinDigits = new TreeMap<>();
    /** A state's or union territory's name, as addresses write it, to its GST state code. */
    final Map<String, String> stateCodes = new TreeMap<>();
    /** State or union territory name → its letters on a driving licence (its ISO 3166-2 code but for DNH&DD's DD). */
    final Map<String, String> licenceLetters = new TreeMap<>();
    final String[] femaleNames;
    final String[] maleNames;
    final String[] surnames;
    final Ages ages;
    final Occupation[] occupations;
    /** The occupations by title, for their platforms. */
    final Map<String, Occupation> occupationsByTitle = new TreeMap<>();
    final Merchants merchants;
    /** A gig platform's payout cadence as the reference table estimates it: weekly, daily, per_milestone, per_trip. */
    final Map<String, String> payoutCadences = new TreeMap<>();

    /** The district of a city of the reference table, by its state and name; null for none. */
    String districtOf(String state, String city) {
        for (City c : cities) {
            if (c.name().equals(city) && c.state().equals(state)) {
                return c.district();
            }
        }
        return null;
    }

    private InData() {
        Csv states = Csv.resource(InData.class, "in/states.csv");
        Map<String, String> stateNames = new TreeMap<>();
        for (int i = 0; i < states.size(); i++) {
            stateNames.put(states.get(i, "state_code"), states.get(i, "name"));
            pinDigits.put(states.get(i, "state_code"), states.get(i, "pin_first_digits"));
            stateCodes.put(states.get(i, "name"), states.get(i, "state_code"));
            String iso = states.get(i, "iso_code").substring(3);
            licenceLetters.put(states.get(i, "name"), iso.equals("DH") ? "DD" : iso);
        }

        Csv pins = Csv.resource(InData.class, "in/city_pins.csv");
        Map<String, List<Pin>> byRank = new LinkedHashMap<>();
        for (int i = 0; i < pins.size(); i++) {
            byRank.computeIfAbsent(pins.get(i, "rank"), k -> new ArrayList<>())
                    .add(new Pin(pins.get(i, "pin"), pins.get(i, "locality")));
        }
        Csv places = Csv.resource(InData.class, "in/cities.csv");
        cities = new City[places.size()];
        double[] population = new double[places.size()];
        for (int i = 0; i < places.size(); i++) {
            String code = places.get(i, "state_code");
            String state = stateNames.get(code);
            List<Pin> own = byRank.get(places.get(i, "rank"));
            if (state == null || own == null) {
                throw new IllegalStateException("in/cities.csv: city " + places.get(i, "city") + " has no state or PIN");
            }
            cities[i] = new City(places.get(i, "city"), code, state, places.get(i, "district"),
                    places.number(i, "population"), places.number(i, "latitude"), places.number(i, "longitude"),
                    own.toArray(Pin[]::new));
            population[i] = cities[i].population();
        }
        cityWeights = new Cumulative(population);

        Csv first = Csv.resource(InData.class, "in/first_names.csv");
        List<String> female = new ArrayList<>();
        List<String> male = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            ("F".equals(first.get(i, "sex")) ? female : male).add(first.get(i, "name"));
        }
        femaleNames = female.toArray(String[]::new);
        maleNames = male.toArray(String[]::new);
        Csv last = Csv.resource(InData.class, "in/surnames.csv");
        surnames = new String[last.size()];
        for (int i = 0; i < last.size(); i++) {
            surnames[i] = last.get(i, "name");
        }

        Csv bands = Csv.resource(InData.class, "in/age_bands.csv");
        List<Integer> ageList = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            int from = (int) bands.number(i, "from");
            int to = (int) bands.number(i, "to");
            double each = bands.number(i, "millions") / (to - from + 1);
            for (int age = from; age <= to; age++) {
                // the open band of 80 and over thins out year by year
                ageList.add(age);
                shares.add(from >= 80 ? each * 2 * (to + 1 - age) / (to - from + 2) : each);
            }
        }
        ages = new Ages(ageList.stream().mapToInt(Integer::intValue).toArray(),
                new Cumulative(shares.stream().mapToDouble(Double::doubleValue).toArray()));

        Csv jobs = Csv.resource(InData.class, "in/occupations.csv");
        occupations = new Occupation[jobs.size()];
        for (int i = 0; i < jobs.size(); i++) {
            String platforms = jobs.get(i, "platforms");
            occupations[i] = new Occupation(jobs.get(i, "title"), jobs.get(i, "group"), jobs.get(i, "class"),
                    jobs.number(i, "weight"), jobs.number(i, "monthly_median_inr"),
                    platforms.isEmpty() ? List.of() : List.of(platforms.split("\\|")));
            occupationsByTitle.put(occupations[i].title(), occupations[i]);
            if (occupations[i].gig() != "gig".equals(occupations[i].workClass())) {
                throw new IllegalStateException("in/occupations.csv: " + occupations[i].title() + " is of class "
                        + occupations[i].workClass() + " but names platforms " + platforms);
            }
        }

        merchants = Merchants.read(Csv.resource(InData.class, "in/merchants.csv"));

        Csv payouts = Csv.resource(InData.class, "in/platform_payouts.csv");
        for (int i = 0; i < payouts.size(); i++) {
            payoutCadences.put(payouts.get(i, "platform"), payouts.get(i, "cadence"));
        }
        for (Occupation o : occupations) {
            for (String platform : o.platforms()) {
                if (!payoutCadences.containsKey(platform)) {
                    throw new IllegalStateException("in/occupations.csv: " + o.title() + " names platform " + platform
                            + ", which in/platform_payouts.csv does not list");
                }
            }
        }
    }

    private static final class Holder {
        static final InData DATA = new InData();
    }

    static InData get() {
        return Holder.DATA;
    }
}
