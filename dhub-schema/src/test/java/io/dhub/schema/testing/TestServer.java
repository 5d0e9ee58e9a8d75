package io.dhub.schema.testing;

import io.dhub.schema.connect.ServerSpec;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the tests run against, chosen once per JVM: {@code DHUB_TEST_URL} when set,
 * else a server answering on 127.0.0.1:5432, else a Testcontainers PostgreSQL where Docker runs,
 * else the embedded PostgreSQL. Each test class takes a unique database-name prefix and drops the
 * databases under it afterwards.
 */
public final class TestServer {
    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static volatile TestServer instance;

    private final ServerSpec spec;
    private final String url;
    private final String kind;

    private TestServer(ServerSpec spec, String url, String kind) {
        this.spec = spec;
        this.url = url;
        this.kind = kind;
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            instance = choose();
            System.err.println("[dhub tests] PostgreSQL: " + instance.kind + " at " + instance.spec.display());
        }
        return instance;
    }

    private static TestServer choose() {
        String configured = System.getenv("DHUB_TEST_URL");
        if (configured != null && !configured.isBlank()) {
            ServerSpec spec = ServerSpec.parse(configured, "DHUB_TEST_URL", "postgres");
            return new TestServer(spec, configured, "DHUB_TEST_URL");
        }
        if (answers("127.0.0.1", 5432)) {
            String user = System.getenv().getOrDefault("PGUSER", "postgres");
            String url = "postgres://" + user + "@127.0.0.1:5432/postgres";
            return new TestServer(ServerSpec.parse(url, "local", user), url, "local server");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            String url = "postgres://" + container.getUsername() + ":" + container.getPassword() + "@"
                    + container.getHost() + ":" + container.getMappedPort(5432) + "/postgres";
            return new TestServer(ServerSpec.parse(url, "testcontainers", "postgres"), url, "Testcontainers");
        }
        try {
            Path dir = Files.createTempDirectory("dhub-test-pg");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("data"))
                    .setOverrideWorkingDirectory(dir.resolve("binaries").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            String url = "postgres://postgres@localhost:" + pg.getPort() + "/postgres";
            return new TestServer(ServerSpec.parse(url, "embedded", "postgres"), url, "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL for the tests: set DHUB_TEST_URL", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public ServerSpec spec() {
        return spec;
    }

    /** A URL for the server, for DHUB_URL or --url. */
    public String url() {
        return url;
    }

    /** A fresh prefix no other test (or test run) uses. */
    public static String newPrefix() {
        return "dhubt_" + ProcessHandle.current().pid() + "_" + PREFIXES.incrementAndGet() + "_";
    }

    /** The environment a dhub command sees in a test: this server, this prefix, nothing else. */
    public Map<String, String> env(String prefix) {
        return Map.of("DHUB_URL", url, "DHUB_DB_PREFIX", prefix);
    }

    public Connection admin() throws SQLException {
        return connect(spec.adminDatabase());
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(spec.jdbcUrl(database), spec.connectionProperties());
    }

    /** Names of the databases on the server whose names start with the prefix. */
    public List<String> databasesWithPrefix(String prefix) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection conn = admin();
             PreparedStatement ps = conn.prepareStatement(
                     "SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY datname")) {
            ps.setString(1, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Drops every database under the prefix (test prefixes only). */
    public void dropDatabases(String prefix) throws SQLException {
        if (!prefix.startsWith("dhubt_")) {
            throw new IllegalArgumentException("refusing to drop databases outside a test prefix: " + prefix);
        }
        for (String name : databasesWithPrefix(prefix)) {
            try (Connection conn = admin(); Statement st = conn.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            }
        }
    }
}
