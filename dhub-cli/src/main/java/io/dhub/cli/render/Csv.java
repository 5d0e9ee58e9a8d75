package io.dhub.cli.render;

import java.util.List;

/**
 * CSV lines as RFC 4180 writes them and PostgreSQL's {@code COPY … (FORMAT csv, HEADER)} reads them:
 * fields separated by commas, lines ended by CRLF; a field is quoted when it holds a comma, a quote,
 * a line break or is empty (so that an empty string differs from NULL, which is written as nothing),
 * or is {@code \.} (alone on a line that is COPY's end-of-data marker: a one-column export would end
 * there when loaded back), and a quote inside it is doubled.
 */
public final class Csv {
    private Csv() {
    }

    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i);
            if (f == null) {
                continue;
            }
            if (f.isEmpty() || f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0 || f.equals("\\.")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append("\r\n").toString();
    }
}
