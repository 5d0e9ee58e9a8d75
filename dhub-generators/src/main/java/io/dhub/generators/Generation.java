package io.dhub.generators;

import io.dhub.generators.engine.Domain;
import io.dhub.generators.engine.FileInput;
import io.dhub.generators.engine.FileOutput;
import io.dhub.generators.engine.OneCustomer;
import io.dhub.generators.engine.ProgressListener;
import io.dhub.generators.engine.RunSettings;
import io.dhub.generators.engine.SeedResult;
import io.dhub.generators.engine.Seeder;
import io.dhub.generators.load.FileRows;
import io.dhub.generators.rows.Shard;
import io.dhub.schema.admin.DataOrigin;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.connect.RetryPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The front door of generation: one call takes a request and returns the result. Callers (the CLI,
 * tests) parse and print; nothing behind this door prints or reads the clock: progress and notices
 * go to the listener, and the as-of date is part of the settings.
 */
public final class Generation {
    private Generation() {
    }

    /**
     * What to seed.
     *
     * @param settings    every setting the data depends on, validated
     * @param replace     clear the databases first when they hold data
     * @param waitForLock wait for another dhub command on the prefix, or refuse at once
     * @param version     dhub's version, for the run record
     * @param domains     the domains of the bank ({@link BankPlan#DOMAINS} unless a test adds one)
     */
    public record SeedRequest(RunSettings settings, boolean replace, boolean waitForLock, String version,
                              List<Domain> domains) {
        public SeedRequest {
            domains = List.copyOf(domains);
        }

        /** The bank's own domains. */
        public static SeedRequest of(RunSettings settings, boolean replace, boolean waitForLock, String version) {
            return new SeedRequest(settings, replace, waitForLock, version, BankPlan.DOMAINS);
        }
    }

    /**
     * Writes the bank the request describes to files under {@code dir} instead of the databases
     * (part {@code shard} of it), with no database opened; see {@link FileOutput}.
     */
    public static FileOutput.Written write(SeedRequest request, Path dir, FileRows.Format format, Shard shard,
                                           ProgressListener listener) {
        return new FileOutput(listener).write(request.settings(), new BankPlan(request.settings(), request.domains()),
                dir, format, shard, request.replace(), request.version());
    }

    /**
     * Reads the folders a file run wrote and checks them whole against the bank this dhub plans for
     * their settings, before any database is touched; see {@link FileInput#read}.
     */
    public static FileInput readFiles(List<Path> dirs) {
        return FileInput.read(dirs, BankPlan::new);
    }

    /**
     * Loads the files of one run (all its parts, from one folder or several) into the databases, in
     * the discipline of a seed; see {@link FileInput} and {@link Seeder#load}.
     *
     * @param threads and {@code retry} as for a seed; they do not change the data
     */
    public static SeedResult load(Databases databases, FileInput files, int threads, RetryPolicy retry,
                                  boolean replace, boolean waitForLock, String version, ProgressListener listener) {
        return new Seeder(databases, listener).load(files.settings(threads, retry), files, files.loader(), replace,
                version, waitForLock);
    }

    /**
     * Rewrites one customer's rows; {@code plan} turns where the data comes from (read under the run
     * lock) into the settings the stored rows were generated with and the ones wanted now; see
     * {@link OneCustomer}.
     */
    public static OneCustomer.Result rewriteCustomer(Databases databases, long customer, boolean waitForLock,
                                                     RetryPolicy retry, String version,
                                                     Function<DataOrigin, OneCustomer.Plan> plan,
                                                     ProgressListener listener) {
        return new OneCustomer(databases, listener).rewrite(customer, version, waitForLock, retry, plan, BankPlan::new);
    }

    /** Seeds the databases as the request says; see {@link Seeder#seed}. */
    public static SeedResult seed(Databases databases, SeedRequest request, ProgressListener listener) {
        return new Seeder(databases, listener).seed(request.settings(),
                new BankPlan(request.settings(), request.domains()), request.replace(), request.version(),
                request.waitForLock());
    }
}
