package io.dhub.generators.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Datafaker is costly to build, so each worker thread keeps one per locale, over a {@link Random}
 * that is reseeded from the entity's own stream before each use. What a Faker returns then depends
 * only on the locale and that seed: never an unseeded Faker, never a shared one.
 */
public final class Fakers {
    private static final ThreadLocal<Map<Locale, Fakers>> PER_THREAD = ThreadLocal.withInitial(HashMap::new);

    private final Random random = new Random(0);
    private final Faker faker;

    private Fakers(Locale locale) {
        this.faker = new Faker(locale, random);
    }

    /** Builds this thread's Faker for the locale and loads its name dictionaries, ahead of use. */
    public static void warm(Locale locale) {
        seeded(locale, 0).name().firstName();
    }

    /** This thread's Faker for the locale (the market's), reseeded with the given seed. */
    public static Faker seeded(Locale locale, long seed) {
        Fakers fakers = PER_THREAD.get().computeIfAbsent(locale, Fakers::new);
        fakers.random.setSeed(seed);
        return fakers.faker;
    }
}
