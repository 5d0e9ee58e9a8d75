package io.dhub.generators;

import io.dhub.generators.api.CustomerRequest;
import io.dhub.generators.api.CustomerResult;
import io.dhub.generators.api.FileRequest;
import io.dhub.generators.api.FileSet;
import io.dhub.generators.api.FilesWritten;
import io.dhub.generators.api.LoadRequest;
import io.dhub.generators.api.ProgressListener;
import io.dhub.generators.api.SeedRequest;
import io.dhub.generators.api.SeedResult;
import io.dhub.generators.run.FileInput;
import io.dhub.generators.run.FileOutput;
import io.dhub.generators.run.OneCustomer;
import io.dhub.generators.run.Seeder;
import io.dhub.generators.spi.Domain;
import io.dhub.schema.admin.Databases;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door of generation: one call takes a request ({@code api}) and returns the result
 * ({@code api}). Callers (the CLI, tests) parse and print; nothing behind this door prints or reads
 * the clock: progress and notices go to the listener, and the as-of date is part of the settings.
 * This class and {@link BankPlan} are the composition root: the only code that knows the run, the
 * outputs and the domains together.
 */
public final class Generation {
    private Generation() {
    }

    /** Seeds the databases as the request says, with the bank's own domains; see {@link Seeder#seed}. */
    public static SeedResult seed(Databases databases, SeedRequest request, ProgressListener listener) {
        return seed(databases, request, BankPlan.DOMAINS, listener);
    }

    /** The same with other domains (a test's, say) in place of {@link BankPlan#DOMAINS}. */
    public static SeedResult seed(Databases databases, SeedRequest request, List<Domain> domains,
                                  ProgressListener listener) {
        return new Seeder(databases, listener).seed(request.settings(), new BankPlan(request.settings(), domains),
                request.replace(), request.version(), request.waitForLock());
    }

    /**
     * Writes the bank the request describes to files instead of the databases (part {@code shard}
     * of it), with no database opened; see {@link FileOutput}.
     */
    public static FilesWritten write(FileRequest request, ProgressListener listener) {
        return new FileOutput(listener).write(request, new BankPlan(request.settings()));
    }

    /**
     * Reads the folders a file run wrote and checks them whole against the bank this dhub plans for
     * their settings, before any database is touched; see {@link FileInput#read}.
     */
    public static FileSet readFiles(List<Path> dirs) {
        return FileInput.read(dirs, BankPlan::new);
    }

    /**
     * Loads the files of one run (all its parts, from one folder or several) into the databases, in
     * the discipline of a seed; see {@link FileInput} and {@link Seeder#load}.
     */
    public static SeedResult load(Databases databases, LoadRequest request, ProgressListener listener) {
        if (!(request.files() instanceof FileInput files)) {
            throw new IllegalArgumentException("load takes the files readFiles read");
        }
        return new Seeder(databases, listener).load(files.settings(request.threads(), request.retry()), files,
                files.loader(), request.replace(), request.version(), request.waitForLock());
    }

    /** Rewrites one customer's rows; see {@link OneCustomer}. */
    public static CustomerResult rewriteCustomer(Databases databases, CustomerRequest request,
                                                 ProgressListener listener) {
        return new OneCustomer(databases, listener).rewrite(request, BankPlan::new);
    }
}
