package io.dhub.cli;

import io.dhub.schema.DhubException;
import io.dhub.schema.connect.EmbeddedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * dhub's config files: {@code <dhub home>/config} (default {@code ~/.dhub/config}), then
 * {@code ./dhub.conf}, which wins where both set a key. One {@code key = value} a line; {@code #} starts
 * a comment. Keys: {@code url}, {@code db-prefix}, {@code embedded} (server settings), and the
 * defaults of seed all's options ({@code scale}, {@code customers}, {@code employees}, {@code seed},
 * {@code as-of}, {@code threads}, {@code max-retries}, {@code retry-for}). Precedence: flags, then the
 * environment (DHUB_URL, DHUB_EMBEDDED, PGHOST/PGPORT, DHUB_DB_PREFIX), then the files, then the
 * built-in defaults.
 */
final class Config implements CommandLine.IDefaultValueProvider {
    static final List<String> SERVER_KEYS = List.of("url", "db-prefix", "embedded");
    static final List<String> OPTION_KEYS = List.of("scale", "customers", "employees", "seed", "as-of", "threads",
            "max-retries", "retry-for");

    /** A value and the file and line it came from. */
    record Entry(String value, Path file, int line) {
        String source() {
            return file + ":" + line;
        }
    }

    private final Map<String, Entry> entries;
    private final List<Path> files;

    private Config(Map<String, Entry> entries, List<Path> files) {
        this.entries = entries;
        this.files = files;
    }

    static Config empty() {
        return new Config(Map.of(), List.of());
    }

    /** Reads both files, when present; a malformed line or an unknown key is a usage error naming it. */
    static Config load(Map<String, String> env) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Path> files = List.of(EmbeddedServer.home(env).resolve("config"), Path.of("dhub.conf"));
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw DhubException.usage("cannot read the config file " + file + ": " + e.getMessage());
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 1) {
                    throw DhubException.usage(file + ":" + (i + 1) + ": expected 'key = value', found '"
                            + io.dhub.schema.connect.ServerSpec.redact(line) + "'");
                }
                String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (!SERVER_KEYS.contains(key) && !OPTION_KEYS.contains(key)) {
                    throw DhubException.usage(file + ":" + (i + 1) + ": unknown setting '" + key + "'; the settings "
                            + "are " + String.join(", ", SERVER_KEYS) + ", " + String.join(", ", OPTION_KEYS));
                }
                entries.put(key, new Entry(line.substring(eq + 1).strip(), file, i + 1));
            }
        }
        return new Config(entries, files);
    }

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    List<Path> files() {
        return files;
    }

    /**
     * The environment commands see: the real one, with the files' server settings added where the
     * environment names no server (and no prefix) of its own.
     */
    Map<String, String> environment(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>(env);
        boolean envNamesServer = List.of("DHUB_URL", "DHUB_EMBEDDED", "PGHOST", "PGPORT").stream()
                .anyMatch(k -> env.get(k) != null && !env.get(k).isBlank());
        if (!envNamesServer) {
            get("url").ifPresent(e -> out.put("DHUB_URL", e.value()));
            get("embedded").filter(e -> e.value().equalsIgnoreCase("true") || e.value().equals("1")
                    || e.value().equalsIgnoreCase("yes")).ifPresent(e -> out.put("DHUB_EMBEDDED", "1"));
        }
        if (env.get("DHUB_DB_PREFIX") == null) {
            get("db-prefix").ifPresent(e -> out.put("DHUB_DB_PREFIX", e.value()));
        }
        return out;
    }

    /** picocli asks here for an option the command line did not give: the files' value, if any. */
    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argSpec) {
        if (!(argSpec instanceof CommandLine.Model.OptionSpec option)) {
            return null;
        }
        String key = option.longestName().replaceFirst("^--", "");
        return OPTION_KEYS.contains(key) ? get(key).map(Entry::value).orElse(null) : null;
    }
}
