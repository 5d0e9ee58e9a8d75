package io.dhub.generators.output.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The binary COPY encoding, byte by byte, with no database: PostgreSQL's numeric send format
 * (base-10000 digits, weight, sign, display scale), dates and instants from 2000-01-01, NULLs and the
 * row framing. CopyFormatsIT checks against a real server that both encodings store the same rows.
 */
class CopyBinaryTest {
    /** The field bytes of a one-column row holding the decimal: after the field count and length. */
    private static short[] numeric(String value) {
        CopyBinary out = new CopyBinary(List.of(CopyBinary.Type.NUMERIC));
        out.decimal(new BigDecimal(value)).endRow();
        ByteBuffer b = ByteBuffer.wrap(out.buffer(), 0, out.length());
        assertEquals(1, b.getShort(), "field count");
        int length = b.getInt();
        short[] words = new short[length / 2];
        for (int i = 0; i < words.length; i++) {
            words[i] = b.getShort();
        }
        assertEquals(0, b.remaining());
        return words;
    }

    private static short[] words(int... values) {
        short[] out = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (short) values[i];
        }
        return out;
    }

    @Test
    void numericsAreBase10000DigitsAlignedOnTheDecimalPoint() {
        // ndigits, weight, sign, dscale, digits...
        assertArrayEquals(words(2, 0, 0, 2, 1199, 1000), numeric("1199.10"));
        assertArrayEquals(words(1, -1, 0, 4, 1), numeric("0.0001"));
        assertArrayEquals(words(3, 1, 0, 1, 1234, 5678, 9000), numeric("12345678.9"));
        assertArrayEquals(words(1, 1, 0, 0, 1), numeric("10000"));
        assertArrayEquals(words(0, 0, 0, 2), numeric("0.00"));
        assertArrayEquals(words(2, 0, 0x4000, 2, 1, 5000), numeric("-1.50"));
        assertArrayEquals(words(1, 0, 0, 0, 1200), numeric("1.2E+3"));
        assertArrayEquals(words(7, 5, 0, 2, 1234, 5678, 9012, 3456, 7890, 1234, 5600), numeric(
                "123456789012345678901234.56"));
    }

    @Test
    void datesInstantsAndNullsFollowPostgresqlsEpochAndFraming() {
        CopyBinary out = new CopyBinary(List.of(CopyBinary.Type.DATE, CopyBinary.Type.TIMESTAMPTZ,
                CopyBinary.Type.INT4, CopyBinary.Type.TEXT, CopyBinary.Type.BOOL));
        out.date(LocalDate.of(2000, 1, 2)).instant(OffsetDateTime.of(2000, 1, 1, 1, 0, 0, 0,
                ZoneOffset.ofHours(1))).number(-7).text(null).bool(true);
        out.endRow();
        ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(out.buffer(), out.length()));
        assertEquals(5, b.getShort());
        assertEquals(4, b.getInt());
        assertEquals(1, b.getInt(), "one day after 2000-01-01");
        assertEquals(8, b.getInt());
        assertEquals(0, b.getLong(), "01:00+01:00 is midnight UTC");
        assertEquals(4, b.getInt());
        assertEquals(-7, b.getInt());
        assertEquals(-1, b.getInt(), "NULL");
        assertEquals(1, b.getInt());
        assertEquals(1, b.get());
        assertEquals(0, b.remaining());
        assertEquals(1, out.rows());
    }

    @Test
    void aValueOfTheWrongKindOrARowOfTheWrongWidthIsRefused() {
        CopyBinary out = new CopyBinary(List.of(CopyBinary.Type.INT2, CopyBinary.Type.DATE));
        assertThrows(ArithmeticException.class, () -> out.number(40_000));
        CopyBinary other = new CopyBinary(List.of(CopyBinary.Type.DATE));
        assertThrows(IllegalArgumentException.class, () -> other.text("2025-01-01"));
        CopyBinary short_ = new CopyBinary(List.of(CopyBinary.Type.INT8, CopyBinary.Type.INT8));
        short_.number(1);
        assertThrows(IllegalStateException.class, short_::endRow);
    }
}
