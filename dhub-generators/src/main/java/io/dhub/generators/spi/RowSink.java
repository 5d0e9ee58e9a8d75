package io.dhub.generators.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Where a table's rows go, value by value in column order, then {@link #endRow()}. Generators see
 * only this interface: PostgreSQL's COPY text is one implementation, files are another. A null
 * value of any type is SQL NULL.
 */
public interface RowSink {
    RowSink text(String value);

    RowSink number(long value);

    RowSink number(Long value);

    RowSink decimal(BigDecimal value);

    /** An amount in cents, as a decimal with two places. */
    default RowSink cents(long cents) {
        return decimal(BigDecimal.valueOf(cents, 2));
    }

    /** The same, null for SQL NULL. */
    default RowSink cents(Long cents) {
        return decimal(cents == null ? null : BigDecimal.valueOf(cents, 2));
    }

    RowSink bool(boolean value);

    RowSink date(LocalDate value);

    RowSink instant(OffsetDateTime value);

    RowSink nullValue();

    /** Ends the row; the next value starts a new one. */
    void endRow();
}
