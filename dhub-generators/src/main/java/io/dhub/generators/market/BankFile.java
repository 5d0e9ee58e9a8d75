package io.dhub.generators.market;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * A market's bank as data: its texts ({@link Text}) and amounts ({@link Amount}) from
 * {@code <folder>/bank.properties}, its catalogues ({@link Catalogue}) from
 * {@code <folder>/catalogues.csv} and the subscriptions its customers buy from
 * {@code <folder>/subscriptions.csv}. Every constant must be given, and nothing else: a market
 * that misses one fails when it is read, not in the middle of a run.
 */
public final class BankFile {
    /** A subscription a customer may buy: its name, its price in cents, and whether it bills weekly (else monthly). */
    public record Offer(String name, long cents, boolean weekly) {
    }

    private final String folder;
    private final Map<Text, String[]> texts = new EnumMap<>(Text.class);
    private final Map<Text, List<String>> lists = new EnumMap<>(Text.class);
    private final Map<Amount, long[]> amounts = new EnumMap<>(Amount.class);
    private final Map<Catalogue, List<String>> catalogues = new EnumMap<>(Catalogue.class);
    private final List<Offer> offers;

    private BankFile(String folder, Class<?> anchor) {
        this.folder = folder;
        Properties p = new Properties();
        String name = folder + "/bank.properties";
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("reference file " + name + " is missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeSet<String> unknown = new TreeSet<>(p.stringPropertyNames());
        for (Text t : Text.values()) {
            String value = required(p, name, t.name());
            texts.put(t, split(value, "{}"));
            lists.put(t, Arrays.stream(value.split("\\|")).map(String::trim).toList());
            unknown.remove(t.name());
        }
        for (Amount a : Amount.values()) {
            amounts.put(a, Arrays.stream(required(p, name, a.name()).split("\\|")).map(String::trim)
                    .mapToLong(Long::parseLong).toArray());
            unknown.remove(a.name());
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(name + " gives " + unknown + ", which no text or amount is named");
        }
        Csv names = Csv.resource(anchor, folder + "/catalogues.csv");
        for (Catalogue c : Catalogue.values()) {
            catalogues.put(c, new ArrayList<>());
        }
        for (int i = 0; i < names.size(); i++) {
            catalogues.get(Catalogue.valueOf(names.get(i, "catalogue"))).add(names.get(i, "name"));
        }
        for (Catalogue c : Catalogue.values()) {
            if (catalogues.get(c).isEmpty()) {
                throw new IllegalStateException(folder + "/catalogues.csv has no " + c + " (a market gives every catalogue)");
            }
            catalogues.put(c, List.copyOf(catalogues.get(c)));
        }
        Csv subscriptions = Csv.resource(anchor, folder + "/subscriptions.csv");
        List<Offer> list = new ArrayList<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            String cycle = subscriptions.get(i, "cycle");
            if (!cycle.equals("weekly") && !cycle.equals("monthly")) {
                throw new IllegalStateException(folder + "/subscriptions.csv: cycle " + cycle + " is neither weekly nor monthly");
            }
            list.add(new Offer(subscriptions.get(i, "name"), Long.parseLong(subscriptions.get(i, "cents")),
                    cycle.equals("weekly")));
        }
        offers = List.copyOf(list);
    }

    /** Reads the files of the market in that folder (a resource folder next to {@code anchor}'s class). */
    public static BankFile read(String folder, Class<?> anchor) {
        return new BankFile(folder, anchor);
    }

    private static String required(Properties p, String file, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(file + " does not give " + key + " (a market gives every text and amount)");
        }
        return value;
    }

    private static String[] split(String template, String blank) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = template.indexOf(blank); at >= 0; at = template.indexOf(blank, from)) {
            parts.add(template.substring(from, at));
            from = at + blank.length();
        }
        parts.add(template.substring(from));
        return parts.toArray(String[]::new);
    }

    /** The text with its blanks filled by the arguments, in order; a text must have as many blanks as it is given. */
    public String text(Text t, String... args) {
        return filled(texts.get(t), args, t.name());
    }

    /** A catalogue's pattern ({@link Catalogue#FIRMS}) with its blanks filled, in order. */
    public String fill(String pattern, String... args) {
        return filled(split(pattern, "{}"), args, "'" + pattern + "'");
    }

    /** The pieces between blanks joined with the arguments in the blanks. */
    private String filled(String[] parts, String[] args, String what) {
        if (parts.length != args.length + 1) {
            throw new IllegalArgumentException(folder + ": " + what + " has " + (parts.length - 1) + " blanks, given "
                    + args.length);
        }
        if (args.length == 0) {
            return parts[0];
        }
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 0; i < args.length; i++) {
            out.append(args[i]).append(parts[i + 1]);
        }
        return out.toString();
    }

    /** A list text ({@link Text#CHECKING_FEE_NAMES}): its entries, separated by {@code |}. */
    public List<String> texts(Text t) {
        return lists.get(t);
    }

    /** How many blanks the text has. */
    public int blanks(Text t) {
        return texts.get(t).length - 1;
    }

    public long cents(Amount a) {
        return amounts.get(a)[0];
    }

    /** Entry {@code index} of a list amount ({@link Amount#CHECKING_FEES}), without copying the list. */
    public long cents(Amount a, int index) {
        return amounts.get(a)[index];
    }

    /** How many entries a list amount has. */
    public int count(Amount a) {
        return amounts.get(a).length;
    }

    public List<String> catalogue(Catalogue c) {
        return catalogues.get(c);
    }

    public List<Offer> offers() {
        return offers;
    }
}
