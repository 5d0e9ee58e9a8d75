package io.dhub.cli.render;

import java.util.List;
import java.util.Map;

/** Just enough JSON writing for dhub's machine output: maps keep their insertion order. */
public final class Json {
    private Json() {
    }

    /** Marks a string that is already a JSON number literal. */
    public record Number(String literal) {
    }

    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Number number) {
            sb.append(isFinite(number.literal()) ? number.literal() : quote(number.literal()));
        } else if (value instanceof java.lang.Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                sb.append(first ? "" : ",").append(quote(String.valueOf(entry.getKey()))).append(':');
                write(sb, entry.getValue());
                first = false;
            }
            sb.append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",");
                write(sb, list.get(i));
            }
            sb.append(']');
        } else {
            sb.append(quote(value.toString()));
        }
    }

    private static boolean isFinite(String literal) {
        return literal.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    public static String quote(String text) {
        return io.dhub.schema.JsonText.string(new StringBuilder(text.length() + 2), text).toString();
    }
}
