package io.dhub.cli;

import io.dhub.schema.testing.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC look-ups for tests: dhub's data checked by SQL written here, not by dhub's code. */
final class Sql {
    /** Opens a connection to a database by its physical name. */
    interface Opener {
        Connection open(String database) throws SQLException;
    }

    private final String prefix;
    private final Opener opener;

    Sql(String prefix) {
        this(prefix, database -> TestServer.get().connect(database));
    }

    /** Look-ups on another server (a test's own). */
    Sql(String prefix, Opener opener) {
        this.prefix = prefix;
        this.opener = opener;
    }

    long number(String db, String sql) throws SQLException {
        String text = text(db, sql);
        return text == null ? 0 : Long.parseLong(text);
    }

    double decimal(String db, String sql) throws SQLException {
        return Double.parseDouble(text(db, sql));
    }

    String text(String db, String sql) throws SQLException {
        List<String> rows = column(db, sql);
        return rows.isEmpty() ? null : rows.get(0);
    }

    List<String> column(String db, String sql) throws SQLException {
        try (Connection conn = opener.open(prefix + db); Statement st = conn.createStatement()) {
            st.execute("SET TimeZone = 'UTC'");
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    void execute(String db, String sql) throws SQLException {
        try (Connection conn = opener.open(prefix + db); Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * The table's row count and the md5 of its rows as text, in primary-key order, optionally
     * filtered ("120 rows 3f…"): two empty tables compare equal only as what they are.
     */
    String digest(String db, String table, String key, String where) throws SQLException {
        return text(db, "SELECT count(*) || ' rows ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t." + key
                + ", t::text), '')) FROM " + table + " t" + (where == null ? "" : " WHERE " + where));
    }
}
