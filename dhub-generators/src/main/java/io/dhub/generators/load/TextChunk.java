package io.dhub.generators.load;

import java.nio.charset.StandardCharsets;

/** A chunk of rows built as text ({@link CopyText}, {@link FileRows}): the text, the rows ended, and its UTF-8 bytes. */
public abstract class TextChunk implements CopyChunk {
    TextChunk() {
    }

    final StringBuilder sb = new StringBuilder(1 << 16);
    private long rows;
    private byte[] bytes;

    /** Counts a row ended. */
    final void rowEnded() {
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

    /** Appends {@code text} as a JSON string: quoted, with quotes, backslashes and control characters escaped. */
    public static StringBuilder jsonString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
