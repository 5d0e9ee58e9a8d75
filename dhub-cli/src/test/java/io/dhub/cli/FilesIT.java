package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.tools.json.JSONParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bank as files and back: {@code seed all --output} (CSV and NDJSON, whole and in four parts
 * written by four processes at once) and {@code dhub load}, judged against a direct seed of the same
 * options by table digests, and the files by PostgreSQL's own CSV reader, a JSON parser and
 * checksums computed here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilesIT {
    static final String AS_OF = "2026-11-01";
    /** Scale 1: 150 employees and 1,200 customers. */
    static final String[] RUN = {"seed", "all", "--scale", "1", "--as-of", AS_OF, "--quiet"};
    static final int CUSTOMERS = 1_200;
    /** Nothing listens here: a command that tried to reach a server would fail. */
    static final Map<String, String> NO_SERVER = Map.of("DHUB_URL", "postgres://postgres@127.0.0.1:9/postgres");

    final List<String> prefixes = new ArrayList<>();
    Path dir;
    Path csv;
    Map<String, String> reference;

    @BeforeAll
    void writeAndSeed() throws Exception {
        dir = Files.createTempDirectory("dhub-files-it");
        csv = dir.resolve("csv");
        String direct = prefix();
        CliRun seeded = CliRun.run(TestServer.get().env(direct), RUN);
        assertEquals(0, seeded.exit(), seeded::toString);
        reference = DeterminismIT.digests(new Sql(direct), Map.of());
        reference.put("row counts", counts(direct));
        CliRun written = CliRun.run(NO_SERVER, concat(RUN, "--output", csv.toString()));
        assertEquals(0, written.exit(), "files need no server\n" + written);
    }

    @AfterAll
    void drop() throws SQLException, IOException {
        for (String prefix : prefixes) {
            TestServer.get().dropDatabases(prefix);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private String prefix() {
        String prefix = TestServer.newPrefix();
        prefixes.add(prefix);
        return prefix;
    }

    /** Rows per table of a prefix's six databases, as one line each, counted with SQL here. */
    private static String counts(String prefix) throws SQLException {
        Sql sql = new Sql(prefix);
        StringBuilder sb = new StringBuilder();
        for (String[] t : DeterminismIT.TABLES) {
            sb.append(t[0]).append('.').append(t[1]).append('=').append(sql.number(t[0], "SELECT count(*) FROM " + t[1]))
                    .append('\n');
        }
        return sb.toString();
    }

    private Map<String, String> load(String prefix, Path... dirs) throws SQLException {
        List<String> args = new ArrayList<>(List.of("load", "--quiet"));
        Stream.of(dirs).map(Path::toString).forEach(args::add);
        CliRun loaded = CliRun.run(TestServer.get().env(prefix), args.toArray(String[]::new));
        assertEquals(0, loaded.exit(), loaded::toString);
        Map<String, String> digests = DeterminismIT.digests(new Sql(prefix), Map.of());
        digests.put("row counts", counts(prefix));
        return digests;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(Path folder, String name) throws Exception {
        return (Map<String, Object>) new JSONParser().parse(Files.readString(folder.resolve(name)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tables(Map<String, Object> manifest) {
        return (List<Map<String, Object>>) manifest.get("tables");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void csvFilesAreTheDirectSeedsRowsAndLoadToTheSameTables() throws Exception {
        Map<String, Object> manifest = manifest(csv, "manifest.json");
        assertEquals(DeterminismIT.TABLES.size(), tables(manifest).size(), "a file for every table");
        assertEquals((long) CUSTOMERS, manifest.get("customers"));
        for (Map<String, Object> t : tables(manifest)) {
            Path file = csv.resolve((String) t.get("file"));
            assertEquals(t.get("sha256"), sha256(file), file + ": the manifest's checksum");
            assertEquals(t.get("bytes"), Files.size(file), file + ": the manifest's size");
            assertTrue(reference.get("row counts").contains(t.get("database") + "." + t.get("table") + "=" + t.get("rows")
                    + "\n"), file + ": the manifest's rows are the direct seed's");
            String header = Files.readString(file).lines().findFirst().orElse("");
            assertEquals(String.join(",", (List<String>) t.get("columns")), header, file + ": the header row");
        }
        assertTrue(((String) manifest.get("replay")).startsWith("dhub seed all --seed 20240601 --as-of " + AS_OF
                + " --scale 1 --output "), manifest.get("replay").toString());

        String loaded = prefix();
        assertEquals(reference, load(loaded, csv), "loading the CSV files gives the direct seed's tables");
        CliRun status = CliRun.run(TestServer.get().env(loaded), "seed", "status");
        assertTrue(status.out().contains("last run: #1 load completed") && status.out().contains("replay: dhub seed all "
                + "--seed 20240601 --as-of " + AS_OF + " --scale 1"), status::toString);
        CliRun again = CliRun.run(TestServer.get().env(loaded), "load", "--quiet", csv.toString());
        assertEquals(2, again.exit(), "databases holding rows need --replace\n" + again);
        assertTrue(again.err().contains("--replace"), again::toString);
    }

    @Test
    void ndjsonFilesAreJsonObjectsAndLoadToTheSameTables() throws Exception {
        Path ndjson = dir.resolve("ndjson");
        CliRun written = CliRun.run(NO_SERVER, concat(RUN, "--output", ndjson.toString(), "--format", "ndjson"));
        assertEquals(0, written.exit(), written::toString);
        Map<String, Object> manifest = manifest(ndjson, "manifest.json");
        JSONParser parser = new JSONParser();
        for (Map<String, Object> t : tables(manifest)) {
            Path file = ndjson.resolve((String) t.get("file"));
            assertEquals(t.get("sha256"), sha256(file), file + ": the manifest's checksum");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals(t.get("rows"), (long) lines.size(), file + ": one line per row");
            for (String line : lines.subList(0, Math.min(lines.size(), 200))) {
                Map<?, ?> row = (Map<?, ?>) parser.parse(line);
                assertEquals(new java.util.HashSet<>((List<?>) t.get("columns")), row.keySet(), file + ": " + line);
            }
        }
        List<String> accounts = Files.readAllLines(ndjson.resolve("accounts_db/accounts.ndjson"));
        Map<?, ?> account = (Map<?, ?>) parser.parse(accounts.get(0));
        assertTrue(account.get("account_id") instanceof Long && account.get("balance") instanceof Double
                && account.get("status") instanceof String, "numbers are JSON numbers: " + accounts.get(0));
        assertEquals(reference, load(prefix(), ndjson), "loading the NDJSON files gives the direct seed's tables");
    }

    @Test
    void fourPartsWrittenByFourProcessesAtOnceAreTheWholeRun() throws Exception {
        Path jar = Path.of("target", "dhub.jar");
        assertTrue(Files.exists(jar), "the package phase builds " + jar.toAbsolutePath());
        Path parts = dir.resolve("parts");
        List<Process> processes = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m", "-jar", jar.toString()));
            command.addAll(List.of(concat(RUN, "--output", parts.resolve("p" + k).toString(), "--shard", k + "/4",
                    "--threads", "1")));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(NO_SERVER);
            builder.redirectErrorStream(true).redirectOutput(new File("target/files-it-part-" + k + ".log"));
            processes.add(builder.start());
        }
        for (Process p : processes) {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "a part finished");
            assertEquals(0, p.exitValue(), "a part's process succeeded (target/files-it-part-K.log)");
        }

        Map<String, Object> whole = manifest(csv, "manifest.json");
        for (Map<String, Object> t : tables(whole)) {
            String file = (String) t.get("file");
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            for (int k = 1; k <= 4; k++) {
                joined.write(Files.readAllBytes(parts.resolve("p" + k).resolve(file.replace(".csv", "." + k + "-of-4.csv"))));
            }
            assertArrayEquals(Files.readAllBytes(csv.resolve(file)), joined.toByteArray(),
                    file + ": the four parts, in order, are the whole run's file");
        }
        for (int k = 1; k <= 4; k++) {
            Path folder = parts.resolve("p" + k);
            List<String> ids = Files.readAllLines(folder.resolve("accounts_db/customers." + k + "-of-4.csv")).stream()
                    .skip(k == 1 ? 1 : 0).map(line -> line.substring(0, line.indexOf(','))).toList();
            assertEquals(CUSTOMERS / 4, ids.size(), "part " + k + " holds a quarter of the customers");
            assertEquals(Long.toString((k - 1) * (CUSTOMERS / 4) + 1), ids.get(0), "part " + k + "'s first customer");
            long staff = Files.readAllLines(folder.resolve("employees_db/employees." + k + "-of-4.csv")).size();
            assertEquals(k == 1 ? 151 : 0, staff, "staff (and their header row) are in part 1 only");
        }
        assertEquals(reference, load(prefix(), parts.resolve("p4"), parts.resolve("p2"), parts.resolve("p1"),
                parts.resolve("p3")), "the four parts, loaded together in any order, give the direct seed's tables");
    }

    @Test
    void badOptionsAndChangedFilesAreRefusedBeforeAnythingChanges() throws Exception {
        assertRefused(2, "add --output DIR", CliRun.run(NO_SERVER, concat(RUN, "--shard", "2/4")));
        assertRefused(2, "--shard must be K/N", CliRun.run(NO_SERVER, concat(RUN, "--output",
                dir.resolve("x").toString(), "--shard", "5/4")));
        assertRefused(2, "--format must be csv or ndjson", CliRun.run(NO_SERVER, concat(RUN, "--output",
                dir.resolve("x").toString(), "--format", "xml")));
        assertRefused(2, "dhub load", CliRun.run(NO_SERVER, concat(RUN, "--output", dir.resolve("x").toString(),
                "--verify")));
        byte[] manifest = Files.readAllBytes(csv.resolve("manifest.json"));
        assertRefused(2, "add --replace", CliRun.run(NO_SERVER, concat(RUN, "--output", csv.toString())));
        assertArrayEquals(manifest, Files.readAllBytes(csv.resolve("manifest.json")), "the earlier files are kept");
        assertFalse(Files.exists(dir.resolve("x")), "nothing was written for a refused command");

        String loaded = prefix();
        Map<String, String> env = TestServer.get().env(loaded);
        Files.createDirectories(dir.resolve("empty"));
        assertRefused(2, "holds no manifest.json", CliRun.run(env, "load", dir.resolve("empty").toString()));
        Path half = dir.resolve("half");
        for (int k : new int[] {1, 2}) {
            Files.createDirectories(half.resolve("p" + k));
            Files.writeString(half.resolve("p" + k).resolve("manifest." + k + "-of-4.json"),
                    Files.readString(csv.resolve("manifest.json")).replace("\"k\": 1, \"n\": 1", "\"k\": " + k
                            + ", \"n\": 4"));
        }
        assertRefused(2, "parts 3, 4 of 4 are missing", CliRun.run(env, "load", half.resolve("p1").toString(),
                half.resolve("p2").toString()));

        Map<String, String> before = load(loaded, csv);
        Path changed = dir.resolve("changed");
        copy(csv, changed);
        Path transactions = changed.resolve("accounts_db/transactions.csv");
        byte[] bytes = Files.readAllBytes(transactions);
        int at = bytes.length / 2;
        bytes[at] = (byte) (bytes[at] == '1' ? '2' : '1');
        Files.write(transactions, bytes);
        CliRun refused = CliRun.run(env, "load", "--replace", changed.toString());
        assertRefused(1, transactions + " is not the file its manifest describes", refused);
        Map<String, String> after = DeterminismIT.digests(new Sql(loaded), Map.of());
        after.put("row counts", counts(loaded));
        assertEquals(before, after, "a refused load changes nothing, not even with --replace");
    }

    /**
     * A manifest is checked whole against what this dhub writes before anything changes: SQL in a table
     * name, a path out of the folder, a link out of it, other columns, a garbled file or parts of two
     * runs are each refused in one line (exit 2, a fault of the folder named) with --replace over loaded
     * data, which keeps every row and records no run.
     */
    @Test
    void hostileManifestsAreRefusedBeforeAnythingChanges() throws Exception {
        String loaded = prefix();
        Map<String, String> env = TestServer.get().env(loaded);
        Map<String, String> before = load(loaded, csv);
        Sql sql = new Sql(loaded);
        long runs = sql.number("employees_db", "SELECT count(*) FROM dhub_runs");
        String manifest = Files.readString(csv.resolve("manifest.json"));
        String departments = "\"table\": \"departments\", \"file\": \"employees_db/departments.csv\"";
        assertTrue(manifest.contains(departments), "the first table of the manifest is departments\n" + manifest);

        Path injected = hostile("injected", manifest.replace(departments,
                "\"table\": \"departments; DROP TABLE employees; --\", \"file\": \"employees_db/departments.csv\""));
        assertRefused(2, "its table 1 is employees_db.'departments; DROP TABLE employees; --'",
                CliRun.run(env, "load", "--replace", injected.toString()));

        Files.copy(csv.resolve("employees_db/departments.csv"), dir.resolve("outside.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path escaping = hostile("escaping", manifest.replace(departments,
                "\"table\": \"departments\", \"file\": \"../outside.csv\""));
        assertRefused(2, "it names the file '../outside.csv', outside its folder",
                CliRun.run(env, "load", "--replace", escaping.toString()));

        Path linked = hostile("linked", manifest);
        Files.delete(linked.resolve("employees_db/departments.csv"));
        Files.createSymbolicLink(linked.resolve("employees_db/departments.csv"), dir.resolve("outside.csv"));
        assertRefused(2, "leads out of " + linked, CliRun.run(env, "load", "--replace", linked.toString()));

        Path columns = hostile("columns", manifest.replaceFirst("\"columns\": \\[\"department_id\", ",
                "\"columns\": [\"department_id); DELETE FROM employees; --\", "));
        assertRefused(2, "with other columns", CliRun.run(env, "load", "--replace", columns.toString()));

        Path garbled = hostile("garbled", manifest.substring(0, manifest.length() / 2));
        assertRefused(2, "it is not a manifest dhub wrote", CliRun.run(env, "load", "--replace", garbled.toString()));

        Path mixed = dir.resolve("hostile-mixed");
        for (int k : new int[] {1, 2}) {
            Files.createDirectories(mixed.resolve("p" + k));
            Files.writeString(mixed.resolve("p" + k).resolve("manifest." + k + "-of-2.json"), manifest
                    .replace("\"k\": 1, \"n\": 1", "\"k\": " + k + ", \"n\": 2")
                    .replace("\"seed\": 20240601,", "\"seed\": " + (k == 1 ? 20240601 : 7) + ","));
        }
        CliRun twoRuns = CliRun.run(env, "load", "--replace", mixed.resolve("p1").toString(),
                mixed.resolve("p2").toString());
        assertRefused(2, "their settings: seed 7 against 20240601", twoRuns);
        assertFalse(twoRuns.err().contains("Settings["), "settings in words, not a record\n" + twoRuns);

        Map<String, String> after = DeterminismIT.digests(sql, Map.of());
        after.put("row counts", counts(loaded));
        assertEquals(before, after, "no refused manifest changed a row");
        assertEquals(runs, sql.number("employees_db", "SELECT count(*) FROM dhub_runs"), "nor recorded a run");
        assertEquals(1, sql.number("employees_db", "SELECT count(*) FROM pg_tables WHERE tablename = 'employees'"));
    }

    /** A copy of the run's folder (its files hard-linked) with this manifest text. */
    private Path hostile(String name, String manifest) throws IOException {
        Path folder = dir.resolve("hostile-" + name);
        try (Stream<Path> walk = Files.walk(csv)) {
            for (Path p : walk.toList()) {
                Path target = folder.resolve(csv.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("manifest.json")) {
                    Files.createLink(target, p);
                }
            }
        }
        Files.writeString(folder.resolve("manifest.json"), manifest);
        return folder;
    }

    private static void assertRefused(int exit, String says, CliRun run) {
        assertEquals(exit, run.exit(), run::toString);
        assertTrue(run.err().contains(says), "says '" + says + "'\n" + run);
        assertEquals(1, run.errLines(), "one line\n" + run);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
