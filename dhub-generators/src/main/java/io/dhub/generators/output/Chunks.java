package io.dhub.generators.output;

import io.dhub.generators.output.files.GroupFiles;
import io.dhub.generators.output.postgres.GroupLoader;
import io.dhub.generators.spi.RowSink;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Builds a table group's rows in chunks of entities on the workers and hands the chunks over in
 * entity order, with a bounded number in flight, so memory stays flat whatever the size and the
 * output does not depend on thread timing. Both outputs, COPY ({@link GroupLoader}) and files
 * ({@link GroupFiles}), take their rows from here.
 */
public final class Chunks {
    /** The most entities per chunk. */
    public static final long CHUNK = 256;
    /** Entities in the first chunks, before their size is known. */
    static final long FIRST_CHUNK = 16;
    /** The bytes a chunk aims at (a few chunks per thread are in flight on a 256 MB heap). */
    static final long CHUNK_BYTES = 8L << 20;

    private Chunks() {
    }

    /** Takes each chunk, in order: per table of the group (in its order) the rows, and the last entity built. */
    @FunctionalInterface
    public interface Consumer {
        void take(CopyChunk[] chunk, long entitiesDone) throws java.sql.SQLException;
    }

    /**
     * Builds the entities of the spans ([from, to) each, in order) and hands over their chunks.
     *
     * @param blank an empty chunk for a table's rows
     */
    public static void build(ExecutorService workers, int inFlight, TableGroup group, List<long[]> spans,
                      Function<Table, CopyChunk> blank, Consumer consumer) throws java.sql.SQLException {
        Deque<Future<CopyChunk[]>> pending = new ArrayDeque<>();
        Deque<long[]> ranges = new ArrayDeque<>();
        try {
            // entities per chunk: small at first, then sized from the bytes an entity took so far, so that the
            // chunks in flight stay within the heap however dense the entities (two years of a profiled ledger)
            long size = FIRST_CHUNK;
            long built = 0;
            long bytes = 0;
            int span = 0;
            long next = spans.isEmpty() ? 0 : spans.get(0)[0];
            while (span < spans.size() || !pending.isEmpty()) {
                while (span < spans.size() && pending.size() < inFlight) {
                    long from = next;
                    long to = Math.min(spans.get(span)[1], from + size);
                    pending.add(workers.submit(() -> build(group, blank, from, to)));
                    ranges.add(new long[] {from, to});
                    next = to;
                    if (next >= spans.get(span)[1] && ++span < spans.size()) {
                        next = spans.get(span)[0];
                    }
                }
                CopyChunk[] chunk = await(pending.removeFirst());
                long[] range = ranges.removeFirst();
                built += range[1] - range[0];
                for (CopyChunk c : chunk) {
                    bytes += c.length();
                }
                size = Math.max(FIRST_CHUNK, Math.min(CHUNK, CHUNK_BYTES * built / Math.max(1, bytes)));
                consumer.take(chunk, range[1] - 1);
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
        }
    }

    /** The rows of every table of the group for entities [from, to). */
    private static CopyChunk[] build(TableGroup group, Function<Table, CopyChunk> blank, long from, long to) {
        List<Table> tables = group.tables();
        CopyChunk[] chunks = new CopyChunk[tables.size()];
        for (int i = 0; i < chunks.length; i++) {
            chunks[i] = blank.apply(tables.get(i));
        }
        group.writer().write(from, to, table -> sink(tables, chunks, table));
        return chunks;
    }

    private static RowSink sink(List<Table> tables, CopyChunk[] chunks, Table table) {
        for (int i = 0; i < chunks.length; i++) {
            if (tables.get(i) == table) {
                return chunks[i];
            }
        }
        throw new IllegalArgumentException("table " + table.name() + " is not in the group it is written from");
    }

    private static CopyChunk[] await(Future<CopyChunk[]> future) {
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
