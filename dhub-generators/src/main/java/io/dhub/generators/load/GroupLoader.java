package io.dhub.generators.load;

import io.dhub.generators.rows.RowSink;
import io.dhub.generators.rows.Table;
import io.dhub.generators.rows.TableGroup;
import io.dhub.schema.LogicalDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams one table group into PostgreSQL through COPY, building each entity once. The entity range
 * is cut into chunks that the workers build in parallel, each chunk giving the COPY text of every
 * table of the group; chunks are written in order, with a bounded number in flight, so memory stays
 * flat whatever the size and the rows do not depend on thread timing.
 *
 * <p>A connection carries one COPY at a time, and each database is loaded on one connection (one
 * transaction, so that a failure rolls back everything). So per database one table, the group's
 * bulk table where it is in that database, streams straight to the server; the rows of the group's
 * other tables in that database are held in an unnamed spool file (unlinked as soon as it is open,
 * so nothing is left behind even by a killed process) and copied after the stream ends.
 */
public final class GroupLoader {
    static final long CHUNK = 256;

    private final ExecutorService workers;
    private final int inFlight;

    public GroupLoader(ExecutorService workers, int threads) {
        this.workers = workers;
        this.inFlight = Math.max(2, threads * 3);
    }

    /** Told after each chunk, per table: rows it held, and how many of the group's entities are done. */
    @FunctionalInterface
    public interface Progress {
        void advanced(Table table, long rows, long entitiesDone);
    }

    /** The COPY statement of a table: text format, FREEZE (the table was truncated in this transaction). */
    static String copySql(Table table) {
        return "COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN WITH (FREEZE)";
    }

    /**
     * Loads the group over the connections, one per database, each inside its open transaction.
     *
     * @return rows written per table name, in the group's table order
     */
    public Map<String, Long> load(Map<LogicalDatabase, Connection> connections, TableGroup group, Progress progress)
            throws SQLException {
        List<Table> tables = group.tables();
        int n = tables.size();
        Map<LogicalDatabase, Table> streamed = new EnumMap<>(LogicalDatabase.class);
        streamed.put(group.bulk().database(), group.bulk());
        tables.forEach(t -> streamed.putIfAbsent(t.database(), t));
        CopyIn[] copies = new CopyIn[n];
        Spool[] spools = new Spool[n];
        long[] rows = new long[n];
        Deque<Future<CopyText[]>> pending = new ArrayDeque<>();
        try {
            for (int i = 0; i < n; i++) {
                Table table = tables.get(i);
                if (streamed.get(table.database()) == table) {
                    copies[i] = manager(connections.get(table.database())).copyIn(copySql(table));
                } else {
                    spools[i] = new Spool(table);
                }
            }
            Deque<Long> ends = new ArrayDeque<>();
            long next = 1;
            long end = group.entities() + 1;
            while (next < end || !pending.isEmpty()) {
                while (next < end && pending.size() < inFlight) {
                    long from = next;
                    long to = Math.min(end, from + CHUNK);
                    pending.add(workers.submit(() -> build(group, from, to)));
                    ends.add(to - 1);
                    next = to;
                }
                CopyText[] chunk = await(pending.removeFirst());
                long done = ends.removeFirst();
                for (int i = 0; i < n; i++) {
                    byte[] bytes = chunk[i].bytes();
                    if (copies[i] != null) {
                        copies[i].writeToCopy(bytes, 0, bytes.length);
                    } else {
                        spools[i].write(bytes);
                    }
                    rows[i] += chunk[i].rows();
                    progress.advanced(tables.get(i), chunk[i].rows(), done);
                }
            }
            for (CopyIn copy : copies) {
                if (copy != null) {
                    copy.endCopy();
                }
            }
            for (int i = 0; i < n; i++) {
                if (spools[i] != null) {
                    spools[i].copyInto(connections.get(tables.get(i).database()));
                }
            }
            Map<String, Long> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                out.put(tables.get(i).name(), rows[i]);
            }
            return out;
        } finally {
            pending.forEach(f -> f.cancel(true));
            for (CopyIn copy : copies) {
                if (copy != null && copy.isActive()) {
                    try {
                        copy.cancelCopy();
                    } catch (SQLException ignored) {
                        // the failure that got us here is the one to report
                    }
                }
            }
            for (Spool spool : spools) {
                if (spool != null) {
                    spool.close();
                }
            }
        }
    }

    /** The COPY text of every table of the group for entities [from, to). */
    private static CopyText[] build(TableGroup group, long from, long to) {
        List<Table> tables = group.tables();
        CopyText[] texts = new CopyText[tables.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = new CopyText();
        }
        group.writer().write(from, to, table -> sink(tables, texts, table));
        return texts;
    }

    private static RowSink sink(List<Table> tables, CopyText[] texts, Table table) {
        for (int i = 0; i < texts.length; i++) {
            if (tables.get(i) == table) {
                return texts[i];
            }
        }
        throw new IllegalArgumentException("table " + table.name() + " is not in the group it is written from");
    }

    private static CopyManager manager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    private static CopyText[] await(Future<CopyText[]> future) {
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

    /** A table's COPY text held back in a file with no name, until its connection is free. */
    private static final class Spool implements AutoCloseable {
        private final Table table;
        private final FileChannel channel;

        Spool(Table table) {
            this.table = table;
            try {
                Path path = Files.createTempFile("dhub-" + table.name() + "-", ".copy");
                this.channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
                Files.delete(path);
            } catch (IOException e) {
                throw new IllegalStateException("cannot hold back the rows of " + table.name() + " in a temporary "
                        + "file (" + e.getMessage() + "); set java.io.tmpdir through DHUB_JAVA_OPTS to a writable "
                        + "directory", e);
            }
        }

        void write(byte[] bytes) {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot hold back the rows of " + table.name() + ": " + e.getMessage(),
                        e);
            }
        }

        void copyInto(Connection connection) throws SQLException {
            try {
                channel.position(0);
                InputStream in = Channels.newInputStream(channel);
                manager(connection).copyIn(copySql(table), in, 1 << 16);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read back the rows of " + table.name() + ": " + e.getMessage(),
                        e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the file has no name; the system frees it with the channel
            }
        }
    }
}
