package io.dhub.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogicalDatabaseTest {

    @Test
    void everyDatabaseIsFoundByItsLogicalNameAndPrefixed() {
        for (LogicalDatabase db : LogicalDatabase.values()) {
            assertEquals(db, LogicalDatabase.byName(db.logicalName()));
            assertEquals("x_" + db.logicalName(), db.physicalName("x_"));
            assertTrue(db.tables().size() >= 4, db + " has its tables from the generated metadata");
        }
    }

    @Test
    void anUnknownNameIsAUsageErrorListingTheKnownOnes() {
        DhubException e = assertThrows(DhubException.class, () -> LogicalDatabase.byName("accounts"));
        assertEquals(ErrorCode.USAGE, e.code());
        assertEquals("unknown database 'accounts': use one of employees_db, customer_db, accounts_db, loans_db, "
                + "insurance_db, compliance_db", e.getMessage());
    }
}
