package io.dhub.schema.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void waitsDoubleFromHalfASecondToEightAndTheDefaultsOutlastAMinute() {
        RetryPolicy p = RetryPolicy.DEFAULT;
        assertEquals(List.of(0.5, 1.0, 2.0, 4.0, 8.0, 8.0), List.of(p.waitSeconds(1), p.waitSeconds(2), p.waitSeconds(3),
                p.waitSeconds(4), p.waitSeconds(5), p.waitSeconds(6)));
        double total = 0;
        int retry = 1;
        while (p.allows(retry, total)) {
            total += p.waitFor(retry, total);
            retry++;
        }
        assertTrue(total >= 60, "the default retries keep going for at least 60 s, not " + total);
        assertFalse(p.allows(21, 0), "at most 20 retries");
        assertEquals(0.1, new RetryPolicy(5, 10).waitFor(5, 9.95), 1e-9, "the last wait stops at the limit");
    }

    @Test
    void badLimitsAreUsageErrors() {
        for (double seconds : new double[] {-1, Double.NaN, 86_401}) {
            assertEquals(ErrorCode.USAGE, assertThrows(DhubException.class, () -> new RetryPolicy(3, seconds)).code());
        }
        assertThrows(DhubException.class, () -> new RetryPolicy(-1, 5));
    }

    @Test
    void transientFaultsAreRetriedAndSaidOthersAreNot() {
        List<String> said = new ArrayList<>();
        int[] calls = {0};
        String result = new RetryPolicy(3, 30).run("write the run record", said::add, () -> {
            if (calls[0]++ < 2) {
                throw new DhubException(ErrorCode.CONNECTION, "lost", new SQLException("gone", "08006"));
            }
            return "ok";
        });
        assertEquals("ok", result);
        assertEquals(2, said.size());
        assertTrue(said.get(0).startsWith("write the run record: lost; retrying in 0.5 s (retry 1 of at most 3"), said.get(0));
        DhubException usage = DhubException.usage("bad");
        assertThrows(DhubException.class, () -> new RetryPolicy(3, 30).run("x", said::add, () -> {
            throw usage;
        }));
        assertEquals(2, said.size(), "a usage error is not retried");
    }

    @Test
    void faultClassification() {
        assertTrue(Faults.isTransient(new SQLException("x", "08006")), "connection failure");
        assertTrue(Faults.isTransient(new SQLException("x", "08001")), "cannot connect");
        assertTrue(Faults.isTransient(new SQLException("x", "57P01")), "admin shutdown");
        assertTrue(Faults.isTransient(new SQLException("x", "57P03")), "cannot connect now");
        assertTrue(Faults.isTransient(new SQLException("x", "40001")), "serialization failure");
        assertTrue(Faults.isTransient(new SQLException("x", "40P01")), "deadlock");
        assertTrue(Faults.isTransient(new SQLException("x", "53300")), "too many connections");
        assertTrue(Faults.isTransient(new SQLTransientConnectionException("pool timed out")));
        assertTrue(Faults.isTransient(new RuntimeException(new EOFException("stream closed"))));
        assertTrue(Faults.isTransient(new DhubException(ErrorCode.FAILED, "wrapped", new SQLException("x", "57P02"))));
        assertFalse(Faults.isTransient(new SQLException("x", "23505")), "unique violation");
        assertFalse(Faults.isTransient(new SQLException("x", "42P01")), "missing table");
        assertFalse(Faults.isTransient(new SQLException("x", "28P01")), "wrong password");
        assertFalse(Faults.isTransient(new IllegalStateException("bug")));
    }
}
