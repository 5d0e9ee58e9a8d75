package io.dhub.generators.output;

import io.dhub.generators.spi.RowSink;

/** The rows of one chunk of a table, encoded for COPY (text or binary), ready to send or hold back. */
public interface CopyChunk extends RowSink {
    /** Rows written. */
    long rows();

    /** The encoded rows: the first {@link #length()} bytes of this array. */
    byte[] buffer();

    int length();
}
