package io.dhub.schema.admin;

import io.dhub.schema.DhubException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first filter of a read-only {@code db query}, for a clear message; the barrier is the server
 * (see {@link QueryRunner}). No statement of the text may start with a PostgreSQL command other than
 * a reading one, and no function with effects beyond reading (signalling backends, server files,
 * large objects, settings, sequences, advisory locks, dblink) may be called. The text is split both
 * with and without backslash escapes in plain string literals (standard_conforming_strings off or on),
 * and E'…' strings always escape, so that a quote the server reads differently cannot hide a
 * statement. A word that is no command at all (a typo) goes on to the server, which answers with a
 * syntax error.
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

    /** Functions that act beyond reading the data: refused without --write, however they are spelled. */
    private static final Set<String> OTHER_FUNCTIONS = Set.of("pg_terminate_backend", "pg_cancel_backend",
            "pg_reload_conf", "pg_rotate_logfile", "pg_promote", "pg_switch_wal", "pg_create_restore_point",
            "pg_log_backend_memory_contexts", "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file",
            "pg_file_write", "pg_file_rename", "pg_file_unlink", "set_config", "nextval", "setval", "pg_notify",
            "pg_advisory_lock", "pg_advisory_xact_lock", "pg_try_advisory_lock", "pg_try_advisory_xact_lock",
            "pg_advisory_lock_shared", "pg_advisory_unlock", "pg_advisory_unlock_all", "lo_import", "lo_export",
            "lo_create", "lo_creat", "lo_from_bytea", "lo_put", "lo_unlink", "lo_open", "lowrite", "lo_truncate",
            "lo_truncate64", "dblink", "dblink_exec", "dblink_connect", "dblink_send_query", "pg_replication_origin_create",
            "pg_create_physical_replication_slot", "pg_create_logical_replication_slot", "pg_drop_replication_slot",
            "pg_import_system_collations", "txid_current", "pg_current_xact_id");

    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile(
            "(?:\"?[A-Za-z_][A-Za-z0-9_$]*\"?\\s*\\.\\s*)?\"?([A-Za-z_][A-Za-z0-9_$]*)\"?\\s*\\(");

    static void check(String sql, String database) {
        for (boolean backslashes : new boolean[] {false, true}) {
            for (String statement : split(sql, backslashes, true)) {
                String keyword = firstWord(statement);
                if (OTHER_COMMANDS.contains(keyword)) {
                    throw DhubException.usage("db query is read-only by default and '" + keyword + "' is not a "
                            + "reading statement on " + database + ": add --write to allow changes");
                }
                java.util.regex.Matcher call = CALL.matcher(statement);
                while (call.find()) {
                    String function = call.group(1).toLowerCase(Locale.ROOT);
                    if (OTHER_FUNCTIONS.contains(function)) {
                        throw DhubException.usage("db query is read-only by default and " + function + "() acts beyond "
                                + "reading on " + database + ": add --write to allow it");
                    }
                }
            }
        }
    }

    /** Splits on semicolons outside quotes, comments and dollar-quoted bodies; comments are dropped. */
    static List<String> statements(String sql) {
        return split(sql, false, false);
    }

    /**
     * The statements of the text. {@code backslashes}: a backslash escapes the next character in plain
     * '…' literals too (standard_conforming_strings off). {@code blank}: literals become '' and quoted
     * identifiers lose their quotes' contents' case-sensitivity only (for the function check).
     */
    private static List<String> split(String sql, boolean backslashes, boolean blank) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                boolean escapes = backslashes || (i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(sql.charAt(i - 2)) && sql.charAt(i - 2) != '_'));
                int end = closing(sql, i + 1, c, escapes);
                current.append(blank ? "''" : sql.substring(i, end));
                i = end;
            } else if (c == '"') {
                int end = closing(sql, i + 1, c, false);
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
                current.append(blank ? "''" : sql.substring(i, end));
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

    private static int closing(String sql, int from, char quote, boolean escapes) {
        int i = from;
        while (i < sql.length()) {
            if (escapes && sql.charAt(i) == '\\') {
                i += 2;
                continue;
            }
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
