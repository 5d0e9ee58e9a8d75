package io.dhub.generators.output.postgres;

import io.dhub.generators.output.TextChunk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Rows in PostgreSQL's COPY text format: tab between columns, newline after a row, \N for NULL,
 * and backslash escapes for the characters that would break the format.
 */
public final class CopyText extends TextChunk {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssXXX");

    private boolean rowStarted;

    private CopyText sep() {
        if (rowStarted) {
            sb.append('\t');
        }
        rowStarted = true;
        return this;
    }

    @Override
    public CopyText text(String value) {
        sep();
        if (value == null) {
            sb.append("\\N");
            return this;
        }
        if (plain(value)) {
            sb.append(value);
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return this;
    }

    /** Whether the text holds none of the characters COPY needs escaped (the usual case). */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public CopyText number(long value) {
        sep();
        sb.append(value);
        return this;
    }

    /** A nullable id or count. */
    @Override
    public CopyText number(Long value) {
        return value == null ? nullValue() : number(value.longValue());
    }

    @Override
    public CopyText decimal(BigDecimal value) {
        sep();
        sb.append(value == null ? "\\N" : value.toPlainString());
        return this;
    }

    @Override
    public CopyText bool(boolean value) {
        sep();
        sb.append(value ? 't' : 'f');
        return this;
    }

    @Override
    public CopyText date(LocalDate value) {
        sep();
        sb.append(value == null ? "\\N" : value.toString());
        return this;
    }

    @Override
    public CopyText instant(OffsetDateTime value) {
        sep();
        sb.append(value == null ? "\\N" : INSTANT.format(value));
        return this;
    }

    @Override
    public CopyText nullValue() {
        sep();
        sb.append("\\N");
        return this;
    }

    @Override
    public void endRow() {
        sb.append('\n');
        rowStarted = false;
        rowEnded();
    }
}
