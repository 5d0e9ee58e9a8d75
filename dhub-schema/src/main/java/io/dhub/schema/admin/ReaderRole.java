package io.dhub.schema.admin;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.connect.ServerSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code dhub_reader}: the role a read-only {@code db query} logs in as. dhub creates it once per
 * server (when the configured role may create roles), marks it with a comment, and grants it CONNECT
 * and TEMPORARY on the databases dhub owns, USAGE on their public schema and SELECT on their tables,
 * nothing else. It is no superuser and a member of no role, so it cannot read or write server files,
 * run programs, signal other roles' sessions or SET ROLE. When the configured role has a password,
 * the reader's password is derived from it (so concurrent commands agree on it); otherwise it has none.
 *
 * <p>Where dhub cannot use the role (the configured role may not create roles, a same-named role is
 * not dhub's, or the server refuses the reader's login), the query runs as the configured role, still
 * as one cursor in a read-only transaction that is rolled back; docs/reliability.md says so.
 */
final class ReaderRole {
    static final String NAME = "dhub_reader";
    private static final String MARK = "dhub:reader";

    private ReaderRole() {
    }

    /** The reader's credentials, after making sure it exists and may read this database; empty when not usable. */
    static Optional<ServerSpec> prepare(Databases databases, LogicalDatabase db) {
        ServerSpec server = databases.server();
        try (Connection conn = databases.connect(db, java.util.Map.of("ApplicationName", "dhub reader grants"))) {
            if (!ensureRole(conn, server)) {
                return Optional.empty();
            }
            grant(conn, databases.physicalName(db));
            return Optional.of(server.withCredentials(NAME, password(server)));
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw io.dhub.schema.connect.SqlFailures.translate("prepare the read-only role " + NAME, e, server);
        }
    }

    /** A connection as the reader; falls back to the configured role when the server refuses the login. */
    static Connection connect(Databases databases, ServerSpec reader, LogicalDatabase db) throws SQLException {
        Properties props = reader.connectionProperties();
        props.setProperty("ApplicationName", "dhub query");
        try {
            return DriverManager.getConnection(reader.jdbcUrl(databases.physicalName(db)), props);
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28")) {
                return databases.connect(db, java.util.Map.of("ApplicationName", "dhub query"));
            }
            throw e;
        }
    }

    private static boolean ensureRole(Connection conn, ServerSpec server) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = '"
                     + NAME + "'")) {
            if (rs.next()) {
                String comment = rs.getString(1);
                if (comment == null || !comment.startsWith(MARK)) {
                    return false;
                }
                setPassword(conn, server);
                return true;
            }
        }
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return false;
            }
        }
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE ROLE " + NAME + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION "
                    + "NOBYPASSRLS CONNECTION LIMIT 50");
            st.execute("COMMENT ON ROLE " + NAME + " IS '" + MARK + "; created by dhub for read-only db query: "
                    + "SELECT on dhub''s tables, nothing else'");
        } catch (SQLException e) {
            if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
        setPassword(conn, server);
        return true;
    }

    private static void setPassword(Connection conn, ServerSpec server) throws SQLException {
        String password = password(server);
        if (password == null) {
            return;
        }
        try (Statement st = conn.createStatement()) {
            st.execute("ALTER ROLE " + NAME + " PASSWORD '" + password + "'");
        } catch (SQLException e) {
            if (!"XX000".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** Grants what is missing: CONNECT and TEMPORARY on the database, USAGE on public, SELECT on its tables. */
    private static void grant(Connection conn, String database) throws SQLException {
        String missing = "SELECT NOT has_database_privilege('" + NAME + "', current_database(), 'CONNECT, TEMPORARY') "
                + "OR NOT has_schema_privilege('" + NAME + "', 'public', 'USAGE') OR EXISTS (SELECT 1 FROM pg_class c "
                + "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
                + "AND NOT has_table_privilege('" + NAME + "', c.oid, 'SELECT'))";
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(missing)) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return;
            }
        }
        for (int attempt = 0; ; attempt++) {
            try (Statement st = conn.createStatement()) {
                st.execute("GRANT CONNECT, TEMPORARY ON DATABASE \"" + database + "\" TO " + NAME);
                st.execute("GRANT USAGE ON SCHEMA public TO " + NAME);
                st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + NAME);
                return;
            } catch (SQLException e) {
                if (!"XX000".equals(e.getSQLState()) || attempt >= 2) {
                    throw e;
                }
            }
        }
    }

    /** Derived from the configured role's password and the server, or null when that role has none. */
    static String password(ServerSpec server) {
        if (server.password() == null || server.password().isEmpty()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("dhub_reader:" + server.host() + ":"
                    + server.port() + ":" + server.user() + ":" + server.password()).getBytes(StandardCharsets.UTF_8));
            return "dr" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
