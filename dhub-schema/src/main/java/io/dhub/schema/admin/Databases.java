package io.dhub.schema.admin;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.Failpoint;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.connect.ServerSpec;
import io.dhub.schema.connect.SqlFailures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The front door to dhub's six databases on one server, under one name prefix. Holds one
 * HikariCP pool per database, opened on first use. Every operation that changes data first
 * checks dhub's ownership mark on every database it would touch, and touches none if one fails.
 */
public final class Databases implements AutoCloseable {
    private final ServerSpec server;
    private final String prefix;
    private final int poolSize;
    private final Map<LogicalDatabase, HikariDataSource> pools = new EnumMap<>(LogicalDatabase.class);

    private Databases(ServerSpec server, String prefix, int poolSize) {
        this.server = server;
        this.prefix = prefix;
        this.poolSize = poolSize;
    }

    /** Connects to the server's admin database once, so that a bad address or password fails here. */
    public static Databases open(ServerSpec server, String prefix, int poolSize) {
        Databases databases = new Databases(server, prefix, poolSize);
        try (Connection ignored = databases.adminConnection()) {
            return databases;
        } catch (SQLException e) {
            throw SqlFailures.translate("connect to PostgreSQL", e, server);
        }
    }

    public ServerSpec server() {
        return server;
    }

    public String prefix() {
        return prefix;
    }

    public String physicalName(LogicalDatabase database) {
        return database.physicalName(prefix);
    }

    /** A plain connection to the server's admin database (for CREATE DATABASE and catalogue look-ups). */
    Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(server.adminDatabase()), server.connectionProperties());
    }

    /** The same, under an application name other sessions can see in pg_stat_activity. */
    Connection adminConnection(String applicationName) throws SQLException {
        Properties props = server.connectionProperties();
        props.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(server.jdbcUrl(server.adminDatabase()), props);
    }

    /** A fresh connection to one database, outside the pool, with extra driver properties. */
    public Connection connect(LogicalDatabase database, Map<String, String> extra) throws SQLException {
        Properties props = server.connectionProperties();
        extra.forEach(props::setProperty);
        return DriverManager.getConnection(server.jdbcUrl(physicalName(database)), props);
    }

    /** A fresh connection to a database by its physical name (for leftovers of an interrupted create). */
    Connection connectByName(String physicalName) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(physicalName), server.connectionProperties());
    }

    /** The pool for one database, created on first use. */
    public synchronized DataSource pool(LogicalDatabase database) {
        HikariDataSource pool = pools.get(database);
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(server.jdbcUrl(physicalName(database)));
            config.setDataSourceProperties(server.connectionProperties());
            config.setPoolName("dhub-" + database.logicalName());
            config.setMaximumPoolSize(poolSize);
            config.setMinimumIdle(0);
            config.setConnectionTimeout(5_000);
            try {
                pool = new HikariDataSource(config);
            } catch (HikariPool.PoolInitializationException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw SqlFailures.translate("open " + database, sql, server);
                }
                throw new DhubException(ErrorCode.CONNECTION, "cannot open " + database + ": "
                        + SqlFailures.firstLine(e), e);
            }
            pools.put(database, pool);
        }
        return pool;
    }

    /** Which of dhub's databases exist, and which of those dhub owns. */
    public Map<LogicalDatabase, DatabaseState> states() {
        Map<String, LogicalDatabase> byPhysical = Arrays.stream(LogicalDatabase.values())
                .collect(Collectors.toMap(this::physicalName, db -> db));
        Map<LogicalDatabase, DatabaseState> states = new EnumMap<>(LogicalDatabase.class);
        for (LogicalDatabase db : LogicalDatabase.values()) {
            states.put(db, DatabaseState.MISSING);
        }
        String sql = "SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ANY (?)";
        try (Connection conn = adminConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setArray(1, conn.createArrayOf("text", byPhysical.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LogicalDatabase db = byPhysical.get(rs.getString(1));
                    states.put(db, Ownership.isMarked(db, rs.getString(2)) ? DatabaseState.OWNED : DatabaseState.NOT_OWNED);
                }
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("read the list of databases", e, server);
        }
        return states;
    }

    /** Fails, naming the first one, when any of these databases exists without dhub's mark. */
    public void requireNoneForeign(Map<LogicalDatabase, DatabaseState> states) {
        for (Map.Entry<LogicalDatabase, DatabaseState> entry : states.entrySet()) {
            if (entry.getValue() == DatabaseState.NOT_OWNED) {
                throw notOwned(entry.getKey());
            }
        }
    }

    DhubException notOwned(LogicalDatabase db) {
        String other = Ownership.markedFor(comment(db));
        String why = other == null ? "was not created by dhub (it lacks dhub's ownership mark)"
                : "carries dhub's ownership mark for " + other + ", not for " + db.logicalName() + " (another "
                + "installation's database renamed, or its comment copied)";
        return new DhubException(ErrorCode.NOT_OWNED, "database '" + physicalName(db) + "' on " + server.display()
                + " " + why + ", so dhub will not change it: drop or rename it, or give this installation its own "
                + "names with --db-prefix or DHUB_DB_PREFIX");
    }

    /** The comment on one of the six databases, or null. */
    private String comment(LogicalDatabase db) {
        try (Connection conn = adminConnection(); PreparedStatement ps = conn.prepareStatement(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?")) {
            ps.setString(1, physicalName(db));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null; // the refusal stands without naming the mark
        }
    }

    /** Creates every missing database, marks it as dhub's, and applies the migrations to all six. */
    public MigrateResult migrate() {
        return new Migrator(this).migrate();
    }

    /** Counts of every dhub table in every database. */
    public StatusReport status() {
        return new Inspector(this).inspect(List.of(LogicalDatabase.values()));
    }

    /**
     * Whether any dhub table of the six databases holds a row: at most one row read per table, where
     * {@link #status()} counts them all.
     */
    public boolean holdsRows() {
        return new Inspector(this).anyRows(List.of(LogicalDatabase.values()));
    }

    /** Counts of every dhub table in the given databases. */
    public StatusReport status(List<LogicalDatabase> databases) {
        return new Inspector(this).inspect(databases);
    }

    /**
     * Empties every dhub table of every owned database: everything that could stop it (ownership,
     * foreign keys from tables dhub does not own, locks held by other sessions) is checked in all six
     * databases before any table is emptied, and the six transactions commit one after another only
     * once every table is truncated. A failure before the commits changes nothing; a kill or a commit
     * error between them leaves the databases committed so far empty and the others as they were, each
     * database whole either way: the run record's stage and the databases' rows tell which, and the
     * next clear finishes it.
     */
    public ClearResult clear() {
        return clear(checkClearable());
    }

    /**
     * What could stop a clear, checked in all six databases before anything changes: a database
     * without dhub's mark, or a foreign key from a table dhub does not own into one of dhub's tables.
     * Returns the owned databases, the ones a clear empties.
     */
    public List<LogicalDatabase> checkClearable() {
        Map<LogicalDatabase, DatabaseState> states = states();
        requireNoneForeign(states);
        List<LogicalDatabase> owned = Arrays.stream(LogicalDatabase.values())
                .filter(db -> states.get(db) == DatabaseState.OWNED).toList();
        requireNoForeignReferences(owned);
        return owned;
    }

    /** Empties the given databases, checked by {@link #checkClearable}; see {@link #clear()}. */
    public ClearResult clear(List<LogicalDatabase> owned) {
        return clear(owned, true);
    }

    /**
     * The same, counting the rows it removes only when asked: {@code seed all --replace} knows there
     * are rows and reports none, and counting millions of rows costs seconds.
     */
    public ClearResult clear(List<LogicalDatabase> owned, boolean countRows) {
        Map<LogicalDatabase, Connection> connections = new EnumMap<>(LogicalDatabase.class);
        Map<LogicalDatabase, List<String>> present = new EnumMap<>(LogicalDatabase.class);
        List<LogicalDatabase> committed = new ArrayList<>();
        LogicalDatabase current = null;
        try {
            for (LogicalDatabase db : owned) {
                current = db;
                Connection conn = pool(db).getConnection();
                connections.put(db, conn);
                conn.setAutoCommit(false);
                try (Statement st = conn.createStatement()) {
                    st.execute("SET LOCAL application_name = 'dhub clear'");
                    st.execute("SET LOCAL lock_timeout = '" + CLEAR_LOCK_TIMEOUT_SECONDS + "s'");
                    List<String> tables = Inspector.presentTables(conn, db);
                    present.put(db, tables);
                    if (!tables.isEmpty()) {
                        st.execute("LOCK TABLE " + qualified(tables) + " IN ACCESS EXCLUSIVE MODE");
                    }
                }
            }
            List<ClearResult.Database> cleared = new ArrayList<>();
            for (LogicalDatabase db : owned) {
                current = db;
                cleared.add(truncate(connections.get(db), db, present.get(db), countRows));
            }
            // a kill or a commit error between two of these commits leaves the databases committed so far
            // empty and the rest as they were: status names which hold no rows, and the next clear or
            // --replace finishes the job (docs/reliability.md)
            for (LogicalDatabase db : owned) {
                current = db;
                connections.get(db).commit();
                committed.add(db);
                Failpoint.reached("clear-commit", committed.size());
            }
            return new ClearResult(cleared);
        } catch (SQLException e) {
            connections.values().forEach(Databases::rollbackQuietly);
            if (!committed.isEmpty()) {
                throw new DhubException(ErrorCode.FAILED, "clearing " + current + " failed after "
                        + committed.stream().map(LogicalDatabase::logicalName).collect(Collectors.joining(", "))
                        + (committed.size() == 1 ? " was" : " were") + " emptied and committed; the other databases "
                        + "keep their rows (" + SqlFailures.firstLine(e) + "): run 'dhub seed clear --confirm' to "
                        + "finish the clear, or 'dhub seed all --replace' to seed again", e);
            }
            if ("55P03".equals(e.getSQLState())) {
                throw new DhubException(ErrorCode.FAILED, "cannot clear " + current + ": another session holds a lock "
                        + "on its tables (waited " + CLEAR_LOCK_TIMEOUT_SECONDS + " s); nothing was cleared: end that "
                        + "session or try again later");
            }
            throw SqlFailures.translate("clear " + current + " (nothing was cleared)", e, server);
        } finally {
            connections.values().forEach(Databases::closeQuietly);
        }
    }

    /**
     * {@code seed clear}: the clear as a recorded run, so that status says the data was cleared, or
     * that a clear was interrupted. Recorded only where the run record exists in its current form.
     */
    public ClearResult clearAsRun(String version, io.dhub.schema.connect.RetryPolicy retry,
                                  java.util.function.Consumer<String> notice) {
        List<LogicalDatabase> owned = checkClearable();
        if (!hasCurrentRunRecord(owned)) {
            return retry.run("clear the databases", notice, () -> clear(owned));
        }
        RunLog log = new RunLog(this, retry, notice);
        long run = log.startClear(version);
        try {
            ClearResult result = retry.run("clear the databases", notice, () -> clear(owned));
            log.finish(run);
            return result;
        } catch (RuntimeException e) {
            log.fail(run, e.getMessage());
            throw e;
        }
    }

    private boolean hasCurrentRunRecord(List<LogicalDatabase> owned) {
        if (!owned.contains(LogicalDatabase.EMPLOYEES)) {
            return false;
        }
        try (Connection conn = pool(LogicalDatabase.EMPLOYEES).getConnection(); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                     + "'public' AND table_name = 'dhub_runs' AND column_name = 'stage'")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw SqlFailures.translate("read the run record", e, server);
        }
    }

    /** How long clear waits for another session's lock on a dhub table before giving up. */
    static final int CLEAR_LOCK_TIMEOUT_SECONDS = 10;

    private static ClearResult.Database truncate(Connection conn, LogicalDatabase db, List<String> tables,
                                                 boolean countRows) throws SQLException {
        if (tables.isEmpty()) {
            return new ClearResult.Database(db, 0, 0);
        }
        long rows = 0;
        try (Statement st = conn.createStatement()) {
            if (countRows) {
                for (String table : tables) {
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM public." + table)) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
            }
            st.execute("TRUNCATE TABLE " + qualified(tables) + " RESTART IDENTITY");
        }
        return new ClearResult.Database(db, tables.size(), rows);
    }

    private static String qualified(List<String> tables) {
        return tables.stream().map(t -> "public." + t).collect(Collectors.joining(", "));
    }

    /**
     * Fails, changing nothing and naming the first one, when a table dhub does not own has a
     * foreign key into one of dhub's tables: emptying dhub's table would need deleting that
     * table's rows, and dhub never deletes a user's rows. The way out is to drop the key.
     */
    public void requireNoForeignReferences(List<LogicalDatabase> owned) {
        String sql = "SELECT quote_ident(cn.nspname) || '.' || quote_ident(cr.relname), quote_ident(c.conname), "
                + "fr.relname FROM pg_constraint c JOIN pg_class cr ON cr.oid = c.conrelid "
                + "JOIN pg_namespace cn ON cn.oid = cr.relnamespace JOIN pg_class fr ON fr.oid = c.confrelid "
                + "WHERE c.contype = 'f' AND fr.relnamespace = 'public'::regnamespace AND fr.relname = ANY (?) "
                + "AND NOT (cr.relnamespace = 'public'::regnamespace AND cr.relname = ANY (?)) ORDER BY 1, 2 LIMIT 1";
        for (LogicalDatabase db : owned) {
            try (Connection conn = pool(db).getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
                Object[] tables = db.tableNames().toArray();
                ps.setArray(1, conn.createArrayOf("text", tables));
                ps.setArray(2, conn.createArrayOf("text", tables));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new DhubException(ErrorCode.FAILED, "cannot empty dhub's tables: table " + rs.getString(1)
                                + " in " + physicalName(db) + ", which dhub does not own, has the foreign key "
                                + rs.getString(2) + " into dhub's table " + rs.getString(3) + ", and dhub never deletes "
                                + "a user's rows; nothing was changed: drop the key (ALTER TABLE " + rs.getString(1)
                                + " DROP CONSTRAINT " + rs.getString(2) + ") and run again");
                    }
                }
            } catch (SQLException e) {
                throw SqlFailures.translate("check the foreign keys into " + db, e, server);
            }
        }
    }

    static void rollbackQuietly(Connection conn) {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // a lost connection has rolled back already; the first error is the one to report
        }
    }

    static void closeQuietly(Connection conn) {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // nothing left to do with it
        }
    }

    /**
     * Runs one SQL text against one database. Read-only unless {@code write}: the session then
     * refuses any change ({@code default_transaction_read_only}), even after a COMMIT inside the text.
     * Writing is allowed only in a database dhub owns.
     */
    public QueryResult query(LogicalDatabase db, String sql, boolean write, int maxRows) {
        return new QueryRunner(this).run(db, sql, write, maxRows);
    }

    /** Every row of one customer in the six databases, read as they are now ({@code dhub export customer}). */
    public long exportCustomer(long customerId, CustomerRows.Sink out) {
        return new CustomerRows(this).export(customerId, out);
    }

    /** The same, handing the rows on as they are read ({@code maxRows} 0 for all), without holding them. */
    public QueryResult.Outcome stream(LogicalDatabase db, String sql, boolean write, int maxRows, QueryResult.Rows out) {
        return new QueryRunner(this).stream(db, sql, write, maxRows, out);
    }

    /** The latest run recorded in employees_db, if any, with whether a dhub command holds the prefix now. */
    public java.util.Optional<RunRecord> lastRun() {
        List<RunRecord> runs = runs(1);
        return runs.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(runs.get(0));
    }

    /**
     * The runs recorded in employees_db, newest first, at most {@code limit} of them (0 for all), each
     * with whether a dhub command holds the prefix now.
     */
    public List<RunRecord> runs(int limit) {
        if (states().get(LogicalDatabase.EMPLOYEES) != DatabaseState.OWNED) {
            return List.of();
        }
        try (Connection conn = pool(LogicalDatabase.EMPLOYEES).getConnection(); Statement st = conn.createStatement()) {
            try (ResultSet exists = st.executeQuery("SELECT to_regclass('public.dhub_runs') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return List.of();
                }
            }
            boolean held = RunLock.isHeld(this);
            List<RunRecord> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT * FROM dhub_runs ORDER BY run_id DESC"
                    + (limit > 0 ? " LIMIT " + limit : ""))) {
                java.util.Set<String> columns = new java.util.HashSet<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    columns.add(rs.getMetaData().getColumnLabel(i));
                }
                while (rs.next()) {
                    out.add(new RunRecord(rs.getLong("run_id"),
                            columns.contains("command") ? rs.getString("command") : "seed all",
                            rs.getObject("seed", Long.class), rs.getBigDecimal("scale"),
                            rs.getObject("employees", Long.class), rs.getObject("customers", Long.class),
                            rs.getObject("as_of", java.time.LocalDate.class), rs.getString("dhub_version"),
                            rs.getObject("started_at", java.time.OffsetDateTime.class),
                            rs.getObject("finished_at", java.time.OffsetDateTime.class), rs.getString("status"),
                            columns.contains("stage") ? rs.getString("stage") : null, rs.getString("phases_completed"),
                            rs.getString("failure"), columns.contains("replay") ? rs.getString("replay") : null,
                            columns.contains("settings") ? rs.getString("settings") : null, held));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlFailures.translate("read the run record", e, server);
        }
    }

    /** The owned databases among the six that hold a row in one of dhub's tables (at most one row read per table). */
    public java.util.Set<LogicalDatabase> holdingRows() {
        java.util.Set<LogicalDatabase> out = java.util.EnumSet.noneOf(LogicalDatabase.class);
        Inspector inspector = new Inspector(this);
        for (LogicalDatabase db : LogicalDatabase.values()) {
            if (inspector.anyRows(List.of(db))) {
                out.add(db);
            }
        }
        return out;
    }

    /**
     * Takes the run lock of this prefix for a changing command ({@code seed all}, {@code seed clear},
     * {@code db migrate}); see {@link RunLock}.
     */
    public RunLock lock(String command, boolean wait, java.util.function.Consumer<String> notice) {
        return RunLock.acquire(this, command, wait, notice);
    }

    /** The prefix for messages: 'x_' or (none). */
    public String describePrefix() {
        return prefix.isEmpty() ? "(none)" : "'" + prefix + "'";
    }

    @Override
    public synchronized void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
    }
}
