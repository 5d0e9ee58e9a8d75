package io.dhub.generators.output.files;

import io.dhub.generators.api.FileFormat;
import io.dhub.generators.output.TextChunk;
import io.dhub.generators.spi.Table;
import io.dhub.schema.JsonText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Rows as a file holds them, for people and tools other than PostgreSQL's COPY stream:
 * {@link Csv} (RFC 4180, what {@code COPY … FROM … (FORMAT csv, HEADER)} reads) or {@link Ndjson}
 * (one JSON object per row, values typed as JSON's). Instants are ISO 8601 with their offset, to the
 * microsecond PostgreSQL keeps; dates ISO 8601; decimals as written, with their scale.
 */
public abstract sealed class FileRows extends TextChunk permits FileRows.Csv, FileRows.Ndjson {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");


    /** An empty chunk of the format for the table's rows. */
    public static FileRows of(FileFormat format, Table table) {
        return format == FileFormat.CSV ? new Csv() : new Ndjson(table.columns());
    }

    /** What a file of this table starts with in the format: CSV's header row, nothing for NDJSON. */
    public static byte[] header(FileFormat format, Table table) {
        if (format == FileFormat.NDJSON) {
            return new byte[0];
        }
        Csv header = new Csv();
        table.columns().forEach(header::text);
        header.endRow();
        return header.bytes();
    }

    /** Starts a value: what goes before it in the row. */
    abstract void next();

    /** A value written as it is (a number, a boolean, or null in this format). */
    abstract void bare(String value);

    /** A string value, quoted or escaped as the format needs. */
    abstract void string(String value);

    abstract void finishRow();

    @Override
    public abstract FileRows nullValue();

    @Override
    public FileRows text(String value) {
        if (value == null) {
            return nullValue();
        }
        next();
        string(value);
        return this;
    }

    @Override
    public FileRows number(long value) {
        next();
        bare(Long.toString(value));
        return this;
    }

    @Override
    public FileRows number(Long value) {
        return value == null ? nullValue() : number(value.longValue());
    }

    @Override
    public FileRows decimal(BigDecimal value) {
        if (value == null) {
            return nullValue();
        }
        next();
        bare(value.toPlainString());
        return this;
    }

    @Override
    public FileRows bool(boolean value) {
        next();
        bare(value ? "true" : "false");
        return this;
    }

    @Override
    public FileRows date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        next();
        string(value.toString());
        return this;
    }

    @Override
    public FileRows instant(OffsetDateTime value) {
        if (value == null) {
            return nullValue();
        }
        next();
        String text = SECONDS.format(value);
        int micros = value.getNano() / 1_000;
        if (micros != 0) {
            text += "." + String.format(java.util.Locale.ROOT, "%06d", micros);
        }
        string(text + value.getOffset().getId().replace("Z", "+00:00"));
        return this;
    }

    @Override
    public void endRow() {
        finishRow();
        rowEnded();
    }

    /**
     * RFC 4180 with CRLF line ends. NULL is an empty field and the empty string {@code ""}, as
     * PostgreSQL's CSV COPY reads them; a field is quoted only when it must be.
     */
    public static final class Csv extends FileRows {
        private boolean started;

        @Override
        void next() {
            if (started) {
                sb.append(',');
            }
            started = true;
        }

        @Override
        void bare(String value) {
            sb.append(value);
        }

        @Override
        public Csv nullValue() {
            next();
            return this;
        }

        @Override
        void string(String value) {
            if (!value.isEmpty() && !value.equals("\\.") && plain(value)) {
                sb.append(value);
                return;
            }
            sb.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    sb.append('"');
                }
                sb.append(c);
            }
            sb.append('"');
        }

        private static boolean plain(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                    return false;
                }
            }
            return true;
        }

        @Override
        void finishRow() {
            sb.append("\r\n");
            started = false;
        }
    }

    /** One JSON object per line, keys in column order; numbers and booleans typed, NULL as null. */
    public static final class Ndjson extends FileRows {
        private final String[] keys;
        private int column;

        Ndjson(List<String> columns) {
            keys = new String[columns.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = (i == 0 ? "{\"" : ",\"") + columns.get(i) + "\":";
            }
        }

        @Override
        void next() {
            if (column >= keys.length) {
                throw new IllegalStateException("a row has more values than its table has columns");
            }
            sb.append(keys[column++]);
        }

        @Override
        void bare(String value) {
            sb.append(value);
        }

        @Override
        public Ndjson nullValue() {
            next();
            sb.append("null");
            return this;
        }

        @Override
        void string(String value) {
            JsonText.string(sb, value);
        }

        @Override
        void finishRow() {
            if (column != keys.length) {
                throw new IllegalStateException("a row has " + column + " values for " + keys.length + " columns");
            }
            sb.append("}\n");
            column = 0;
        }
    }
}
