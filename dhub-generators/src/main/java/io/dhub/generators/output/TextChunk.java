package io.dhub.generators.output;

import io.dhub.generators.output.files.FileRows;
import io.dhub.generators.output.postgres.CopyText;
import java.nio.charset.StandardCharsets;

/** A chunk of rows built as text ({@link CopyText}, {@link FileRows}): the text, the rows ended, and its UTF-8 bytes. */
public abstract class TextChunk implements CopyChunk {
    protected TextChunk() {
    }

    protected final StringBuilder sb = new StringBuilder(1 << 16);
    private long rows;
    private byte[] bytes;

    /** Counts a row ended. */
    protected final void rowEnded() {
        rows++;
    }

    @Override
    public final long rows() {
        return rows;
    }

    /** The rows as UTF-8 bytes; the text is final once read. */
    public final byte[] bytes() {
        if (bytes == null) {
            bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    @Override
    public final byte[] buffer() {
        return bytes();
    }

    @Override
    public final int length() {
        return bytes().length;
    }
}
