package io.dhub.schema.admin;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.connect.SqlFailures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Creates missing databases and applies the Flyway migrations. A database is created under a
 * temporary name, marked, and only then renamed to its real name, so an interrupted run never
 * leaves an unmarked database that dhub would then refuse; a marked leftover is dropped and redone.
 */
final class Migrator {
    private final Databases databases;

    Migrator(Databases databases) {
        this.databases = databases;
    }

    MigrateResult migrate() {
        Map<LogicalDatabase, DatabaseState> states = databases.states();
        databases.requireNoneForeign(states);
        List<LogicalDatabase> missing = java.util.Arrays.stream(LogicalDatabase.values())
                .filter(db -> states.get(db) == DatabaseState.MISSING).toList();
        java.util.Set<LogicalDatabase> leftovers = java.util.EnumSet.noneOf(LogicalDatabase.class);
        for (LogicalDatabase db : missing) {
            if (checkLeftover(db)) {
                leftovers.add(db);
            }
        }
        if (!missing.isEmpty()) {
            requireCreatePrivilege(missing.get(0));
        }
        for (LogicalDatabase db : missing) {
            create(db, leftovers.contains(db));
        }
        // the databases are independent, so their migrations (mostly Flyway reading its history) run side by side
        List<SideBySide.Task<MigrateResult.Database>> migrations = new ArrayList<>();
        for (LogicalDatabase db : LogicalDatabase.values()) {
            boolean created = states.get(db) == DatabaseState.MISSING;
            migrations.add(() -> applyMigrations(db, created));
        }
        try {
            return new MigrateResult(SideBySide.run("dhub-migrate", migrations.size(), migrations));
        } catch (SQLException e) {
            throw SqlFailures.translate("migrate", e, databases.server());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while migrating", e);
        }
    }

    /** Creates one database under its temporary name, first dropping the leftover {@link #checkLeftover} proved dhub's. */
    private void create(LogicalDatabase db, boolean dropLeftover) {
        String physical = databases.physicalName(db);
        String creating = Ownership.creatingName(physical);
        try (Connection conn = databases.adminConnection(); Statement st = conn.createStatement()) {
            if (dropLeftover) {
                st.execute("DROP DATABASE \"" + creating + "\"");
            }
            st.execute("CREATE DATABASE \"" + creating + "\"");
            st.execute("COMMENT ON DATABASE \"" + creating + "\" IS '" + Ownership.comment(db) + "'");
            st.execute("ALTER DATABASE \"" + creating + "\" RENAME TO \"" + physical + "\"");
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new DhubException(ErrorCode.FAILED, "cannot create database '" + physical + "': role '"
                        + databases.server().user() + "' may not create databases; grant it CREATEDB, or connect "
                        + "as a role that has it", e);
            }
            throw SqlFailures.translate("create database '" + physical + "'", e, databases.server());
        }
    }

    /**
     * Whether a database left under the temporary name by an interrupted create is there and provably
     * dhub's: it carries the mark (killed between COMMENT and RENAME), or it holds no relation at all
     * but dhub's own tables (killed between CREATE and COMMENT; nobody else uses that name). Anything
     * else is refused, naming it, before any database is created.
     */
    private boolean checkLeftover(LogicalDatabase db) {
        String creating = Ownership.creatingName(databases.physicalName(db));
        String sql = "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?";
        try (Connection conn = databases.adminConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, creating);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                if (Ownership.isMarked(db, rs.getString(1))) {
                    return true;
                }
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("look for leftovers of an interrupted create", e, databases.server());
        }
        long foreign = foreignRelations(db, creating);
        if (foreign > 0) {
            throw new DhubException(ErrorCode.NOT_OWNED, "database '" + creating + "' is in the way of creating '"
                    + databases.physicalName(db) + "': it lacks dhub's mark and holds " + foreign + " relations that "
                    + "are not dhub's, so dhub did not leave it; nothing was created: drop or rename it");
        }
        return true;
    }

    /** Relations in the database outside the system schemas that are not dhub's own tables. */
    private long foreignRelations(LogicalDatabase db, String name) {
        String sql = "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                + "AND n.nspname NOT LIKE 'pg\\_%' AND NOT (n.nspname = 'public' AND (c.relname = ANY (?) "
                + "OR c.relname IN ('flyway_schema_history', 'dhub_runs')))";
        try (Connection conn = databases.connectByName(name); PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setArray(1, conn.createArrayOf("text", db.tableNames().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("look inside '" + name + "'", e, databases.server());
        }
    }

    /** Refuses, before creating anything, when the role may not create databases. */
    private void requireCreatePrivilege(LogicalDatabase first) {
        try (Connection conn = databases.adminConnection(); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
            if (rs.next() && !rs.getBoolean(1)) {
                throw new DhubException(ErrorCode.FAILED, "cannot create database '" + databases.physicalName(first)
                        + "': role '" + databases.server().user() + "' may not create databases, so nothing was "
                        + "created; grant it CREATEDB, or connect as a role that has it");
            }
        } catch (SQLException e) {
            throw SqlFailures.translate("read the role's privileges", e, databases.server());
        }
    }

    private MigrateResult.Database applyMigrations(LogicalDatabase db, boolean created) {
        if (!created) {
            try (Connection conn = databases.pool(db).getConnection()) {
                if (BundledMigrations.upToDate(conn, db)) {
                    return new MigrateResult.Database(db, databases.physicalName(db), false, 0,
                            BundledMigrations.newest(db));
                }
            } catch (SQLException e) {
                // Flyway below meets the same problem and reports it in its words
            }
        }
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(databases.pool(db))
                    .locations(db.migrationLocation())
                    .cleanDisabled(true)
                    .load();
            org.flywaydb.core.api.output.MigrateResult result = flyway.migrate();
            int applied = result.migrationsExecuted;
            // the version after migrating; when nothing was applied Flyway leaves the target empty
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : result.initialSchemaVersion != null ? result.initialSchemaVersion : "";
            return new MigrateResult.Database(db, databases.physicalName(db), created, applied, version);
        } catch (FlywayException e) {
            throw new DhubException(ErrorCode.FAILED, "cannot migrate " + db + ": " + SqlFailures.firstLine(e), e);
        }
    }
}
