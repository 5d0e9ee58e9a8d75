package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dhub.schema.testing.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test against the real test server, under a database-name prefix of its own, dropped afterwards. */
abstract class DatabaseTestBase {
    static final TestServer SERVER = TestServer.get();

    String prefix;
    Map<String, String> env;

    @BeforeEach
    void takePrefix() {
        prefix = TestServer.newPrefix();
        env = SERVER.env(prefix);
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        SERVER.dropDatabases(prefix);
    }

    CliRun dhub(String... args) {
        return CliRun.run(env, args);
    }

    CliRun dhubOk(String... args) {
        CliRun run = dhub(args);
        assertEquals(0, run.exit(), run::toString);
        return run;
    }

    Connection connect(String logicalName) throws SQLException {
        return SERVER.connect(prefix + logicalName);
    }

    /** Runs SQL in one dhub database, straight through JDBC rather than through dhub. */
    void sql(String logicalName, String sql) throws SQLException {
        try (Connection conn = connect(logicalName); Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    long count(String logicalName, String table) throws SQLException {
        try (Connection conn = connect(logicalName); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
