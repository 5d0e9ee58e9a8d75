package io.dhub.schema.admin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dhub.schema.DhubException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadOnlyGuardTest {

    @Test
    void semicolonsInsideQuotesCommentsAndDollarQuotesDoNotSplit() {
        assertEquals(List.of("SELECT ';' AS a", "SELECT \"x;y\" FROM t", "SELECT $$ ; $$, $f$;$f$"),
                ReadOnlyGuard.statements("SELECT ';' AS a; SELECT \"x;y\" FROM t; -- ; trailing\n"
                        + "SELECT $$ ; $$, $f$;$f$ /* ; */"));
    }

    @Test
    void readingStatementsPass() {
        assertDoesNotThrow(() -> ReadOnlyGuard.check("  (SELECT 1); with x as (select 2) select * from x; "
                + "VALUES (1); TABLE t; SHOW work_mem; EXPLAIN SELECT 1;", "loans_db"));
    }

    @Test
    void aWordThatIsNoCommandIsLeftToTheServer() {
        assertDoesNotThrow(() -> ReadOnlyGuard.check("SELEC 1", "loans_db"));
    }

    @Test
    void everyOtherCommandIsRefusedNamingTheKeyword() {
        DhubException e = assertThrows(DhubException.class,
                () -> ReadOnlyGuard.check("SELECT 1; /* hide */ commit; DELETE FROM t", "loans_db"));
        assertEquals("db query is read-only by default and 'COMMIT' is not a reading statement on loans_db: "
                + "add --write to allow changes", e.getMessage());
        assertThrows(DhubException.class, () -> ReadOnlyGuard.check("CALL p()", "loans_db"));
        assertThrows(DhubException.class, () -> ReadOnlyGuard.check("'quoted'; DELETE FROM t", "loans_db"));
    }

    @Test
    void anEscapedQuoteCannotHideAStatement() {
        String[] hidden = {
            "SELECT E'\\''; COMMIT; SET default_transaction_read_only=off; COMMIT; DELETE FROM t; --'",
            "SELECT e'\\''; DELETE FROM t; --'",
            "SELECT 'a\\'; DELETE FROM t; --'",
            "SELECT 1 /* outer /* inner */ still ; */; DELETE FROM t",
            "SELECT $x$ ; $x$; DeLeTe FROM t",
            "sElEcT 1; cOmMiT",
        };
        for (String sql : hidden) {
            assertThrows(DhubException.class, () -> ReadOnlyGuard.check(sql, "loans_db"), sql);
        }
    }

    @Test
    void functionsThatActBeyondReadingAreRefusedHoweverSpelled() {
        String[] calls = {
            "SELECT lo_import('/etc/hostname')", "SELECT \"lo_from_bytea\"(0, 'x')",
            "SELECT pg_catalog.pg_read_file('/etc/passwd')", "select PG_TERMINATE_BACKEND (42)",
            "SELECT pid, pg_cancel_backend(pid) FROM pg_stat_activity", "SELECT set_config('role', 'x', false)",
        };
        for (String sql : calls) {
            DhubException e = assertThrows(DhubException.class, () -> ReadOnlyGuard.check(sql, "loans_db"), sql);
            assertEquals(io.dhub.schema.ErrorCode.USAGE, e.code());
        }
        assertDoesNotThrow(() -> ReadOnlyGuard.check("SELECT 'lo_import(1)', \"my lo_import\" FROM t", "loans_db"));
    }
}
