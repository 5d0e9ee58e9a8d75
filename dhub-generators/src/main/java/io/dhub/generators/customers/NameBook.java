package io.dhub.generators.customers;

import io.dhub.generators.engine.Fakers;
import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.datafaker.Faker;

/**
 * Datafaker's dictionaries, sampled once per run (from the seed tree) into arrays, so that each
 * customer's name, address and occupation is a handful of array look-ups instead of Datafaker's
 * expression engine (about 80 µs a customer). Street numbers come from the customer's own stream.
 */
final class NameBook {
    private static final int SIZE = 4096;
    private static final int ZIPS_PER_STATE = 64;

    private final String[] female = new String[SIZE];
    private final String[] male = new String[SIZE];
    private final String[] any = new String[SIZE];
    private final String[] last = new String[SIZE];
    private final String[] streets = new String[SIZE];
    private final String[] cities = new String[SIZE];
    private final String[] jobs = new String[SIZE];
    private final String[] states;
    private final Map<String, String[]> zips = new TreeMap<>();

    NameBook(SeedTree seeds, Locale locale) {
        Faker faker = Fakers.seeded(locale, seeds.seed("name-book", 0));
        for (int i = 0; i < SIZE; i++) {
            female[i] = faker.name().femaleFirstName();
            male[i] = faker.name().maleFirstName();
            any[i] = faker.name().firstName();
            last[i] = faker.name().lastName();
            streets[i] = faker.address().streetName();
            cities[i] = faker.address().city();
            jobs[i] = faker.job().title();
        }
        List<String> stateList = new ArrayList<>();
        for (int i = 0; i < 400 && stateList.size() < 50; i++) {
            String state = faker.address().stateAbbr();
            if (!stateList.contains(state)) {
                stateList.add(state);
            }
        }
        stateList.sort(String::compareTo);
        for (String state : stateList) {
            String[] codes = new String[ZIPS_PER_STATE];
            for (int i = 0; i < ZIPS_PER_STATE; i++) {
                codes[i] = faker.address().zipCodeByState(state);
            }
            zips.put(state, codes);
        }
        this.states = stateList.toArray(String[]::new);
    }

    /** A person's identity, drawn from its own stream. */
    record Identity(String first, String last, String street, String city, String state, String zip,
                    String occupation) {
    }

    Identity draw(String gender, Rng rng) {
        String[] firsts = switch (gender) {
            case "female" -> female;
            case "male" -> male;
            default -> any;
        };
        String state = states[rng.between(0, states.length - 1)];
        String[] stateZips = zips.get(state);
        return new Identity(firsts[rng.between(0, SIZE - 1)], last[rng.between(0, SIZE - 1)],
                rng.between(1, 9999) + " " + streets[rng.between(0, SIZE - 1)], cities[rng.between(0, SIZE - 1)],
                state, stateZips[rng.between(0, stateZips.length - 1)], jobs[rng.between(0, SIZE - 1)]);
    }
}
