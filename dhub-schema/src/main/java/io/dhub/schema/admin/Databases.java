package io.dhub.schema.admin;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
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

    /** A fresh connection to one database, outside the pool, with extra driver properties. */
    public Connection connect(LogicalDatabase database, Map<String, String> extra) throws SQLException {
        Properties props = server.connectionProperties();
        extra.forEach(props::setProperty);
        return DriverManager.getConnection(server.jdbcUrl(physicalName(database)), props);
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
        return new DhubException(ErrorCode.NOT_OWNED, "database '" + physicalName(db) + "' on " + server.display()
                + " was not created by dhub (it lacks dhub's ownership mark), so dhub will not change it: drop or "
                + "rename it, or give this installation its own names with --db-prefix or DHUB_DB_PREFIX");
    }

    /** Creates every missing database, marks it as dhub's, and applies the migrations to all six. */
    public MigrateResult migrate() {
        return new Migrator(this).migrate();
    }

    /** Counts of every dhub table in every database. */
    public StatusReport status() {
        return new Inspector(this).inspect(List.of(LogicalDatabase.values()));
    }

    /** Counts of every dhub table in the given databases. */
    public StatusReport status(List<LogicalDatabase> databases) {
        return new Inspector(this).inspect(databases);
    }

    /**
     * Empties every dhub table of every owned database, one transaction per database. Refuses,
     * changing nothing, when any of the six exists without dhub's mark.
     */
    public ClearResult clear() {
        Map<LogicalDatabase, DatabaseState> states = states();
        requireNoneForeign(states);
        List<ClearResult.Database> cleared = new ArrayList<>();
        for (LogicalDatabase db : LogicalDatabase.values()) {
            if (states.get(db) == DatabaseState.OWNED) {
                cleared.add(clear(db));
            }
        }
        return new ClearResult(cleared);
    }

    private ClearResult.Database clear(LogicalDatabase db) {
        try (Connection conn = pool(db).getConnection()) {
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                List<String> present = Inspector.presentTables(conn, db);
                if (present.isEmpty()) {
                    conn.rollback();
                    return new ClearResult.Database(db, 0, 0);
                }
                String list = present.stream().map(t -> "public." + t).collect(Collectors.joining(", "));
                st.execute("LOCK TABLE " + list + " IN ACCESS EXCLUSIVE MODE");
                long rows = 0;
                for (String table : present) {
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM public." + table)) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
                st.execute("TRUNCATE TABLE " + list + " RESTART IDENTITY");
                conn.commit();
                return new ClearResult.Database(db, present.size(), rows);
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("clear " + db, e, server);
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

    /** The latest seed run recorded in employees_db, if any. */
    public java.util.Optional<RunRecord> lastRun() {
        if (states().get(LogicalDatabase.EMPLOYEES) != DatabaseState.OWNED) {
            return java.util.Optional.empty();
        }
        String sql = "SELECT run_id, seed, scale, employees, customers, as_of, dhub_version, started_at, finished_at, "
                + "status, phases_completed, failure FROM dhub_runs ORDER BY run_id DESC LIMIT 1";
        try (Connection conn = pool(LogicalDatabase.EMPLOYEES).getConnection(); Statement st = conn.createStatement()) {
            try (ResultSet exists = st.executeQuery("SELECT to_regclass('public.dhub_runs') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return java.util.Optional.empty();
                }
            }
            try (ResultSet rs = st.executeQuery(sql)) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(new RunRecord(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
                        rs.getLong(4), rs.getLong(5), rs.getObject(6, java.time.LocalDate.class), rs.getString(7),
                        rs.getObject(8, java.time.OffsetDateTime.class), rs.getObject(9, java.time.OffsetDateTime.class),
                        rs.getString(10), rs.getString(11), rs.getString(12)));
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("read the run record", e, server);
        }
    }

    @Override
    public synchronized void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
    }
}
