package io.dhub.cli;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.testing.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Copies of a seeded bank, made by the server ({@code CREATE DATABASE … TEMPLATE}, a file copy), one
 * per worker, so that tests which plant a fault inside a transaction and verify through it can run
 * side by side: each takes a copy of its own, so none waits for another's locks or sees its
 * changes. The copies sit under the bank's prefix, so dropping the bank drops them too.
 */
final class BankCopies implements AutoCloseable {
    /** One copy per worker of junit-platform.properties' fixed parallelism. */
    static final int WORKERS = 2;

    /** A copy: its database prefix and a pool onto it. */
    record Copy(String prefix, Databases databases) {
    }

    private final List<Copy> all = new ArrayList<>();
    private final BlockingQueue<Copy> free = new ArrayBlockingQueue<>(WORKERS);

    /** Copies the six databases under {@code prefix}; nothing may be connected to them meanwhile. */
    BankCopies(String prefix) throws SQLException {
        for (int i = 1; i <= WORKERS; i++) {
            String copy = prefix + "c" + i + "_";
            try (Connection admin = TestServer.get().admin(); Statement st = admin.createStatement()) {
                for (LogicalDatabase db : LogicalDatabase.values()) {
                    String source = prefix + db.logicalName();
                    String target = copy + db.logicalName();
                    st.execute("CREATE DATABASE \"" + target + "\" TEMPLATE \"" + source + "\"");
                    // the ownership mark is a comment on the database, which a template does not carry
                    String mark = null;
                    try (PreparedStatement ps = admin.prepareStatement("SELECT shobj_description(oid, "
                            + "'pg_database') FROM pg_database WHERE datname = ?")) {
                        ps.setString(1, source);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                mark = rs.getString(1);
                            }
                        }
                    }
                    if (mark != null) {
                        st.execute("COMMENT ON DATABASE \"" + target + "\" IS '" + mark.replace("'", "''") + "'");
                    }
                }
            }
            Copy c = new Copy(copy, Databases.open(TestServer.get().spec(), copy, 4));
            all.add(c);
            free.add(c);
        }
    }

    /** Takes a free copy, waiting for one; give it back with {@link #release}. */
    Copy take() throws InterruptedException {
        return free.take();
    }

    void release(Copy copy) {
        free.add(copy);
    }

    @Override
    public void close() {
        all.forEach(c -> c.databases().close());
    }
}
