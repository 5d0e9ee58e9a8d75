package io.dhub.generators.run;

import io.dhub.generators.api.CustomerPlan;
import io.dhub.generators.api.CustomerRequest;
import io.dhub.generators.api.CustomerResult;
import io.dhub.generators.api.ProgressListener;
import io.dhub.generators.api.RunSettings;
import io.dhub.generators.output.postgres.CopyText;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.Failpoint;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.DataOrigin;
import io.dhub.schema.admin.DatabaseState;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.admin.RunLock;
import io.dhub.schema.admin.RunLog;
import io.dhub.schema.connect.RetryPolicy;
import io.dhub.schema.connect.SqlFailures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * Rewrites one customer's rows in the six databases ({@code dhub seed customer}): the rows that
 * customer's entity writes in every customer group (profile, accounts, ledgers and cards, CRM,
 * portfolio assignment, loans, policies, compliance), generated exactly as a full run generates
 * them. Both generations, the rows as the data's run wrote them and the rows wanted now (another
 * profile, say), are made before anything is touched. Then, in one transaction per database, all
 * committed together, the wanted rows are merged by primary key (a row equal to the stored one is
 * left alone, so an untouched customer changes nothing) and rows the earlier generation had and the
 * wanted one has not are deleted; sequences move only when a new id passes them.
 */
public final class OneCustomer {
    private final Databases databases;
    private final ProgressListener listener;

    public OneCustomer(Databases databases, ProgressListener listener) {
        this.databases = databases;
        this.listener = listener;
    }

    /** Customer k's rows of every customer group of the plan, per table in load order, as COPY text. */
    public static Map<Table, CopyText> rows(PhasePlan plan, long seed, long k) {
        Map<Table, CopyText> out = new LinkedHashMap<>();
        PhaseLoop.run(plan, new SeedTree(seed), (phase, attempt) -> {
            for (TableGroup group : phase.groups()) {
                if (group.customers() == 0) {
                    continue;
                }
                Map<Table, CopyText> chunks = new LinkedHashMap<>();
                group.tables().forEach(t -> chunks.put(t, new CopyText()));
                if (k <= group.customers()) {
                    group.writer().write(k, k + 1, chunks::get);
                }
                out.putAll(chunks);
            }
            return phase.number();
        });
        return out;
    }

    /**
     * Rewrites customer {@code k}. Under the run lock, it reads where the data comes from
     * ({@link DataOrigin}: the last run that completed a whole bank, and the rewrites since that did
     * not complete, which must be of this customer) and asks {@code plan} for the settings; then it
     * generates the rows and merges them. Settings read before the lock could be another run's.
     */
    public CustomerResult rewrite(CustomerRequest request, Function<RunSettings, PhasePlan> bank) {
        long k = request.customer();
        RetryPolicy retry = request.retry();
        long start = System.nanoTime();
        try (RunLock lock = retry.run("take the run lock", listener::notice,
                () -> databases.lock("seed customer", request.waitForLock(), listener::notice))) {
            for (Map.Entry<LogicalDatabase, DatabaseState> state : databases.states().entrySet()) {
                if (state.getValue() != DatabaseState.OWNED) {
                    throw new DhubException(ErrorCode.FAILED, "no data to rewrite: " + databases.physicalName(
                            state.getKey()) + " does not hold dhub's data; run 'dhub seed all' first");
                }
            }
            retry.run("migrate", listener::notice, databases::migrate);
            DataOrigin origin = DataOrigin.of(databases.runs(0), databases::holdingRows);
            for (io.dhub.schema.admin.RunRecord other : origin.pending()) {
                long theirs = DataOrigin.customer(other);
                if (theirs != k) {
                    throw new DhubException(ErrorCode.FAILED, "run #" + other.id() + " (seed customer " + theirs
                            + ") did not complete and may have left customer " + theirs + " half rewritten: run "
                            + "'dhub seed customer " + theirs + "' (with the --profile it was given, if any) first, "
                            + "which repairs it");
                }
            }
            CustomerPlan settings = request.plan().apply(origin);
            RunSettings after = settings.after();
            if (k < 1 || k > after.customerCount()) {
                throw DhubException.usage("no customer " + k + ": the data holds customers 1 to "
                        + after.customerCount());
            }
            Map<Table, List<CopyText>> old = new LinkedHashMap<>();
            PhasePlan first = null;
            for (RunSettings before : settings.before()) {
                PhasePlan beforePlan = bank.apply(before);
                first = first == null ? beforePlan : first;
                rows(beforePlan, before.seed(), k).forEach((t, rows) -> old.computeIfAbsent(t, x -> new ArrayList<>())
                        .add(rows));
            }
            Map<Table, CopyText> now = rows(bank.apply(after), after.seed(), k);
            listener.notice("rewriting customer " + k + " from " + origin.describe());
            RunLog log = new RunLog(databases, retry, listener::notice);
            long run = log.start("seed customer", after.seed(), BigDecimal.valueOf(after.scale()),
                    after.employeeCount(), after.customerCount(), after.asOf(), request.version(), "customer " + k,
                    settings.replay(), after.settingsJson());
            try {
                Map<String, long[]> tables = write(old, now);
                log.phases(run, first.numbers().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        "finishing");
                log.finish(run);
                return new CustomerResult(run, k, tables, (System.nanoTime() - start) / 1e9, origin.describe());
            } catch (RuntimeException e) {
                log.fail(run, e.getMessage());
                throw e;
            }
        }
    }

    private Map<String, long[]> write(Map<Table, List<CopyText>> old, Map<Table, CopyText> now) {
        Map<LogicalDatabase, Connection> connections = new EnumMap<>(LogicalDatabase.class);
        Map<String, long[]> counts = new LinkedHashMap<>();
        String step = "open the databases";
        try {
            for (Table table : now.keySet()) {
                if (!connections.containsKey(table.database())) {
                    Connection c = databases.pool(table.database()).getConnection();
                    c.setAutoCommit(false);
                    connections.put(table.database(), c);
                }
            }
            List<Table> order = new ArrayList<>(now.keySet());
            Map<Table, List<String>> keys = new LinkedHashMap<>();
            for (Table table : order) {
                step = "write the rows of " + table.name();
                Connection c = connections.get(table.database());
                keys.put(table, primaryKey(table));
                stage(c, "dhub_new_" + table.name(), table, now.get(table));
                stage(c, "dhub_old_" + table.name(), table, old.getOrDefault(table, List.of()));
                counts.put(table.database().logicalName() + "." + table.name(),
                        new long[] {now.get(table).rows(), merge(c, table, keys.get(table)), 0});
            }
            // children before parents: a row another deleted row points at goes after it
            for (int i = order.size() - 1; i >= 0; i--) {
                Table table = order.get(i);
                step = "delete the old rows of " + table.name();
                List<String> key = keys.get(table);
                String match = key.stream().map(col -> "o." + col + " = %s." + col).collect(Collectors.joining(" AND "));
                try (Statement st = connections.get(table.database()).createStatement()) {
                    counts.get(table.database().logicalName() + "." + table.name())[2] = st.executeLargeUpdate(
                            "DELETE FROM " + table.name() + " t USING dhub_old_" + table.name() + " o WHERE "
                                    + match.replace("%s", "t") + " AND NOT EXISTS (SELECT 1 FROM dhub_new_" + table.name()
                                    + " n WHERE " + match.replace("%s", "n") + ")");
                }
            }
            for (Table table : order) {
                step = "move the id sequence of " + table.name();
                advanceSequence(connections.get(table.database()), table);
            }
            step = "commit";
            int committed = 0;
            for (Map.Entry<LogicalDatabase, Connection> c : connections.entrySet()) {
                step = "commit " + c.getKey() + (committed == 0 ? "" : " (after committing "
                        + connections.keySet().stream().limit(committed).map(LogicalDatabase::logicalName)
                        .collect(Collectors.joining(", ")) + "; running the same command again finishes the rewrite)");
                c.getValue().commit();
                Failpoint.reached("customer-commit", ++committed);
            }
            return counts;
        } catch (SQLException e) {
            rollback(connections);
            throw SqlFailures.translate(step, e, databases.server());
        } catch (RuntimeException e) {
            rollback(connections);
            throw e;
        } finally {
            for (Connection c : connections.values()) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // nothing left to do with it
                }
            }
        }
    }

    private static void rollback(Map<LogicalDatabase, Connection> connections) {
        for (Connection c : connections.values()) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // a lost connection rolls back by itself
            }
        }
    }

    /** The table's primary key columns, in key order, from the schema the migrations define. */
    private static List<String> primaryKey(Table table) {
        return table.database().table(table.name()).getPrimaryKey().getFields().stream().map(f -> f.getName())
                .toList();
    }

    /** Copies rows into a temporary table shaped like the table, dropped at commit. */
    private static void stage(Connection c, String name, Table table, CopyText rows) throws SQLException {
        stage(c, name, table, List.of(rows));
    }

    /** The same with the rows of several generations (duplicates are harmless: the table is matched by key). */
    private static void stage(Connection c, String name, Table table, List<CopyText> generations) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE " + name + " (LIKE " + table.name() + ") ON COMMIT DROP");
        }
        for (CopyText rows : generations) {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + name + " (" + String.join(", ",
                        table.columns()) + ") FROM STDIN", new ByteArrayInputStream(rows.bytes()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot copy rows held in memory", e);
            }
        }
    }

    /** Adds the wanted rows, or updates the stored row of the same key where it differs; returns how many. */
    private static long merge(Connection c, Table table, List<String> key) throws SQLException {
        String columns = String.join(", ", table.columns());
        List<String> rest = table.columns().stream().filter(col -> !key.contains(col)).toList();
        String onConflict = rest.isEmpty() ? "DO NOTHING" : "DO UPDATE SET "
                + rest.stream().map(col -> col + " = EXCLUDED." + col).collect(Collectors.joining(", "))
                + " WHERE (" + rest.stream().map(col -> "t." + col).collect(Collectors.joining(", "))
                + ") IS DISTINCT FROM (" + rest.stream().map(col -> "EXCLUDED." + col).collect(Collectors.joining(", "))
                + ")";
        try (Statement st = c.createStatement()) {
            return st.executeLargeUpdate("INSERT INTO " + table.name() + " AS t (" + columns + ") SELECT " + columns
                    + " FROM dhub_new_" + table.name() + " ON CONFLICT (" + String.join(", ", key) + ") " + onConflict);
        }
    }

    /** Moves the id sequence past the largest id when a new row passed it; leaves it alone otherwise. */
    private static void advanceSequence(Connection c, Table table) throws SQLException {
        String id = table.columns().get(0);
        String sequence;
        try (PreparedStatement st = c.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
            st.setString(1, "public." + table.name());
            st.setString(2, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                sequence = rs.getString(1);
            }
        }
        if (sequence == null) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("SELECT setval('" + sequence + "', m + 1, false) FROM (SELECT max(" + id + ") AS m FROM "
                    + table.name() + ") x, " + sequence + " s WHERE m + 1 > s.last_value + (CASE WHEN s.is_called "
                    + "THEN 1 ELSE 0 END)");
        }
    }
}
