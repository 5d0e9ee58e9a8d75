package io.dhub.generators.output.files;

import io.dhub.generators.api.FileFormat;
import io.dhub.generators.api.Shard;
import io.dhub.generators.output.Chunks;
import io.dhub.generators.output.postgres.GroupLoader;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Writes one table group to files, one per table: {@code DATABASE/TABLE.EXT} for a whole run, or
 * {@code DATABASE/TABLE.K-of-N.EXT} for part K of N. Rows come from {@link Chunks}, as for COPY, so a
 * file holds exactly the rows the databases would. A CSV file starts with its header row, which
 * only part 1 carries, so that a table's parts concatenated in order are byte for byte the whole
 * run's file.
 */
public final class GroupFiles {
    private final ExecutorService workers;
    private final int inFlight;

    public GroupFiles(ExecutorService workers, int threads) {
        this.workers = workers;
        this.inFlight = Math.max(2, threads * 3);
    }

    /**
     * One file written.
     *
     * @param file   its path under the output folder, with / between parts
     * @param header whether its first line is the CSV header row
     */
    public record Written(Table table, String file, boolean header, long rows, long bytes, String sha256) {
    }

    /** The file of a table's rows for this part, under the output folder. */
    public static String file(Table table, Shard shard, FileFormat format) {
        return table.database().logicalName() + "/" + table.name()
                + (shard.whole() ? "" : "." + shard.k() + "-of-" + shard.n()) + "." + format.extension();
    }

    /** Writes the part's rows of the group under {@code dir}, replacing files of the same names. */
    public List<Written> write(TableGroup group, Shard shard, FileFormat format, Path dir,
                               GroupLoader.Progress progress) throws IOException {
        List<Table> tables = group.tables();
        int n = tables.size();
        Out[] outs = new Out[n];
        try {
            for (int i = 0; i < n; i++) {
                Table table = tables.get(i);
                Path path = dir.resolve(file(table, shard, format));
                Files.createDirectories(path.getParent());
                outs[i] = new Out(Files.newOutputStream(path));
                if (shard.k() == 1) {
                    byte[] header = FileRows.header(format, table);
                    outs[i].write(header, header.length);
                    outs[i].header = header.length > 0;
                }
            }
            try {
                Chunks.build(workers, inFlight, group, shard.spans(group.entities(), group.customers()), t -> FileRows.of(format, t), (chunk, done) -> {
                    for (int i = 0; i < n; i++) {
                        try {
                            outs[i].write(chunk[i].buffer(), chunk[i].length());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        outs[i].rows += chunk[i].rows();
                        progress.advanced(tables.get(i), chunk[i].rows(), done);
                    }
                });
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            List<Written> written = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                outs[i].close();
                Table table = tables.get(i);
                written.add(new Written(table, file(table, shard, format), outs[i].header, outs[i].rows, outs[i].bytes,
                        outs[i].sha256()));
            }
            return written;
        } finally {
            for (Out out : outs) {
                if (out != null) {
                    out.close();
                }
            }
        }
    }

    /** A file being written, with its byte count and running SHA-256. */
    private static final class Out {
        private final OutputStream stream;
        private final MessageDigest digest;
        private long bytes;
        private long rows;
        private boolean header;
        private boolean closed;

        Out(OutputStream stream) {
            this.stream = new java.io.BufferedOutputStream(stream, 1 << 16);
            this.digest = newSha256();
        }

        void write(byte[] data, int length) throws IOException {
            stream.write(data, 0, length);
            digest.update(data, 0, length);
            bytes += length;
        }

        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                stream.close();
            }
        }
    }

    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
