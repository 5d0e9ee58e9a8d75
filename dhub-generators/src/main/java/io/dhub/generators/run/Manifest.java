package io.dhub.generators.run;

import io.dhub.generators.api.FileFormat;
import io.dhub.generators.api.RunSettings;
import io.dhub.generators.api.Shard;
import io.dhub.generators.output.files.GroupFiles;
import io.dhub.generators.profiles.ProfileMix;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Table;
import io.dhub.schema.DhubException;
import io.dhub.schema.JsonText;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.connect.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a file run wrote, in {@code manifest.json} (or {@code manifest.K-of-N.json} for part K of
 * N) beside its files: the settings that shape the data (enough to rebuild them, and the replay
 * command), the part, and per table, in load order, its phase, columns, file, rows, bytes and
 * SHA-256. It is written last, so a folder without one is a run that did not finish.
 *
 * @param phases the phases' numbers and names, in run order
 */
public record Manifest(String version, FileFormat format, Shard shard, Settings settings, long customers,
                       long employees, List<Phase> phases, List<TableFile> files) {
    /** Bumped when the layout changes in a way an older reader would misread. */
    public static final int LAYOUT = 1;

    public Manifest {
        phases = List.copyOf(phases);
        files = List.copyOf(files);
    }

    /** A phase: its number and name. */
    public record Phase(int number, String name) {
    }

    /**
     * The options that shape the data, as {@code seed all} took them.
     *
     * @param customers the --customers override, 0 for none (so too employees, history months)
     * @param market    the market's code (a manifest written before markets were named is the US's)
     */
    public record Settings(long seed, LocalDate asOf, double scale, long customers, long employees, int historyMonths,
                           double amlCases, String profiles, String market) {
        static Settings of(RunSettings s) {
            return new Settings(s.seed(), s.asOf(), s.scale(), s.customers(), s.employees(), s.historyMonths(),
                    s.amlCases(), s.profiles().spec(), s.market().code());
        }

        /** The settings where these differ from {@code other}'s, in words: {@code seed 6 against 5, ...}. */
        String differences(Settings other) {
            List<String> out = new ArrayList<>();
            differ(out, "seed", seed, other.seed);
            differ(out, "as-of", asOf, other.asOf);
            differ(out, "scale", scale, other.scale);
            differ(out, "customers", customers, other.customers);
            differ(out, "employees", employees, other.employees);
            differ(out, "history months", historyMonths, other.historyMonths);
            differ(out, "AML cases per 1,000", amlCases, other.amlCases);
            differ(out, "profiles", profiles, other.profiles);
            differ(out, "market", market, other.market);
            return String.join(", ", out);
        }

        private static void differ(List<String> out, String name, Object mine, Object theirs) {
            if (!Objects.equals(mine, theirs)) {
                out.add(name + " " + plain(mine) + " against " + plain(theirs));
            }
        }

        private static String plain(Object value) {
            return value instanceof Double d ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                    : String.valueOf(value);
        }

        /** The run settings these give, with this machine's threads and retries. */
        RunSettings run(int threads, RetryPolicy retry) {
            return new RunSettings(seed, asOf, scale, customers, employees, threads, retry)
                    .withHistoryMonths(historyMonths).withAmlCases(amlCases).withProfiles(ProfileMix.parse(profiles))
                    .withMarket(io.dhub.generators.market.Markets.byCode(market));
        }
    }

    /** One table's file of this part, and the phase that loads it. */
    public record TableFile(int phase, GroupFiles.Written written) {
    }

    /** The manifest's file name for this part. */
    public static String name(Shard shard) {
        return shard.whole() ? "manifest.json" : "manifest." + shard.k() + "-of-" + shard.n() + ".json";
    }

    public long rows() {
        return files.stream().mapToLong(f -> f.written().rows()).sum();
    }

    public long bytes() {
        return files.stream().mapToLong(f -> f.written().bytes()).sum();
    }

    /** The manifest as JSON: one table per line, so that diffs of two runs read well. */
    public String toJson(String replay) {
        StringBuilder sb = new StringBuilder("{\n");
        field(sb, "layout", LAYOUT).field(sb, "dhub_version", version).field(sb, "format", format.extension());
        sb.append("  \"shard\": {\"k\": ").append(shard.k()).append(", \"n\": ").append(shard.n())
                .append(", \"first_customer\": ").append(shard.firstCustomer(customers))
                .append(", \"last_customer\": ").append(shard.endCustomer(customers) - 1).append("},\n");
        field(sb, "seed", settings.seed()).field(sb, "as_of", settings.asOf().toString())
                .field(sb, "scale", settings.scale()).field(sb, "customers_option", settings.customers())
                .field(sb, "employees_option", settings.employees())
                .field(sb, "history_months_option", settings.historyMonths())
                .field(sb, "aml_cases", settings.amlCases()).field(sb, "profiles", settings.profiles())
                .field(sb, "market", settings.market())
                .field(sb, "customers", customers).field(sb, "employees", employees).field(sb, "replay", replay)
                .field(sb, "rows", rows()).field(sb, "bytes", bytes());
        sb.append("  \"phases\": [");
        for (int i = 0; i < phases.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append("{\"number\": ").append(phases.get(i).number()).append(", \"name\": ")
                    .append(quote(phases.get(i).name())).append('}');
        }
        sb.append("],\n  \"tables\": [\n");
        for (int i = 0; i < files.size(); i++) {
            GroupFiles.Written w = files.get(i).written();
            sb.append("    {\"phase\": ").append(files.get(i).phase()).append(", \"database\": ")
                    .append(quote(w.table().database().logicalName())).append(", \"table\": ")
                    .append(quote(w.table().name())).append(", \"file\": ").append(quote(w.file()))
                    .append(", \"header\": ").append(w.header()).append(", \"rows\": ").append(w.rows())
                    .append(", \"bytes\": ").append(w.bytes()).append(", \"sha256\": ").append(quote(w.sha256()))
                    .append(", \"columns\": [");
            List<String> columns = w.table().columns();
            for (int c = 0; c < columns.size(); c++) {
                sb.append(c == 0 ? "" : ", ").append(quote(columns.get(c)));
            }
            sb.append("]}").append(i + 1 < files.size() ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    private Manifest field(StringBuilder sb, String key, Object value) {
        sb.append("  ").append(quote(key)).append(": ")
                .append(value instanceof String s ? quote(s) : String.valueOf(value)).append(",\n");
        return this;
    }

    private static String quote(String s) {
        return JsonText.string(new StringBuilder(), s).toString();
    }

    /**
     * Reads a manifest; a file that is not one of dhub's manifests, or of a newer layout, is refused
     * in one line (exit 2, as every fault of the folders named).
     */
    public static Manifest read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DhubException.usage("cannot read " + path + ": " + e.getMessage());
        }
        try {
            Map<?, ?> json = (Map<?, ?>) new org.jooq.tools.json.JSONParser().parse(text);
            long layout = number(json, "layout").longValue();
            if (layout > LAYOUT) {
                throw bad(path, "it is of layout " + layout + ", newer than this dhub reads (" + LAYOUT
                        + "): load it with the dhub that wrote it");
            }
            Map<?, ?> shard = (Map<?, ?>) Objects.requireNonNull(json.get("shard"), "shard");
            Settings settings = new Settings(number(json, "seed").longValue(), LocalDate.parse(string(json, "as_of")),
                    number(json, "scale").doubleValue(), number(json, "customers_option").longValue(),
                    number(json, "employees_option").longValue(), number(json, "history_months_option").intValue(),
                    number(json, "aml_cases").doubleValue(), string(json, "profiles"),
                    json.containsKey("market") ? string(json, "market")
                            : io.dhub.generators.market.Markets.byDefault().code());
            List<Phase> phases = new ArrayList<>();
            for (Object p : (List<?>) Objects.requireNonNull(json.get("phases"), "phases")) {
                phases.add(new Phase(number((Map<?, ?>) p, "number").intValue(), string((Map<?, ?>) p, "name")));
            }
            List<TableFile> files = new ArrayList<>();
            for (Object t : (List<?>) Objects.requireNonNull(json.get("tables"), "tables")) {
                Map<?, ?> m = (Map<?, ?>) t;
                List<String> columns = new ArrayList<>();
                for (Object c : (List<?>) Objects.requireNonNull(m.get("columns"), "columns")) {
                    columns.add((String) c);
                }
                Table table = new Table(LogicalDatabase.byName(string(m, "database")), string(m, "table"), columns);
                files.add(new TableFile(number(m, "phase").intValue(), new GroupFiles.Written(table, string(m, "file"),
                        Boolean.TRUE.equals(m.get("header")), number(m, "rows").longValue(),
                        number(m, "bytes").longValue(), string(m, "sha256"))));
            }
            return new Manifest(string(json, "dhub_version"), FileFormat.parse(string(json, "format")),
                    new Shard(number(shard, "k").intValue(), number(shard, "n").intValue()), settings,
                    number(json, "customers").longValue(), number(json, "employees").longValue(), phases, files);
        } catch (org.jooq.tools.json.ParseException | ClassCastException | NullPointerException
                 | java.time.format.DateTimeParseException e) {
            throw bad(path, "it is not a manifest dhub wrote (" + e.getMessage() + ")");
        } catch (DhubException e) {
            throw bad(path, e.getMessage());
        }
    }

    private static DhubException bad(Path path, String why) {
        return DhubException.usage("cannot load " + path + ": " + why);
    }

    private static Number number(Map<?, ?> json, String key) {
        return (Number) Objects.requireNonNull(json.get(key), key);
    }

    private static String string(Map<?, ?> json, String key) {
        return (String) Objects.requireNonNull(json.get(key), key);
    }
}
