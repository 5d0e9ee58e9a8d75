package io.dhub.catalog;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.Schema;
import io.dhub.schema.TableSpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code seed verify} as DataHub data quality: one CUSTOM assertion per check, with a stable URN, on
 * the dataset it reads (the first table its scope names; a check over a whole database sits on the
 * first table it lists, or the database's first table), and one {@code assertionRunEvent} with the
 * verdict, the target and the measured value. The run's time is the checked bank's as-of date, so
 * the same bank gives the same file.
 */
public final class VerifyAssertions {
    private VerifyAssertions() {
    }

    /** One check's outcome, as verify reports it (the CLI maps verify's results to these). */
    public record Outcome(String id, String category, String scope, String verdict, String expected, String measured,
                          String formula) {
    }

    /** The platform the assertions come from: dhub's verify, not the database. */
    static final String PLATFORM = "urn:li:dataPlatform:dhub";
    private static final Pattern TABLE = Pattern.compile("\\b([a-z]+_db)\\.([a-z_]+)");
    private static final Pattern DATABASE = Pattern.compile("^([a-z]+_db)(?: \\(([a-z_]+))?");

    /** The dataset a check is about, by its scope. */
    static TableSpec dataset(String scope) {
        Matcher m = TABLE.matcher(scope);
        while (m.find()) {
            // a database and a word that is not its table: look further
            Optional<TableSpec> t = database(m.group(1)).flatMap(db -> Schema.find(db, m.group(2)));
            if (t.isPresent()) {
                return t.get();
            }
        }
        Matcher db = DATABASE.matcher(scope);
        Optional<LogicalDatabase> database = db.find() ? database(db.group(1)) : Optional.empty();
        if (database.isEmpty()) {
            throw new IllegalArgumentException("a check's scope names no database: " + scope);
        }
        // the first table it lists, or ("(7 tables)") the database's first table
        return Optional.ofNullable(db.group(2)).flatMap(name -> Schema.find(database.get(), name))
                .orElseGet(() -> Schema.tables(database.get()).get(0));
    }

    private static Optional<LogicalDatabase> database(String name) {
        return Arrays.stream(LogicalDatabase.values()).filter(d -> d.logicalName().equals(name)).findFirst();
    }

    /** The assertion's URN: stable for a check of a bank (prefix and platform instance included). */
    static String urn(DataHubNames names, String check) {
        return "urn:li:assertion:dhub." + (names.platformInstance() == null ? "" : names.platformInstance() + ".")
                + names.prefix() + check;
    }

    /** The change proposals of the outcomes of a verify run as of {@code asOf}. */
    static List<DataHubExport.Mcp> proposals(DataHubNames names, List<Outcome> outcomes, LocalDate asOf) {
        long millis = asOf.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        List<DataHubExport.Mcp> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            TableSpec t = dataset(o.scope());
            String dataset = names.datasetUrn(t.database(), t.name());
            String urn = urn(names, o.id());
            out.add(new DataHubExport.Mcp("assertion", urn, "assertionInfo", "{\"type\":\"CUSTOM\",\"customAssertion\":{"
                    + "\"type\":" + DataHubExport.q("dhub seed verify: " + o.category()) + ",\"entity\":"
                    + DataHubExport.q(dataset) + ",\"logic\":" + DataHubExport.q(o.formula()) + "},\"description\":"
                    + DataHubExport.q(o.id() + ": " + o.expected() + " (" + o.scope() + ")")
                    + ",\"source\":{\"type\":\"EXTERNAL\"}}"));
            out.add(new DataHubExport.Mcp("assertion", urn, "dataPlatformInstance", "{\"platform\":"
                    + DataHubExport.q(PLATFORM) + "}"));
            Map<String, String> results = new LinkedHashMap<>();
            results.put("verdict", o.verdict());
            results.put("expected", o.expected());
            results.put("measured", o.measured());
            StringBuilder nativeResults = new StringBuilder("{");
            results.forEach((k, v) -> nativeResults.append(nativeResults.length() > 1 ? "," : "")
                    .append(DataHubExport.q(k)).append(':').append(DataHubExport.q(v)));
            out.add(new DataHubExport.Mcp("assertion", urn, "assertionRunEvent", "{\"timestampMillis\":" + millis
                    + ",\"runId\":" + DataHubExport.q("dhub-verify-" + asOf) + ",\"assertionUrn\":" + DataHubExport.q(urn)
                    + ",\"asserteeUrn\":" + DataHubExport.q(dataset) + ",\"status\":\"COMPLETE\",\"result\":{\"type\":"
                    + DataHubExport.q(result(o.verdict())) + ",\"nativeResults\":" + nativeResults.append('}')
                    + "}}"));
        }
        return out;
    }

    /**
     * DataHub's result of a verdict: a failed check is a FAILURE, a passed one a SUCCESS, and one
     * with too few rows to judge a SUCCESS too (nothing is wrong; the native results say so).
     */
    static String result(String verdict) {
        return verdict.equals("FAIL") ? "FAILURE" : "SUCCESS";
    }
}
