package io.dhub.generators.profiles;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The thirteen behaviour profiles of docs/profiles.md (merged from the sibling seeds: the MSME data
 * lake's business profiles, the gig-worker generator's income patterns, SpendSense's personas), each
 * with the classes of earner it applies to. Customer k (1-13) is the showcase of the k-th.
 */
public enum Profile {
    BALANCED(Earner.RETAIL, Earner.BUSINESS, Earner.GIG),
    STABLE_INCOME(Earner.RETAIL, Earner.BUSINESS, Earner.GIG),
    VARIABLE_INCOME(Earner.RETAIL, Earner.GIG),
    SEASONAL(Earner.BUSINESS, Earner.GIG),
    GROWING(Earner.BUSINESS, Earner.GIG),
    DECLINING(Earner.BUSINESS, Earner.GIG),
    HIGH_DEBT(Earner.BUSINESS, Earner.RETAIL),
    HIGH_BOUNCE(Earner.BUSINESS, Earner.RETAIL),
    CUSTOMER_CONCENTRATION(Earner.BUSINESS),
    HIGH_UTILIZATION(Earner.RETAIL),
    SUBSCRIPTION_HEAVY(Earner.RETAIL, Earner.GIG),
    SAVINGS_BUILDER(Earner.RETAIL),
    OVERSPENDER(Earner.RETAIL, Earner.GIG);

    /**
     * Who earns the income a profile shapes: a salaried or retired customer (retail), a business
     * customer (its turnover), or a worker without steady pay (gig and self-employed).
     */
    public enum Earner {
        RETAIL, BUSINESS, GIG;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Set<Earner> applies;

    Profile(Earner first, Earner... more) {
        this.applies = EnumSet.of(first, more);
    }

    /** The name users type and the data stores: {@code stable_income}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean appliesTo(Earner earner) {
        return applies.contains(earner);
    }

    /** The classes of earner it applies to, in the enum's order. */
    public Set<Earner> earners() {
        return EnumSet.copyOf(applies);
    }

    /** The showcase customer of this profile: customer 1 for balanced, … 13 for overspender. */
    public long showcase() {
        return ordinal() + 1L;
    }

    /** The profile named, or null. */
    public static Profile byKey(String key) {
        for (Profile p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The earner class a showcase customer is made: the profile's first class in the order retail,
     * business, gig (the classes a showcase can be given by its segment alone).
     */
    public Earner showcaseEarner() {
        return applies.contains(Earner.RETAIL) ? Earner.RETAIL : Earner.BUSINESS;
    }
}
