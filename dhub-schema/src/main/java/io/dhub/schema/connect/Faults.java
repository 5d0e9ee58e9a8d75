package io.dhub.schema.connect;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Which failures are transient: worth the same work again after a wait. A lost or refused
 * connection (SQLState class 08, or an I/O error underneath), a server shutting down, starting up or
 * terminating sessions (57P01-57P03), a serialization failure (40001), a deadlock (40P01) and too
 * many connections (53300). Everything else is not.
 */
public final class Faults {
    private Faults() {
    }

    public static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("08") || state.startsWith("57P") || state.equals("40001")
                        || state.equals("40P01") || state.equals("53300")
                        || (state.isEmpty() && hasIo(error));
            }
        }
        return hasIo(error);
    }

    private static boolean hasIo(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
