package io.dhub.cli;

import io.dhub.cli.render.Render;
import io.dhub.generators.Generation;
import io.dhub.generators.api.FileSet;
import io.dhub.generators.api.LoadRequest;
import io.dhub.generators.api.SeedResult;
import io.dhub.schema.admin.Databases;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dhub load DIR...}: the files of a file run into the six databases. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Load the files 'dhub seed all --output DIR' wrote into the six databases, like a seed: "
                + "migrate, lock, one transaction per database per phase, COPY ... FREEZE, indexes after, the run "
                + "record. Name every part's folder (the parts of --shard K/N, in any order); each file is checked "
                + "against its manifest's size and SHA-256.")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders holding a manifest.json (or the "
            + "manifest.K-of-N.json of parts)")
    List<Path> dirs;

    @Mixin
    RunOptions run;

    @Option(names = "--replace", description = "Clear dhub's databases first if they hold data")
    boolean replace;

    @Option(names = "--verify", description = "Run 'dhub seed verify' on the data afterwards; exit 1 if a check fails")
    boolean verify;

    private final CliContext context;

    LoadCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        long commandStart = System.nanoTime();
        FileSet files = Generation.readFiles(dirs);
        int threads = Runtime.getRuntime().availableProcessors();
        try (Databases databases = Session.open(connection, context)) {
            double connect = Main.jvmStartSeconds() + (System.nanoTime() - commandStart) / 1e9;
            SeedResult result = Generation.load(databases, new LoadRequest(files, threads, run.retry(), replace,
                    run.waitForLock(), DhubCommand.version()), connection.quiet ? new SeedAll.Warnings(context)
                            : new SeedAll.Progress(context, "loading the files of"));
            if (!connection.quiet) {
                SeedAll.summary(context, result, connect, Main.jvmStartSeconds() > 0 ? "start (JVM, server, manifests)"
                        : "start (server, manifests)");
                double total = connect + result.seconds();
                context.out().println(String.format(Locale.ROOT, "%s bytes of %s from %d part%s (%.1f MB/s)",
                        Render.count(files.bytes()), files.format().extension(), files.parts(),
                        files.parts() == 1 ? "" : "s", files.bytes() / 1e6 / Math.max(total, 1e-9)));
            }
            return verify ? SeedAll.verify(context, databases, threads, connection.quiet) : 0;
        }
    }
}
