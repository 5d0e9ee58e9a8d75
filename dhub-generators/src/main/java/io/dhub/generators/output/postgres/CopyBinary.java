package io.dhub.generators.output.postgres;

import io.dhub.generators.output.CopyChunk;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Rows in PostgreSQL's binary COPY format: per row the field count, then per field its length (−1
 * for NULL) and its value in the type's send format. The server then skips parsing text: no
 * numeric, date or timestamp parsing, no escapes. Each value is encoded for its column's type, which
 * the loader reads from the catalog, so a value lands exactly as its text form would: the same
 * integer, the same numeric with the same scale, the same instant.
 */
public final class CopyBinary implements CopyChunk {
    /** The column types this format writes; a table with any other type is loaded as text. */
    public enum Type {
        INT2, INT4, INT8, NUMERIC, TEXT, DATE, TIMESTAMPTZ, BOOL;

        /**
         * The type of a column from its type as the schema describes it ({@code TableSpec.Column.type}:
         * PostgreSQL's names, with a length or precision in brackets), or null when this encoder does
         * not write it.
         */
        public static Type of(String schemaType) {
            int bracket = schemaType.indexOf('(');
            return switch (bracket < 0 ? schemaType : schemaType.substring(0, bracket)) {
                case "smallint" -> INT2;
                case "integer" -> INT4;
                case "bigint" -> INT8;
                case "numeric" -> NUMERIC;
                case "text", "varchar", "char" -> TEXT;
                case "date" -> DATE;
                case "timestamp with time zone" -> TIMESTAMPTZ;
                case "boolean" -> BOOL;
                default -> null;
            };
        }
    }

    /** The stream's header: signature, flags, header extension length. */
    public static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0,
        0};
    /** The stream's trailer: a field count of −1. */
    public static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    /** Days and seconds from the Unix epoch to PostgreSQL's, 2000-01-01. */
    private static final long PG_EPOCH_DAYS = 10_957;
    private static final long PG_EPOCH_SECONDS = PG_EPOCH_DAYS * 86_400;
    private static final short NUMERIC_NEG = 0x4000;

    private final Type[] types;
    private byte[] buf = new byte[1 << 16];
    private int len;
    private int column;
    private long rows;

    public CopyBinary(List<Type> types) {
        this.types = types.toArray(Type[]::new);
    }

    private Type next() {
        if (column == 0) {
            putShort(types.length);
        }
        if (column >= types.length) {
            throw new IllegalStateException("a row of " + (column + 1) + " values for " + types.length + " columns");
        }
        return types[column++];
    }

    private IllegalArgumentException mismatch(Type type, String what) {
        return new IllegalArgumentException("column " + column + " is " + type + ", not " + what);
    }

    /**
     * Takes the next column for a value of one type: writes NULL and answers false for a null value,
     * refuses a column of another type, and answers true when the caller is to write the value.
     */
    private boolean field(Object value, Type expected, String what) {
        Type type = next();
        if (value == null) {
            putInt(-1);
            return false;
        }
        if (type != expected) {
            throw mismatch(type, what);
        }
        return true;
    }

    @Override
    public CopyBinary text(String value) {
        if (field(value, Type.TEXT, "text")) {
            putText(value);
        }
        return this;
    }

    @Override
    public CopyBinary number(long value) {
        Type type = next();
        switch (type) {
            case INT8 -> {
                putInt(8);
                putLong(value);
            }
            case INT4 -> {
                putInt(4);
                putInt(Math.toIntExact(value));
            }
            case INT2 -> {
                if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
                    throw new ArithmeticException(value + " does not fit a smallint");
                }
                putInt(2);
                putShort((int) value);
            }
            case NUMERIC -> putNumeric(value < 0 ? -value : value, 0, value < 0);
            case TEXT -> putText(Long.toString(value));
            default -> throw mismatch(type, "a number");
        }
        return this;
    }

    @Override
    public CopyBinary number(Long value) {
        if (value == null) {
            return nullValue();
        }
        return number(value.longValue());
    }

    @Override
    public CopyBinary decimal(BigDecimal value) {
        if (!field(value, Type.NUMERIC, "a decimal")) {
            return this;
        }
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        BigInteger unscaled = v.unscaledValue();
        if (unscaled.bitLength() < 50) {
            long u = unscaled.longValue();
            putNumeric(Math.abs(u), v.scale(), u < 0);
        } else {
            putBigNumeric(unscaled.abs(), v.scale(), unscaled.signum() < 0);
        }
        return this;
    }

    @Override
    public CopyBinary bool(boolean value) {
        field(value, Type.BOOL, "a boolean");
        putInt(1);
        ensure(1);
        buf[len++] = (byte) (value ? 1 : 0);
        return this;
    }

    @Override
    public CopyBinary date(LocalDate value) {
        if (field(value, Type.DATE, "a date")) {
            putInt(4);
            putInt(Math.toIntExact(value.toEpochDay() - PG_EPOCH_DAYS));
        }
        return this;
    }

    @Override
    public CopyBinary instant(OffsetDateTime value) {
        if (field(value, Type.TIMESTAMPTZ, "an instant")) {
            putInt(8);
            putLong((value.toEpochSecond() - PG_EPOCH_SECONDS) * 1_000_000L + value.getNano() / 1_000);
        }
        return this;
    }

    @Override
    public CopyBinary nullValue() {
        next();
        putInt(-1);
        return this;
    }

    @Override
    public void endRow() {
        if (column != types.length) {
            throw new IllegalStateException("a row of " + column + " values for " + types.length + " columns");
        }
        column = 0;
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public byte[] buffer() {
        return buf;
    }

    @Override
    public int length() {
        return len;
    }

    /**
     * A numeric from its absolute unscaled value and scale: base-10000 digits aligned on the decimal
     * point (the unscaled value is first multiplied up so that the scale is a multiple of four),
     * weight = the power of 10000 of the first digit, trailing zero digits dropped, display scale =
     * the scale. Zero has no digits.
     */
    private void putNumeric(long unscaled, int scale, boolean negative) {
        int pad = (4 - scale % 4) % 4;
        long u = unscaled;
        for (int i = 0; i < pad; i++) {
            u *= 10;
        }
        int fractionGroups = (scale + pad) / 4;
        short[] digits = new short[6];
        int n = 0;
        while (u != 0) {
            digits[n++] = (short) (u % 10_000);
            u /= 10_000;
        }
        int low = 0;
        while (low < n && digits[low] == 0) {
            low++;
        }
        int weight = n == 0 ? 0 : n - 1 - fractionGroups;
        int count = n - low;
        putInt(8 + 2 * count);
        putShort(count);
        putShort(weight);
        putShort(negative && count > 0 ? NUMERIC_NEG : 0);
        putShort(scale);
        for (int i = n - 1; i >= low; i--) {
            putShort(digits[i]);
        }
    }

    /** The same for values beyond a long: the digits from the plain decimal string. */
    private void putBigNumeric(BigInteger unscaled, int scale, boolean negative) {
        int pad = (4 - scale % 4) % 4;
        String s = unscaled.multiply(BigInteger.TEN.pow(pad)).toString();
        int fractionGroups = (scale + pad) / 4;
        int groups = (s.length() + 3) / 4;
        s = "0".repeat(groups * 4 - s.length()) + s;
        int first = 0;
        while (first < groups && Integer.parseInt(s.substring(first * 4, first * 4 + 4)) == 0) {
            first++;
        }
        int last = groups - 1;
        while (last >= first && Integer.parseInt(s.substring(last * 4, last * 4 + 4)) == 0) {
            last--;
        }
        int count = Math.max(0, last - first + 1);
        int weight = count == 0 ? 0 : groups - 1 - first - fractionGroups;
        putInt(8 + 2 * count);
        putShort(count);
        putShort(weight);
        putShort(negative && count > 0 ? NUMERIC_NEG : 0);
        putShort(scale);
        for (int g = first; g <= last; g++) {
            putShort(Integer.parseInt(s.substring(g * 4, g * 4 + 4)));
        }
    }

    private void putText(String value) {
        int n = value.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (value.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            putInt(n);
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[len++] = (byte) value.charAt(i);
            }
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            putInt(bytes.length);
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, len, bytes.length);
            len += bytes.length;
        }
    }

    private void putShort(int v) {
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void putInt(int v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
