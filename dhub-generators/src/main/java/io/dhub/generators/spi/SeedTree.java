package io.dhub.generators.spi;

import java.nio.charset.StandardCharsets;

/**
 * Hands every entity a random stream of its own, derived from (master seed, entity kind, entity
 * number) before any parallel work starts, so output never depends on thread timing or on how
 * many other entities there are. Kinds are salted by a hash of their name, not their position, so
 * adding a kind never reshuffles the others.
 */
public final class SeedTree {
    private final long master;

    public SeedTree(long master) {
        this.master = master;
    }

    public long master() {
        return master;
    }

    /** The stream of entity {@code index} of this kind. */
    public Rng stream(String kind, long index) {
        return new Rng(seed(kind, index));
    }

    /** The seed of entity {@code index} of this kind. */
    public long seed(String kind, long index) {
        return mix(mix(master ^ salt(kind)) + index * 0x9E3779B97F4A7C15L);
    }

    /** A new tree for a retry: consistent but different, derived from (seed, phase, attempt). */
    public SeedTree rotated(String phase, int attempt) {
        return attempt == 0 ? this : new SeedTree(mix(master ^ salt(phase) ^ mix(attempt)));
    }

    /** 64-bit FNV-1a of the kind's name. */
    static long salt(String kind) {
        long h = 0xcbf29ce484222325L;
        for (byte b : kind.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a bijective, well-mixing map of 64-bit values. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
