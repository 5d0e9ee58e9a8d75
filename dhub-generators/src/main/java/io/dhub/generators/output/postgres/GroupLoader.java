package io.dhub.generators.output.postgres;

import io.dhub.generators.api.Shard;
import io.dhub.generators.output.Chunks;
import io.dhub.generators.output.CopyChunk;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.Schema;
import io.dhub.schema.TableSpec;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams one table group into PostgreSQL through COPY, building each entity once: {@link Chunks}
 * builds the COPY data of every table of the group (binary where the table's column types allow,
 * {@link CopyBinary}; text otherwise) in parallel and hands it over in entity order.
 *
 * <p>A connection carries one COPY at a time, and each database is loaded on one connection (one
 * transaction, so that a failure rolls back everything). So per database one table, the group's
 * bulk table where it is in that database, streams straight to the server; the rows of the group's
 * other tables in that database are held in an unnamed spool file (unlinked as soon as it is open,
 * so nothing is left behind even by a killed process) and copied after the stream ends.
 */
public final class GroupLoader implements GroupCopy {
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

    /**
     * How a table's rows are encoded: binary when every column has a type {@link CopyBinary} writes
     * (the server then parses nothing), text otherwise.
     *
     * @param types the columns' types, or null for text
     */
    record Format(Table table, List<CopyBinary.Type> types) {
        boolean binary() {
            return types != null;
        }

        CopyChunk chunk() {
            return binary() ? new CopyBinary(types) : new CopyText();
        }

        /** The COPY statement; FREEZE, since the table was truncated in this transaction. */
        String copySql() {
            return "COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN WITH ("
                    + (binary() ? "FORMAT binary, " : "") + "FREEZE)";
        }

        byte[] header() {
            return binary() ? CopyBinary.HEADER : new byte[0];
        }

        byte[] trailer() {
            return binary() ? CopyBinary.TRAILER : new byte[0];
        }
    }

    /**
     * The table's format, from its columns' types as the schema describes them ({@link Schema}, the
     * migrations' own description); text for a table the schema does not hold.
     */
    static Format format(Table table) {
        Optional<TableSpec> spec = Schema.find(table.database(), table.name());
        if (spec.isEmpty()) {
            return new Format(table, null);
        }
        List<CopyBinary.Type> columns = new java.util.ArrayList<>();
        for (String column : table.columns()) {
            CopyBinary.Type type = spec.get().find(column).map(c -> CopyBinary.Type.of(c.type())).orElse(null);
            if (type == null) {
                return new Format(table, null);
            }
            columns.add(type);
        }
        return new Format(table, List.copyOf(columns));
    }

    @Override
    public Map<String, Long> load(Map<LogicalDatabase, Connection> connections, TableGroup group, Progress progress)
            throws SQLException {
        List<Table> tables = group.tables();
        int n = tables.size();
        Map<LogicalDatabase, Table> streamed = new EnumMap<>(LogicalDatabase.class);
        streamed.put(group.bulk().database(), group.bulk());
        tables.forEach(t -> streamed.putIfAbsent(t.database(), t));
        Format[] formats = new Format[n];
        for (int i = 0; i < n; i++) {
            formats[i] = format(tables.get(i));
        }
        CopyIn[] copies = new CopyIn[n];
        Spool[] spools = new Spool[n];
        long[] rows = new long[n];
        try {
            for (int i = 0; i < n; i++) {
                Table table = tables.get(i);
                byte[] header = formats[i].header();
                if (streamed.get(table.database()) == table) {
                    copies[i] = manager(connections.get(table.database())).copyIn(formats[i].copySql());
                    copies[i].writeToCopy(header, 0, header.length);
                } else {
                    spools[i] = new Spool(formats[i]);
                    spools[i].write(header, header.length);
                }
            }
            Chunks.build(workers, inFlight, group, Shard.ALL.spans(group.entities(), group.customers()), table -> formats[tables.indexOf(table)]
                    .chunk(), (chunk, done) -> {
                        for (int i = 0; i < n; i++) {
                            if (copies[i] != null) {
                                copies[i].writeToCopy(chunk[i].buffer(), 0, chunk[i].length());
                            } else {
                                spools[i].write(chunk[i].buffer(), chunk[i].length());
                            }
                            rows[i] += chunk[i].rows();
                            progress.advanced(tables.get(i), chunk[i].rows(), done);
                        }
                    });
            for (int i = 0; i < n; i++) {
                if (copies[i] != null) {
                    byte[] trailer = formats[i].trailer();
                    copies[i].writeToCopy(trailer, 0, trailer.length);
                    copies[i].endCopy();
                }
            }
            for (int i = 0; i < n; i++) {
                if (spools[i] != null) {
                    byte[] trailer = formats[i].trailer();
                    spools[i].write(trailer, trailer.length);
                    spools[i].copyInto(connections.get(tables.get(i).database()));
                }
            }
            Map<String, Long> out = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                out.put(tables.get(i).name(), rows[i]);
            }
            return out;
        } finally {
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

    private static CopyManager manager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** A table's COPY data held back in a file with no name, until its connection is free. */
    private static final class Spool implements AutoCloseable {
        private final Table table;
        private final Format format;
        private final FileChannel channel;

        Spool(Format format) {
            this.format = format;
            this.table = format.table();
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

        void write(byte[] bytes, int length) {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
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
                manager(connection).copyIn(format.copySql(), in, 1 << 16);
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
