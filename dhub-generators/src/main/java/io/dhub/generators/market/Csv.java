package io.dhub.generators.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference table shipped in the jar: a UTF-8 CSV file with a header row, fields quoted with
 * double quotes when they hold commas (RFC 4180, no line breaks inside fields).
 */
public final class Csv {
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows;

    private Csv(String[] header, List<String[]> rows) {
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i], i);
        }
        this.rows = rows;
    }

    /** Reads a resource next to this class, such as {@code us/cities.csv}. */
    public static Csv resource(String name) {
        return resource(Csv.class, name);
    }

    /** Reads a resource next to that class (a market's own folder, where the market is not in this package). */
    public static Csv resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("reference table " + name + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = split(reader.readLine());
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    String[] row = split(line);
                    if (row.length != header.length) {
                        throw new IllegalStateException(name + ": " + row.length + " fields where the header has "
                                + header.length + ": " + line);
                    }
                    rows.add(row);
                }
            }
            return new Csv(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return rows.size();
    }

    public String get(int row, String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
        }
        return rows.get(row)[i];
    }

    public double number(int row, String column) {
        return Double.parseDouble(get(row, column));
    }

    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
