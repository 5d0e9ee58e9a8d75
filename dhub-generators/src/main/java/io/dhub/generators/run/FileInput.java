package io.dhub.generators.run;

import io.dhub.generators.api.FileFormat;
import io.dhub.generators.api.FileSet;
import io.dhub.generators.api.RunSettings;
import io.dhub.generators.api.Shard;
import io.dhub.generators.output.files.GroupFiles;
import io.dhub.generators.output.postgres.FileLoader;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.connect.RetryPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folders a file run wrote, read back as one run: their manifests must describe the same run
 * (settings, format, phases, tables) and together hold every part exactly once. Everything is
 * checked before any database is touched: the settings as {@code seed all} checks its options, every
 * phase, table, column and file name against what this dhub writes for those settings (so no name
 * that reaches SQL or the file system comes from a manifest's text), every file inside its folder
 * (a link out of it is refused), and every file's size and SHA-256. As a {@link PhasePlan} it gives
 * the phases' tables, each in its own group; {@link #loader()} copies their files.
 */
public final class FileInput implements PhasePlan, FileSet {
    private final Manifest first;
    private final Map<Integer, Manifest> parts;
    private final List<Manifest.Phase> phases;
    private final List<Manifest.TableFile> tables;
    private final Map<String, List<FileLoader.Part>> files = new LinkedHashMap<>();

    private FileInput(Manifest first, Map<Integer, Manifest> parts, List<Manifest.Phase> phases,
                      List<Manifest.TableFile> tables, Map<String, List<FileLoader.Part>> files) {
        this.first = first;
        this.parts = parts;
        this.phases = List.copyOf(phases);
        this.tables = List.copyOf(tables);
        this.files.putAll(files);
    }

    /**
     * Reads the manifests in the folders and checks that they make one whole run of the bank that
     * {@code bank} plans for their settings, with every file present and unchanged.
     */
    public static FileInput read(List<Path> dirs, Function<RunSettings, PhasePlan> bank) {
        if (dirs.isEmpty()) {
            throw DhubException.usage("name the folder a file run wrote: dhub load DIR... (from 'dhub seed all --output DIR')");
        }
        Map<Integer, Manifest> parts = new TreeMap<>();
        Map<Integer, Path> where = new TreeMap<>();
        Map<Integer, Path> manifestPaths = new TreeMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw DhubException.usage(dir + " is not a folder: name the folders 'dhub seed all --output' wrote");
            }
            List<Path> manifests;
            try (Stream<Path> list = Files.list(dir)) {
                manifests = list.filter(p -> p.getFileName().toString().matches("manifest(\\.\\d+-of-\\d+)?\\.json"))
                        .sorted().toList();
            } catch (IOException e) {
                throw DhubException.usage("cannot list " + dir + ": " + e.getMessage());
            }
            if (manifests.isEmpty()) {
                throw DhubException.usage(dir + " holds no manifest.json: it is not a folder 'dhub seed all --output' "
                        + "wrote, or that run did not finish (write it again)");
            }
            for (Path path : manifests) {
                Manifest m = Manifest.read(path);
                if (!path.getFileName().toString().equals(Manifest.name(m.shard()))) {
                    throw bad(path, "it describes part " + m.shard() + ", whose manifest is named "
                            + Manifest.name(m.shard()));
                }
                Path earlier = where.put(m.shard().k(), dir);
                manifestPaths.put(m.shard().k(), path);
                if (parts.put(m.shard().k(), m) != null) {
                    throw DhubException.usage("part " + m.shard() + " is given twice, in " + earlier + " and " + dir
                            + ": name each part's folder once");
                }
            }
        }
        Manifest first = parts.values().iterator().next();
        for (Manifest m : parts.values()) {
            String differs = !m.settings().equals(first.settings())
                    ? "settings: " + m.settings().differences(first.settings())
                    : m.format() != first.format() ? "format: " + m.format().extension() + " against "
                    + first.format().extension()
                    : m.shard().n() != first.shard().n() ? "number of parts: " + m.shard().n() + " against "
                    + first.shard().n()
                    : !m.phases().equals(first.phases()) || !tables(m).equals(tables(first)) ? "tables" : null;
            if (differs != null) {
                throw DhubException.usage("the folders hold parts of different runs (their " + differs + "): "
                        + "load one run's parts together");
            }
        }
        int n = first.shard().n();
        List<String> missing = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            if (!parts.containsKey(k)) {
                missing.add(Integer.toString(k));
            }
        }
        if (!missing.isEmpty()) {
            throw DhubException.usage("part" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " of " + n
                    + " " + (missing.size() > 1 ? "are" : "is") + " missing: name the folders holding "
                    + missing.stream().map(k -> Manifest.name(new Shard(Integer.parseInt(k), n)))
                    .collect(Collectors.joining(", ")) + " too");
        }
        Path firstPath = manifestPaths.values().iterator().next();
        RunSettings settings;
        try {
            settings = first.settings().run(1, RetryPolicy.NONE);
        } catch (DhubException e) {
            throw bad(firstPath, "its settings are not ones dhub seeds (" + e.getMessage() + ")");
        }
        // what this dhub writes for these settings, the names every manifest must give and the only ones
        // used, worked out while the files are read (class loading and the market's tables take most of a second)
        CompletableFuture<Expected> expecting = CompletableFuture.supplyAsync(() -> Expected.of(bank, settings));
        // every file the manifests name: inside its folder (no '..', no link out), with its size and SHA-256
        for (Map.Entry<Integer, Manifest> part : parts.entrySet()) {
            Path dir = where.get(part.getKey());
            Path realDir = realPath(dir);
            for (Manifest.TableFile given : part.getValue().files()) {
                checkFile(inside(dir, realDir, given.written().file(), manifestPaths.get(part.getKey())),
                        given.written());
            }
        }
        Expected expected;
        try {
            expected = expecting.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        List<Manifest.Phase> phases = expected.phases();
        List<Manifest.TableFile> tables = expected.tables();
        Map<String, List<FileLoader.Part>> files = new LinkedHashMap<>();
        for (Map.Entry<Integer, Manifest> part : parts.entrySet()) {
            Manifest m = part.getValue();
            Path manifestPath = manifestPaths.get(part.getKey());
            if (!m.phases().equals(phases)) {
                throw bad(manifestPath, "its phases (" + describe(m.phases()) + ") are not the ones this dhub runs ("
                        + describe(phases) + "); it was edited, or written by another version of dhub (" + m.version()
                        + "): write the files again with this one");
            }
            if (m.files().size() != tables.size()) {
                throw bad(manifestPath, "it lists " + m.files().size() + " tables where this dhub writes "
                        + tables.size() + "; it was edited, or written by another version of dhub (" + m.version()
                        + "): write the files again with this one");
            }
            Path dir = where.get(part.getKey());
            for (int i = 0; i < tables.size(); i++) {
                Manifest.TableFile given = m.files().get(i);
                Table table = tables.get(i).written().table();
                int phase = tables.get(i).phase();
                String file = GroupFiles.file(table, m.shard(), m.format());
                if (given.phase() != phase || !given.written().table().equals(table)
                        || !given.written().file().equals(file)) {
                    Table theirs = given.written().table();
                    throw bad(manifestPath, "its table " + (i + 1) + " is " + theirs.database().logicalName() + "."
                            + quoted(theirs.name()) + " of phase " + given.phase() + " in " + quoted(given.written()
                            .file()) + ", where this dhub writes " + FileLoader.key(table) + " of phase " + phase
                            + " in " + file + (theirs.name().equals(table.name()) && given.phase() == phase
                            && given.written().file().equals(file) ? " with other columns" : "") + "; it was edited, "
                            + "or written by another version of dhub (" + m.version() + "): write the files again "
                            + "with this one");
                }
                GroupFiles.Written written = given.written();
                files.computeIfAbsent(FileLoader.key(table), k -> new ArrayList<>()).add(new FileLoader.Part(
                        dir.resolve(file), new GroupFiles.Written(table, file, written.header(), written.rows(),
                        written.bytes(), written.sha256())));
            }
        }
        return new FileInput(first, parts, phases, tables, files);
    }

    /** The phases and tables, in load order, that this dhub writes for a run's settings. */
    private record Expected(List<Manifest.Phase> phases, List<Manifest.TableFile> tables) {
        static Expected of(Function<RunSettings, PhasePlan> bank, RunSettings settings) {
            List<Manifest.Phase> phases = new ArrayList<>();
            List<Manifest.TableFile> tables = new ArrayList<>();
            PhasePlan plan = bank.apply(settings);
            SeedTree tree = new SeedTree(settings.seed());
            for (int number : plan.numbers()) {
                Phase phase = plan.build(number, tree);
                phases.add(new Manifest.Phase(number, phase.name()));
                for (Table table : phase.tables()) {
                    tables.add(new Manifest.TableFile(number, new GroupFiles.Written(table, "", false, 0, 0, "")));
                }
            }
            return new Expected(phases, tables);
        }
    }

    /**
     * A file a manifest names, as a path inside its folder: a name that climbs out ({@code ..}, an
     * absolute path) or a link that leads out is refused before anything reads it.
     */
    private static Path inside(Path dir, Path realDir, String name, Path manifest) {
        Path relative;
        try {
            relative = Path.of(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw bad(manifest, "it names the file " + quoted(name) + ", which is not a path");
        }
        if (name.isEmpty() || relative.isAbsolute() || relative.startsWith("..")) {
            throw bad(manifest, "it names the file " + quoted(name) + ", outside its folder: dhub reads only "
                    + "files inside the folders it is given");
        }
        Path path = dir.resolve(relative);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !realPath(path).startsWith(realDir)) {
            throw DhubException.usage(path + " leads out of " + dir + " (a link to " + realPath(path)
                    + "): dhub reads only files inside the folders it is given; copy the file in instead");
        }
        return path;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw DhubException.usage("cannot read " + path + ": " + e.getMessage());
        }
    }

    /** Text from a manifest, shown as it is but quoted, with control characters escaped. */
    private static String quoted(String text) {
        StringBuilder sb = new StringBuilder("'");
        text.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append(text.length() > 80 ? "...'" : "'").toString();
    }

    private static String describe(List<Manifest.Phase> phases) {
        return phases.stream().map(p -> p.number() + " " + p.name()).collect(Collectors.joining(", "));
    }

    private static DhubException bad(Path manifest, String why) {
        return DhubException.usage("cannot load " + manifest + ": " + why);
    }

    /** The tables of a manifest, in order, as phase, key and columns. */
    private static List<String> tables(Manifest m) {
        return m.files().stream().map(f -> f.phase() + " " + FileLoader.key(f.written().table()) + " "
                + f.written().table().columns()).toList();
    }

    /**
     * The file is there, a regular file, with the size and SHA-256 its manifest gives, before any
     * database is touched (the load checks it again as it streams, for a file changed in between).
     */
    private static void checkFile(Path path, GroupFiles.Written written) {
        long size;
        try {
            if (!Files.isRegularFile(path)) {
                throw new IOException("not a file");
            }
            size = Files.size(path);
        } catch (IOException e) {
            throw new DhubException(ErrorCode.FAILED, path + " is missing (its manifest lists it): copy the folder "
                    + "whole, or write the files again");
        }
        if (size != written.bytes()) {
            throw new DhubException(ErrorCode.FAILED, path + " holds " + size + " bytes where its manifest says "
                    + written.bytes() + ": it changed after dhub wrote it; write the files again");
        }
        if (!FileLoader.sha256(path).equals(written.sha256())) {
            throw new DhubException(ErrorCode.FAILED, path + " is not the file its manifest describes (its SHA-256 "
                    + "differs): it changed after dhub wrote it; write the files again");
        }
    }

    /** The run's settings, with this machine's threads and retries. */
    public RunSettings settings(int threads, RetryPolicy retry) {
        return first.settings().run(threads, retry);
    }

    @Override
    public FileFormat format() {
        return first.format();
    }

    @Override
    public int parts() {
        return parts.size();
    }

    @Override
    public long rows() {
        return parts.values().stream().mapToLong(Manifest::rows).sum();
    }

    @Override
    public long bytes() {
        return parts.values().stream().mapToLong(Manifest::bytes).sum();
    }

    /** Copies the tables' files, parts in order. */
    public FileLoader loader() {
        return new FileLoader(first.format(), files);
    }

    @Override
    public List<Integer> numbers() {
        return phases.stream().map(Manifest.Phase::number).toList();
    }

    @Override
    public Phase build(int number, SeedTree tree) {
        Manifest.Phase phase = phases.stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phase " + number));
        List<TableGroup> groups = new ArrayList<>();
        for (Manifest.TableFile f : tables) {
            if (f.phase() == number) {
                groups.add(TableGroup.single(f.written().table(), 0, (entity, out) -> {
                }));
            }
        }
        return new Phase(number, phase.name(), groups);
    }

    @Override
    public boolean regenerates() {
        return false;
    }
}
