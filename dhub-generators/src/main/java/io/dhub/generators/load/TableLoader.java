package io.dhub.generators.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams one table into PostgreSQL through COPY. The entity range is cut into chunks that the
 * workers generate in parallel; chunks are written in order, with a bounded number in flight, so
 * memory stays flat whatever the size and the loaded rows do not depend on thread timing.
 */
public final class TableLoader {
    static final long CHUNK = 256;

    private final ExecutorService workers;
    private final int inFlight;

    public TableLoader(ExecutorService workers, int threads) {
        this.workers = workers;
        this.inFlight = Math.max(2, threads * 3);
    }

    /** Told after each chunk: rows it held, and how many of the table's entities are done. */
    @FunctionalInterface
    public interface Progress {
        void advanced(long rows, long entitiesDone);
    }

    /** Loads the table on the connection (inside its open transaction) and returns the rows written. */
    public long load(Connection connection, TableSource source, Progress progress) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(source.copySql());
        long rows = 0;
        Deque<Future<CopyText>> pending = new ArrayDeque<>();
        Deque<Long> ends = new ArrayDeque<>();
        try {
            long next = 1;
            long end = source.entities() + 1;
            while (next < end || !pending.isEmpty()) {
                while (next < end && pending.size() < inFlight) {
                    long from = next;
                    long to = Math.min(end, from + CHUNK);
                    pending.add(workers.submit(() -> {
                        CopyText text = new CopyText();
                        source.writer().write(from, to, text);
                        return text;
                    }));
                    ends.add(to - 1);
                    next = to;
                }
                CopyText chunk = await(pending.removeFirst());
                byte[] bytes = chunk.bytes();
                copy.writeToCopy(bytes, 0, bytes.length);
                rows += chunk.rows();
                progress.advanced(chunk.rows(), ends.removeFirst());
            }
            copy.endCopy();
            return rows;
        } finally {
            pending.forEach(f -> f.cancel(true));
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the failure that got us here is the one to report
                }
            }
        }
    }

    private static CopyText await(Future<CopyText> future) throws SQLException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating rows", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("row generation failed: " + e.getCause(), e.getCause());
        }
    }
}
