package io.dhub.verify;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.DatabaseState;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.admin.SideBySide;
import io.dhub.schema.connect.SqlFailures;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every guarantee of the data as SQL against the six databases as they are now, whoever wrote
 * them. Checks that read one database run one after another on that database's connection; the
 * databases are checked in parallel.
 */
public final class Verifier {
    private final Databases databases;

    public Verifier(Databases databases) {
        this.databases = databases;
    }

    /** A field of the run's recorded settings ({@code dhub_runs.settings}), or null when it recorded none. */
    static Object setting(io.dhub.schema.admin.RunRecord run, String field) {
        if (run.settings() == null) {
            return null;
        }
        try {
            return ((Map<?, ?>) new org.jooq.tools.json.JSONParser().parse(run.settings())).get(field);
        } catch (org.jooq.tools.json.ParseException e) {
            throw new io.dhub.schema.DhubException(io.dhub.schema.ErrorCode.FAILED, "run #" + run.id()
                    + " recorded settings that are not JSON: " + e.getMessage());
        }
    }

    /**
     * The market the run's data was seeded in: its settings' {@code market}; a run recorded before
     * runs named their market was seeded in the only market there was, the US. One verify has no
     * rules for is refused.
     */
    static VerifyMarket market(io.dhub.schema.admin.RunRecord run) {
        Object code = setting(run, "market");
        return VerifyMarket.of(code == null ? null : code.toString());
    }

    /** Whether the run seeded only gig workers: its settings' {@code earners} is {@code gig} ({@code --earners gig}). */
    static boolean gigBank(io.dhub.schema.admin.RunRecord run) {
        return "gig".equals(setting(run, "earners"));
    }

    /** The months each ledger covers in the run's data (0: the default density): its settings, or an older run's replay. */
    static int historyMonths(io.dhub.schema.admin.RunRecord run) {
        Object months = setting(run, "history_months");
        return months != null ? ((Number) months).intValue() : run.replay() == null ? 0 : historyMonths(run.replay());
    }

    /** The laundering cases per 1,000 customers of the run's data: its settings, or an older run's replay. */
    static double amlCases(io.dhub.schema.admin.RunRecord run) {
        Object cases = setting(run, "aml_cases");
        return cases != null ? ((Number) cases).doubleValue() : run.replay() == null ? DEFAULT_AML_CASES
                : amlCases(run.replay());
    }

    /** The --history-months of a replay command, or 0 (a run recorded before employees_db V7). */
    static int historyMonths(String replay) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--history-months (\\d+)").matcher(replay);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The laundering cases per 1,000 customers a run asks for when its replay names none: one per 1,200. */
    static final double DEFAULT_AML_CASES = 1_000.0 / 1_200;

    /** The --aml-cases of a replay command, or the default density (a run recorded before employees_db V7). */
    static double amlCases(String replay) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--aml-cases ([0-9.]+)").matcher(replay);
        return m.find() ? Double.parseDouble(m.group(1)) : DEFAULT_AML_CASES;
    }

    /** The ids of every check, in report order. */
    public static List<String> checkIds() {
        return Guarantees.all().stream().map(Check::id).toList();
    }

    /**
     * The ids of the checks that read any of these databases: their SQL runs there, they import rows
     * from there, or their scope names it (a test that changes only those databases need not run the
     * others, whose results cannot change).
     */
    public static java.util.Set<String> reading(java.util.Set<LogicalDatabase> changed) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Check c : Guarantees.all()) {
            boolean reads = changed.contains(c.database());
            for (Import i : c.imports()) {
                reads |= changed.contains(i.source());
            }
            for (LogicalDatabase db : changed) {
                reads |= c.scope().contains(db.logicalName());
            }
            if (reads) {
                out.add(c.id());
            }
        }
        return out;
    }

    /**
     * Verifies with the as-of date given, or else the last run's, or else today's (UTC).
     *
     * @param asOf     the as-of date, or null
     * @param borrowed connections to use as they are for some databases (a test's open transaction);
     *                 the others are opened here
     */
    public VerifyReport verify(LocalDate asOf, Map<LogicalDatabase, Connection> borrowed, int threads) {
        return verify(asOf, borrowed, threads, id -> true);
    }

    /** The same, running only the checks whose id {@code only} accepts (a test of one group of checks). */
    public VerifyReport verify(LocalDate asOf, Map<LogicalDatabase, Connection> borrowed, int threads,
                               java.util.function.Predicate<String> only) {
        long start = System.nanoTime();
        Map<LogicalDatabase, DatabaseState> states = databases.states();
        for (Map.Entry<LogicalDatabase, DatabaseState> state : states.entrySet()) {
            if (state.getValue() != DatabaseState.OWNED) {
                throw new DhubException(ErrorCode.FAILED, "nothing to verify: " + databases.physicalName(state.getKey())
                        + " " + (state.getValue() == DatabaseState.MISSING ? "does not exist"
                        : "was not created by dhub") + "; run 'dhub seed all' first");
            }
        }
        String source;
        LocalDate day;
        if (asOf != null) {
            day = asOf;
            source = "--as-of";
        } else {
            var run = databases.lastRun();
            day = run.map(r -> r.asOf()).orElse(LocalDate.now(java.time.ZoneOffset.UTC));
            source = run.map(r -> "run #" + r.id()).orElse("today (no run recorded)");
        }
        List<Check> checks = Guarantees.all().stream().filter(c -> only.test(c.id())).toList();
        Map<Check, CheckResult> results = new java.util.HashMap<>();
        // a run with --history-months stores longer ledgers: the 10-20 per account rule is the default density's
        int historyMonths = databases.lastRun().map(Verifier::historyMonths).orElse(0);
        double amlCases = databases.lastRun().map(Verifier::amlCases).orElse(DEFAULT_AML_CASES);
        VerifyMarket market = databases.lastRun().map(Verifier::market).orElse(VerifyMarket.US);
        boolean gigBank = databases.lastRun().map(Verifier::gigBank).orElse(false);
        try (VerifySession session = new VerifySession(databases, day, borrowed, historyMonths, amlCases, market,
                gigBank)) {
            for (Check check : checks) {
                for (Import imp : check.imports()) {
                    session.ensureImported(imp, check.database());
                }
            }
            Map<LogicalDatabase, List<Check>> byDatabase = new EnumMap<>(LogicalDatabase.class);
            for (Check check : checks) {
                byDatabase.computeIfAbsent(check.database(), k -> new ArrayList<>()).add(check);
            }
            List<SideBySide.Task<Map<Check, CheckResult>>> groups = new ArrayList<>();
            for (List<Check> group : byDatabase.values()) {
                groups.add(() -> runAll(session, group));
            }
            SideBySide.run("dhub-verify", threads, groups).forEach(results::putAll);
        } catch (SQLException e) {
            throw SqlFailures.translate("verify the data", e, databases.server());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DhubException(ErrorCode.FAILED, "verification interrupted", e);
        }
        List<CheckResult> ordered = checks.stream().map(results::get).toList();
        return new VerifyReport(day, source, ordered, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The checks that judge the specification's mix of customers (segments, ages, account holders and
     * types, the loan and insurance mixes, risk ratings), which a gig bank ({@code --earners gig}) leaves
     * by design: its customers are all retail gig workers, younger than the population, with flat
     * earnings, each with an account their platforms pay into.
     */
    static final java.util.Set<String> CUSTOMER_MIX = java.util.Set.of("dist.segments", "dist.account_holders",
            "dist.account_types", "dist.loan_types", "realism.age_bands", "realism.income_rises_with_age",
            "insurance.policy_types", "insurance.policy_holders", "compliance.risk_mix");

    private static Map<Check, CheckResult> runAll(VerifySession session, List<Check> checks) throws SQLException {
        Map<Check, CheckResult> results = new java.util.HashMap<>();
        for (Check check : checks) {
            if (session.gigBank() && CUSTOMER_MIX.contains(check.id())) {
                results.put(check, CheckResult.of(check, List.of(new CheckResult.Line("", "the specification's mix "
                        + "of customers", "a gig bank (--earners gig): gig workers only", Verdict.NOT_JUDGED)), null));
                continue;
            }
            try {
                results.put(check, check.run(session));
            } catch (SQLException e) {
                throw new SQLException(check.id() + ": " + e.getMessage(), e.getSQLState(), e);
            }
        }
        return results;
    }
}
