package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dhub.generators.output.CopyChunk;
import io.dhub.generators.output.postgres.CopyBinary;
import io.dhub.generators.output.postgres.CopyText;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The binary COPY sink stores exactly what the text sink stores: the same rows, written through
 * both into two tables of every column type dhub loads, read back as text by the server and
 * compared. The values are the hard cases: integer limits, numerics with every scale, zero,
 * negatives and more digits than a long holds, escapes and non-ASCII text, NULLs, the as-of window's
 * ends, instants with offsets.
 */
class CopyFormatsIT extends DatabaseTestBase {
    private static final String COLUMNS = "id BIGINT, small SMALLINT, medium INTEGER, big BIGINT, amount NUMERIC(14,2), "
            + "ratio NUMERIC(6,4), free NUMERIC, label VARCHAR(40), note TEXT, code CHAR(2), day DATE, "
            + "at TIMESTAMPTZ, flag BOOLEAN";
    private static final List<CopyBinary.Type> TYPES = List.of(CopyBinary.Type.INT8, CopyBinary.Type.INT2,
            CopyBinary.Type.INT4, CopyBinary.Type.INT8, CopyBinary.Type.NUMERIC, CopyBinary.Type.NUMERIC,
            CopyBinary.Type.NUMERIC, CopyBinary.Type.TEXT, CopyBinary.Type.TEXT, CopyBinary.Type.TEXT,
            CopyBinary.Type.DATE, CopyBinary.Type.TIMESTAMPTZ, CopyBinary.Type.BOOL);

    /** The rows, written through any sink. */
    private static List<Consumer<CopyChunk>> rows() {
        List<Consumer<CopyChunk>> rows = new ArrayList<>();
        String[] numerics = {"0", "0.00", "-1.50", "1199.10", "0.0001", "0.1", "10000", "99999999.99",
            "-12345678901.23", "123456789012345678901234.5678", "1.2E+3", "-0.0003", "5E-7", "100000000"};
        for (int i = 0; i < numerics.length; i++) {
            BigDecimal value = new BigDecimal(numerics[i]);
            long id = i + 1;
            rows.add(out -> {
                out.number(id).number(id % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE)
                        .number(id % 2 == 0 ? Integer.MAX_VALUE : -7).number(id % 2 == 0 ? Long.MIN_VALUE : id << 40)
                        .decimal(value.abs().compareTo(new BigDecimal("1E12")) < 0 ? value.setScale(2,
                                java.math.RoundingMode.HALF_EVEN) : null)
                        .decimal(value.abs().compareTo(BigDecimal.ONE) < 0 ? value.setScale(4,
                                java.math.RoundingMode.HALF_EVEN) : null)
                        .decimal(value).text("label " + id).text(id == 1 ? "tab\there\nnew line \\ back" : id == 2
                                ? "Zoë Dvořák – 東京" : null).text(id % 3 == 0 ? null : "US")
                        .date(id % 2 == 0 ? LocalDate.of(1900, 1, 1) : LocalDate.of(2200, 12, 31))
                        .instant(OffsetDateTime.of(2025, 9, 30, 23, 59, 59, 0, id % 2 == 0 ? ZoneOffset.UTC
                                : ZoneOffset.ofHoursMinutes(5, 30)))
                        .bool(id % 2 == 0);
                out.endRow();
            });
        }
        rows.add(out -> {
            out.number(100).nullValue().number((Long) null).number(0).decimal(null).decimal(null).number(-42)
                    .text("").text("").text("").date(null).instant(null).bool(false);
            out.endRow();
        });
        return rows;
    }

    @Test
    void binaryAndTextCopyStoreTheSameRows() throws SQLException {
        try (Connection admin = SERVER.admin(); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE " + prefix + "copyformats");
        }
        try (Connection conn = SERVER.connect(prefix + "copyformats"); Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE as_text (" + COLUMNS + ")");
            st.execute("CREATE TABLE as_binary (" + COLUMNS + ")");
            CopyText text = new CopyText();
            CopyBinary binary = new CopyBinary(TYPES);
            for (Consumer<CopyChunk> row : rows()) {
                row.accept(text);
                row.accept(binary);
            }
            load(conn, "COPY as_text FROM STDIN", new byte[0], text, new byte[0]);
            load(conn, "COPY as_binary FROM STDIN WITH (FORMAT binary)", CopyBinary.HEADER, binary,
                    CopyBinary.TRAILER);
            st.execute("SET TimeZone = 'UTC'");
            List<String> fromText = rowsOf(st, "as_text");
            assertEquals(15, fromText.size());
            assertEquals(fromText, rowsOf(st, "as_binary"));
        }
    }

    private static void load(Connection conn, String sql, byte[] header, CopyChunk chunk, byte[] trailer)
            throws SQLException {
        CopyIn copy = conn.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        copy.writeToCopy(header, 0, header.length);
        copy.writeToCopy(chunk.buffer(), 0, chunk.length());
        copy.writeToCopy(trailer, 0, trailer.length);
        copy.endCopy();
    }

    private static List<String> rowsOf(Statement st, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT t::text FROM " + table + " t ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
