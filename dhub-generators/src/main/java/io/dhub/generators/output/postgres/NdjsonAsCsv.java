package io.dhub.generators.output.postgres;

import io.dhub.generators.output.files.FileRows;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV rows of an NDJSON file as dhub writes it ({@link FileRows.Ndjson}): one flat object a
 * line, its keys the table's columns in order, its values strings, numbers, booleans or null. A
 * string becomes a quoted field (so the empty string stays apart from null, an empty field), any
 * other value is copied as it is. A line of any other shape is refused, naming the file and line.
 */
final class NdjsonAsCsv extends InputStream {
    private final BufferedReader lines;
    private final List<String> columns;
    private final Path file;
    private final StringBuilder row = new StringBuilder(1 << 12);
    private byte[] buffer = new byte[0];
    private int at;
    private long lineNumber;

    NdjsonAsCsv(InputStream in, List<String> columns, Path file) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.columns = columns;
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buffer[at++] & 0xFF;
    }

    @Override
    public int read(byte[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, buffer.length - at);
        System.arraycopy(buffer, at, out, offset, n);
        at += n;
        return n;
    }

    /** Converts lines until there are bytes to hand out (about 64 KB at a time); false at the end. */
    private boolean fill() throws IOException {
        if (at < buffer.length) {
            return true;
        }
        row.setLength(0);
        String line;
        while (row.length() < (1 << 16) && (line = lines.readLine()) != null) {
            lineNumber++;
            convert(line);
        }
        buffer = row.toString().getBytes(StandardCharsets.UTF_8);
        at = 0;
        return buffer.length > 0;
    }

    private void convert(String line) {
        int i = expect(line, 0, '{');
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                i = expect(line, i, ',');
                row.append(',');
            }
            String key = columns.get(c);
            int close = i + 1 + key.length();
            if (close >= line.length() || line.charAt(i) != '"' || !line.startsWith(key, i + 1)
                    || line.charAt(close) != '"') {
                throw bad("expected the key \"" + key + "\"");
            }
            i = expect(line, i + key.length() + 2, ':');
            i = value(line, i);
        }
        i = expect(line, i, '}');
        if (i != line.length()) {
            throw bad("more than one object, or more keys than the table's " + columns.size() + " columns");
        }
        row.append('\n');
    }

    /** Appends the value at {@code i} as a CSV field; returns the index after it. */
    private int value(String line, int i) {
        if (i >= line.length()) {
            throw bad("a value is missing");
        }
        char first = line.charAt(i);
        if (first != '"') {
            int end = i;
            while (end < line.length() && ",}".indexOf(line.charAt(end)) < 0) {
                end++;
            }
            String bare = line.substring(i, end);
            if (!bare.equals("null")) {
                if (!bare.equals("true") && !bare.equals("false") && !number(bare)) {
                    throw bad("'" + bare + "' is not a JSON number, boolean or null");
                }
                row.append(bare);
            }
            return end;
        }
        row.append('"');
        int j = i + 1;
        while (j < line.length()) {
            char ch = line.charAt(j);
            if (ch == '"') {
                row.append('"');
                return j + 1;
            }
            if (ch == '\\') {
                if (j + 1 >= line.length()) {
                    break;
                }
                char e = line.charAt(j + 1);
                switch (e) {
                    case '"' -> row.append("\"\"");
                    case '\\' -> row.append('\\');
                    case '/' -> row.append('/');
                    case 'n' -> row.append('\n');
                    case 'r' -> row.append('\r');
                    case 't' -> row.append('\t');
                    case 'b' -> row.append('\b');
                    case 'f' -> row.append('\f');
                    case 'u' -> {
                        if (j + 6 > line.length()) {
                            throw bad("a \\u escape is cut short");
                        }
                        row.append((char) Integer.parseInt(line.substring(j + 2, j + 6), 16));
                        j += 4;
                    }
                    default -> throw bad("unknown escape \\" + e);
                }
                j += 2;
                continue;
            }
            row.append(ch);
            j++;
        }
        throw bad("a string is not closed");
    }

    /** Whether the text is made of a number's characters, starting as a number does. */
    private static boolean number(String text) {
        if (text.isEmpty() || !(text.charAt(0) == '-' || Character.isDigit(text.charAt(0)))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("0123456789.eE+-".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private int expect(String line, int i, char c) {
        if (i >= line.length() || line.charAt(i) != c) {
            throw bad("expected '" + c + "' at character " + (i + 1));
        }
        return i + 1;
    }

    private DhubException bad(String why) {
        return new DhubException(ErrorCode.FAILED, file + " line " + lineNumber + " is not a row dhub wrote (" + why
                + ")");
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
