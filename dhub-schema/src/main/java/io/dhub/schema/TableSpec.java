package io.dhub.schema;

import java.util.List;

/**
 * One of dhub's data tables, described once ({@link Schema#tables()}): its columns with their SQL
 * types, nullability and descriptions, its primary key, every reference it makes (the foreign keys
 * the migrations declare, and those no PostgreSQL constraint can hold: across databases, or left
 * undeclared in one), and whose rows it holds: a customer's, picked by a condition, or the bank's.
 *
 * @param description  the table's COMMENT, or "" when the migrations give none
 * @param primaryKey   the key's columns, in order
 * @param customerRows the condition that picks customer {c}'s rows ({accounts}: the customer's
 *                     account ids), or null for a table of the bank's own (staff, catalogues,
 *                     campaigns, the run's profile mix)
 */
public record TableSpec(LogicalDatabase database, String name, String description, List<Column> columns,
                        List<String> primaryKey, List<Reference> references, String customerRows) {
    public TableSpec {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        references = List.copyOf(references);
    }

    /**
     * A column.
     *
     * @param type        the SQL type as PostgreSQL names it (bigint, text, numeric(14, 2), date, …)
     * @param defaulted   whether the schema fills it when a row leaves it out
     * @param description the column's COMMENT, or ""
     */
    public record Column(String name, String type, boolean nullable, boolean defaulted, String description) {
    }

    /** How the schema holds a reference. */
    public enum Held {
        /** a FOREIGN KEY of the migrations */
        FOREIGN_KEY,
        /** in the same database, without a constraint */
        UNDECLARED,
        /** into another database, which no PostgreSQL constraint can reach */
        CROSS_DATABASE
    }

    /** A column whose non-null values are values of {@code targetColumn} of the target table. */
    public record Reference(String column, LogicalDatabase targetDatabase, String targetTable, String targetColumn,
                            Held held) {
        /** The target as docs and reports name it: {@code accounts_db.customers.customer_id}. */
        public String target() {
            return targetDatabase.logicalName() + "." + targetTable + "." + targetColumn;
        }
    }

    /** Whether the table holds customers' rows (and so belongs to {@code export customer} and the shards). */
    public boolean customers() {
        return customerRows != null;
    }

    public Column column(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(name + " is not a column of " + this.name));
    }

    /** The column of that name, if the table has one. */
    public java.util.Optional<Column> find(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** {@code accounts_db.transactions}. */
    public String qualifiedName() {
        return database.logicalName() + "." + name;
    }
}
