package io.dhub.generators.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.InMemoryBank;
import io.dhub.generators.api.RunSettings;
import io.dhub.generators.profiles.ProfileMix;
import io.dhub.schema.connect.RetryPolicy;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No US fact is left outside the US market's package: a bank generated in memory in a made-up
 * market ({@link ToyMarket}, every fact of it saying "Zed"), with the default profile mix, holds none
 * of the US market's facts. The facts looked for are read from the US market's own files, not listed
 * here: every text of its bank (each piece between blanks), every name of its catalogues,
 * subscriptions and merchants, and, as whole values, its cities, first names, surnames and
 * occupations, its currency and country codes. The test also checks the toy's facts arrive: its
 * currency, its country and its name for the batch rail.
 */
class ToyMarketTest {
    /** Entities written per group: every table gets rows, and the laundering cases of a block show. */
    private static final int ENTITIES = 1_500;

    /** Per table and column, the distinct values written. */
    private static final Map<String, Set<String>> VALUES = new TreeMap<>();

    @BeforeAll
    static void generate() {
        Market toy = new ToyMarket();
        RunSettings settings = new RunSettings(7, LocalDate.of(2025, 9, 30), 0.5, 0, 0, 1, RetryPolicy.NONE)
                .withMarket(toy).withProfiles(ProfileMix.parse("default")).withHistoryMonths(6);
        InMemoryBank.write(settings, ENTITIES, (table, f) -> {
            for (int i = 0; i < f.length; i++) {
                VALUES.computeIfAbsent(table.name() + "." + table.columns().get(i), k -> new HashSet<>()).add(f[i]);
            }
        });
    }

    /** The values of one column of a US reference table. */
    private static List<String> column(String file, String name) {
        Csv csv = Csv.resource("us/" + file);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
            out.add(csv.get(i, name));
        }
        return out;
    }

    /** Pieces of US text of four or more letters that a value must not contain. */
    private static Set<String> usPieces() throws IOException {
        Set<String> out = new TreeSet<>();
        Properties p = new Properties();
        p.load(new InputStreamReader(ToyMarketTest.class.getResourceAsStream("us/bank.properties"),
                StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        for (Text t : Text.values()) {
            texts.add(p.getProperty(t.name()));
        }
        for (String text : texts) {
            for (String piece : text.split("\\{\\}|\\|")) {
                // a statement's piece of two words or more ("Payroll deposit"); one word is English, not a fact
                if (piece.trim().contains(" ") && piece.trim().replaceAll("[^A-Za-z]", "").length() >= 6) {
                    out.add(piece.trim());
                }
            }
        }
        for (String file : List.of("catalogues.csv", "subscriptions.csv")) {
            for (String name : column(file, "name")) {
                for (String piece : name.split("\\{\\}")) {
                    if (piece.trim().replaceAll("[^A-Za-z]", "").length() >= 4) {
                        out.add(piece.trim());
                    }
                }
            }
        }
        for (String names : column("merchants.csv", "example_merchants")) {
            out.addAll(List.of(names.split(";")));
        }
        out.add("Social Security");
        return out;
    }

    /** US facts that a whole value must not be. */
    private static Set<String> usValues() {
        Set<String> out = new HashSet<>();
        out.addAll(column("cities.csv", "city"));
        out.addAll(column("first_names.csv", "name"));
        out.addAll(column("surnames.csv", "display_name"));
        out.addAll(column("occupations.csv", "title"));
        out.addAll(List.of("US", "USD"));
        return out;
    }

    @Test
    void noUsFactReachesABankOfAnotherMarket() throws IOException {
        Set<String> pieces = usPieces();
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String piece : pieces) {
            byFirstWord.computeIfAbsent(piece.split(" ")[0], k -> new ArrayList<>()).add(piece);
        }
        Set<String> whole = usValues();
        Map<String, String> found = new TreeMap<>();
        for (Map.Entry<String, Set<String>> column : VALUES.entrySet()) {
            for (String value : column.getValue()) {
                if (whole.contains(value)) {
                    found.putIfAbsent(column.getKey() + " is a US value", value);
                }
                String[] words = value.split(" ");
                for (int i = 0; i < words.length; i++) {
                    for (String piece : byFirstWord.getOrDefault(words[i], List.of())) {
                        if (value.contains(piece)) {
                            found.putIfAbsent(column.getKey() + " contains '" + piece + "'", value);
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "columns of another market's bank hold US facts (column and fact = an example): "
                + found);
    }

    @Test
    void theToyMarketsFactsArrive() {
        assertEquals(Set.of("XTS"), VALUES.get("accounts.currency"));
        assertEquals(Set.of("ZZ"), VALUES.get("customer_profiles.country"));
        assertTrue(VALUES.get("transactions.channel").contains("zbatch"), VALUES.get("transactions.channel").toString());
        assertTrue(!VALUES.get("transactions.channel").contains("ach"), VALUES.get("transactions.channel").toString());
        assertEquals(Set.of("national_id", "passport", "utility_bill", "bank_statement"),
                VALUES.get("kyc_records.document_type"));
        assertTrue(VALUES.get("kyc_records.document_number").stream().allMatch(v -> v.startsWith("ZD-")));
        assertTrue(VALUES.get("departments.location").stream().allMatch(v -> v.startsWith("Zed City")),
                VALUES.get("departments.location").toString());
    }
}
