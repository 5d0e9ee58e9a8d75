package io.dhub.generators.load;

import io.dhub.generators.rows.RowSink;

/** The rows of one chunk of a table, encoded for COPY (text or binary), ready to send or hold back. */
public interface CopyChunk extends RowSink {
    /** Rows written. */
    long rows();

    /** The encoded rows: the first {@link #length()} bytes of this array. */
    byte[] buffer();

    int length();
}
