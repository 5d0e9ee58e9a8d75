package io.dhub.schema;

/** JSON's string syntax, for every module that writes JSON by hand (manifests, NDJSON rows, {@code --json}). */
public final class JsonText {
    private JsonText() {
    }

    /** Appends {@code text} as a JSON string: quoted, with quotes, backslashes and control characters escaped. */
    public static StringBuilder string(StringBuilder out, String text) {
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
