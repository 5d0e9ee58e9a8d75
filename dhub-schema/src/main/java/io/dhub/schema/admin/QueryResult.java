package io.dhub.schema.admin;

import java.util.List;

/**
 * The outcome of {@code db query}: the last result set of the statement, if it had one.
 *
 * @param columns     column labels, empty when the statement returned no rows
 * @param kinds       per column, whether its values are numbers (for JSON output)
 * @param rows        values as PostgreSQL prints them, null for SQL NULL
 * @param truncated   whether rows were left out because of the row limit
 * @param updateCount rows changed, -1 when the statement returned a result set
 */
public record QueryResult(List<String> columns, List<ColumnKind> kinds, List<List<String>> rows,
                          boolean truncated, long updateCount) {
    public QueryResult {
        columns = List.copyOf(columns);
        kinds = List.copyOf(kinds);
        rows = List.copyOf(rows);
    }

    public boolean hasResultSet() {
        return updateCount < 0;
    }

    /** How a column's values read in JSON. */
    public enum ColumnKind { NUMBER, BOOLEAN, TEXT }

    /** Receives a result as it is read: its columns, then each row (values as PostgreSQL prints them). */
    public interface Rows {
        void columns(List<String> names, List<ColumnKind> kinds);

        void row(List<String> values);
    }

    /**
     * What a streamed query did: rows handed on, whether the limit left some out, and the rows
     * changed (-1 when the statement returned rows).
     */
    public record Outcome(long rows, boolean truncated, long updateCount) {
        public boolean hasResultSet() {
            return updateCount < 0;
        }
    }
}
