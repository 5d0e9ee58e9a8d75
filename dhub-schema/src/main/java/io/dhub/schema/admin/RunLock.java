package io.dhub.schema.admin;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.connect.SqlFailures;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * One changing command at a time per database prefix: a session-level PostgreSQL advisory lock,
 * held on a connection of its own to the server's admin database for as long as the command runs.
 * {@code seed all}, {@code seed clear} and {@code db migrate} take it; two prefixes never block
 * each other. The server releases it when the connection ends, so a killed run never leaves it held.
 */
public final class RunLock implements AutoCloseable {
    /** The lock's first key, 'dhub' in ASCII; the second is a hash of the prefix. */
    static final int CLASS_KEY = 0x64687562;

    private final Databases databases;
    private final String command;
    private Connection connection;

    private RunLock(Databases databases, String command) {
        this.databases = databases;
        this.command = command;
    }

    /** Where pg_locks (as {@code l}) holds the granted lock of a prefix; bind the keys with {@link #bindKeys}. */
    private static final String GRANTED = "l.locktype = 'advisory' AND l.granted "
            + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            + "AND l.classid = ? AND l.objid = ? AND l.objsubid = 2";

    /** Sets the lock's two keys as the statement's first two parameters. */
    private static PreparedStatement bindKeys(PreparedStatement ps, String prefix) throws SQLException {
        ps.setInt(1, CLASS_KEY);
        ps.setInt(2, prefixKey(prefix));
        return ps;
    }

    /** The lock's second key: CRC-32 of the prefix, as a non-negative int. */
    static int prefixKey(String prefix) {
        CRC32 crc = new CRC32();
        crc.update(("dhub-prefix:" + prefix).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() & 0x7fff_ffffL);
    }

    /**
     * Takes the lock for this prefix. When another command holds it: with {@code wait}, says once
     * (through {@code notice}) whom it waits for and waits; without, refuses at once (exit 1).
     */
    static RunLock acquire(Databases databases, String command, boolean wait, Consumer<String> notice) {
        RunLock lock = new RunLock(databases, command);
        try {
            lock.take(wait, notice);
            return lock;
        } catch (SQLException e) {
            lock.close();
            throw SqlFailures.translate("take the lock of prefix " + databases.describePrefix(), e, databases.server());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private void take(boolean wait, Consumer<String> notice) throws SQLException {
        connection = databases.adminConnection("dhub lock: " + command);
        if (tryLock()) {
            return;
        }
        String holder = holder().orElse("another dhub command (it was just finishing)");
        if (!wait) {
            throw new DhubException(ErrorCode.FAILED, holder + " is changing prefix " + databases.describePrefix()
                    + " on " + databases.server().display() + ", and --no-wait was given: nothing was changed; run "
                    + "again when it has finished");
        }
        notice.accept("waiting for " + holder + " on prefix " + databases.describePrefix()
                + " to finish (--no-wait refuses instead)");
        try (PreparedStatement ps = bindKeys(connection.prepareStatement("SELECT pg_advisory_lock(?, ?)"),
                databases.prefix())) {
            ps.execute();
        }
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement ps = bindKeys(connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)"),
                databases.prefix()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The commands that record a run before they change data. */
    private static final java.util.Set<String> RECORDED = java.util.Set.of("seed all", "load", "seed customer",
            "seed clear");

    /**
     * Who holds the lock now, in words: the holder's command, then its run number and start when the
     * run record names it, or that it is starting (it has recorded no run yet), or, for a command that
     * records no run ({@code db migrate}), when it started; always its server pid.
     */
    private Optional<String> holder() {
        String app;
        int pid;
        java.time.OffsetDateTime started;
        try (PreparedStatement ps = bindKeys(connection.prepareStatement("SELECT a.application_name, a.pid, "
                + "a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE " + GRANTED),
                databases.prefix())) {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                app = rs.getString(1) == null ? "" : rs.getString(1);
                pid = rs.getInt(2);
                started = rs.getObject(3, java.time.OffsetDateTime.class);
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        String command = app.startsWith("dhub lock: ") ? app.substring("dhub lock: ".length()) : null;
        String since = started == null ? "" : ", started " + RunRecord.utc(started);
        if (command == null) {
            return Optional.of("'" + app + "' (server pid " + pid + since + ")");
        }
        Optional<RunRecord> run = Optional.empty();
        if (RECORDED.contains(command)) {
            try {
                // the holder's own record: running, its command, begun after the holder took the lock
                // (a killed run's stale record is older)
                run = databases.lastRun().filter(r -> "running".equals(r.status()) && command.equals(r.command())
                        && (started == null || !r.startedAt().isBefore(started)));
            } catch (RuntimeException ignored) {
                // the run record is a courtesy here; the lock is what counts
            }
        }
        String what = run.map(r -> "run #" + r.id() + ", started " + RunRecord.utc(r.startedAt()) + ", server pid "
                + pid).orElse(RECORDED.contains(command) ? "starting: it has recorded no run yet; server pid " + pid
                + since : "server pid " + pid + since);
        return Optional.of("'dhub " + command + "' (" + what + ")");
    }

    /**
     * After a lost connection (a server restart drops the lock with it): takes the lock again on a
     * new connection, or fails when another command took it meanwhile.
     */
    public void ensureHeld() {
        try {
            if (connection != null && connection.isValid(2)) {
                return;
            }
            closeConnection();
            connection = databases.adminConnection("dhub lock: " + command);
            if (!tryLock()) {
                throw new DhubException(ErrorCode.FAILED, "the server dropped this run's lock of prefix "
                        + databases.describePrefix() + " (it restarted) and another dhub command took it: this run "
                        + "stops here; run it again when the other has finished");
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("take the lock of prefix " + databases.describePrefix() + " again", e,
                    databases.server());
        }
    }

    /** Whether some session holds the lock of this prefix (seed status uses it: running or interrupted). */
    static boolean isHeld(Databases databases) {
        try (Connection conn = databases.adminConnection("dhub status");
             PreparedStatement ps = bindKeys(conn.prepareStatement("SELECT count(*) FROM pg_locks l WHERE " + GRANTED),
                     databases.prefix())) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("read the locks", e, databases.server());
        }
    }

    /** Releases the lock; never throws, so that it cannot mask the error that ended the command. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (PreparedStatement ps = bindKeys(connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)"),
                databases.prefix())) {
            ps.execute();
        } catch (SQLException ignored) {
            // closing the connection below releases it all the same
        }
        closeConnection();
    }

    private void closeConnection() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // a lost connection has released the lock already
        } finally {
            connection = null;
        }
    }
}
