package io.dhub.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The behaviour profiles' metrics (docs/profiles.md), computed in SQL from accounts_db's stored rows
 * and never from a generator's parameters: one row per customer. {@code seed verify} judges them per
 * profile and {@code dhub customer explain} shows them with their inputs. Dates are UTC dates; a
 * month is a calendar month, and the windows are the full months before the as-of date's month.
 *
 * <p>What counts:
 * <ul>
 *   <li>income accounts: a profiled customer's main account, else every checking and business
 *       checking account of the customer;</li>
 *   <li>credits: deposits, salaries, transfers in and interest on them, not from the customer's own
 *       accounts (here or in the holder's name elsewhere), no loan disbursement, claim payout or refund;</li>
 *   <li>spending: debits on them that are not own transfers, debt payments, insurance premiums (fixed
 *       obligations, like debt service) or reversed;</li>
 *   <li>debt payments (EMIs): loan payments to the bank and payments to lenders elsewhere, on any
 *       account of the customer; a first presentment (of a payment to a lender elsewhere; the bank's
 *       own loans are collected by book transfer) is one not marked "presented again".</li>
 * </ul>
 * The legs of injected laundering cases and their look-alikes (compliance_db's ground truth, in the
 * temporary table {@code verify_case_transactions}) are left out: they are layered on a life, not
 * part of it.
 */
public final class ProfileMetrics {
    private ProfileMetrics() {
    }

    /** One metric: its column, unit, the months of history it needs, its formula and where it comes from. */
    public record Metric(String name, String unit, int needs, String formula, String source) {
    }

    /** A closed or open interval; infinite ends are open. */
    public record Range(double low, boolean lowIncluded, double high, boolean highIncluded) {
        public boolean contains(double v) {
            return (lowIncluded ? v >= low : v > low) && (highIncluded ? v <= high : v < high);
        }

        static Range between(double low, double high) {
            return new Range(low, true, high, true);
        }

        static Range below(double high) {
            return new Range(Double.NEGATIVE_INFINITY, false, high, false);
        }

        static Range above(double low) {
            return new Range(low, false, Double.POSITIVE_INFINITY, false);
        }

        static Range atLeast(double low) {
            return new Range(low, true, Double.POSITIVE_INFINITY, false);
        }

        /** As SQL over a column: {@code col >= 0.1 AND col <= 0.4}. */
        String sql(String column) {
            StringBuilder sb = new StringBuilder();
            if (!Double.isInfinite(low)) {
                sb.append(column).append(lowIncluded ? " >= " : " > ").append(plain(low));
            }
            if (!Double.isInfinite(high)) {
                sb.append(sb.length() == 0 ? "" : " AND ").append(column).append(highIncluded ? " <= " : " < ")
                        .append(plain(high));
            }
            return sb.toString();
        }

        /** In the metric's unit: {@code 10% to 40%}, {@code below 15%}, {@code 6 or more}. */
        public String describe(Metric m) {
            return describe(m.unit(), 1);
        }

        /**
         * The range in a unit: a range of money ({@code $}) is in the rules' dollars, and shown in
         * another currency ({@code ₹}) at that price level.
         */
        public String describe(String unit, double priceLevel) {
            double scale = "$".equals(unit) || "₹".equals(unit) ? priceLevel : 1;
            if (Double.isInfinite(low)) {
                return "below " + format(unit, high * scale);
            }
            if (Double.isInfinite(high)) {
                return (lowIncluded ? "at least " : "above ") + format(unit, low * scale);
            }
            return format(unit, low * scale) + " to " + format(unit, high * scale);
        }
    }

    public static final List<Metric> METRICS = List.of(
            new Metric("ttm_growth", "%", 24, "credits over the last 12 full months ÷ credits over the 12 before − 1",
                    "MSME seed, financial_metrics.py"),
            new Metric("qoq_growth", "%", 6, "credits over the last 3 full months ÷ credits over the 3 before − 1",
                    "MSME seed, financial_metrics.py"),
            new Metric("seasonality_index", "%", 24, "pstdev(SI) ÷ mean(SI), SI_k = mean credits in calendar month k "
                    + "over the last 24 full months", "MSME seed, financial_metrics.py"),
            new Metric("income_cv", "%", 12, "pstdev(monthly credits) ÷ mean(monthly credits), last 12 full months",
                    "MSME seed, financial_metrics.py"),
            new Metric("dsr", "%", 12, "debt payments (EMIs) ÷ credits, last 12 full months; a loan paid off early "
                    + "counts its payoff as one usual installment (the loan's median payment)",
                    "FOIR: lenders prefer 40-50%; RBI caps low-income households at 50%"),
            new Metric("bounces", "count", 12, "debits returned unpaid, last 12 full months", "MSME seed"),
            new Metric("emi_consistency", "%", 12, "debt payments to lenders elsewhere paid on first presentment ÷ "
                    + "those due, last 24 full months (the bank collects its own loans by book transfer, never presented)",
                    "dhub [chosen definition]"),
            new Metric("top3_share", "%", 12, "credits from the 3 largest payers ÷ all credits, last 12 full months "
                    + "(payer: the counterparty, else the account or name, else the statement text)",
                    "MSME seed: below 50% diversified, above 70% high"),
            new Metric("cash_runway_days", "days", 12, "(credits − debits) per month ÷ debits per day, last 12 full "
                    + "months", "MSME seed: over 90 days excellent, under 30 concerning"),
            new Metric("utilization", "%", 1, "each card's latest statement before as-of: closing balance ÷ credit "
                    + "limit; the highest over the customer's cards", "SpendSense: flags at 30%, 50% and 80%"),
            new Metric("buffer_months", "months", 3, "income accounts' balance at as-of ÷ average monthly spending over "
                    + "the last 3 full months", "SpendSense"),
            new Metric("median_pay_gap", "days", 6, "median days between the days with income deposits (salaries and "
                    + "deposits), last 180 days", "SpendSense"),
            new Metric("recurring_merchants", "count", 6, "merchants charged 3+ times in the last 180 days with 70%+ of "
                    + "the gaps at 7±3, 14±4 or 30±7 days and amounts within 10% of their mean",
                    "SpendSense (amount rule [chosen])"),
            new Metric("recurring_monthly", "$", 6, "those merchants' charges over the last 180 days ÷ 180 × 30.4375",
                    "SpendSense"),
            new Metric("subscription_share", "%", 6, "those merchants' charges ÷ all spending, last 180 days",
                    "SpendSense"),
            new Metric("savings_growth", "%", 6, "(savings balance at as-of ÷ savings balance 180 days before)^(1/6) − 1,"
                    + " active savings and money-market accounts", "SpendSense [chosen form]"),
            new Metric("spend_to_income", "ratio", 12, "spending ÷ credits, last 12 full months", "SpendSense"));

    /** The metric of that name, or null. */
    public static Metric metric(String name) {
        for (Metric m : METRICS) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The ranges at least 95% of a profile's customers must land in (docs/profiles.md): the profile
     * specification's, with top-3 share judged for business customers only (a salaried customer has
     * one employer), and balanced's DSR below 50% rather than 40%: the bank's own loans are
     * underwritten on gross income (loans' debt-to-income rule), which puts some balanced borrowers
     * between 40% and 50% of their net credits, inside the FOIR band lenders accept.
     */
    public static final Map<String, Map<String, Range>> EXPECTED = expected();

    private static Map<String, Map<String, Range>> expected() {
        Map<String, Map<String, Range>> m = new LinkedHashMap<>();
        m.put("balanced", ranges("income_cv", Range.between(0.10, 0.40), "ttm_growth", Range.between(-0.20, 0.35),
                "dsr", Range.below(0.50), "top3_share", Range.below(0.50)));
        m.put("stable_income", ranges("income_cv", Range.below(0.15), "seasonality_index", Range.below(0.20)));
        m.put("variable_income", ranges("median_pay_gap", Range.between(45, 90), "buffer_months",
                Range.between(0.2, 0.8), "income_cv", Range.atLeast(0.50)));
        m.put("seasonal", ranges("seasonality_index", Range.above(1.0), "income_cv", Range.above(0.50)));
        m.put("growing", ranges("ttm_growth", Range.between(0.50, 1.00), "qoq_growth", Range.above(0)));
        m.put("declining", ranges("ttm_growth", Range.between(-0.50, -0.20), "qoq_growth", Range.below(0)));
        m.put("high_debt", ranges("dsr", Range.above(0.40)));
        m.put("high_bounce", ranges("bounces", Range.atLeast(6), "emi_consistency", Range.below(0.50)));
        m.put("customer_concentration", ranges("top3_share", Range.above(0.60)));
        m.put("high_utilization", ranges("utilization", Range.between(0.50, 0.95)));
        m.put("subscription_heavy", ranges("recurring_merchants", Range.atLeast(4), "recurring_monthly",
                Range.between(100, 400), "subscription_share", Range.between(0.10, 0.25)));
        m.put("savings_builder", ranges("savings_growth", Range.between(0.03, 0.10)));
        m.put("overspender", ranges("spend_to_income", Range.between(1.1, 1.5)));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Range> ranges(Object... pairs) {
        Map<String, Range> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Range) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Whether a profile's range of a metric applies to a customer of that class. */
    public static boolean judged(String metric, String occupationClass) {
        return !"top3_share".equals(metric) || "business".equals(occupationClass);
    }

    /**
     * The metrics of every customer with a profile (or of one customer, with a profile or not), one
     * row each: customer_id, profile, occupation_class, months (full months of history the income
     * accounts cover, at most 24), then the inputs and the metrics. {@code {asof}} stands for the
     * as-of date.
     */
    public static String sql(Long customer) {
        // verify judges profiled customers only; explain reads any one customer
        String from = customer == null ? "public.customers c JOIN public.customer_behaviour b USING (customer_id)"
                : "public.customers c LEFT JOIN public.customer_behaviour b USING (customer_id) WHERE c.customer_id = "
                        + customer;
        return """
                WITH h AS (
                  SELECT c.customer_id, c.first_name || ' ' || c.last_name AS holder, b.profile, b.occupation_class,
                         b.main_account_id
                  FROM %s),
                p AS (SELECT date_trunc('month', {asof})::date AS m0),
                ia AS (
                  SELECT h.customer_id, a.account_id, a.ledger_from, a.balance FROM h JOIN public.accounts a USING (customer_id)
                  WHERE CASE WHEN h.main_account_id IS NOT NULL THEN a.account_id = h.main_account_id
                             ELSE a.account_type IN {everyday} END),
                cov AS (
                  SELECT ia.customer_id, sum(ia.balance) AS balance,
                         (SELECT count(*) FROM generate_series(1, 24) k
                          WHERE ((SELECT m0 FROM p) - make_interval(months => k))::date >= min(ia.ledger_from)) AS months
                  FROM ia GROUP BY ia.customer_id),
                t AS (
                  SELECT ia.customer_id, t.transaction_id, (t.transaction_date AT TIME ZONE 'UTC')::date AS day,
                         t.direction, t.amount, t.status, t.transaction_type AS type, t.merchant_name,
                         t.counterparty_id, t.counterparty_account_id, t.counterparty_name, t.description,
                         (t.direction = 'credit' AND t.status <> 'reversed'
                          AND t.transaction_type IN ('deposit', 'salary', 'transfer_in', 'interest')
                          AND t.loan_id IS NULL AND t.claim_id IS NULL
                          AND coalesce(o.customer_id = ia.customer_id, false) IS NOT TRUE
                          AND coalesce(t.counterparty_name = h.holder, false) IS NOT TRUE) AS income,
                         (t.direction = 'debit' AND t.status <> 'reversed'
                          AND t.transaction_type NOT IN ('loan_payment', 'insurance_premium')
                          AND coalesce(cp.kind = 'lender', false) IS NOT TRUE
                          AND coalesce(o.customer_id = ia.customer_id, false) IS NOT TRUE
                          AND coalesce(t.counterparty_name = h.holder, false) IS NOT TRUE) AS spend
                  FROM ia JOIN h USING (customer_id) JOIN public.transactions t ON t.account_id = ia.account_id
                  LEFT JOIN public.accounts o ON o.account_id = t.counterparty_account_id
                  LEFT JOIN public.counterparties cp ON cp.counterparty_id = t.counterparty_id
                  WHERE t.transaction_date < {asof}
                    AND NOT EXISTS (SELECT 1 FROM verify_case_transactions x WHERE x.transaction_id = t.transaction_id)),
                agg AS (
                  SELECT customer_id, date_trunc('month', day)::date AS month,
                         sum(amount) FILTER (WHERE income) AS credits, sum(amount) FILTER (WHERE spend) AS spent,
                         sum(amount) FILTER (WHERE direction = 'debit' AND status <> 'reversed') AS debits
                  FROM t GROUP BY 1, 2),
                mc AS (
                  SELECT cov.customer_id, k, ((SELECT m0 FROM p) - make_interval(months => k))::date AS month,
                         coalesce(agg.credits, 0) AS credits, coalesce(agg.spent, 0) AS spent,
                         coalesce(agg.debits, 0) AS debits
                  FROM cov CROSS JOIN generate_series(1, 24) k
                  LEFT JOIN agg ON agg.customer_id = cov.customer_id
                       AND agg.month = ((SELECT m0 FROM p) - make_interval(months => k))::date),
                g AS (
                  SELECT customer_id,
                         sum(credits) FILTER (WHERE k <= 12) AS credits_12, sum(credits) FILTER (WHERE k > 12) AS credits_prior_12,
                         sum(credits) FILTER (WHERE k <= 3) AS credits_3, sum(credits) FILTER (WHERE k BETWEEN 4 AND 6) AS credits_prior_3,
                         stddev_pop(credits) FILTER (WHERE k <= 12) / nullif(avg(credits) FILTER (WHERE k <= 12), 0) AS income_cv,
                         sum(spent) FILTER (WHERE k <= 12) AS spent_12, sum(spent) FILTER (WHERE k <= 3) AS spent_3,
                         sum(debits) FILTER (WHERE k <= 12) AS debits_12
                  FROM mc GROUP BY 1),
                lm AS (
                  SELECT t.loan_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY t.amount)::numeric AS median
                  FROM h JOIN public.accounts a USING (customer_id) JOIN public.transactions t ON t.account_id = a.account_id
                  WHERE t.transaction_type = 'loan_payment' AND t.loan_id IS NOT NULL GROUP BY 1),
                si AS (SELECT customer_id, extract(month FROM month) AS cal, avg(credits) AS v FROM mc GROUP BY 1, 2),
                sv AS (SELECT customer_id, stddev_pop(v) / nullif(avg(v), 0) AS seasonality_index FROM si GROUP BY 1),
                e AS (
                  SELECT h.customer_id,
                         sum(CASE WHEN t.loan_id IS NOT NULL THEN least(t.amount, lm.median) ELSE t.amount END) FILTER (WHERE t.status <> 'reversed' AND (t.transaction_type = 'loan_payment' OR cp.kind = 'lender')
                           AND (t.transaction_date AT TIME ZONE 'UTC')::date >= (SELECT m0 FROM p) - interval '12 months'
                           AND (t.transaction_date AT TIME ZONE 'UTC')::date < (SELECT m0 FROM p)) AS emi_12,
                         count(*) FILTER (WHERE t.return_reason IS NOT NULL
                           AND (t.transaction_date AT TIME ZONE 'UTC')::date >= (SELECT m0 FROM p) - interval '12 months'
                           AND (t.transaction_date AT TIME ZONE 'UTC')::date < (SELECT m0 FROM p)) AS bounces,
                         count(*) FILTER (WHERE cp.kind = 'lender'
                           AND t.description NOT LIKE {represented}
                           AND (t.transaction_date AT TIME ZONE 'UTC')::date >= (SELECT m0 FROM p) - interval '24 months'
                           AND (t.transaction_date AT TIME ZONE 'UTC')::date < (SELECT m0 FROM p)) AS emi_due,
                         count(*) FILTER (WHERE cp.kind = 'lender'
                           AND t.description NOT LIKE {represented} AND t.status <> 'reversed'
                           AND (t.transaction_date AT TIME ZONE 'UTC')::date >= (SELECT m0 FROM p) - interval '24 months'
                           AND (t.transaction_date AT TIME ZONE 'UTC')::date < (SELECT m0 FROM p)) AS emi_paid_first
                  FROM h JOIN public.accounts a USING (customer_id) JOIN public.transactions t ON t.account_id = a.account_id
                  LEFT JOIN public.counterparties cp ON cp.counterparty_id = t.counterparty_id
                  LEFT JOIN lm ON lm.loan_id = t.loan_id
                  WHERE t.direction = 'debit' AND (t.transaction_type = 'loan_payment' OR cp.kind = 'lender'
                        OR t.return_reason IS NOT NULL)
                    AND NOT EXISTS (SELECT 1 FROM verify_case_transactions x WHERE x.transaction_id = t.transaction_id)
                  GROUP BY 1),
                py AS (
                  SELECT customer_id, coalesce('c' || counterparty_id, 'a' || counterparty_account_id, 'n' || counterparty_name,
                         'd' || description) AS payer, sum(amount) AS total
                  FROM t WHERE income AND type <> 'interest' AND day >= (SELECT m0 FROM p) - interval '12 months'
                       AND day < (SELECT m0 FROM p)
                  GROUP BY 1, 2),
                top AS (
                  SELECT customer_id, sum(total) FILTER (WHERE r <= 3) / nullif(sum(total), 0) AS top3_share
                  FROM (SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY total DESC, payer) AS r FROM py) x
                  GROUP BY 1),
                pd AS (
                  SELECT DISTINCT customer_id, day FROM t
                  WHERE income AND type IN ('deposit', 'salary') AND day >= {asof} - 180 AND day < {asof}),
                gap AS (
                  SELECT customer_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY d) AS median_pay_gap
                  FROM (SELECT customer_id, day - lag(day) OVER (PARTITION BY customer_id ORDER BY day) AS d FROM pd) x
                  WHERE d IS NOT NULL GROUP BY 1),
                ch AS (
                  SELECT customer_id, merchant_name, amount,
                         day - lag(day) OVER (PARTITION BY customer_id, merchant_name ORDER BY day, transaction_id) AS d
                  FROM t WHERE spend AND merchant_name IS NOT NULL AND day >= {asof} - 180 AND day < {asof}),
                rc AS (
                  SELECT customer_id, merchant_name, count(*) AS n, sum(amount) AS total,
                         avg(((d BETWEEN 4 AND 10) OR (d BETWEEN 10 AND 18) OR (d BETWEEN 23 AND 37))::int)
                           FILTER (WHERE d IS NOT NULL) AS regular,
                         max(amount) <= 1.1 * avg(amount) AND min(amount) >= 0.9 * avg(amount) AS steady
                  FROM ch GROUP BY 1, 2),
                rec AS (
                  SELECT customer_id, count(*) FILTER (WHERE n >= 3 AND regular >= 0.7 AND steady) AS recurring_merchants,
                         coalesce(sum(total) FILTER (WHERE n >= 3 AND regular >= 0.7 AND steady), 0) AS recurring_180
                  FROM rc GROUP BY 1),
                s180 AS (
                  SELECT customer_id, sum(amount) AS spent_180 FROM t
                  WHERE spend AND day >= {asof} - 180 AND day < {asof} GROUP BY 1),
                sa AS (
                  SELECT h.customer_id, a.account_id, a.opening_balance, a.ledger_from, a.balance
                  FROM h JOIN public.accounts a USING (customer_id)
                  WHERE a.account_type IN {saving} AND a.status = 'active'),
                sb AS (
                  SELECT customer_id, bool_or(ledger_from > {asof} - 180) AS young, sum(balance) AS savings_end,
                         sum(coalesce((SELECT t.balance_after FROM public.transactions t WHERE t.account_id = sa.account_id
                                       AND t.transaction_date < {asof} - 180
                                       ORDER BY t.transaction_date DESC, t.transaction_id DESC LIMIT 1),
                                      sa.opening_balance)) AS savings_start
                  FROM sa GROUP BY 1),
                cu AS (
                  SELECT k.customer_id, max(s.closing / nullif(s.credit_limit, 0)) AS utilization
                  FROM h JOIN public.credit_cards k USING (customer_id)
                  JOIN LATERAL (SELECT s.closing, s.credit_limit FROM public.credit_card_statements s
                                WHERE s.card_id = k.card_id AND s.statement_date < {asof}
                                ORDER BY s.statement_date DESC LIMIT 1) s ON true
                  GROUP BY 1)
                SELECT h.customer_id, h.profile, h.occupation_class, coalesce(cov.months, 0) AS months,
                       g.credits_12, g.credits_prior_12, g.credits_3, g.credits_prior_3, g.spent_12, g.spent_3,
                       g.debits_12, coalesce(e.emi_12, 0) AS emi_12, cov.balance AS checking_balance,
                       CASE WHEN cov.months >= 24 THEN g.credits_12 / nullif(g.credits_prior_12, 0) - 1 END AS ttm_growth,
                       CASE WHEN cov.months >= 6 THEN g.credits_3 / nullif(g.credits_prior_3, 0) - 1 END AS qoq_growth,
                       CASE WHEN cov.months >= 24 THEN sv.seasonality_index END AS seasonality_index,
                       CASE WHEN cov.months >= 12 THEN g.income_cv END AS income_cv,
                       CASE WHEN cov.months >= 12 THEN coalesce(e.emi_12, 0) / nullif(g.credits_12, 0) END AS dsr,
                       CASE WHEN cov.months >= 12 THEN coalesce(e.bounces, 0) END AS bounces,
                       CASE WHEN cov.months >= 12 AND e.emi_due > 0 THEN e.emi_paid_first::numeric / e.emi_due END
                         AS emi_consistency,
                       coalesce(e.emi_due, 0) AS emi_due, coalesce(e.emi_paid_first, 0) AS emi_paid_first,
                       CASE WHEN cov.months >= 12 THEN top.top3_share END AS top3_share,
                       CASE WHEN cov.months >= 12 AND g.debits_12 > 0
                         THEN (g.credits_12 - g.debits_12) / 12 / (g.debits_12 / 365) END AS cash_runway_days,
                       cu.utilization,
                       CASE WHEN cov.months >= 3 THEN cov.balance / nullif(g.spent_3 / 3, 0) END AS buffer_months,
                       CASE WHEN cov.months >= 6 THEN gap.median_pay_gap END AS median_pay_gap,
                       CASE WHEN cov.months >= 6 THEN coalesce(rec.recurring_merchants, 0) END AS recurring_merchants,
                       CASE WHEN cov.months >= 6 THEN coalesce(rec.recurring_180, 0) / 180 * 30.4375 END AS recurring_monthly,
                       CASE WHEN cov.months >= 6 THEN coalesce(rec.recurring_180, 0) / nullif(s180.spent_180, 0) END
                         AS subscription_share,
                       CASE WHEN NOT sb.young AND sb.savings_start > 0
                         THEN power(sb.savings_end / sb.savings_start, 1.0 / 6) - 1 END AS savings_growth,
                       CASE WHEN cov.months >= 12 THEN g.spent_12 / nullif(g.credits_12, 0) END AS spend_to_income
                FROM h LEFT JOIN cov USING (customer_id) LEFT JOIN g USING (customer_id) LEFT JOIN sv USING (customer_id)
                LEFT JOIN e USING (customer_id) LEFT JOIN top USING (customer_id) LEFT JOIN gap USING (customer_id)
                LEFT JOIN rec USING (customer_id) LEFT JOIN s180 USING (customer_id) LEFT JOIN sb USING (customer_id)
                LEFT JOIN cu USING (customer_id)
                """.formatted(from);
    }

    /** The metric columns of {@link #sql}'s rows, after the customer's id, profile, class and months. */
    static final String COLUMNS = "customer_id bigint PRIMARY KEY, profile text, occupation_class text, months int, "
            + "credits_12 numeric, credits_prior_12 numeric, credits_3 numeric, credits_prior_3 numeric, "
            + "spent_12 numeric, spent_3 numeric, debits_12 numeric, emi_12 numeric, checking_balance numeric, "
            + "ttm_growth numeric, qoq_growth numeric, seasonality_index numeric, income_cv numeric, dsr numeric, "
            + "bounces bigint, emi_consistency numeric, emi_due bigint, emi_paid_first bigint, top3_share numeric, "
            + "cash_runway_days numeric, utilization numeric, buffer_months numeric, median_pay_gap numeric, recurring_merchants bigint, "
            + "recurring_monthly numeric, subscription_share numeric, savings_growth numeric, spend_to_income numeric";

    /** A value in its metric's unit, as explain and the ranges print it: {@code 56.2%}, {@code 48 days}, {@code $146.20}. */
    public static String format(Metric m, double v) {
        return format(m.unit(), v);
    }

    /** A value in a unit; {@code ₹} is money of India's market, in lakh and crore ({@code ₹1,23,456.70}). */
    public static String format(String unit, double v) {
        return switch (unit) {
            case "%" -> String.format(Locale.ROOT, "%.1f%%", v * 100);
            case "days" -> String.format(Locale.ROOT, "%.0f days", v);
            case "months" -> String.format(Locale.ROOT, "%.2f months", v);
            case "$" -> String.format(Locale.ROOT, "$%,.2f", v);
            case "₹" -> rupees(v, 2);
            case "ratio" -> String.format(Locale.ROOT, "%.2f", v);
            default -> String.format(Locale.ROOT, "%.0f", v);
        };
    }

    /**
     * Rupees grouped the Indian way, by hand (the JDK's en-IN groups by thousands): the last three
     * digits, then pairs ({@code ₹12,34,567.89}).
     */
    static String rupees(double v, int decimals) {
        String plain = java.math.BigDecimal.valueOf(Math.abs(v)).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            int left = whole.length() - i;
            if (i > 0 && (left == 3 || left > 3 && (left - 3) % 2 == 0)) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (v < 0 ? "-₹" : "₹") + grouped + (dot < 0 ? "" : plain.substring(dot));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * One sentence on a metric's value, from the sourced bands (docs/profiles.md): the FOIR band
     * lenders use, the MSME seed's concentration and runway bands, SpendSense's signals.
     */
    /** The sentence with its money in the market's unit ({@code $} or {@code ₹}). */
    public static String sentence(String metric, double v, String moneyUnit) {
        String out = sentence(metric, v);
        return "₹".equals(moneyUnit) && "recurring_monthly".equals(metric)
                ? rupees(v, 0) + " a month on recurring charges" : out;
    }

    public static String sentence(String metric, double v) {
        String pct = String.format(Locale.ROOT, "%.0f%%", v * 100);
        return switch (metric) {
            case "ttm_growth" -> "TTM " + signed(v) + ": credits " + (v >= 0 ? "up " : "down ") + pct.replace("-", "")
                    + " on the year before" + (v >= 0.5 ? ", a fast-growing income" : v <= -0.2 ? ", a shrinking income"
                    : "");
            case "qoq_growth" -> "QoQ " + signed(v) + ": the last quarter's credits " + (v >= 0 ? "above" : "below")
                    + " the quarter before";
            case "seasonality_index" -> "SV " + pct + ": " + (v > 1 ? "strongly seasonal, a few months carry the year"
                    : v < 0.2 ? "little seasonality (under 20%)" : "some seasonality");
            case "income_cv" -> "income CV " + pct + ": " + (v < 0.15 ? "steady income (under the 15% the MSME seed "
                    + "calls stable)" : v >= 0.5 ? "volatile income (50% or more)" : "moderately variable income");
            case "dsr" -> "DSR " + pct + ": " + (v > 0.5 ? "above the ~50% FOIR most lenders accept"
                    : v >= 0.4 ? "within the 40-50% FOIR lenders prefer, at its top" : "below the 40% FOIR lenders "
                    + "prefer");
            case "bounces" -> String.format(Locale.ROOT, "%.0f returned debits in 12 months: %s", v, v >= 6
                    ? "a high-bounce account (6 or more)" : v > 0 ? "some returned debits" : "no returned debits");
            case "emi_consistency" -> "EMI consistency " + pct + ": " + (v < 0.5 ? "most debt payments fail on first "
                    + "presentment" : "debt payments usually clear on first presentment");
            case "top3_share" -> "top-3 payers " + pct + ": " + (v > 0.7 ? "highly concentrated (over 70%)"
                    : v < 0.5 ? "diversified (under 50%)" : "moderately concentrated");
            case "cash_runway_days" -> String.format(Locale.ROOT, "runway %.0f days: %s", v, v > 90 ? "excellent (over 90)"
                    : v < 30 ? "concerning (under 30)" : "adequate");
            case "utilization" -> "card utilisation " + pct + ": " + (v >= 0.8 ? "80% or more, near the limit"
                    : v >= 0.5 ? "50% or more, high" : v >= 0.3 ? "30% or more, elevated" : "under 30%, healthy");
            case "buffer_months" -> String.format(Locale.ROOT, "%.2f months of spending in checking: %s", v, v < 1
                    ? "a thin buffer (under a month)" : "a cushion of a month or more");
            case "median_pay_gap" -> String.format(Locale.ROOT, "median pay gap %.0f days: %s", v, v >= 45
                    ? "long gaps between pay (45 days or more)" : "regular pay");
            case "recurring_merchants" -> String.format(Locale.ROOT, "%.0f recurring merchants: %s", v, v >= 4
                    ? "subscription-heavy (4 or more)" : v >= 3 ? "several subscriptions" : "few subscriptions");
            case "recurring_monthly" -> String.format(Locale.ROOT, "$%,.0f a month on recurring charges", v);
            case "subscription_share" -> "recurring charges " + pct + " of spending" + (v >= 0.1
                    ? ": 10% or more, a subscription-heavy budget" : "");
            case "savings_growth" -> "savings " + signed(v) + " a month: " + (v >= 0.03 ? "building savings fast "
                    + "(3% a month or more)" : v > 0.005 ? "saving steadily" : v < -0.005 ? "drawing savings down"
                    : "savings flat");
            case "spend_to_income" -> String.format(Locale.ROOT, "spending %.2f× credits: %s", v, v > 1.1
                    ? "spending more than comes in" : v > 0.95 ? "spending about what comes in" : "spending within income");
            default -> metric + " " + v;
        };
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.0f%%", v * 100);
    }
}
