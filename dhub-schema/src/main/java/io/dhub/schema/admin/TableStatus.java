package io.dhub.schema.admin;

/**
 * One of dhub's tables as found in its database.
 *
 * @param name    table name
 * @param present whether the table exists (false until migrated)
 * @param columns number of columns, 0 when absent
 * @param rows    exact row count, 0 when absent
 */
public record TableStatus(String name, boolean present, int columns, long rows) {
}
