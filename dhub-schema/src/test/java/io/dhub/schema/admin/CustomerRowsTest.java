package io.dhub.schema.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.LogicalDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerRowsTest {
    /** Every table the migrations define is either a customer's (with its condition) or the bank's own, never both. */
    @Test
    void everyTableIsClassified() {
        assertEquals(List.of(), CustomerRows.unclassified());
    }

    /** The conditions name only tables of their own database, and each names the customer or a row it owns. */
    @Test
    void everyConditionPicksTheCustomer() {
        for (LogicalDatabase db : LogicalDatabase.values()) {
            for (var e : CustomerRows.OWN.get(db).entrySet()) {
                assertTrue(db.tableNames().contains(e.getKey()), db + "." + e.getKey());
                assertTrue(e.getValue().contains("{c}") || e.getValue().contains("{accounts}"), e.getKey());
            }
        }
    }
}
