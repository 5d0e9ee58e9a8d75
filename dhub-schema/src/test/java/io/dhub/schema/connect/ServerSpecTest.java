package io.dhub.schema.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import org.junit.jupiter.api.Test;

class ServerSpecTest {

    @Test
    void libpqFormGivesEveryPart() {
        ServerSpec spec = ServerSpec.parse("postgres://ann:s%40cret@db.example.com:6543/admin?sslmode=require",
                "--url", "nobody");
        assertEquals("db.example.com", spec.host());
        assertEquals(6543, spec.port());
        assertEquals("ann", spec.user());
        assertEquals("s@cret", spec.password());
        assertEquals("admin", spec.adminDatabase());
        assertEquals("require", spec.parameters().get("sslmode"));
    }

    @Test
    void jdbcFormTakesCredentialsFromTheQuery() {
        ServerSpec spec = ServerSpec.parse("jdbc:postgresql://10.0.0.5/postgres?user=bob&password=p+w", "DHUB_URL", "x");
        assertEquals("10.0.0.5", spec.host());
        assertEquals(5432, spec.port());
        assertEquals("bob", spec.user());
        assertEquals("p+w", spec.password());
        assertTrue(spec.parameters().isEmpty());
    }

    @Test
    void missingPartsTakeDefaults() {
        ServerSpec spec = ServerSpec.parse("postgresql://localhost", "--url", "carol");
        assertEquals("carol", spec.user());
        assertNull(spec.password());
        assertEquals("postgres", spec.adminDatabase());
        assertEquals(5432, spec.port());
    }

    @Test
    void ipv6HostsWork() {
        ServerSpec spec = ServerSpec.parse("postgres://u@[::1]:5433/postgres", "--url", "x");
        assertEquals("::1", spec.host());
        assertEquals(5433, spec.port());
        assertEquals("jdbc:postgresql://[::1]:5433/accounts_db", spec.jdbcUrl("accounts_db"));
    }

    @Test
    void thePasswordStaysOutOfEveryPrintableForm() {
        ServerSpec spec = ServerSpec.parse("postgres://ann:Hunter2@localhost/postgres", "--url", "x");
        assertFalse(spec.toString().contains("Hunter2"));
        assertFalse(spec.display().contains("Hunter2"));
        assertFalse(spec.jdbcUrl("loans_db").contains("Hunter2"));
        assertEquals("Hunter2", spec.connectionProperties().getProperty("password"));
    }

    @Test
    void badUrlsAreUsageErrorsWithoutThePassword() {
        for (String url : new String[] {"mysql://a/b", "postgres://ann:Hunter2@host:notaport/db",
                "postgres://ann:Hunter2@:5432/db", "postgres://ann:Hunter2@h1,h2/db", "postgres://h:0/db",
                "jdbc:postgresql://ann@h:x y/db?password=Hunter2", "postgres://ann:Hunter2/db",
                "postgres://relpw2:Rel/Pw?Hunter2@host:port/db", ""}) {
            DhubException e = assertThrows(DhubException.class, () -> ServerSpec.parse(url, "--url", "x"), url);
            assertEquals(ErrorCode.USAGE, e.code(), url);
            assertFalse(e.getMessage().contains("Hunter2"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void redactHidesPasswordsInBothForms() {
        assertEquals("postgres://ann:***@h/db", ServerSpec.redact("postgres://ann:pw@h/db"));
        assertEquals("jdbc:postgresql://h/db?user=a&password=***&x=1",
                ServerSpec.redact("jdbc:postgresql://h/db?user=a&password=pw&x=1"));
    }

    /** The special characters of the issue: unencoded, percent-encoded and as a parameter, all parse and redact. */
    @Test
    void passwordsWithSpecialCharactersParseAndNeverShow() {
        String password = "p/w?x@y#z%q r";
        String encoded = "p%2Fw%3Fx%40y%23z%25q%20r";
        for (String url : new String[] {"postgres://ann:" + password + "@db.example:6543/bank",
                "postgres://ann:" + encoded + "@db.example:6543/bank",
                "jdbc:postgresql://db.example:6543/bank?user=ann&password=" + encoded}) {
            ServerSpec spec = ServerSpec.parse(url, "--url", "x");
            assertEquals(password, spec.password(), url);
            assertEquals("ann", spec.user(), url);
            assertEquals("db.example", spec.host(), url);
            assertEquals(6543, spec.port(), url);
            assertEquals("bank", spec.adminDatabase(), url);
            String redacted = ServerSpec.redact(url);
            for (String piece : new String[] {"p/w", "x@y", "z%q", "q r", "p%2Fw", "%20r"}) {
                assertFalse(redacted.contains(piece), redacted);
            }
            assertFalse(spec.toString().contains("x@y") || spec.display().contains("x@y"));
        }
        assertEquals("postgres://ann:***@h:5432/db", ServerSpec.redact("postgres://ann:" + password + "@h:5432/db"));
        assertEquals("postgres://ann:***/db", ServerSpec.redact("postgres://ann:Hunter2/db"));
        assertEquals("postgres://h:5432/db", ServerSpec.redact("postgres://h:5432/db"));
    }
}
