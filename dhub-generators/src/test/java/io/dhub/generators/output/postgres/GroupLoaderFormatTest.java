package io.dhub.generators.output.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.spi.Table;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.Schema;
import io.dhub.schema.TableSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The COPY encoding of a table comes from the schema's description of it, with no catalog read:
 * every data table of the six databases goes out in binary (the server parses nothing) but those
 * with a JSON column, which binary COPY does not write; such a column, a table the schema does not
 * hold, or a column it does not have, falls back to text.
 */
class GroupLoaderFormatTest {
    @Test
    void everyDataTableButThoseWithJsonIsCopiedInBinary() {
        List<TableSpec> tables = Schema.tables();
        assertTrue(tables.size() >= 44, "the schema's tables: " + tables.size());
        List<String> text = new java.util.ArrayList<>();
        for (TableSpec spec : tables) {
            Table table = Table.of(spec.database(), spec.name(),
                    spec.columns().stream().map(TableSpec.Column::name).toArray(String[]::new));
            GroupLoader.Format format = GroupLoader.format(table);
            boolean json = spec.columns().stream().anyMatch(c -> c.type().equals("jsonb"));
            assertEquals(!json, format.binary(), spec.qualifiedName() + ": " + spec.columns());
            if (format.binary()) {
                assertEquals(spec.columns().size(), format.types().size(), spec.qualifiedName());
            } else {
                text.add(spec.qualifiedName());
            }
        }
        assertEquals(List.of("accounts_db.customer_behaviour"), text, "the tables copied in text");
    }

    @Test
    void typesTheEncoderDoesNotWriteFallBackToText() {
        assertEquals(CopyBinary.Type.NUMERIC, CopyBinary.Type.of("numeric(15, 2)"));
        assertEquals(CopyBinary.Type.TEXT, CopyBinary.Type.of("varchar(20)"));
        assertEquals(null, CopyBinary.Type.of("jsonb"));
        assertEquals(CopyBinary.Type.TEXT, CopyBinary.Type.of("text"));
        assertFalse(GroupLoader.format(Table.of(LogicalDatabase.ACCOUNTS, "not_a_table", "id")).binary(),
                "a table the schema does not hold");
        assertFalse(GroupLoader.format(Table.of(LogicalDatabase.ACCOUNTS, "transactions", "transaction_id",
                "no_such_column")).binary(), "a column the table does not have");
    }
}
