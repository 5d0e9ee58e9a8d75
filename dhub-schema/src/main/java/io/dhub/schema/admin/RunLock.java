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
        String holder = holder().orElse("another dhub command");
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

    /** Who holds the lock now: the holder's command, and its run when the run record names one. */
    private Optional<String> holder() {
        Optional<String> command = Optional.empty();
        try (PreparedStatement ps = bindKeys(connection.prepareStatement("SELECT a.application_name, a.pid FROM "
                + "pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE " + GRANTED), databases.prefix())) {
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String app = rs.getString(1) == null ? "" : rs.getString(1);
                    command = Optional.of("'" + (app.startsWith("dhub lock: ") ? "dhub " + app.substring(11) : app)
                            + "' (server pid " + rs.getInt(2) + ")");
                }
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
        Optional<RunRecord> run = Optional.empty();
        try {
            run = databases.lastRun().filter(r -> "running".equals(r.status()));
        } catch (RuntimeException ignored) {
            // the run record is a courtesy here; the lock is what counts
        }
        Optional<String> runText = run.map(r -> "run #" + r.id() + " (" + r.command() + ", started "
                + RunRecord.utc(r.startedAt()) + ")");
        if (runText.isPresent() && command.map(c -> c.contains("'dhub seed ")).orElse(true)) {
            return Optional.of(runText.get() + command.map(c -> ", " + c).orElse(""));
        }
        return command;
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
