package io.dhub.verify;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.DatabaseState;
import io.dhub.schema.admin.Databases;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code dhub customer explain}: one customer's profile metrics, computed by the same SQL as
 * {@code seed verify}'s profile checks ({@link ProfileMetrics}), with their inputs, the profile's
 * range and a verdict, one sentence each from the sourced bands, and the behaviours they show.
 */
public final class Explainer {
    private final Databases databases;

    public Explainer(Databases databases) {
        this.databases = databases;
    }

    /** One metric of one customer. {@code value} is null when the window is too short or nothing is there to measure. */
    public record MetricResult(String name, Double value, String unit, String formula, Map<String, Object> inputs,
                               String expected, String verdict, String explanation) {
    }

    /** A behaviour the metrics show, with why (SpendSense's rubric: at least three per customer). */
    public record Behaviour(String name, String rationale) {
    }

    /** Everything explain shows for a customer. */
    public record Explanation(long customerId, String profile, String occupationClass, boolean showcase,
                              LocalDate asOf, int months, List<MetricResult> metrics, List<Behaviour> behaviours) {
    }

    /**
     * @param asOf the as-of date, or null for the last run's
     * @param only one metric's name, or null for all
     */
    public Explanation explain(long customerId, LocalDate asOf, String only) {
        if (only != null && ProfileMetrics.metric(only) == null) {
            throw DhubException.usage("--metric: no metric '" + only + "'; metrics are " + String.join(", ",
                    ProfileMetrics.METRICS.stream().map(ProfileMetrics.Metric::name).toList()));
        }
        for (LogicalDatabase db : List.of(LogicalDatabase.ACCOUNTS, LogicalDatabase.COMPLIANCE)) {
            if (databases.states().get(db) != DatabaseState.OWNED) {
                throw new DhubException(ErrorCode.FAILED, "nothing to explain: " + databases.physicalName(db)
                        + " holds no dhub data; run 'dhub seed all' first");
            }
        }
        LocalDate day = asOf != null ? asOf : databases.lastRun().map(r -> r.asOf()).orElseThrow(() ->
                new DhubException(ErrorCode.FAILED, "no run recorded: give --as-of, or run 'dhub seed all' first"));
        try (VerifySession session = new VerifySession(databases, day, Map.of())) {
            List<String> exists = session.row(LogicalDatabase.ACCOUNTS, "SELECT count(*) FROM public.customers WHERE "
                    + "customer_id = " + customerId);
            if (exists.isEmpty() || "0".equals(exists.get(0))) {
                throw DhubException.usage("no customer " + customerId + " in " + databases.physicalName(
                        LogicalDatabase.ACCOUNTS) + "; customer ids run from 1 to the customer count");
            }
            session.ensureImported(Import.CASE_TRANSACTIONS, LogicalDatabase.ACCOUNTS);
            return explain(session, customerId, day, only);
        } catch (SQLException e) {
            throw new DhubException(ErrorCode.FAILED, "explain failed: " + e.getMessage(), e);
        }
    }

    private Explanation explain(VerifySession session, long id, LocalDate asOf, String only) throws SQLException {
        String sql = ProfileMetrics.sql(id);
        List<List<String>> rows = session.rows(LogicalDatabase.ACCOUNTS, "SELECT row_to_json(m)::text FROM (" + sql
                + ") m");
        Map<String, String> m = parse(rows.get(0).get(0));
        String profile = m.get("profile");
        String earner = m.get("occupation_class");
        int months = m.get("months") == null ? 0 : Integer.parseInt(m.get("months"));
        boolean showcase = profile != null && "t".equals(session.row(LogicalDatabase.ACCOUNTS, "SELECT showcase FROM "
                + "public.customer_behaviour WHERE customer_id = " + id).get(0));
        Map<String, ProfileMetrics.Range> expected = profile == null ? Map.of() : ProfileMetrics.EXPECTED.get(profile);
        List<MetricResult> out = new ArrayList<>();
        for (ProfileMetrics.Metric metric : ProfileMetrics.METRICS) {
            if (only != null && !only.equals(metric.name())) {
                continue;
            }
            String raw = m.get(metric.name());
            Double value = raw == null ? null : Double.valueOf(raw);
            ProfileMetrics.Range range = expected.get(metric.name());
            if (range != null && !ProfileMetrics.judged(metric.name(), earner)) {
                range = null;
            }
            String verdict;
            String sentence;
            if (value == null && "utilization".equals(metric.name())) {
                verdict = "no data";
                sentence = "no credit card statements before as-of";
            } else if (value == null) {
                verdict = months < metric.needs() ? "window too short" : "no data";
                sentence = months < metric.needs() ? "needs " + metric.needs() + " full months of history; the income "
                        + "accounts cover " + months : "nothing to measure (no credits, spending or accounts it reads)";
            } else {
                // money is judged in the rules' dollars: the market's amount over its price level
                double judged = "$".equals(metric.unit()) ? value / session.priceLevel() : value;
                verdict = range == null ? "not judged" : range.contains(judged) ? "in range" : "out of range";
                sentence = ProfileMetrics.sentence(metric.name(), value, session.moneyUnit());
            }
            String unit = "$".equals(metric.unit()) ? session.moneyUnit() : metric.unit();
            out.add(new MetricResult(metric.name(), value, unit, metric.formula(),
                    inputs(session, metric.name(), id, m, asOf), range == null ? null
                    : range.describe(unit, session.priceLevel()), verdict, sentence));
        }
        return new Explanation(id, profile, earner, showcase, asOf, months, out, behaviours(m));
    }

    /** The inputs a metric is computed from, read from the rows. */
    private static Map<String, Object> inputs(VerifySession session, String metric, long id, Map<String, String> m,
                                              LocalDate asOf) throws SQLException {
        Map<String, Object> in = new LinkedHashMap<>();
        String accounts = "SELECT a.account_id FROM public.accounts a LEFT JOIN public.customer_behaviour b USING "
                + "(customer_id) WHERE a.customer_id = " + id + " AND CASE WHEN b.main_account_id IS NOT NULL THEN "
                + "a.account_id = b.main_account_id ELSE a.account_type IN {everyday} END";
        switch (metric) {
            case "ttm_growth", "qoq_growth", "income_cv", "seasonality_index" -> {
                in.put("credits_last_12", number(m.get("credits_12")));
                in.put("credits_prior_12", number(m.get("credits_prior_12")));
                in.put("credits_last_3", number(m.get("credits_3")));
                in.put("credits_prior_3", number(m.get("credits_prior_3")));
                if (!"qoq_growth".equals(metric)) {
                    Map<String, Object> monthly = monthlyCredits(session, id);
                    in.put("monthly_credits", monthly);
                }
            }
            case "dsr", "emi_consistency", "bounces" -> {
                in.put("debt_payments_last_12", number(m.get("emi_12")));
                in.put("credits_last_12", number(m.get("credits_12")));
                in.put("emis_due_24", number(m.get("emi_due")));
                in.put("emis_paid_on_first_presentment_24", number(m.get("emi_paid_first")));
                List<Object> lenders = new ArrayList<>();
                for (List<String> r : session.rows(LogicalDatabase.ACCOUNTS, "SELECT coalesce(p.name, 'loan ' || "
                        + "t.loan_id), count(*) FILTER (WHERE t.status <> 'reversed'), count(*) FILTER (WHERE "
                        + "t.return_reason IS NOT NULL), sum(t.amount) FILTER (WHERE t.status <> 'reversed') FROM "
                        + "public.transactions t JOIN public.accounts a USING (account_id) LEFT JOIN public.counterparties p "
                        + "ON p.counterparty_id = t.counterparty_id WHERE a.customer_id = " + id + " AND t.direction = "
                        + "'debit' AND (t.transaction_type = 'loan_payment' OR p.kind = 'lender') AND "
                        + "(t.transaction_date AT TIME ZONE 'UTC')::date >= date_trunc('month', {asof}) - interval "
                        + "'12 months' AND (t.transaction_date AT TIME ZONE 'UTC')::date < date_trunc('month', {asof}) "
                        + "GROUP BY 1 ORDER BY 4 DESC NULLS LAST, 1")) {
                    Map<String, Object> l = new LinkedHashMap<>();
                    l.put("lender", r.get(0));
                    l.put("paid", number(r.get(1)));
                    l.put("returned", number(r.get(2)));
                    l.put("amount_paid", number(r.get(3)));
                    lenders.add(l);
                }
                in.put("lenders_last_12", lenders);
            }
            case "top3_share" -> {
                List<Object> payers = new ArrayList<>();
                for (List<String> r : session.rows(LogicalDatabase.ACCOUNTS, "SELECT coalesce(p.name, "
                        + "t.counterparty_name, t.description), sum(t.amount) FROM public.transactions t LEFT JOIN "
                        + "public.counterparties p ON p.counterparty_id = t.counterparty_id WHERE t.account_id IN ("
                        + accounts + ") AND t.direction = 'credit' AND t.transaction_type IN ('deposit', 'salary', "
                        + "'transfer_in') AND t.loan_id IS NULL AND (t.transaction_date AT TIME ZONE 'UTC')::date >= "
                        + "date_trunc('month', {asof}) - interval '12 months' AND (t.transaction_date AT TIME ZONE "
                        + "'UTC')::date < date_trunc('month', {asof}) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3")) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("payer", r.get(0));
                    p.put("credits", number(r.get(1)));
                    payers.add(p);
                }
                in.put("top_payers", payers);
                in.put("credits_last_12", number(m.get("credits_12")));
            }
            case "cash_runway_days" -> {
                in.put("credits_last_12", number(m.get("credits_12")));
                in.put("debits_last_12", number(m.get("debits_12")));
            }
            case "utilization" -> {
                List<Object> cards = new ArrayList<>();
                for (List<String> r : session.rows(LogicalDatabase.ACCOUNTS, "SELECT k.card_last4, s.statement_date, "
                        + "s.credit_limit, s.apr, s.closing, s.interest, s.fees, s.minimum_due, s.paid, s.is_overdue, "
                        + "k.payment_habit FROM public.credit_cards k JOIN LATERAL (SELECT * FROM "
                        + "public.credit_card_statements s WHERE s.card_id = k.card_id AND s.statement_date < {asof} "
                        + "ORDER BY s.statement_date DESC LIMIT 1) s ON true WHERE k.customer_id = " + id
                        + " ORDER BY k.card_id")) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("card_ending", r.get(0));
                    c.put("statement_date", r.get(1));
                    c.put("credit_limit", number(r.get(2)));
                    c.put("apr", number(r.get(3)));
                    c.put("closing", number(r.get(4)));
                    c.put("interest", number(r.get(5)));
                    c.put("fees", number(r.get(6)));
                    c.put("minimum_due", number(r.get(7)));
                    c.put("paid", number(r.get(8)));
                    c.put("overdue", "t".equals(r.get(9)));
                    c.put("pays", r.get(10));
                    cards.add(c);
                }
                in.put("latest_statements", cards);
            }
            case "buffer_months" -> {
                in.put("balance", number(m.get("checking_balance")));
                in.put("spending_last_3", number(m.get("spent_3")));
            }
            case "median_pay_gap" -> {
                List<Object> days = new ArrayList<>();
                for (List<String> r : session.rows(LogicalDatabase.ACCOUNTS, "SELECT DISTINCT (t.transaction_date AT "
                        + "TIME ZONE 'UTC')::date FROM public.transactions t WHERE t.account_id IN (" + accounts + ") AND "
                        + "t.direction = 'credit' AND t.transaction_type IN ('deposit', 'salary') AND t.loan_id IS NULL "
                        + "AND t.transaction_date >= {asof} - 180 AND t.transaction_date < {asof} ORDER BY 1")) {
                    days.add(r.get(0));
                }
                in.put("income_deposit_days", days);
            }
            case "recurring_merchants", "recurring_monthly", "subscription_share" -> {
                List<Object> merchants = new ArrayList<>();
                for (List<String> r : session.rows(LogicalDatabase.ACCOUNTS, "SELECT t.merchant_name, count(*), "
                        + "sum(t.amount) FROM public.transactions t WHERE t.account_id IN (" + accounts + ") AND "
                        + "t.direction = 'debit' AND t.description = {subscription} || t.merchant_name AND "
                        + "t.transaction_date >= {asof} - 180 AND t.transaction_date < {asof} GROUP BY 1 ORDER BY 3 DESC, "
                        + "1")) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("merchant", r.get(0));
                    s.put("charges", number(r.get(1)));
                    s.put("amount", number(r.get(2)));
                    merchants.add(s);
                }
                in.put("subscriptions_charged_last_180_days", merchants);
                in.put("recurring_merchants", number(m.get("recurring_merchants")));
            }
            case "savings_growth" -> {
                for (List<String> r : session.rows(LogicalDatabase.ACCOUNTS, "SELECT a.account_id, a.account_type, "
                        + "coalesce((SELECT t.balance_after FROM public.transactions t WHERE t.account_id = a.account_id AND "
                        + "t.transaction_date < {asof} - 180 ORDER BY t.transaction_date DESC, t.transaction_id DESC "
                        + "LIMIT 1), a.opening_balance), a.balance FROM public.accounts a WHERE a.customer_id = " + id
                        + " AND a.account_type IN {saving} AND a.status = 'active' ORDER BY 1")) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("balance_180_days_before", number(r.get(2)));
                    s.put("balance_at_as_of", number(r.get(3)));
                    in.put(r.get(1) + " " + r.get(0), s);
                }
            }
            case "spend_to_income" -> {
                in.put("spending_last_12", number(m.get("spent_12")));
                in.put("credits_last_12", number(m.get("credits_12")));
            }
            default -> {
            }
        }
        return in;
    }

    /** Credits per month (YYYY-MM) over the last 24 full months, as the metrics count them. */
    private static Map<String, Object> monthlyCredits(VerifySession session, long id) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        String sql = ProfileMetrics.sql(id);
        // the metrics' own monthly table: everything up to "g AS" is the same query's CTEs
        String ctes = sql.substring(0, sql.indexOf("\ng AS (") + 1);
        for (List<String> r : session.rows(LogicalDatabase.ACCOUNTS, ctes + "x AS (SELECT 1) SELECT to_char(month, "
                + "'YYYY-MM'), credits FROM mc ORDER BY month")) {
            out.put(r.get(0), number(r.get(1)));
        }
        return out;
    }

    private static java.math.BigDecimal number(String s) {
        return s == null ? null : new java.math.BigDecimal(s).stripTrailingZeros();
    }

    /**
     * What the metrics show, with why: the income's pattern, the debt, the spending, the cushion, and
     * where they apply bounces, subscriptions and saving; three or more for every customer with an
     * income account.
     */
    static List<Behaviour> behaviours(Map<String, String> m) {
        List<Behaviour> out = new ArrayList<>();
        Double cv = num(m, "income_cv");
        Double ttm = num(m, "ttm_growth");
        Double sv = num(m, "seasonality_index");
        Double gap = num(m, "median_pay_gap");
        if (gap != null && gap >= 45) {
            out.add(new Behaviour("irregular income", String.format(Locale.ROOT, "income arrives a median %.0f days "
                    + "apart (45 or more)", gap)));
        } else if (sv != null && sv > 1) {
            out.add(new Behaviour("seasonal income", ProfileMetrics.sentence("seasonality_index", sv)));
        } else if (ttm != null && ttm >= 0.5) {
            out.add(new Behaviour("growing income", ProfileMetrics.sentence("ttm_growth", ttm)));
        } else if (ttm != null && ttm <= -0.2) {
            out.add(new Behaviour("declining income", ProfileMetrics.sentence("ttm_growth", ttm)));
        } else if (cv != null) {
            out.add(new Behaviour(cv < 0.15 ? "steady income" : cv >= 0.5 ? "volatile income" : "variable income",
                    ProfileMetrics.sentence("income_cv", cv)));
        }
        Double dsr = num(m, "dsr");
        if (dsr != null) {
            out.add(new Behaviour(dsr > 0.4 ? "heavy debt service" : dsr > 0 ? "manageable debt" : "no debt payments",
                    ProfileMetrics.sentence("dsr", dsr)));
        }
        Double bounces = num(m, "bounces");
        if (bounces != null && bounces > 0) {
            out.add(new Behaviour(bounces >= 6 ? "frequent returned payments" : "some returned payments",
                    ProfileMetrics.sentence("bounces", bounces)));
        }
        Double ratio = num(m, "spend_to_income");
        if (ratio != null) {
            out.add(new Behaviour(ratio > 1.1 ? "overspending" : ratio > 0.95 ? "spending all that comes in"
                    : "spending within income", ProfileMetrics.sentence("spend_to_income", ratio)));
        }
        Double buffer = num(m, "buffer_months");
        if (buffer != null) {
            out.add(new Behaviour(buffer < 1 ? "thin cash buffer" : "cash cushion",
                    ProfileMetrics.sentence("buffer_months", buffer)));
        }
        Double utilization = num(m, "utilization");
        if (utilization != null) {
            out.add(new Behaviour(utilization >= 0.5 ? "high card utilisation" : utilization >= 0.3
                    ? "elevated card utilisation" : "low card utilisation", ProfileMetrics.sentence("utilization",
                    utilization)));
        }
        Double recurring = num(m, "recurring_merchants");
        Double share = num(m, "subscription_share");
        if (recurring != null && recurring >= 3 && share != null) {
            out.add(new Behaviour(recurring >= 4 && share >= 0.1 ? "subscription-heavy" : "several subscriptions",
                    ProfileMetrics.sentence("recurring_merchants", recurring) + "; "
                            + ProfileMetrics.sentence("subscription_share", share)));
        }
        Double savings = num(m, "savings_growth");
        if (savings != null) {
            out.add(new Behaviour(savings >= 0.03 ? "building savings" : savings > 0.005 ? "saving"
                    : savings < -0.005 ? "drawing on savings" : "savings flat", ProfileMetrics.sentence("savings_growth",
                    savings)));
        }
        Double top3 = num(m, "top3_share");
        if (top3 != null && "business".equals(m.get("occupation_class"))) {
            out.add(new Behaviour(top3 > 0.6 ? "concentrated buyers" : "diversified buyers",
                    ProfileMetrics.sentence("top3_share", top3)));
        }
        return out;
    }

    private static Double num(Map<String, String> m, String key) {
        String v = m.get(key);
        return v == null ? null : Double.valueOf(v);
    }

    /** A flat JSON object of scalars, as row_to_json writes it, into text values (null for JSON null). */
    static Map<String, String> parse(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        String body = json.trim();
        body = body.substring(1, body.length() - 1);
        int i = 0;
        while (i < body.length()) {
            int k0 = body.indexOf('"', i);
            int k1 = body.indexOf('"', k0 + 1);
            String key = body.substring(k0 + 1, k1);
            int colon = body.indexOf(':', k1);
            int v = colon + 1;
            String value;
            int end;
            if (body.charAt(v) == '"') {
                StringBuilder sb = new StringBuilder();
                int j = v + 1;
                while (body.charAt(j) != '"') {
                    if (body.charAt(j) == '\\') {
                        j++;
                    }
                    sb.append(body.charAt(j));
                    j++;
                }
                value = sb.toString();
                end = j + 1;
            } else {
                end = body.indexOf(',', v);
                end = end < 0 ? body.length() : end;
                String lit = body.substring(v, end).trim();
                value = "null".equals(lit) ? null : lit;
            }
            out.put(key, value);
            i = end + 1;
        }
        return out;
    }
}
