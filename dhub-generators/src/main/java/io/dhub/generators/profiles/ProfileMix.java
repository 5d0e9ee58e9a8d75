package io.dhub.generators.profiles;

import io.dhub.schema.DhubException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --profiles} option: which profiles a run draws, with what weight, per class of earner.
 * {@code none} (the default) gives no customer a profile, so every rule of the seed documents holds
 * as before; {@code default} uses the weights below; {@code stress} gives every profile that applies
 * the same weight; {@code NAME=W,...} weighs the named profiles in every class they apply to, and
 * {@code CLASS:NAME=W} in one class (refused when the profile cannot apply to it). Weights are
 * normalised per class; a class left without weight gets no profile (showcases aside).
 */
public final class ProfileMix {
    /** No profiles: the seed documents' rules for everyone. */
    public static final ProfileMix NONE = new ProfileMix("none", new EnumMap<>(Profile.Earner.class));

    private final String spec;
    private final Map<Profile.Earner, double[]> weights;
    /** Customers given a profile by hand ({@code dhub seed customer ID --profile P}), instead of their draw. */
    private final Map<Long, Profile> assigned;

    private ProfileMix(String spec, Map<Profile.Earner, double[]> weights) {
        this(spec, weights, Map.of());
    }

    private ProfileMix(String spec, Map<Profile.Earner, double[]> weights, Map<Long, Profile> assigned) {
        this.spec = spec;
        this.weights = weights;
        this.assigned = Map.copyOf(assigned);
    }

    /**
     * The same mix with customer {@code customer} given {@code profile} instead of its draw, or its
     * draw again when {@code profile} is null. Only a run with profiles on can assign one.
     */
    public ProfileMix withAssigned(long customer, Profile profile) {
        if (profile != null && !on()) {
            throw DhubException.usage("the data was seeded without profiles (--profiles none), so --profile cannot "
                    + "give customer " + customer + " one: seed with --profiles default first");
        }
        Map<Long, Profile> next = new java.util.HashMap<>(assigned);
        if (profile == null) {
            next.remove(customer);
        } else {
            next.put(customer, profile);
        }
        return new ProfileMix(spec, weights, next);
    }

    /**
     * The mix a market's bank takes for {@code default}: the market's weights ({@code NAME=W,…} as the
     * option takes them) for the classes they weigh, the built-in defaults for the others. Any other
     * mix, or a market without weights of its own (null), is this one.
     */
    public ProfileMix inMarket(String marketDefault) {
        if (!"default".equals(spec) || marketDefault == null) {
            return this;
        }
        Map<Profile.Earner, double[]> built = defaults();
        Map<Profile.Earner, double[]> market = custom(marketDefault).weights;
        Map<Profile.Earner, double[]> merged = new EnumMap<>(Profile.Earner.class);
        for (Profile.Earner e : Profile.Earner.values()) {
            double[] row = market.get(e);
            merged.put(e, row != null && java.util.Arrays.stream(row).sum() > 0 ? row : built.get(e));
        }
        return new ProfileMix(spec, merged, assigned);
    }

    /** Every customer given a profile by hand, by id. */
    public java.util.SortedMap<Long, Profile> assignments() {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(assigned));
    }

    /** The profile given to the customer by hand, or null when it draws its own. */
    public Profile assigned(long customer) {
        return assigned.get(customer);
    }

    /**
     * The default weights [chosen, docs/profiles.md]: US retail and business as the profile
     * specification gives them; gig workers, which it does not weigh, lean to irregular incomes.
     */
    private static Map<Profile.Earner, double[]> defaults() {
        Map<Profile.Earner, double[]> w = new EnumMap<>(Profile.Earner.class);
        w.put(Profile.Earner.RETAIL, weights(Profile.BALANCED, 35, Profile.STABLE_INCOME, 15, Profile.VARIABLE_INCOME, 8,
                Profile.HIGH_UTILIZATION, 12, Profile.SUBSCRIPTION_HEAVY, 8, Profile.SAVINGS_BUILDER, 12,
                Profile.OVERSPENDER, 5, Profile.HIGH_DEBT, 3, Profile.HIGH_BOUNCE, 2));
        w.put(Profile.Earner.BUSINESS, weights(Profile.BALANCED, 40, Profile.STABLE_INCOME, 15, Profile.SEASONAL, 10,
                Profile.GROWING, 10, Profile.DECLINING, 8, Profile.HIGH_DEBT, 7, Profile.HIGH_BOUNCE, 5,
                Profile.CUSTOMER_CONCENTRATION, 5));
        w.put(Profile.Earner.GIG, weights(Profile.BALANCED, 30, Profile.STABLE_INCOME, 10, Profile.VARIABLE_INCOME, 25,
                Profile.SEASONAL, 10, Profile.GROWING, 8, Profile.DECLINING, 5, Profile.SUBSCRIPTION_HEAVY, 7,
                Profile.OVERSPENDER, 5));
        return w;
    }

    private static double[] weights(Object... pairs) {
        double[] w = new double[Profile.values().length];
        for (int i = 0; i < pairs.length; i += 2) {
            w[((Profile) pairs[i]).ordinal()] = ((Number) pairs[i + 1]).doubleValue();
        }
        return w;
    }

    /** Parses the option's value; a usage error (exit 2) names what is wrong and what to type. */
    public static ProfileMix parse(String value) {
        String v = value == null ? "none" : value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "none":
                return NONE;
            case "default":
                return new ProfileMix("default", defaults());
            case "stress": {
                Map<Profile.Earner, double[]> w = new EnumMap<>(Profile.Earner.class);
                for (Profile.Earner e : Profile.Earner.values()) {
                    double[] row = new double[Profile.values().length];
                    for (Profile p : Profile.values()) {
                        row[p.ordinal()] = p.appliesTo(e) ? 1 : 0;
                    }
                    w.put(e, row);
                }
                return new ProfileMix("stress", w);
            }
            default:
                return custom(v);
        }
    }

    private static ProfileMix custom(String v) {
        Map<Profile.Earner, double[]> w = new EnumMap<>(Profile.Earner.class);
        for (Profile.Earner e : Profile.Earner.values()) {
            w.put(e, new double[Profile.values().length]);
        }
        List<String> parts = new ArrayList<>();
        for (String part : v.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw DhubException.usage("--profiles: '" + p + "' is not none, default, stress or NAME=WEIGHT; "
                        + "profiles are " + names());
            }
            String name = p.substring(0, eq).trim();
            Profile.Earner only = null;
            int colon = name.indexOf(':');
            if (colon >= 0) {
                String earner = name.substring(0, colon);
                name = name.substring(colon + 1);
                for (Profile.Earner e : Profile.Earner.values()) {
                    if (e.key().equals(earner)) {
                        only = e;
                    }
                }
                if (only == null) {
                    throw DhubException.usage("--profiles: '" + earner + "' is not a class of earner; use retail, "
                            + "business or gig before the colon");
                }
            }
            Profile profile = Profile.byKey(name);
            if (profile == null) {
                throw DhubException.usage("--profiles: no profile '" + name + "'; profiles are " + names());
            }
            double weight;
            try {
                weight = Double.parseDouble(p.substring(eq + 1).trim());
            } catch (NumberFormatException ex) {
                throw DhubException.usage("--profiles: the weight of " + name + " must be a number, not '"
                        + p.substring(eq + 1).trim() + "'");
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw DhubException.usage("--profiles: the weight of " + name + " must be 0 or more, not " + weight);
            }
            if (only != null && !profile.appliesTo(only)) {
                throw DhubException.usage("--profiles: " + profile.key() + " cannot apply to " + only.key()
                        + " customers; it applies to " + earners(profile));
            }
            for (Profile.Earner e : Profile.Earner.values()) {
                if ((only == null || only == e) && profile.appliesTo(e)) {
                    w.get(e)[profile.ordinal()] = weight;
                }
            }
            parts.add((only == null ? "" : only.key() + ":") + profile.key() + "=" + plain(weight));
        }
        if (w.values().stream().allMatch(row -> java.util.Arrays.stream(row).sum() == 0)) {
            throw DhubException.usage("--profiles: every weight is 0; give at least one profile a weight above 0, or "
                    + "use none");
        }
        return new ProfileMix(String.join(",", parts), w);
    }

    private static String names() {
        StringBuilder sb = new StringBuilder();
        for (Profile p : Profile.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(p.key());
        }
        return sb.toString();
    }

    private static String earners(Profile profile) {
        StringBuilder sb = new StringBuilder();
        for (Profile.Earner e : profile.earners()) {
            sb.append(sb.length() == 0 ? "" : " and ").append(e.key());
        }
        return sb.toString();
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Whether any customer gets a profile. */
    public boolean on() {
        return !weights.isEmpty();
    }

    /** What the user typed, normalised: {@code none}, {@code default}, {@code stress} or the weights. */
    public String spec() {
        return spec;
    }

    /** The profile's share among customers of that class (0 when it does not apply or has no weight). */
    public double share(Profile.Earner earner, Profile profile) {
        double[] row = weights.get(earner);
        if (row == null) {
            return 0;
        }
        double total = java.util.Arrays.stream(row).sum();
        return total == 0 ? 0 : row[profile.ordinal()] / total;
    }

    /**
     * The profile of a customer of that class for a uniform draw {@code u} in [0, 1), leaving out the
     * profiles the customer cannot take ({@code allowed} false); null when none has weight.
     */
    public Profile draw(Profile.Earner earner, double u, java.util.function.Predicate<Profile> allowed) {
        double[] row = weights.get(earner);
        if (row == null) {
            return null;
        }
        double total = 0;
        for (Profile p : Profile.values()) {
            total += allowed.test(p) ? row[p.ordinal()] : 0;
        }
        if (total == 0) {
            return null;
        }
        double target = u * total;
        double running = 0;
        Profile last = null;
        for (Profile p : Profile.values()) {
            if (!allowed.test(p) || row[p.ordinal()] == 0) {
                continue;
            }
            running += row[p.ordinal()];
            last = p;
            if (target < running) {
                return p;
            }
        }
        return last;
    }

    @Override
    public String toString() {
        return spec;
    }
}
