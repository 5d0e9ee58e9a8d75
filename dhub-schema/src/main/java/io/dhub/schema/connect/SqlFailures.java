package io.dhub.schema.connect;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns a driver exception into one line for the user, said once where JDBC is called: what dhub
 * was doing, what the server answered (with its SQLState), and what to do.
 */
public final class SqlFailures {
    private SqlFailures() {
    }

    public static DhubException translate(String doing, SQLException e, ServerSpec server) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = server.display() + " (from " + server.source() + ")";
        String fix = fixFor(server);
        DhubException out;
        if (hasCause(e, UnknownHostException.class)) {
            out = new DhubException(ErrorCode.CONNECTION,
                    "cannot " + doing + ": host '" + server.host() + "' is unknown; " + fix, e);
        } else if (isSsl(e)) {
            String sslmode = server.parameters().getOrDefault("sslmode", "the driver's default");
            out = new DhubException(ErrorCode.CONNECTION, "cannot " + doing + ": the SSL settings of the connection "
                    + "to " + where + " do not work (" + firstLine(e) + "; sslmode is " + sslmode + "); set sslmode "
                    + "to one of disable, allow, prefer, require, verify-ca, verify-full that this server supports",
                    e);
        } else if (hasCause(e, ConnectException.class) || state.startsWith("08")) {
            out = new DhubException(ErrorCode.CONNECTION, "cannot " + doing + ": no PostgreSQL answers at "
                    + where + " (" + firstLine(e) + "); start the server, or " + fix, e);
        } else if ("28P01".equals(state)) {
            out = new DhubException(ErrorCode.CONNECTION, "cannot " + doing + ": PostgreSQL at " + where
                    + " rejected the password for user '" + server.user() + "'; " + fix, e);
        } else if (state.startsWith("28")) {
            out = new DhubException(ErrorCode.CONNECTION, "cannot " + doing + ": PostgreSQL at " + where
                    + " refused user '" + server.user() + "' [" + state + "] " + firstLine(e) + "; " + fix, e);
        } else if ("3D000".equals(state)) {
            out = new DhubException(ErrorCode.CONNECTION, "cannot " + doing + ": " + firstLine(e)
                    + " on " + where + "; run 'dhub db migrate' to create dhub's databases", e);
        } else {
            out = new DhubException(ErrorCode.FAILED, "cannot " + doing + ": " + firstLine(e)
                    + (state.isEmpty() ? "" : " [SQLState " + state + "]"), e);
        }
        return scrub(out, server);
    }

    private static String fixFor(ServerSpec server) {
        return switch (server.source()) {
            case "--url" -> "check --url, or use dhub's own server with --embedded";
            case "DHUB_URL" -> "check DHUB_URL, or use dhub's own server with --embedded";
            case "embedded" -> "check the embedded server with 'dhub server status', or point dhub at a server with "
                    + "--url or DHUB_URL";
            case "PGHOST/PGPORT" -> "check PGHOST, PGPORT, PGUSER and PGPASSWORD, or point dhub elsewhere with --url or "
                    + "DHUB_URL, or use dhub's own server with --embedded";
            default -> "set PGUSER and PGPASSWORD, point dhub at a server with --url or DHUB_URL, or use dhub's own "
                    + "server with --embedded";
        };
    }

    /** The first line of the driver's message: pgjdbc appends hints and positions on later lines. */
    public static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = message.indexOf('\n');
        return (nl >= 0 ? message.substring(0, nl) : message).trim();
    }

    /** A failure of the connection's SSL set-up: a bad sslmode value, SSL the server lacks, a failed handshake. */
    private static boolean isSsl(SQLException e) {
        if (hasCause(e, javax.net.ssl.SSLException.class)) {
            return true;
        }
        String message = firstLine(e);
        return message.startsWith("Invalid sslmode value") || message.contains("does not support SSL")
                || message.startsWith("SSL error");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Defence in depth: no message leaves dhub carrying the password, whatever the driver said. */
    private static DhubException scrub(DhubException e, ServerSpec server) {
        String password = server.password();
        if (password == null || password.isEmpty() || !e.getMessage().contains(password)) {
            return e;
        }
        return new DhubException(e.code(), e.getMessage().replace(password, "***"), e.getCause());
    }
}
