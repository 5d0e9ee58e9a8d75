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
import org.flywaydb.core.api.MigrationInfo;

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
        List<MigrateResult.Database> results = new ArrayList<>();
        for (LogicalDatabase db : LogicalDatabase.values()) {
            boolean create = states.get(db) == DatabaseState.MISSING;
            if (create) {
                create(db);
            }
            results.add(applyMigrations(db, create));
        }
        return new MigrateResult(results);
    }

    private void create(LogicalDatabase db) {
        String physical = databases.physicalName(db);
        String creating = Ownership.creatingName(physical);
        try (Connection conn = databases.adminConnection(); Statement st = conn.createStatement()) {
            dropMarkedLeftover(conn, db, creating);
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

    private void dropMarkedLeftover(Connection conn, LogicalDatabase db, String creating) throws SQLException {
        String sql = "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, creating);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                if (!Ownership.isMarked(db, rs.getString(1))) {
                    throw new DhubException(ErrorCode.NOT_OWNED, "database '" + creating + "' is in the way of "
                            + "creating '" + databases.physicalName(db) + "' and dhub did not create it: drop or "
                            + "rename it");
                }
            }
        }
        try (Statement st = conn.createStatement()) {
            st.execute("DROP DATABASE \"" + creating + "\"");
        }
    }

    private MigrateResult.Database applyMigrations(LogicalDatabase db, boolean created) {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(databases.pool(db))
                    .locations(db.migrationLocation())
                    .cleanDisabled(true)
                    .load();
            int applied = flyway.migrate().migrationsExecuted;
            MigrationInfo current = flyway.info().current();
            String version = current == null ? "" : current.getVersion().getVersion();
            return new MigrateResult.Database(db, databases.physicalName(db), created, applied, version);
        } catch (FlywayException e) {
            throw new DhubException(ErrorCode.FAILED, "cannot migrate " + db + ": " + SqlFailures.firstLine(e), e);
        }
    }
}
