package io.dhub.generators.load;

import io.dhub.schema.LogicalDatabase;
import java.util.List;

/**
 * One table of a phase: where it goes, its columns in COPY order, and how to write the rows of a
 * range of entities. Entity numbers run 1..entities; the rows of a range depend only on the
 * entities in it, so ranges can be generated on any thread in any order.
 *
 * @param database database the table lives in
 * @param table    table name
 * @param columns  column names, in the order the writer writes them
 * @param entities how many entities the table's rows hang off (customers, employees, catalogue entries)
 * @param writer   writes the rows of entities [from, to)
 */
public record TableSource(LogicalDatabase database, String table, List<String> columns, long entities,
                          RangeWriter writer) {

    /** Writes the rows belonging to entities [from, to). */
    @FunctionalInterface
    public interface RangeWriter {
        void write(long from, long to, CopyText out);
    }

    /** Writes the rows belonging to one entity. */
    @FunctionalInterface
    public interface EntityWriter {
        void write(long entity, CopyText out);
    }

    /** A table whose rows are written entity by entity, for entities 1..entities. */
    public static TableSource perEntity(LogicalDatabase database, String table, long entities, EntityWriter writer,
                                        String... columns) {
        return new TableSource(database, table, List.of(columns), entities, (from, to, out) -> {
            for (long entity = from; entity < to; entity++) {
                writer.write(entity, out);
            }
        });
    }

    public String copySql() {
        return "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FREEZE)";
    }
}
