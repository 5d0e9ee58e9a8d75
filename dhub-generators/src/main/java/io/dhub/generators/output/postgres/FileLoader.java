package io.dhub.generators.output.postgres;

import io.dhub.generators.api.FileFormat;
import io.dhub.generators.output.files.GroupFiles;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.LogicalDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Copies tables from the files a file run wrote ({@link GroupFiles}), each table's parts in part
 * order, with {@code COPY … (FORMAT csv, FREEZE)}: CSV as it is, NDJSON turned into CSV as it streams
 * ({@link NdjsonAsCsv}). Every file is checked against its manifest as it
 * streams (bytes, SHA-256, rows); a file that differs fails the phase, which rolls back.
 */
public final class FileLoader implements GroupCopy {
    private final FileFormat format;
    private final Map<String, List<Part>> parts;

    /** One file of a table, and where it is. */
    public record Part(Path path, GroupFiles.Written written) {
    }

    /** @param parts per table ({@code database.table}), its files in part order */
    public FileLoader(FileFormat format, Map<String, List<Part>> parts) {
        this.format = format;
        this.parts = Map.copyOf(parts);
    }

    public static String key(Table table) {
        return table.database().logicalName() + "." + table.name();
    }

    @Override
    public Map<String, Long> load(Map<LogicalDatabase, Connection> connections, TableGroup group,
                                  GroupLoader.Progress progress) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Table table : group.tables()) {
            Connection connection = connections.get(table.database());
            long rows = 0;
            for (Part part : parts.getOrDefault(key(table), List.of())) {
                long n = format == FileFormat.CSV ? copyCsv(connection, table, part) : copyNdjson(connection, table,
                        part);
                if (n != part.written().rows()) {
                    throw differs(part, n + " rows where the manifest says " + part.written().rows());
                }
                rows += n;
                progress.advanced(table, n, 0);
            }
            out.put(table.name(), rows);
        }
        return out;
    }

    private long copyCsv(Connection connection, Table table, Part part) throws SQLException {
        String sql = "COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN WITH (FORMAT csv"
                + (part.written().header() ? ", HEADER" : "") + ", FREEZE)";
        return copy(connection, sql, part, in -> in);
    }

    /**
     * NDJSON, which COPY does not read, is turned into CSV as it streams: each line's values, in
     * column order, become one CSV row (a string quoted, null an empty field, a number or boolean as
     * it is), so it loads at CSV's speed. The lines must be dhub's own: one flat object a line, keys
     * in the table's column order.
     */
    private long copyNdjson(Connection connection, Table table, Part part) throws SQLException {
        String sql = "COPY " + table.name() + " (" + String.join(", ", table.columns()) + ") FROM STDIN WITH (FORMAT csv, "
                + "FREEZE)";
        return copy(connection, sql, part, in -> new NdjsonAsCsv(in, table.columns(), part.path()));
    }

    private static long copy(Connection connection, String sql, Part part,
                             java.util.function.UnaryOperator<InputStream> as) throws SQLException {
        MessageDigest sha = GroupFiles.newSha256();
        long rows;
        long size;
        try (InputStream file = Files.newInputStream(part.path());
             CountingStream counted = new CountingStream(new DigestInputStream(file, sha))) {
            rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, as.apply(counted), 1 << 16);
            size = counted.bytes;
        } catch (IOException e) {
            throw new DhubException(ErrorCode.FAILED, "cannot read " + part.path() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            // a file the server cannot read: say so when it is not the file dhub wrote, which is the likelier cause
            if (!sha256(part.path()).equals(part.written().sha256())) {
                DhubException changed = differs(part, "its SHA-256 is not the manifest's");
                changed.addSuppressed(e);
                throw changed;
            }
            throw e;
        }
        if (size != part.written().bytes()) {
            throw differs(part, size + " bytes where the manifest says " + part.written().bytes());
        }
        String digest = HexFormat.of().formatHex(sha.digest());
        if (!digest.equals(part.written().sha256())) {
            throw differs(part, "its SHA-256 is not the manifest's");
        }
        return rows;
    }

    /** The file's SHA-256 in hex, or "" when it cannot be read. */
    public static String sha256(Path path) {
        MessageDigest sha = GroupFiles.newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            return "";
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static DhubException differs(Part part, String why) {
        return new DhubException(ErrorCode.FAILED, part.path() + " is not the file its manifest describes (" + why
                + "): it changed after dhub wrote it; write the files again with 'dhub seed all --output'");
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long bytes;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytes += n;
            }
            return n;
        }
    }
}
