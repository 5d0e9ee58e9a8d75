package io.dhub.generators.engine;

import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Datafaker is costly to build, so each worker thread keeps one, over a {@link Random} that is
 * reseeded from the entity's own stream before each use. What a Faker returns then depends only on
 * that seed: never an unseeded Faker, never a shared one.
 */
public final class Fakers {
    private static final ThreadLocal<Fakers> PER_THREAD = ThreadLocal.withInitial(Fakers::new);

    private final Random random = new Random(0);
    private final Faker faker = new Faker(Locale.US, random);

    private Fakers() {
    }

    /** This thread's Faker, reseeded with the given seed. */
    public static Faker seeded(long seed) {
        Fakers fakers = PER_THREAD.get();
        fakers.random.setSeed(seed);
        return fakers.faker;
    }
}
