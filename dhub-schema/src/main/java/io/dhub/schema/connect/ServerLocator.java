package io.dhub.schema.connect;

import io.dhub.schema.DhubException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides which server dhub talks to. In order: {@code --url}; {@code --embedded}; {@code DHUB_URL};
 * {@code DHUB_EMBEDDED=1}; the libpq variables PGHOST/PGPORT (with PGUSER, PGPASSWORD); a server
 * answering on localhost:5432; and, when none answers, the embedded server.
 */
public final class ServerLocator {
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9_]{0,40}");

    private ServerLocator() {
    }

    /**
     * What the user asked for on the command line.
     *
     * @param url      --url, or null
     * @param embedded --embedded
     * @param dbPrefix --db-prefix, or null
     */
    public record Request(String url, boolean embedded, String dbPrefix) {
    }

    /**
     * The outcome.
     *
     * @param configured the server the user configured, or null when dhub uses the embedded one
     * @param prefix     the database-name prefix of this installation
     * @param embedded   the embedded server, when that is what dhub uses
     */
    public record Located(ServerSpec configured, String prefix, Optional<EmbeddedServer> embedded) {
        /** Where to connect, starting the embedded server first when that is the one in use. */
        public ServerSpec start() {
            return embedded.map(EmbeddedServer::ensureRunning).orElse(configured);
        }
    }

    /** Resolves the server without starting anything (the embedded server is not started yet). */
    public static Located locate(Request request, Map<String, String> env) {
        String prefix = prefix(request, env);
        String defaultUser = nonBlank(env.get("PGUSER")).orElse(System.getProperty("user.name"));
        boolean envEmbedded = truthy(env.get("DHUB_EMBEDDED"));
        Optional<String> envUrl = nonBlank(env.get("DHUB_URL"));
        if (request.url() != null && request.embedded()) {
            throw DhubException.usage("--url and --embedded both given: choose one");
        }
        if (request.url() != null) {
            return new Located(ServerSpec.parse(request.url(), "--url", defaultUser), prefix, Optional.empty());
        }
        if (request.embedded()) {
            return embedded(prefix, env);
        }
        if (envUrl.isPresent()) {
            if (envEmbedded) {
                throw DhubException.usage("DHUB_URL and DHUB_EMBEDDED are both set: unset one of them");
            }
            return new Located(ServerSpec.parse(envUrl.get(), "DHUB_URL", defaultUser), prefix, Optional.empty());
        }
        if (envEmbedded) {
            return embedded(prefix, env);
        }
        Optional<String> pgHost = nonBlank(env.get("PGHOST"));
        Optional<String> pgPort = nonBlank(env.get("PGPORT"));
        String password = env.get("PGPASSWORD");
        String adminDb = nonBlank(env.get("PGDATABASE")).orElse(ServerSpec.DEFAULT_ADMIN_DATABASE);
        if (pgHost.isPresent() || pgPort.isPresent()) {
            String host = pgHost.orElse(ServerSpec.DEFAULT_HOST);
            if (host.startsWith("/")) {
                throw DhubException.usage("PGHOST '" + host + "' is a Unix-socket directory, which dhub cannot use: "
                        + "set PGHOST to a host name such as localhost");
            }
            int port = pgPort.map(ServerLocator::parsePort).orElse(ServerSpec.DEFAULT_PORT);
            return new Located(new ServerSpec(host, port, defaultUser, password, adminDb, Map.of(), "PGHOST/PGPORT"),
                    prefix, Optional.empty());
        }
        if (answers(ServerSpec.DEFAULT_HOST, ServerSpec.DEFAULT_PORT)) {
            return new Located(new ServerSpec(ServerSpec.DEFAULT_HOST, ServerSpec.DEFAULT_PORT, defaultUser, password,
                    adminDb, Map.of(), "localhost:5432"), prefix, Optional.empty());
        }
        return embedded(prefix, env);
    }

    private static Located embedded(String prefix, Map<String, String> env) {
        EmbeddedServer server = EmbeddedServer.fromEnvironment(env);
        return new Located(null, prefix, Optional.of(server));
    }

    private static String prefix(Request request, Map<String, String> env) {
        String source = request.dbPrefix() != null ? "--db-prefix" : "DHUB_DB_PREFIX";
        String prefix = request.dbPrefix() != null ? request.dbPrefix() : env.getOrDefault("DHUB_DB_PREFIX", "");
        if (!PREFIX.matcher(prefix).matches()) {
            throw DhubException.usage(source + " '" + prefix + "' is not allowed: use up to 40 lower-case letters, "
                    + "digits and underscores");
        }
        return prefix;
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw DhubException.usage("PGPORT '" + text + "' is not a port number (1-65535)");
    }

    /** Whether something accepts TCP connections there within half a second. */
    static boolean answers(String host, int port) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 500);
                    return true;
                } catch (IOException e) {
                    // try the next address
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean truthy(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes"));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
