package io.dhub.generators.run;

import io.dhub.generators.api.FileRequest;
import io.dhub.generators.api.FilesWritten;
import io.dhub.generators.api.PhaseResult;
import io.dhub.generators.api.ProgressListener;
import io.dhub.generators.api.RunSettings;
import io.dhub.generators.api.SeedResult;
import io.dhub.generators.api.Shard;
import io.dhub.generators.output.files.GroupFiles;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.TableGroup;
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

    public FilesWritten write(FileRequest request, PhasePlan plan) {
        RunSettings settings = request.settings();
        Path dir = request.dir();
        Shard shard = request.shard();
        check(dir, shard, request.replace());
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
            IntoFiles files = new IntoFiles(new GroupFiles(workers, settings.threads()), request);
            List<PhaseResult> results = PhaseLoop.run(plan, new SeedTree(settings.seed()), files);
            List<SeedResult.Step> steps = new ArrayList<>();
            for (PhaseResult result : results) {
                steps.add(new SeedResult.Step("phase " + result.number() + " " + result.name(), result.seconds(), result));
            }
            long manifestStart = System.nanoTime();
            Manifest manifest = new Manifest(request.version(), request.format(), shard, Manifest.Settings.of(settings),
                    settings.customerCount(), settings.employeeCount(), files.phases, files.written);
            String replay = settings.replayCommand() + " --output " + dir + " --format " + request.format().extension()
                    + (shard.whole() ? "" : " --shard " + shard);
            Path partial = dir.resolve(Manifest.name(shard) + ".partial");
            Files.writeString(partial, manifest.toJson(replay), StandardCharsets.UTF_8);
            Files.move(partial, manifestPath, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            steps.add(new SeedResult.Step("manifest", (System.nanoTime() - manifestStart) / 1e9));
            return new FilesWritten(new SeedResult(0, settings, results, (System.nanoTime() - start) / 1e9, steps),
                    manifest.bytes(), manifest.files().size(), manifestPath);
        } catch (IOException e) {
            throw failed(dir, e);
        } finally {
            workers.shutdownNow();
        }
    }

    private static DhubException failed(Path dir, IOException e) {
        return new DhubException(ErrorCode.FAILED, "cannot write the files under " + dir + ": " + e.getMessage()
                + " (the folder holds no manifest, so nothing loads it half-written)", e);
    }

    /** Files as the phase loop's target: a file per table of each phase, listed for the manifest. */
    private final class IntoFiles implements PhaseLoop.Target<PhaseResult> {
        private final GroupFiles files;
        private final FileRequest request;
        final List<Manifest.Phase> phases = new ArrayList<>();
        final List<Manifest.TableFile> written = new ArrayList<>();
        private long start;

        IntoFiles(GroupFiles files, FileRequest request) {
            this.files = files;
            this.request = request;
        }

        @Override
        public void building(int number, int attempt) {
            start = System.nanoTime();
        }

        @Override
        public PhaseResult write(Phase phase, int attempt) throws IOException {
            listener.phaseStarted(phase.id(), 0);
            Shard shard = request.shard();
            Map<String, Long> rows = new LinkedHashMap<>();
            int groups = phase.groups().size();
            for (int g = 0; g < groups; g++) {
                TableGroup group = phase.groups().get(g);
                int index = g;
                long size = Math.max(1, shard.size(group.entities(), group.customers()));
                for (GroupFiles.Written w : files.write(group, shard, request.format(), request.dir(), (table, n, done) ->
                        listener.rowsWritten(phase.id(), table.name(), n,
                                (index + shard.done(group.entities(), group.customers(), done) / (double) size) / groups))) {
                    rows.put(w.table().name(), w.rows());
                    written.add(new Manifest.TableFile(phase.number(), w));
                }
            }
            PhaseResult result = new PhaseResult(phase.number(), phase.name(), rows, (System.nanoTime() - start) / 1e9,
                    0, 0);
            listener.phaseCompleted(result);
            phases.add(new Manifest.Phase(phase.number(), phase.name()));
            return result;
        }

        @Override
        public SeedTree retry(Phase phase, int attempt, SeedTree base, SeedTree built, Exception e) {
            throw e instanceof IOException io ? failed(request.dir(), io)
                    : e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }
}
