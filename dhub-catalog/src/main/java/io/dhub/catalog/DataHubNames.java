package io.dhub.catalog;

import io.dhub.schema.LogicalDatabase;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The names DataHub gives what dhub writes: a postgres dataset is {@code <database>.<schema>.<table>}
 * (prefixed by the platform instance when there is one), its URN
 * {@code urn:li:dataset:(urn:li:dataPlatform:postgres,<name>,<ENV>)}, a column's
 * {@code urn:li:schemaField:(<dataset urn>,<column>)}.
 *
 * @param prefix           the database-name prefix of the bank (the physical database is the prefix and
 *                         the logical name)
 * @param env              DataHub's environment (PROD, DEV, …)
 * @param platformInstance the recipe's platform instance, or null for none
 */
public record DataHubNames(String prefix, String env, String platformInstance) {
    public static final String PLATFORM = "urn:li:dataPlatform:postgres";

    public DataHubNames {
        if (env == null || !env.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("the environment is upper-case letters, digits and _ (PROD, DEV, …)");
        }
        if (platformInstance != null && !platformInstance.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("the platform instance is letters, digits, _ and - only");
        }
    }

    /** The physical name of a logical database under this prefix. */
    public String database(LogicalDatabase db) {
        return prefix + db.logicalName();
    }

    /** The table's name in the server, {@code <database>.public.<table>}: a dataset's name without the platform instance. */
    public String tableName(LogicalDatabase db, String table) {
        return database(db) + ".public." + table;
    }

    /** The dataset's name as DataHub's postgres source names it. */
    public String datasetName(LogicalDatabase db, String table) {
        return (platformInstance == null ? "" : platformInstance + ".") + tableName(db, table);
    }

    public String datasetUrn(LogicalDatabase db, String table) {
        return "urn:li:dataset:(" + PLATFORM + "," + datasetName(db, table) + "," + env + ")";
    }

    public String fieldUrn(LogicalDatabase db, String table, String column) {
        return "urn:li:schemaField:(" + datasetUrn(db, table) + "," + column + ")";
    }

    /** A database's domain: one per database, stable across prefixes. */
    public static String domainUrn(LogicalDatabase db) {
        return "urn:li:domain:dhub." + db.logicalName();
    }

    /**
     * The recipe's {@code database_pattern}: a Python regular expression that matches the six
     * databases of this prefix and nothing else (another prefix's, a longer name).
     */
    public String databasePattern() {
        return "^" + pythonEscape(prefix) + "(" + Arrays.stream(LogicalDatabase.values())
                .map(LogicalDatabase::logicalName).collect(Collectors.joining("|")) + ")$";
    }

    /**
     * The datasets of one database, as a pattern over the names the recipe's domain rules read
     * ({@code database.schema.table}, with or without the platform instance before it).
     */
    public String datasetPattern(LogicalDatabase db) {
        return "^" + (platformInstance == null ? "" : "(" + pythonEscape(platformInstance) + "\\.)?")
                + pythonEscape(database(db)) + "\\..*";
    }

    /** Python's {@code re.escape}: every character but letters, digits and _ escaped. */
    static String pythonEscape(String text) {
        StringBuilder sb = new StringBuilder();
        text.chars().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && c != '_') {
                sb.append('\\');
            }
            sb.append((char) c);
        });
        return sb.toString();
    }
}
