package io.dhub.generators.customers;

import io.dhub.generators.profiles.Profile;
import io.dhub.generators.spi.Rng;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a profiled customer's life as data: {@code profile-parameters.csv} beside this
 * class says, per profile, which parameters are fixed and which are drawn from what range, in the
 * order they are drawn (the defaults first, then the profile's own rows, which replace them). The
 * file is read and checked once: an unknown profile, parameter or kind of draw, or a range the wrong
 * way round, fails when the class loads.
 */
final class ProfileParameters {
    /** Every parameter the file may set; {@link Life#draw} reads them. */
    static final Set<String> NAMES = Set.of("growth", "amplitude", "sigma", "spend", "purchases", "phase", "top3",
            "subscriptions", "festive", "gap_min", "gap_max", "buffer", "lenders", "emi_share", "return_chance",
            "subscription_share", "savings_rate", "savings_transfer", "impulse", "uncapped");
    private static final String DEFAULT = "default";

    private enum Kind { FIXED, UNIFORM, BETWEEN }

    private record Row(String parameter, Kind kind, double low, double high) {
        double value(Rng rng) {
            return switch (kind) {
                case FIXED -> low;
                case UNIFORM -> rng.uniform(low, high);
                case BETWEEN -> rng.between((int) low, (int) high);
            };
        }
    }

    /** Per profile, the rows drawn for it in order: the defaults, then its own. */
    private static final Map<Profile, List<Row>> ROWS = read("profile-parameters.csv");

    private ProfileParameters() {
    }

    /** The parameters of one life of profile {@code p}, drawn from {@code rng} in the file's order. */
    static Drawn draw(Profile p, Rng rng) {
        Map<String, Double> values = new HashMap<>();
        for (Row row : ROWS.get(p)) {
            values.put(row.parameter(), row.value(rng));
        }
        return new Drawn(values);
    }

    /** One life's parameters; a parameter neither the defaults nor the profile set is 0. */
    record Drawn(Map<String, Double> values) {
        double get(String name) {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("no profile parameter " + name);
            }
            return values.getOrDefault(name, 0.0);
        }

        int whole(String name) {
            return (int) get(name);
        }

        boolean on(String name) {
            return get(name) != 0;
        }

        boolean has(String name) {
            return values.containsKey(name);
        }
    }

    static Map<Profile, List<Row>> read(String resource) {
        try (InputStream in = ProfileParameters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows per profile of the file's lines (comments and the header skipped); fails on a bad line. */
    static Map<Profile, List<Row>> parse(List<String> lines) {
        List<Row> defaults = new ArrayList<>();
        Map<Profile, List<Row>> own = new EnumMap<>(Profile.class);
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 5 || !NAMES.contains(f[1])) {
                throw new IllegalStateException("profile-parameters.csv: bad line '" + line + "'");
            }
            Kind kind = Kind.valueOf(f[2].toUpperCase(java.util.Locale.ROOT));
            double low = Double.parseDouble(f[3]);
            double high = kind == Kind.FIXED ? low : Double.parseDouble(f[4]);
            if (high < low || kind == Kind.BETWEEN && (low != Math.rint(low) || high != Math.rint(high))) {
                throw new IllegalStateException("profile-parameters.csv: bad range in '" + line + "'");
            }
            Row row = new Row(f[1], kind, low, high);
            if (f[0].equals(DEFAULT)) {
                defaults.add(row);
            } else {
                Profile p = Profile.byKey(f[0]);
                if (p == null) {
                    throw new IllegalStateException("profile-parameters.csv: unknown profile in '" + line + "'");
                }
                own.computeIfAbsent(p, x -> new ArrayList<>()).add(row);
            }
        }
        Map<Profile, List<Row>> out = new EnumMap<>(Profile.class);
        for (Profile p : Profile.values()) {
            List<Row> rows = new ArrayList<>(defaults);
            rows.addAll(own.getOrDefault(p, List.of()));
            out.put(p, List.copyOf(rows));
        }
        return out;
    }
}
