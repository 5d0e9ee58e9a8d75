package io.dhub.schema.admin;

import io.dhub.schema.DhubException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first line of defence of a read-only {@code db query}: no statement of the text may start with
 * a PostgreSQL command other than a reading one. The server's read-only transaction is the second;
 * this one stops texts such as {@code COMMIT; SET … READ WRITE; DELETE …} that would leave that
 * transaction behind. A word that is no command at all (a typo) goes on to the server, which
 * answers with a syntax error.
 */
final class ReadOnlyGuard {
    private static final Set<String> OTHER_COMMANDS = Set.of("ABORT", "ALTER", "ANALYZE", "BEGIN", "CALL",
            "CHECKPOINT", "CLOSE", "CLUSTER", "COMMENT", "COMMIT", "COPY", "CREATE", "DEALLOCATE", "DECLARE",
            "DELETE", "DISCARD", "DO", "DROP", "END", "EXECUTE", "FETCH", "GRANT", "IMPORT", "INSERT", "LISTEN",
            "LOAD", "LOCK", "MERGE", "MOVE", "NOTIFY", "PREPARE", "REASSIGN", "REFRESH", "REINDEX", "RELEASE",
            "RESET", "REVOKE", "ROLLBACK", "SAVEPOINT", "SECURITY", "SET", "START", "TRUNCATE", "UNLISTEN",
            "UPDATE", "VACUUM");

    private ReadOnlyGuard() {
    }

    static void check(String sql, String database) {
        for (String statement : statements(sql)) {
            String keyword = firstWord(statement);
            if (OTHER_COMMANDS.contains(keyword)) {
                throw DhubException.usage("db query is read-only by default and '" + keyword + "' is not a reading "
                        + "statement on " + database + ": add --write to allow changes");
            }
        }
    }

    /** Splits on semicolons outside quotes, comments and dollar-quoted bodies; comments are dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(sql, i + 1, c);
                current.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
                current.append(' ');
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = blockCommentEnd(sql, i);
                current.append(' ');
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
                current.append(sql, i, end);
                i = end;
            } else if (c == ';') {
                add(out, current);
                current.setLength(0);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    private static int closing(String sql, int from, char quote) {
        int i = from;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int blockCommentEnd(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length() - 1) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** {@code $tag$} starting at i, or null when the dollar sign opens no dollar quote. */
    private static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
            return sql.substring(i, j + 1);
        }
        return null;
    }

    private static String firstWord(String statement) {
        int i = 0;
        while (i < statement.length() && (statement.charAt(i) == '(' || Character.isWhitespace(statement.charAt(i)))) {
            i++;
        }
        int start = i;
        while (i < statement.length() && Character.isLetter(statement.charAt(i))) {
            i++;
        }
        return statement.substring(start, i).toUpperCase(Locale.ROOT);
    }
}
