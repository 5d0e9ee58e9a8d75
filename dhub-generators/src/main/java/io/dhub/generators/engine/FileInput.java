package io.dhub.generators.engine;

import io.dhub.generators.load.FileLoader;
import io.dhub.generators.load.FileRows;
import io.dhub.generators.rows.Shard;
import io.dhub.generators.rows.Table;
import io.dhub.generators.rows.TableGroup;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.connect.RetryPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folders a file run wrote, read back as one run: their manifests must describe the same run
 * (settings, format, phases, tables) and together hold every part exactly once. Everything is
 * checked, every file's checksum included, before any database is touched. As a {@link PhasePlan} it gives the
 * phases' tables, each in its own group; {@link #loader()} copies their files.
 */
public final class FileInput implements PhasePlan {
    private final Manifest first;
    private final Map<Integer, Manifest> parts;
    private final Map<String, List<FileLoader.Part>> files = new LinkedHashMap<>();

    private FileInput(Manifest first, Map<Integer, Manifest> parts, Map<Integer, Path> dirs) {
        this.first = first;
        this.parts = parts;
        for (Map.Entry<Integer, Manifest> part : parts.entrySet()) {
            for (Manifest.TableFile f : part.getValue().files()) {
                files.computeIfAbsent(FileLoader.key(f.written().table()), k -> new ArrayList<>())
                        .add(new FileLoader.Part(dirs.get(part.getKey()).resolve(f.written().file()), f.written()));
            }
        }
    }

    /** Reads the manifests in the folders and checks that they make one whole run, with every file present. */
    public static FileInput read(List<Path> dirs) {
        if (dirs.isEmpty()) {
            throw DhubException.usage("name the folder a file run wrote: dhub load DIR... (from 'dhub seed all --output DIR')");
        }
        Map<Integer, Manifest> parts = new TreeMap<>();
        Map<Integer, Path> where = new TreeMap<>();
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
                Path earlier = where.put(m.shard().k(), dir);
                if (parts.put(m.shard().k(), m) != null) {
                    throw DhubException.usage("part " + m.shard() + " is given twice, in " + earlier + " and " + dir
                            + ": name each part's folder once");
                }
            }
        }
        Manifest first = parts.values().iterator().next();
        for (Manifest m : parts.values()) {
            String differs = m.settings().equals(first.settings()) ? m.format() != first.format() ? "format"
                    : m.shard().n() != first.shard().n() ? "number of parts"
                    : !m.phases().equals(first.phases()) || !tables(m).equals(tables(first)) ? "tables" : null
                    : "settings (" + m.settings() + " against " + first.settings() + ")";
            if (differs != null) {
                throw DhubException.usage("the folders hold parts of different runs (their " + differs + " differ): "
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
        FileInput input = new FileInput(first, parts, where);
        input.checkFiles();
        return input;
    }

    /** The tables of a manifest, in order, as phase, key and columns. */
    private static List<String> tables(Manifest m) {
        return m.files().stream().map(f -> f.phase() + " " + FileLoader.key(f.written().table()) + " "
                + f.written().table().columns()).toList();
    }

    /**
     * Every file is there, with the size and SHA-256 its manifest gives, before any database is
     * touched (the load checks them again as they stream, for a file changed in between).
     */
    private void checkFiles() {
        for (List<FileLoader.Part> list : files.values()) {
            for (FileLoader.Part part : list) {
                long size;
                try {
                    size = Files.size(part.path());
                } catch (IOException e) {
                    throw new DhubException(ErrorCode.FAILED, part.path() + " is missing (its manifest lists it): copy the folder "
                            + "whole, or write the files again");
                }
                if (size != part.written().bytes()) {
                    throw new DhubException(ErrorCode.FAILED, part.path() + " holds " + size + " bytes where its manifest says "
                            + part.written().bytes() + ": it changed after dhub wrote it; write the files again");
                }
                if (!FileLoader.sha256(part.path()).equals(part.written().sha256())) {
                    throw new DhubException(ErrorCode.FAILED, part.path() + " is not the file its manifest describes (its SHA-256 "
                            + "differs): it changed after dhub wrote it; write the files again");
                }
            }
        }
    }

    /** The run's settings, with this machine's threads and retries. */
    public RunSettings settings(int threads, RetryPolicy retry) {
        return first.settings().run(threads, retry);
    }

    public FileRows.Format format() {
        return first.format();
    }

    /** How many parts the run was written in. */
    public int parts() {
        return parts.size();
    }

    public long rows() {
        return parts.values().stream().mapToLong(Manifest::rows).sum();
    }

    public long bytes() {
        return parts.values().stream().mapToLong(Manifest::bytes).sum();
    }

    /** Copies the tables' files, parts in order. */
    public FileLoader loader() {
        return new FileLoader(first.format(), files);
    }

    @Override
    public List<Integer> numbers() {
        return first.phases().stream().map(Manifest.Phase::number).toList();
    }

    @Override
    public Phase build(int number, SeedTree tree) {
        Manifest.Phase phase = first.phases().stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phase " + number));
        List<TableGroup> groups = new ArrayList<>();
        for (Manifest.TableFile f : first.files()) {
            if (f.phase() == number) {
                Table table = f.written().table();
                groups.add(TableGroup.single(table, 0, (entity, out) -> {
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
