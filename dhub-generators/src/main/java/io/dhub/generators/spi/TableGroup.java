package io.dhub.generators.spi;

import java.util.List;

/**
 * Tables whose rows hang off the same entities (customers, employees, catalogue entries) and are
 * written in one pass: each entity is built once, and its records fan out to every table of the
 * group. Entity numbers run 1..entities; the rows of a range depend only on the entities in it, so
 * ranges can be built on any thread in any order, and each table's rows come out in entity order.
 *
 * @param tables   the tables, in foreign-key order
 * @param entities how many entities the rows hang off
 * @param writer   writes the rows of entities [from, to) to the tables' sinks
 * @param bulk     the table expected to hold the most rows; an output that can stream only one table
 *                 of a database at a time streams this one and holds the others back
 * @param customers how many of the first entities are customers, entity k being customer k (the rest,
 *                 or all when 0, are the bank's own: staff, catalogues, branch coverage); a shard writes
 *                 only its customers' entities, and one customer is regenerated from its entity alone
 */
public record TableGroup(List<Table> tables, long entities, GroupWriter writer, Table bulk, long customers) {
    public TableGroup {
        tables = List.copyOf(tables);
        if (tables.isEmpty() || !tables.contains(bulk)) {
            throw new IllegalArgumentException("a table group needs tables, its bulk table among them");
        }
        if (customers < 0 || customers > entities) {
            throw new IllegalArgumentException("a table group's customers are among its entities");
        }
    }

    /** The sinks of one range, one per table. */
    @FunctionalInterface
    public interface Rows {
        RowSink to(Table table);
    }

    /** Writes the rows of entities [from, to). */
    @FunctionalInterface
    public interface GroupWriter {
        void write(long from, long to, Rows rows);
    }

    /** Writes the rows one entity adds to the tables. */
    @FunctionalInterface
    public interface EntityWriter {
        void write(long entity, Rows rows);
    }

    /** Writes the rows of one entity into a single table. */
    @FunctionalInterface
    public interface SingleWriter {
        void write(long entity, RowSink out);
    }

    /** A group written entity by entity, for entities 1..entities; its first table is the bulk one. */
    public static TableGroup perEntity(long entities, EntityWriter writer, Table... tables) {
        return new TableGroup(List.of(tables), entities, (from, to, rows) -> {
            for (long entity = from; entity < to; entity++) {
                writer.write(entity, rows);
            }
        }, tables[0], 0);
    }

    /** A group whose entities 1..customers are customers 1..customers, each writing only that customer's rows. */
    public static TableGroup perCustomer(long customers, EntityWriter writer, Table... tables) {
        return perEntity(customers, writer, tables).withCustomers(customers);
    }

    /** The same group with another bulk table. */
    public TableGroup withBulk(Table table) {
        return new TableGroup(tables, entities, writer, table, customers);
    }

    /** The same group with its first {@code n} entities marked as customers 1..n. */
    public TableGroup withCustomers(long n) {
        return new TableGroup(tables, entities, writer, bulk, n);
    }

    /** One table on its own. */
    public static TableGroup single(Table table, long entities, SingleWriter writer) {
        return perEntity(entities, (entity, rows) -> writer.write(entity, rows.to(table)), table);
    }
}
