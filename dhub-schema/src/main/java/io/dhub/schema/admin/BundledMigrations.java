package io.dhub.schema.admin;

import io.dhub.schema.LogicalDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versioned migrations dhub carries, per database, with the checksums Flyway records for them,
 * read once from the class path. They let migrate see, with one query per database, that a
 * database's history already holds exactly these migrations, unchanged, and skip starting Flyway
 * (about 0.75 s). Anything else (a missing table, a failed or extra row, another checksum, a
 * migration not applied yet) goes through Flyway, which migrates and validates as always.
 */
final class BundledMigrations {
    private static final Pattern FILE = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

    /** Version → checksum, per database; empty maps when the class path could not be read. */
    private static volatile Map<LogicalDatabase, Map<String, Integer>> bundled;

    private BundledMigrations() {
    }

    /** Whether the database's history holds exactly the bundled migrations, all successful and unchanged. */
    static boolean upToDate(Connection conn, LogicalDatabase db) throws SQLException {
        Map<String, Integer> expected = all().get(db);
        if (expected == null || expected.isEmpty()) {
            return false;
        }
        Map<String, Integer> applied = new TreeMap<>();
        try (Statement st = conn.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT version, checksum, success, type FROM "
                    + "public.flyway_schema_history ORDER BY installed_rank")) {
                while (rs.next()) {
                    Object checksum = rs.getObject(2);
                    if (!rs.getBoolean(3) || !"SQL".equals(rs.getString(4)) || checksum == null
                            || applied.put(rs.getString(1), rs.getInt(2)) != null) {
                        return false;
                    }
                }
            }
        }
        return applied.equals(expected);
    }

    /** The newest bundled version of the database, as Flyway reports it ("" when none). */
    static String newest(LogicalDatabase db) {
        return all().getOrDefault(db, Map.of()).keySet().stream().max(BundledMigrations::compareVersions).orElse("");
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static Map<LogicalDatabase, Map<String, Integer>> all() {
        Map<LogicalDatabase, Map<String, Integer>> out = bundled;
        if (out == null) {
            synchronized (BundledMigrations.class) {
                if (bundled == null) {
                    bundled = read();
                }
                out = bundled;
            }
        }
        return out;
    }

    private static Map<LogicalDatabase, Map<String, Integer>> read() {
        Map<LogicalDatabase, Map<String, Integer>> out = new EnumMap<>(LogicalDatabase.class);
        ClassLoader loader = BundledMigrations.class.getClassLoader();
        for (LogicalDatabase db : LogicalDatabase.values()) {
            String folder = db.migrationLocation().substring("classpath:".length());
            Map<String, Integer> versions = new TreeMap<>();
            try {
                URL url = loader.getResource(folder);
                if (url == null) {
                    continue;
                }
                for (String name : names(url, folder)) {
                    Matcher m = FILE.matcher(name);
                    if (m.matches()) {
                        try (InputStream in = loader.getResourceAsStream(folder + "/" + name)) {
                            versions.put(m.group(1).replace('_', '.'), checksum(in));
                        }
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                versions.clear(); // unreadable: Flyway decides, as without this shortcut
            }
            out.put(db, versions);
        }
        return out;
    }

    /** The file names directly in the folder, from a jar or a directory. */
    private static java.util.List<String> names(URL url, String folder) throws IOException, URISyntaxException {
        java.util.List<String> names = new java.util.ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = folder + "/";
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String entry = e.nextElement().getName();
                    if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0
                            && entry.length() > prefix.length()) {
                        names.add(entry.substring(prefix.length()));
                    }
                }
            }
        } else if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.map(p -> p.getFileName().toString()).forEach(names::add);
            }
        }
        return names;
    }

    /**
     * Flyway's checksum of a migration: CRC32 over the UTF-8 bytes of each line without its line
     * break (a byte-order mark removed), as a signed 32-bit integer.
     */
    static int checksum(InputStream in) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
