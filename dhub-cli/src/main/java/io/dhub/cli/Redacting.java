package io.dhub.cli;

import io.dhub.schema.connect.ServerSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last guard of "no password, ever": everything dhub prints, stack traces under --verbose
 * included, passes through this writer, which replaces every password it knows with ***. It knows the
 * passwords of --url and DHUB_URL (as typed and decoded), PGPASSWORD and the password fields of the
 * .pgpass file (PGPASSFILE, else ~/.pgpass). Passwords shorter than 4 characters are not scrubbed:
 * replacing every "ab" in the output would make it unreadable.
 */
final class Redacting extends Writer {
    static final int MIN_LENGTH = 4;

    private final Writer target;
    private final List<String> secrets;
    private final StringBuilder pending = new StringBuilder();

    private Redacting(Writer target, List<String> secrets) {
        this.target = target;
        this.secrets = secrets;
    }

    static PrintWriter wrap(PrintWriter target, List<String> secrets) {
        return secrets.isEmpty() ? target : new PrintWriter(new Redacting(target, secrets), true);
    }

    /** The secrets of this command line and environment, longest first. */
    static List<String> secrets(String[] args, Map<String, String> env) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--url") && i + 1 < args.length) {
                found.addAll(ServerSpec.secretsIn(args[i + 1]));
            } else if (args[i].startsWith("--url=")) {
                found.addAll(ServerSpec.secretsIn(args[i].substring(6)));
            }
        }
        found.addAll(ServerSpec.secretsIn(env.get("DHUB_URL")));
        if (env.get("PGPASSWORD") != null) {
            found.add(env.get("PGPASSWORD"));
        }
        found.addAll(pgpassPasswords(env));
        List<String> out = new ArrayList<>(found.stream().filter(s -> s.length() >= MIN_LENGTH).toList());
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    private static List<String> pgpassPasswords(Map<String, String> env) {
        String file = env.get("PGPASSFILE");
        Path path = file != null ? Path.of(file) : env.get("HOME") != null ? Path.of(env.get("HOME"), ".pgpass") : null;
        List<String> out = new ArrayList<>();
        try {
            if (path == null || !Files.isRegularFile(path)) {
                return out;
            }
            for (String line : Files.readAllLines(path)) {
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '\\' && i + 1 < line.length()) {
                        field.append(line.charAt(++i));
                    } else if (c == ':' && fields.size() < 4) {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else {
                        field.append(c);
                    }
                }
                if (fields.size() == 4 && !line.startsWith("#")) {
                    out.add(field.toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        pending.append(buffer, offset, length);
        int newline = pending.lastIndexOf("\n");
        if (newline >= 0) {
            emit(newline + 1);
        }
    }

    @Override
    public void flush() throws IOException {
        emit(pending.length());
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void emit(int upTo) throws IOException {
        String text = pending.substring(0, upTo);
        pending.delete(0, upTo);
        for (String secret : secrets) {
            text = text.replace(secret, "***");
        }
        target.write(text);
    }
}
