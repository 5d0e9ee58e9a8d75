package io.dhub.schema.connect;

import io.dhub.schema.DhubException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
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

    private static ServerSpec parseHierarchical(String url, boolean jdbc, String original, String source,
                                                String defaultUser) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw badUrl(original, source, "it is not a well-formed URL (" + e.getReason() + ")");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw badUrl(original, source, "it names no host; Unix-socket URLs are not supported, use a host name");
        }
        String user = null;
        String password = null;
        String hostPort = authority;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            hostPort = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo);
            password = colon >= 0 ? decode(userInfo.substring(colon + 1)) : null;
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
        if (host.isEmpty()) {
            throw badUrl(original, source, "it names no host");
        }
        int port = DEFAULT_PORT;
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw badUrl(original, source, "port '" + portText + "' is not a number");
            }
            if (port < 1 || port > 65535) {
                throw badUrl(original, source, "port " + port + " is outside 1-65535");
            }
        }
        String path = uri.getRawPath();
        String database = path == null || path.length() <= 1 ? DEFAULT_ADMIN_DATABASE : decode(path.substring(1));
        Map<String, String> parameters = new TreeMap<>();
        String query = uri.getRawQuery();
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

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static DhubException badUrl(String url, String source, String why) {
        return DhubException.usage("bad " + source + " '" + redact(url) + "': " + why);
    }

    /** The URL with any password replaced by ***, fit for messages. */
    public static String redact(String url) {
        String out = url.replaceAll("(?i)(password=)[^&]*", "$1***");
        return out.replaceAll("(://[^/@:]*:)[^/@]*@", "$1***@");
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
