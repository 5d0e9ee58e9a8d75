package io.dhub.generators.output.postgres;

import io.dhub.schema.connect.Faults;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Why a phase's load failed, and so how to retry it: a transient fault (connection lost,
 * serialization failure, deadlock, server shutdown) with the same seed; a constraint violation with
 * a rotated seed; anything else not at all. Transient means {@link Faults#isTransient}.
 *
 * @param kind       the class of failure
 * @param table      the table the server named, or null
 * @param constraint the constraint the server named, or null
 * @param detail     the server's detail (for a unique violation it names the offending value)
 * @param message    the first line of the error
 */
public record LoadFailure(Kind kind, String table, String constraint, String detail, String message) {

    public enum Kind { TRANSIENT, CONSTRAINT, FATAL }

    public static LoadFailure classify(Throwable error) {
        SQLException sql = find(error, SQLException.class);
        if (sql == null) {
            return new LoadFailure(Faults.isTransient(error) ? Kind.TRANSIENT : Kind.FATAL, null, null,
                    null, firstLine(error));
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        Kind kind = Faults.isTransient(error) ? Kind.TRANSIENT : state.startsWith("23") ? Kind.CONSTRAINT : Kind.FATAL;
        String table = null;
        String constraint = null;
        String detail = null;
        if (sql instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            table = server.getTable();
            constraint = server.getConstraint();
            detail = server.getDetail();
        }
        return new LoadFailure(kind, table, constraint, detail, firstLine(sql) + (state.isEmpty() ? "" : " [" + state + "]"));
    }

    /** One line: what the server said, the table, the constraint and the offending value. */
    public String describe() {
        StringBuilder sb = new StringBuilder(message);
        if (table != null) {
            sb.append("; table ").append(table);
        }
        if (constraint != null) {
            sb.append("; constraint ").append(constraint);
        }
        if (detail != null) {
            sb.append("; ").append(detail.replace('\n', ' '));
        }
        return sb.toString();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).trim();
    }
}
