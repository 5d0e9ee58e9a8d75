package io.dhub.generators.engine;

import io.dhub.generators.load.FileRows;
import io.dhub.generators.load.GroupFiles;
import io.dhub.generators.rows.Shard;
import io.dhub.generators.rows.TableGroup;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes a run's phases to files instead of the databases: the same plan, the same rows, through
 * {@link GroupFiles}; no database is opened. The manifest is written last, through a temporary
 * name, so a folder holds one only when every file of the part is complete; a rerun with
 * {@code replace} first deletes the old manifest, so a killed rerun leaves no manifest that
 * describes files it changed.
 */
public final class FileOutput {
    private final ProgressListener listener;

    public FileOutput(ProgressListener listener) {
        this.listener = listener;
    }

    /** What a file run wrote: the run's phases and timing (run number 0), and its manifest. */
    public record Written(SeedResult result, Manifest manifest, Path manifestPath) {
    }

    /**
     * Checks the folder before anything is written: it must be a folder or not exist, and hold no
     * manifest of this part unless {@code replace}.
     */
    public static void check(Path dir, Shard shard, boolean replace) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw DhubException.usage("--output " + dir + " is a file, not a folder: choose a folder (it is created "
                    + "when missing)");
        }
        Path manifest = dir.resolve(Manifest.name(shard));
        if (Files.exists(manifest) && !replace) {
            throw DhubException.usage(dir + " already holds a run's files (" + Manifest.name(shard) + "): add "
                    + "--replace to overwrite them, or choose another folder");
        }
    }

    public Written write(RunSettings settings, PhasePlan plan, Path dir, FileRows.Format format, Shard shard,
                         boolean replace, String version) {
        check(dir, shard, replace);
        long start = System.nanoTime();
        Path manifestPath = dir.resolve(Manifest.name(shard));
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "dhub-generate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(manifestPath);
            listener.started(settings);
            GroupFiles files = new GroupFiles(workers, settings.threads());
            SeedTree tree = new SeedTree(settings.seed());
            List<PhaseResult> results = new ArrayList<>();
            List<SeedResult.Step> steps = new ArrayList<>();
            List<Manifest.Phase> phases = new ArrayList<>();
            List<Manifest.TableFile> written = new ArrayList<>();
            for (int number : plan.numbers()) {
                long phaseStart = System.nanoTime();
                Phase phase = plan.build(number, tree);
                listener.phaseStarted(phase, 0);
                Map<String, Long> rows = new LinkedHashMap<>();
                int groups = phase.groups().size();
                for (int g = 0; g < groups; g++) {
                    TableGroup group = phase.groups().get(g);
                    int index = g;
                    long size = Math.max(1, shard.size(group));
                    for (GroupFiles.Written w : files.write(group, shard, format, dir, (table, n, done) ->
                            listener.rowsWritten(phase, table.name(), n,
                                    (index + shard.done(group, done) / (double) size) / groups))) {
                        rows.put(w.table().name(), w.rows());
                        written.add(new Manifest.TableFile(number, w));
                    }
                }
                PhaseResult result = new PhaseResult(number, phase.name(), rows, (System.nanoTime() - phaseStart) / 1e9,
                        0, 0);
                listener.phaseCompleted(result);
                results.add(result);
                phases.add(new Manifest.Phase(number, phase.name()));
                steps.add(new SeedResult.Step("phase " + number + " " + phase.name(), result.seconds(), result));
            }
            long manifestStart = System.nanoTime();
            Manifest manifest = new Manifest(version, format, shard, Manifest.Settings.of(settings),
                    settings.customerCount(), settings.employeeCount(), phases, written);
            String replay = settings.replayCommand() + " --output " + dir + " --format " + format.extension()
                    + (shard.whole() ? "" : " --shard " + shard);
            Path partial = dir.resolve(Manifest.name(shard) + ".partial");
            Files.writeString(partial, manifest.toJson(replay), StandardCharsets.UTF_8);
            Files.move(partial, manifestPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            steps.add(new SeedResult.Step("manifest", (System.nanoTime() - manifestStart) / 1e9));
            return new Written(new SeedResult(0, settings, results, (System.nanoTime() - start) / 1e9, steps), manifest,
                    manifestPath);
        } catch (IOException e) {
            throw new DhubException(ErrorCode.FAILED, "cannot write the files under " + dir + ": " + e.getMessage()
                    + " (the folder holds no manifest, so nothing loads it half-written)", e);
        } finally {
            workers.shutdownNow();
        }
    }
}
