package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * One connection per database for the checks, in UTC. Connections handed in by the caller (a
 * test's open transaction, say) are used as they are and left open; the others are opened here
 * and closed at the end, taking the temporary tables of the imports with them.
 */
final class VerifySession implements AutoCloseable {
    private final Databases databases;
    private final LocalDate asOf;
    private final int historyMonths;
    private final double amlCases;
    private final VerifyMarket market;
    private final boolean gigBank;
    private final Map<LogicalDatabase, Connection> borrowed;
    private final Map<LogicalDatabase, Connection> owned = new EnumMap<>(LogicalDatabase.class);
    private final Set<String> imported = new HashSet<>();
    /** Switches PostgreSQL's JIT off (servers before 11 have none): {local} true for the transaction only. */
    private static final String JIT_OFF = "SELECT set_config('jit', 'off', {local}) WHERE "
            + "current_setting('server_version_num')::int >= 110000";
    /** The borrowed connections whose transaction has JIT switched off. */
    private final Set<LogicalDatabase> tuned = java.util.EnumSet.noneOf(LogicalDatabase.class);

    VerifySession(Databases databases, LocalDate asOf, Map<LogicalDatabase, Connection> borrowed) {
        this(databases, asOf, borrowed, 0, Verifier.DEFAULT_AML_CASES,
                databases.lastRun().map(Verifier::market).orElse(VerifyMarket.US),
                databases.lastRun().map(Verifier::gigBank).orElse(false));
    }

    /**
     * @param historyMonths the last run's --history-months, or 0 for the default density
     * @param amlCases      the last run's --aml-cases (laundering cases per 1,000 customers)
     * @param market        the last run's market, whose thresholds and calendar the checks judge by
     * @param gigBank       whether the last run seeded only gig workers ({@code --earners gig})
     */
    VerifySession(Databases databases, LocalDate asOf, Map<LogicalDatabase, Connection> borrowed, int historyMonths,
                  double amlCases, VerifyMarket market, boolean gigBank) {
        this.databases = databases;
        this.asOf = asOf;
        this.historyMonths = historyMonths;
        this.amlCases = amlCases;
        this.market = market;
        this.gigBank = gigBank;
        this.borrowed = new EnumMap<>(LogicalDatabase.class);
        this.borrowed.putAll(borrowed);
    }

    LocalDate asOf() {
        return asOf;
    }

    synchronized Connection connection(LogicalDatabase db) throws SQLException {
        Connection conn = borrowed.get(db);
        if (conn != null) {
            // a caller's open transaction: switched off for that transaction only
            if (!conn.getAutoCommit() && tuned.add(db)) {
                try (Statement st = conn.createStatement()) {
                    st.execute(JIT_OFF.replace("{local}", "true"));
                }
            }
            return conn;
        }
        conn = owned.get(db);
        if (conn == null) {
            conn = databases.connect(db, Map.of("ApplicationName", "dhub verify"));
            try (Statement st = conn.createStatement()) {
                st.execute("SET TimeZone = 'UTC'");
                st.execute("SET work_mem = '64MB'");
                // the checks are short scans and joins: compiling them costs more than it saves (scale 10:
                // 32.7 s with PostgreSQL's JIT, 23.0 s without; scale 1: 3.2 s and 2.7 s)
                st.execute(JIT_OFF.replace("{local}", "false"));
            }
            owned.put(db, conn);
        }
        return conn;
    }

    /**
     * The SQL with {@code {asof}} replaced by the as-of date as a literal, {@code {maxown}} by the
     * most own transactions an account may hold and {@code {amlcases}} by the laundering cases per
     * 1,000 customers the run asked for, and the market's placeholders filled ({@link VerifyMarket}).
     */
    /** Whether the bank holds only gig workers ({@code seed all --earners gig}). */
    boolean gigBank() {
        return gigBank;
    }

    /** The code of the market the bank was seeded in ({@code us}, {@code in}). */
    String marketCode() {
        return market.code();
    }

    /** The unit money is shown in: {@code $} in the US market, {@code ₹} in India's. */
    String moneyUnit() {
        return "INR".equals(market.currency()) ? "₹" : "$";
    }

    /** What the rules' dollars are multiplied by in the bank's market (1 in the US). */
    double priceLevel() {
        return Double.parseDouble(market.priceLevel());
    }

    String sql(String text) {
        // {maxown}: the most own transactions an account holds: 20 at the default density, unbounded with history
        return market.fill(text.replace("{asof}", "DATE '" + asOf + "'").replace("{maxown}",
                historyMonths > 0 ? "2147483647" : "20").replace("{amlcases}",
                java.math.BigDecimal.valueOf(amlCases).toPlainString() + "::float8").replace("{gigbank}",
                String.valueOf(gigBank))).replace("{asof}", "DATE '" + asOf + "'");   // and in the market's own
    }

    /** The first row of a query, each column as text (null stays null); an empty list when there is none. */
    List<String> row(LogicalDatabase db, String query) throws SQLException {
        List<List<String>> rows = rows(db, query);
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    List<List<String>> rows(LogicalDatabase db, String query) throws SQLException {
        try (Statement st = connection(db).createStatement(); ResultSet rs = st.executeQuery(sql(query))) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<String>> out = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    /** Copies an import's rows into a temporary table of the target database, once per session. */
    void ensureImported(Import imp, LogicalDatabase into) throws SQLException {
        if (!imported.add(imp.name() + "@" + into.logicalName())) {
            return;
        }
        Connection target = connection(into);
        try (Statement st = target.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE " + imp.name() + " (" + imp.columns() + ")");
            if (imp.source() == into) {
                // rows the database computes from itself (one connection cannot copy out and in at once)
                st.execute("INSERT INTO " + imp.name() + " " + sql(imp.select()));
                st.execute("ANALYZE " + imp.name());
                return;
            }
        }
        CopyOut out = connection(imp.source()).unwrap(PGConnection.class).getCopyAPI()
                .copyOut("COPY (" + sql(imp.select()) + ") TO STDOUT");
        CopyIn in = target.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + imp.name() + " FROM STDIN");
        try {
            byte[] row;
            while ((row = out.readFromCopy()) != null) {
                in.writeToCopy(row, 0, row.length);
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
            if (out.isActive()) {
                out.cancelCopy();
            }
        }
        try (Statement st = target.createStatement()) {
            // checks look imported rows up by their first column (a loan, a customer, a case): without a
            // primary key, an index on it keeps a correlated lookup from scanning the whole import
            if (!imp.columns().contains("PRIMARY KEY")) {
                st.execute("CREATE INDEX ON " + imp.name() + " (" + imp.columns().trim().split("\\s+")[0] + ")");
            }
            st.execute("ANALYZE " + imp.name());
        }
    }

    @Override
    public void close() {
        for (Entry<LogicalDatabase, Connection> entry : owned.entrySet()) {
            try {
                entry.getValue().close();
            } catch (SQLException ignored) {
                // closing a read session: nothing was written that could be lost
            }
        }
        owned.clear();
    }
}
