package io.dhub.schema.connect;

import io.dhub.schema.DhubException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One PostgreSQL server and the credentials to use on it. The password never appears in
 * {@link #toString()}, {@link #display()} or {@link #jdbcUrl(String)}; it travels only in
 * {@link #connectionProperties()}.
 *
 * @param host         host name or address
 * @param port         TCP port
 * @param user         role to log in as
 * @param password     password, or null for none
 * @param adminDatabase the database dhub connects to for CREATE DATABASE and catalogue look-ups
 * @param parameters   extra connection parameters (sslmode, …), passed to the driver as given
 * @param source       where the settings came from, for messages (e.g. "DHUB_URL")
 */
public record ServerSpec(String host, int port, String user, String password, String adminDatabase,
                         Map<String, String> parameters, String source) {

    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_ADMIN_DATABASE = "postgres";

    public ServerSpec {
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /**
     * Parses a server URL in either the libpq form ({@code postgres://user:pw@host:port/db?k=v})
     * or the JDBC form ({@code jdbc:postgresql://host:port/db?user=u&password=pw}).
     */
    public static ServerSpec parse(String url, String source, String defaultUser) {
        String trimmed = url == null ? "" : url.trim();
        if (trimmed.isEmpty()) {
            throw DhubException.usage(source + " is empty: give a URL such as postgres://user@localhost:5432/postgres");
        }
        if (trimmed.startsWith("jdbc:postgresql://")) {
            return parseHierarchical(trimmed.substring("jdbc:".length()), true, trimmed, source, defaultUser);
        }
        if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
            return parseHierarchical(trimmed, false, trimmed, source, defaultUser);
        }
        throw badUrl(trimmed, source, "it must start with postgres://, postgresql:// or jdbc:postgresql://");
    }

    /** Where the query string begins to name credentials: a '@' after this is not the userinfo's. */
    private static final java.util.regex.Pattern CREDENTIAL_PARAMETER =
            java.util.regex.Pattern.compile("[?&](?i:password|user|dbname)=");

    /**
     * The parts of {@code scheme://[user[:password]@]host[:port][/db][?k=v&…]}. The userinfo ends at
     * the last '@' before any credential parameter, so a password with unencoded '/', '?', '#', '@',
     * '%' or spaces still parses (percent-encoding always works too).
     */
    private record Parts(String userInfo, String hostPort, String path, String query) {
        static Parts of(String rest) {
            java.util.regex.Matcher m = CREDENTIAL_PARAMETER.matcher(rest);
            int cut = m.find() ? m.start() : rest.length();
            int at = rest.lastIndexOf('@', cut - 1);
            String userInfo = at >= 0 ? rest.substring(0, at) : null;
            String after = rest.substring(at + 1);
            int end = after.length();
            for (char c : new char[] {'/', '?', '#'}) {
                int i = after.indexOf(c);
                end = i >= 0 ? Math.min(end, i) : end;
            }
            String hostPort = after.substring(0, end);
            String tail = after.substring(end);
            String path = null;
            String query = null;
            if (tail.startsWith("/")) {
                int q = tail.indexOf('?');
                path = q >= 0 ? tail.substring(1, q) : tail.substring(1);
                query = q >= 0 ? tail.substring(q + 1) : null;
            } else if (tail.startsWith("?")) {
                query = tail.substring(1);
            }
            if (path != null && path.indexOf('#') >= 0) {
                path = path.substring(0, path.indexOf('#'));
            }
            return new Parts(userInfo, hostPort, path, query);
        }
    }

    private static ServerSpec parseHierarchical(String url, boolean jdbc, String original, String source,
                                                String defaultUser) {
        Parts parts = Parts.of(url.substring(url.indexOf("://") + 3));
        String user = null;
        String password = null;
        if (parts.userInfo() != null) {
            int colon = parts.userInfo().indexOf(':');
            user = decode(colon >= 0 ? parts.userInfo().substring(0, colon) : parts.userInfo());
            password = colon >= 0 ? decode(parts.userInfo().substring(colon + 1)) : null;
        }
        String hostPort = parts.hostPort();
        if (hostPort.isEmpty()) {
            throw badUrl(original, source, "it names no host; Unix-socket URLs are not supported, use a host name");
        }
        if (hostPort.contains(",")) {
            throw badUrl(original, source, "it names several hosts; dhub needs exactly one");
        }
        String host;
        String portText = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw badUrl(original, source, "its IPv6 address lacks a closing ']'");
            }
            host = hostPort.substring(1, close);
            if (close + 1 < hostPort.length()) {
                if (hostPort.charAt(close + 1) != ':') {
                    throw badUrl(original, source, "unexpected text after the IPv6 address");
                }
                portText = hostPort.substring(close + 2);
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
            portText = colon >= 0 ? hostPort.substring(colon + 1) : null;
        }
        if (host.isEmpty() || !host.matches("[A-Za-z0-9._:%-]+")) {
            throw badUrl(original, source, "its host is not a host name or address (percent-encode any '@', '/', "
                    + "'?', '#', '%' or space in the user name or password)");
        }
        int port = DEFAULT_PORT;
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw badUrl(original, source, "its port is not a number (percent-encode any '@', '/', '?', '#', '%' "
                        + "or space in the user name or password)");
            }
            if (port < 1 || port > 65535) {
                throw badUrl(original, source, "port " + port + " is outside 1-65535");
            }
        }
        String database = parts.path() == null || parts.path().isEmpty() ? DEFAULT_ADMIN_DATABASE : decode(parts.path());
        Map<String, String> parameters = new TreeMap<>();
        String query = parts.query();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
                String value = eq >= 0 ? decode(pair.substring(eq + 1)) : "";
                switch (key) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    case "dbname" -> database = value;
                    case "connect_timeout" -> parameters.put("connectTimeout", value);
                    default -> parameters.put(key, value);
                }
            }
        }
        if (user == null || user.isEmpty()) {
            user = defaultUser;
        }
        return new ServerSpec(host, port, user, password, database, parameters, source);
    }

    /** Percent-decoding that never fails: a '%' not followed by two hex digits stays as it is; '+' stays '+'. */
    static String decode(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    b = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static DhubException badUrl(String url, String source, String why) {
        return DhubException.usage("bad " + source + " '" + redact(url) + "': " + why);
    }

    /**
     * The URL with any password replaced by ***, fit for messages, whether it parses or not: the
     * userinfo's password (up to the last '@' before any credential parameter), any password=
     * parameter, and, when there is no '@', anything after a ':' that is not a port number.
     */
    public static String redact(String url) {
        if (url == null) {
            return "";
        }
        String out = url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
        int scheme = out.indexOf("://");
        String head = scheme >= 0 ? out.substring(0, scheme + 3) : "";
        String rest = scheme >= 0 ? out.substring(scheme + 3) : out;
        java.util.regex.Matcher m = CREDENTIAL_PARAMETER.matcher(rest);
        int cut = m.find() ? m.start() : rest.length();
        int at = rest.lastIndexOf('@', cut - 1);
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            int colon = userInfo.indexOf(':');
            return head + (colon >= 0 ? userInfo.substring(0, colon) + ":***" : userInfo) + rest.substring(at);
        }
        return head + rest.replaceAll(":(?![0-9]{1,5}(?:[/?#]|$))[^/?#]*", ":***");
    }

    /**
     * Every form in which a password may appear in this URL (as typed and decoded, from the userinfo
     * and from password= parameters), for scrubbing output; never fails, whatever the text.
     */
    public static java.util.List<String> secretsIn(String url) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (url == null) {
            return out;
        }
        java.util.regex.Matcher params = java.util.regex.Pattern.compile("(?i)[?&;]password=([^&;]*)").matcher(url);
        while (params.find()) {
            out.add(params.group(1));
            out.add(decode(params.group(1)));
        }
        int scheme = url.indexOf("://");
        String rest = scheme >= 0 ? url.substring(scheme + 3) : url;
        Parts parts = Parts.of(rest);
        if (parts.userInfo() != null && parts.userInfo().indexOf(':') >= 0) {
            String raw = parts.userInfo().substring(parts.userInfo().indexOf(':') + 1);
            out.add(raw);
            out.add(decode(raw));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** A JDBC URL for one database on this server; it carries no credentials. */
    public String jdbcUrl(String database) {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database;
    }

    /** Driver properties: credentials and parameters, with dhub's defaults where none are given. */
    public Properties connectionProperties() {
        Properties props = new Properties();
        props.setProperty("connectTimeout", "5");
        props.setProperty("ApplicationName", "dhub");
        parameters.forEach(props::setProperty);
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", password);
        }
        return props;
    }

    /** The same server as another role. */
    public ServerSpec withCredentials(String otherUser, String otherPassword) {
        return new ServerSpec(host, port, otherUser, otherPassword, adminDatabase, parameters, source);
    }

    public ServerSpec withAdminDatabase(String database) {
        return new ServerSpec(host, port, user, password, database, parameters, source);
    }

    /** {@code user@host:port}, never the password. */
    public String display() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return user + "@" + hostPart + ":" + port;
    }

    @Override
    public String toString() {
        return "ServerSpec[" + display() + " from " + source + "]";
    }
}
