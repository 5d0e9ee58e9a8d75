package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Behaviour profiles (docs/profiles.md): the assignment and its mix, each profile's metrics in its
 * ranges, balanced customers apart from the others, the rules a profile scopes out, returned debits
 * and subscriptions. Without profiles (accounts_db.customer_behaviour empty) each reads "too few
 * rows" or holds over nothing.
 */
final class ProfileChecks {
    private ProfileChecks() {
    }

    /** The share of a profile's customers that must land in each range. */
    static final double IN_RANGE = 0.95;
    /** The most balanced customers that may meet another profile's trigger [chosen]. */
    static final double SEPARATION = 0.05;

    static List<Check> all() {
        List<Check> out = new ArrayList<>();
        out.add(assignment());
        out.add(new MixOfProfiles());
        for (Map.Entry<String, Map<String, ProfileMetrics.Range>> p : ProfileMetrics.EXPECTED.entrySet()) {
            if (!p.getValue().isEmpty()) {
                out.add(new InRange(p.getKey(), p.getValue()));
            }
        }
        out.add(new Separation());
        out.add(overdraftScope());
        out.add(bouncePairing());
        out.add(subscriptionCadence());
        out.add(cardStatements());
        out.add(cardAmounts());
        out.add(purchaseFloor());
        return out;
    }

    /** The 13 profiles in the order customers 1-13 show them. */
    private static final String SHOWCASES = "(ARRAY['balanced', 'stable_income', 'variable_income', 'seasonal', "
            + "'growing', 'declining', 'high_debt', 'high_bounce', 'customer_concentration', 'high_utilization', "
            + "'subscription_heavy', 'savings_builder', 'overspender'])";

    /**
     * SQL true when customer {@code customer_id} is a showcase: customers 1-13, in a gig bank ({@code
     * --earners gig}) only those whose profile a gig worker may have.
     */
    private static final String SHOWN = "(customer_id <= 13 AND (NOT {gigbank} OR " + SHOWCASES + "[customer_id] IN "
            + "('balanced', 'stable_income', 'variable_income', 'seasonal', 'growing', 'declining', "
            + "'subscription_heavy', 'overspender')))";

    /** Profiles a customer of each class may have: where the run's weights give it a share. */
    static Check assignment() {
        return RuleCheck.rule("profile.assignment", Category.PROFILES, ACCOUNTS,
                        "accounts_db.customer_behaviour, profile_weights, accounts, customers")
                .expect("one profile per customer whose first checking or business checking account is active (none "
                        + "other), that fits the customer's class (business customers are business, the others retail or "
                        + "gig) and has a weight for it, or is the showcase's: customers 1-13 show the 13 profiles in "
                        + "order (in a gig bank those a gig worker may have); the main account is that first account; "
                        + "a gig worker's income comes in lumps (variable income) only from work paid by the piece")
                .over("customers", "SELECT c.customer_id, c.segment, b.profile, b.occupation_class, b.showcase, "
                        + "(SELECT {piecework} FROM verify_occupations o WHERE o.customer_id = c.customer_id) AS lumps, "
                        + "b.main_account_id, m.account_id AS first_account, m.status AS first_status, "
                        + "(SELECT w.share FROM public.profile_weights w WHERE w.occupation_class = b.occupation_class "
                        + "AND w.profile = b.profile) AS share, (SELECT count(*) FROM public.profile_weights) AS weights "
                        + "FROM public.customers c LEFT JOIN public.customer_behaviour b USING (customer_id) LEFT JOIN "
                        + "LATERAL (SELECT a.account_id, a.status FROM public.accounts a WHERE a.customer_id = "
                        + "c.customer_id AND a.account_type IN {everyday} ORDER BY a.account_id "
                        + "LIMIT 1) m ON true")
                .brokenWhen("(profile IS NOT NULL AND (main_account_id IS DISTINCT FROM first_account "
                        + "OR first_status <> 'active' OR (occupation_class = 'business') <> (segment = 'business') "
                        + "OR showcase <> " + SHOWN + " "
                        + "OR (showcase AND profile <> " + SHOWCASES + "[customer_id]) "
                        + "OR (NOT showcase AND coalesce(share, 0) = 0) "
                        + "OR (profile = 'variable_income' AND occupation_class = 'gig' "
                        + "AND NOT coalesce(lumps, true)))) "
                        + "OR (profile IS NULL AND weights > 0 AND first_status = 'active' AND NOT " + SHOWN + " "
                        + "AND EXISTS (SELECT 1 FROM public.profile_weights w WHERE w.share > 0 AND w.occupation_class = "
                        + "CASE WHEN segment = 'business' THEN 'business' ELSE 'retail' END)) "
                        + "OR (profile IS NULL AND weights > 0 AND " + SHOWN + ")")
                .offender("'customer ' || customer_id || ' (' || segment || '): ' || coalesce(profile || ' as ' || "
                        + "occupation_class || CASE WHEN showcase THEN ' showcase' ELSE '' END || ' on account ' || "
                        + "main_account_id, 'no profile') || ', first transaction account ' || coalesce(first_account::text, "
                        + "'none') || ' ' || coalesce(first_status, '')")
                .worstFirst("customer_id")
                .needs(Import.OCCUPATIONS)
                .build();
    }

    /**
     * The mix: per class and profile, the customers (showcases aside) against the expected count,
     * each customer adding its chance of the profile: the run's weight, renormalised over the profiles
     * it could take (a savings builder needs exactly one active savings or money-market account
     * besides the main one). Passes within 4 standard errors.
     */
    static final class MixOfProfiles extends BaseCheck {
        MixOfProfiles() {
            super("profile.mix", Category.PROFILES, ACCOUNTS, "accounts_db.customer_behaviour, profile_weights, accounts");
        }

        static final String QUERY = "WITH c AS (SELECT b.customer_id, b.occupation_class, b.profile, (SELECT count(*) FROM "
                + "public.accounts a WHERE a.customer_id = b.customer_id AND a.account_id <> b.main_account_id AND "
                + "a.status = 'active' AND a.account_type IN {saving}) = 1 AS saver, "
                + "b.occupation_class <> 'gig' OR coalesce((SELECT {piecework} FROM verify_occupations o WHERE "
                + "o.customer_id = b.customer_id), true) AS lumps FROM public.customer_behaviour b "
                + "WHERE NOT b.showcase), "
                + "w AS (SELECT c.customer_id, c.occupation_class, w.profile, w.share * CASE WHEN w.profile = "
                + "'savings_builder' AND NOT c.saver OR w.profile = 'variable_income' AND NOT c.lumps THEN 0 ELSE 1 END "
                + "AS raw FROM c JOIN public.profile_weights w USING (occupation_class)), "
                + "p AS (SELECT customer_id, occupation_class, profile, raw / nullif(sum(raw) OVER (PARTITION BY "
                + "customer_id), 0) AS chance FROM w) "
                + "SELECT p.occupation_class, p.profile, count(*) FILTER (WHERE c.profile = p.profile) AS observed, "
                + "sum(p.chance) AS expected, sum(p.chance * (1 - p.chance)) AS variance FROM p JOIN c USING "
                + "(customer_id) GROUP BY 1, 2 HAVING sum(p.chance) > 0 ORDER BY 1, 2";

        @Override
        public String formula() {
            return "per class and profile (showcases aside): observed customers vs Σ chance, chance = weight ÷ the "
                    + "weights of the profiles the customer could take (savings builders hold one savings account, "
                    + "variable-income gig workers are paid by the piece); passes when |observed − expected| ≤ "
                    + StatisticCheck.Z + "·√Σ chance(1 − chance); \"too few rows\" when expected < 10";
        }

        @Override
        public List<Import> imports() {
            return List.of(Import.OCCUPATIONS);
        }

        @Override
        public CheckResult run(VerifySession session) throws SQLException {
            List<CheckResult.Line> lines = new ArrayList<>();
            for (List<String> r : session.rows(database(), QUERY)) {
                long observed = Long.parseLong(r.get(2));
                double expected = Double.parseDouble(r.get(3));
                double se = Math.sqrt(Double.parseDouble(r.get(4)));
                Verdict v = expected < 10 ? Verdict.TOO_FEW_ROWS
                        : Math.abs(observed - expected) <= StatisticCheck.Z * se ? Verdict.PASS : Verdict.FAIL;
                lines.add(new CheckResult.Line(r.get(0) + " " + r.get(1), String.format(Locale.ROOT, "%.1f ± %.1f",
                        expected, StatisticCheck.Z * se), Counts.of(observed), v));
            }
            if (lines.isEmpty()) {
                lines.add(new CheckResult.Line("", "the mix of --profiles", "no profiles in this run",
                        Verdict.TOO_FEW_ROWS));
            }
            return CheckResult.of(this, lines, null);
        }
    }

    /** The SQL condition "the metric is in the range", for metric {@code m} of a row of the metrics table. */
    private static String inRange(String metric, ProfileMetrics.Range range) {
        return "(" + range.sql(judged("m." + metric, ProfileMetrics.metric(metric))) + ")";
    }

    /**
     * A metric as its range judges it: an amount of money in the rules' dollars, the market's amount
     * divided by its price level ({@code {pricelevel}}: 1 in the US; in India 10, the rupees a
     * subscription costs per dollar of its US price).
     */
    static String judged(String column, ProfileMetrics.Metric m) {
        return "$".equals(m.unit()) ? "(" + column + " / {pricelevel})" : column;
    }

    /** At least 95% of a profile's customers land in each of its ranges. */
    static final class InRange extends BaseCheck {
        private final String profile;
        private final Map<String, ProfileMetrics.Range> ranges;

        InRange(String profile, Map<String, ProfileMetrics.Range> ranges) {
            super("profile.in_range." + profile, Category.PROFILES, ACCOUNTS,
                    "accounts_db.transactions, accounts, customer_behaviour, counterparties");
            this.profile = profile;
            this.ranges = ranges;
        }

        @Override
        public List<Import> imports() {
            return List.of(Import.CASE_TRANSACTIONS, Import.PROFILE_METRICS);
        }

        @Override
        public String formula() {
            StringBuilder sb = new StringBuilder("per metric, the share of " + profile + " customers with the history "
                    + "it needs whose value is in range must be ≥ 95%: fails when P(X ≤ in range) under "
                    + "Binomial(n, 0.95) is below " + Binomial.ALPHA + " (\"too few rows\" when no count could): ");
            for (Map.Entry<String, ProfileMetrics.Range> r : ranges.entrySet()) {
                ProfileMetrics.Metric m = ProfileMetrics.metric(r.getKey());
                sb.append(r.getKey()).append(" = ").append(m.formula()).append(", in ").append(r.getValue().describe(m))
                        .append("; ");
            }
            return sb.append("metrics as docs/profiles.md computes them").toString();
        }

        @Override
        public CheckResult run(VerifySession session) throws SQLException {
            List<CheckResult.Line> lines = new ArrayList<>();
            String worst = null;
            for (Map.Entry<String, ProfileMetrics.Range> r : ranges.entrySet()) {
                String metric = r.getKey();
                ProfileMetrics.Metric m = ProfileMetrics.metric(metric);
                String judged = "top3_share".equals(metric) ? " AND m.occupation_class = 'business'" : "";
                List<String> row = session.row(database(), "SELECT count(*) FILTER (WHERE m." + metric + " IS NOT NULL), "
                        + "count(*) FILTER (WHERE " + inRange(metric, r.getValue()) + "), count(*) FILTER (WHERE m."
                        + metric + " IS NULL), (SELECT m2.customer_id || ': ' || round(m2." + metric + "::numeric, 4) "
                        + "FROM verify_profile_metrics m2 WHERE m2.profile = '" + profile + "' AND m2." + metric
                        + " IS NOT NULL AND NOT (" + r.getValue().sql(judged("m2." + metric, m)) + ")" + judged.replace("m.", "m2.")
                        + " ORDER BY m2.customer_id LIMIT 1) FROM verify_profile_metrics m WHERE m.profile = '" + profile
                        + "'" + judged);
                long n = Long.parseLong(row.get(0));
                long in = Long.parseLong(row.get(1));
                long shortWindow = Long.parseLong(row.get(2));
                String unit = "$".equals(m.unit()) ? session.moneyUnit() : m.unit();
                String expected = r.getValue().describe(unit, session.priceLevel()) + " for ≥ 95%";
                String measured = n == 0 ? "no customers" : Counts.percent((double) in / n) + " (" + Counts.of(in)
                        + " of " + Counts.of(n) + ")" + (shortWindow > 0 ? "; " + Counts.of(shortWindow)
                        + " with too short a window or no data" : "");
                Verdict v = Binomial.judge(in, n, IN_RANGE, 1);
                if (row.get(3) != null && worst == null) {
                    worst = metric + " outside " + r.getValue().describe(unit, session.priceLevel()) + ": customer "
                            + row.get(3);
                }
                lines.add(new CheckResult.Line(metric, expected, measured, v));
            }
            return CheckResult.of(this, lines, worst);
        }
    }

    /** Balanced customers do not look like another profile: at most 5% meet another profile's trigger. */
    static final class Separation extends BaseCheck {
        Separation() {
            super("profile.separation", Category.PROFILES, ACCOUNTS,
                    "accounts_db.transactions, accounts, customer_behaviour, counterparties");
        }

        @Override
        public List<Import> imports() {
            return List.of(Import.CASE_TRANSACTIONS, Import.PROFILE_METRICS);
        }

        /**
         * A profile's trigger: all of its ranges hold, on the metrics it is judged by; for the two whose
         * range overlaps balanced's own, the part outside it: stable income's CV below balanced's 10%
         * floor, high debt's DSR at or above balanced's 50% ceiling.
         */
        static Map<String, ProfileMetrics.Range> triggers(String profile) {
            if ("stable_income".equals(profile)) {
                return Map.of("income_cv", ProfileMetrics.Range.below(0.10), "seasonality_index",
                        ProfileMetrics.Range.below(0.20));
            }
            if ("high_debt".equals(profile)) {
                return Map.of("dsr", ProfileMetrics.Range.atLeast(0.50));
            }
            return ProfileMetrics.EXPECTED.get(profile);
        }

        static String trigger(String profile) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, ProfileMetrics.Range> r : new java.util.TreeMap<>(triggers(profile)).entrySet()) {
                String judged = "top3_share".equals(r.getKey()) ? "m.occupation_class = 'business' AND " : "";
                parts.add("coalesce(" + judged + inRange(r.getKey(), r.getValue()) + ", false)");
            }
            return parts.isEmpty() ? "false" : String.join(" AND ", parts);
        }

        static List<String> others() {
            return ProfileMetrics.EXPECTED.keySet().stream().filter(p -> !"balanced".equals(p)
                    && !ProfileMetrics.EXPECTED.get(p).isEmpty()).toList();
        }

        @Override
        public String formula() {
            StringBuilder sb = new StringBuilder("share of balanced customers (24 full months of history) meeting any "
                    + "other profile's trigger, a trigger being all of that profile's ranges at once (stable income: CV below "
                    + "balanced's 10% floor; high debt: DSR at or above balanced's 50% ceiling); at most 5%: fails when "
                    + "P(X ≥ met) under Binomial(n, 0.05) is below " + Binomial.ALPHA + "; \"too few rows\" when no "
                    + "count could. Triggers: ");
            for (String p : others()) {
                sb.append(p).append(": ").append(trigger(p)).append("; ");
            }
            return sb.toString();
        }

        @Override
        public CheckResult run(VerifySession session) throws SQLException {
            StringBuilder any = new StringBuilder();
            StringBuilder each = new StringBuilder();
            for (String p : others()) {
                any.append(any.length() == 0 ? "" : " OR ").append("(").append(trigger(p)).append(")");
                each.append(", count(*) FILTER (WHERE ").append(trigger(p)).append(")");
            }
            List<String> row = session.row(database(), "SELECT count(*), count(*) FILTER (WHERE " + any + ")" + each
                    + " FROM verify_profile_metrics m WHERE m.profile = 'balanced' AND m.months >= 24");
            long n = Long.parseLong(row.get(0));
            long met = Long.parseLong(row.get(1));
            String offender = null;
            List<String> others = others();
            long most = 0;
            for (int i = 0; i < others.size(); i++) {
                long k = Long.parseLong(row.get(2 + i));
                if (k > most) {
                    most = k;
                    offender = k + " balanced customers meet " + others.get(i) + "'s trigger";
                }
            }
            // at most 5%, judged by the exact binomial tail of a 5% share over n customers
            Verdict v = Binomial.judge(met, n, 0, SEPARATION);
            String measured = n == 0 ? "no balanced customers" : Counts.percent((double) met / n) + " (" + Counts.of(met)
                    + " of " + Counts.of(n) + ")";
            return CheckResult.of(this, List.of(new CheckResult.Line("", "balanced customers meeting another profile's "
                    + "trigger ≤ 5% (passes " + Binomial.passing(n, 0, SEPARATION) + ")", measured, v)), offender);
        }
    }

    /**
     * Only the profiles that scope them out break the seed documents' spending cap and no-overdraft
     * rule, and never below the overdraft limit.
     */
    static Check overdraftScope() {
        return RuleCheck.rule("profile.overdraft_scope", Category.PROFILES, ACCOUNTS,
                        "accounts_db.transactions, accounts, customer_behaviour")
                .expect("on a profiled customer's main account, a balance below zero, or an own spending over 30% "
                        + "of the balance before it (payments to lenders aside), only for a variable_income, high_bounce "
                        + "or overspender customer, and never below −overdraft limit (other accounts: money.*)")
                .over("transactions below zero or over the cap", "SELECT * FROM (SELECT t.transaction_id, t.account_id, "
                        + "t.direction, t.status, t.amount, t.balance_after, a.overdraft_limit, lag(t.balance_after, 1, "
                        + "a.opening_balance) OVER (PARTITION BY t.account_id ORDER BY t.transaction_date, "
                        + "t.transaction_id) AS before, " + Own.transactions("t") + " AND NOT EXISTS (SELECT 1 FROM "
                        + "public.counterparties p WHERE p.counterparty_id = t.counterparty_id AND p.kind = 'lender') AS "
                        + "own FROM public.transactions t JOIN public.accounts a USING (account_id) WHERE t.account_id IN (SELECT "
                        + "main_account_id FROM public.customer_behaviour)) x WHERE "
                        + "balance_after < 0 OR (direction = 'debit' AND status <> 'reversed' AND own AND amount > 0.30 * "
                        + "before)")
                .brokenWhen("NOT " + Own.scopedOut("account_id") + " OR balance_after < -overdraft_limit")
                .offender("'transaction ' || transaction_id || ' on account ' || account_id || ': ' || amount || ' of "
                        + "a balance of ' || before || ', leaving ' || balance_after || ' (overdraft limit ' || "
                        + "overdraft_limit || ')'")
                .worstFirst("balance_after, transaction_id")
                .needs(Import.CASE_TRANSACTIONS)
                .build();
    }

    /** A returned debit leaves the balance as it was and draws exactly one fee, within three days. */
    static Check bouncePairing() {
        return RuleCheck.rule("profile.bounce_pairing", Category.PROFILES, ACCOUNTS, "accounts_db.transactions")
                .expect("a debit returned unpaid (status reversed, with its reason) leaves the balance unchanged and "
                        + "draws exactly one fee (a debit naming it as parent) within 3 days; every such fee names one")
                .over("returned debits and their fees", "SELECT x.*, coalesce(f.n, 0) AS fees, p.return_reason AS "
                        + "parent_reason FROM (SELECT t.transaction_id, t.status, t.direction, t.return_reason, "
                        + "t.parent_transaction_id, t.balance_after, lag(t.balance_after, 1, a.opening_balance) OVER "
                        + "(PARTITION BY t.account_id ORDER BY t.transaction_date, t.transaction_id) AS before FROM "
                        + "public.transactions t JOIN public.accounts a USING (account_id) WHERE t.account_id IN (SELECT "
                        + "account_id FROM public.transactions WHERE return_reason IS NOT NULL OR parent_transaction_id IS "
                        + "NOT NULL)) x LEFT JOIN (SELECT f.parent_transaction_id, count(*) AS n FROM public.transactions f "
                        + "JOIN public.transactions r ON r.transaction_id = f.parent_transaction_id WHERE "
                        + "f.transaction_type = 'fee' AND f.direction = 'debit' AND f.transaction_date BETWEEN "
                        + "r.transaction_date AND r.transaction_date + interval '3 days' GROUP BY 1) f ON "
                        + "f.parent_transaction_id = x.transaction_id LEFT JOIN public.transactions p ON p.transaction_id = "
                        + "x.parent_transaction_id WHERE x.return_reason IS NOT NULL OR x.parent_transaction_id IS NOT NULL")
                .brokenWhen("(return_reason IS NOT NULL AND (balance_after <> before OR fees <> 1)) OR "
                        + "(parent_transaction_id IS NOT NULL AND parent_reason IS NULL)")
                .offender("'transaction ' || transaction_id || CASE WHEN return_reason IS NOT NULL THEN ' (returned, ' "
                        + "|| return_reason || '): balance ' || before || ' → ' || balance_after || ', ' || fees || ' fees' "
                        + "ELSE ' names ' || parent_transaction_id || ', which was not returned' END")
                .worstFirst("transaction_id")
                .build();
    }

    /**
     * A profiled customer's card purchase is what its merchant category sells: at most 20 times the
     * 90th percentile of the category's purchases on accounts outside the profiles (categories with 100
     * or more of those). A profiled purchase is at most its category's 99th percentile, 6.6 times its
     * 90th at the widest category's spread (σ 1.80, electronics and public transit); 20 leaves room for
     * the reference percentile's sampling and for the other accounts' purchases, which their balances
     * cap (electronics' 90th percentile there: $473 at scale 10 against $600 drawn).
     */
    static Check cardAmounts() {
        String profiled = "SELECT main_account_id FROM public.customer_behaviour";
        return RuleCheck.rule("profile.card_amounts", Category.PROFILES, ACCOUNTS, "accounts_db.transactions")
                .expect("a profiled customer's card purchase is at most 20 × the 90th percentile of its merchant "
                        + "category's purchases on other accounts (categories with 100 or more of them)")
                .over("profiled purchases", "SELECT t.transaction_id, t.merchant_category, t.amount, c.p90 FROM "
                        + "public.transactions t JOIN (SELECT merchant_category, percentile_cont(0.9) WITHIN GROUP "
                        + "(ORDER BY amount) AS p90 FROM public.transactions WHERE transaction_type = 'purchase' AND "
                        + "account_id NOT IN (" + profiled + ") GROUP BY 1 HAVING count(*) >= 100) c USING "
                        + "(merchant_category) WHERE t.transaction_type = 'purchase' AND t.account_id IN (" + profiled
                        + ")")
                .brokenWhen("amount > 20 * p90")
                .offender("'purchase ' || transaction_id || ' of ' || amount || ' at ' || merchant_category || ' (90th "
                        + "percentile elsewhere ' || round(p90::numeric, 2) || ')'")
                .worstFirst("amount / p90 DESC, transaction_id")
                .build();
    }

    /**
     * A profiled customer with little to spend makes fewer purchases, not cheaper ones: at most 2% of the
     * profiled purchases fall below a tenth of their merchant category's 10th percentile on accounts
     * outside the profiles (categories with 100 or more of those) [chosen: 0.18% in the US and 0.37% in
     * India at scale 1 with each one's profile mix; 9.5% in India before the month's count followed its
     * budget, with snacks at Rs 0.51].
     */
    static Check purchaseFloor() {
        String profiled = "SELECT main_account_id FROM public.customer_behaviour";
        return new StatisticCheck("profile.purchase_floor", Category.PROFILES, ACCOUNTS, "accounts_db.transactions",
                "share of profiled customers' purchases below a tenth of their merchant category's 10th percentile on "
                        + "the other accounts (categories with 100 or more of them): a small budget buys less often, "
                        + "not at a fraction of the price",
                "SELECT avg((t.amount < c.p10 / 10)::int), count(*) FROM public.transactions t JOIN (SELECT "
                        + "merchant_category, percentile_cont(0.1) WITHIN GROUP (ORDER BY amount) AS p10 FROM "
                        + "public.transactions WHERE transaction_type = 'purchase' AND account_id NOT IN (" + profiled
                        + ") GROUP BY 1 HAVING count(*) >= 100) c USING (merchant_category) WHERE t.transaction_type = "
                        + "'purchase' AND t.account_id IN (" + profiled + ")", 0, 0.02, 500).share();
    }

    /** Each subscription is charged its amount, on its billing day (± 2 days), every cycle since it began. */
    static Check subscriptionCadence() {
        String charges = "SELECT (t.transaction_date AT TIME ZONE z.time_zone)::date AS day, t.amount FROM "
                + "public.transactions t WHERE t.account_id = s.account_id AND t.merchant_name = s.merchant AND "
                + "t.description = {subscription} || s.merchant";
        return RuleCheck.rule("profile.subscription_cadence", Category.PROFILES, ACCOUNTS,
                        "accounts_db.subscriptions, transactions, accounts")
                .expect("every charge of a subscription is its amount, on its billing day ± 2 days (weekly: on its "
                        + "weekday), the holder's local date, once per cycle inside the account's ledger window since it "
                        + "started")
                .over("subscriptions", "SELECT s.subscription_id, s.merchant, s.amount, s.cycle, s.billing_day, "
                        + "(SELECT count(*) FROM (" + charges + ") c WHERE c.amount <> s.amount OR CASE s.cycle WHEN "
                        + "'weekly' THEN extract(isodow FROM c.day) <> s.billing_day ELSE "
                        + "abs(extract(day FROM c.day) - least(s.billing_day, extract(day FROM (date_trunc('month', c.day) "
                        + "+ interval '1 month - 1 day')))) > 2 END) AS off, (SELECT count(*) FROM (" + charges + ") c) "
                        + "AS charged, (SELECT count(*) FROM generate_series(greatest(s.start_date, a.ledger_from), "
                        + "{asof} - 1, interval '1 day') g WHERE CASE s.cycle WHEN 'weekly' THEN extract(isodow FROM g) = "
                        + "s.billing_day ELSE extract(day FROM g) = s.billing_day END) AS due FROM public.subscriptions s "
                        + "JOIN public.accounts a USING (account_id) JOIN verify_customer_zones z ON z.customer_id = "
                        + "s.customer_id")
                .brokenWhen("off > 0 OR charged <> due")
                .offender("'subscription ' || subscription_id || ' (' || merchant || ', ' || amount || ' ' || cycle || "
                        + "' on day ' || billing_day || '): ' || off || ' charges off, ' || charged || ' of ' || due || "
                        + "' cycles charged'")
                .worstFirst("off DESC, due - charged DESC, subscription_id")
                .needs(Import.CUSTOMER_ZONES)
                .build();
    }

    /**
     * Each credit card statement's arithmetic (docs/profiles.md, the profile specification's card
     * terms), and its payment in the paying account's ledger.
     */
    static Check cardStatements() {
        return RuleCheck.rule("profile.card_statements", Category.PROFILES, ACCOUNTS,
                        "accounts_db.credit_card_statements, credit_cards, transactions, accounts")
                .expect("closing = opening + purchases + interest + fees − payments; minimum = max(the market's least "
                        + "($35 in the US, Rs 200 in India), 1% of closing "
                        + "+ interest + fees), at most closing; after the first statement: opening = the last closing, "
                        + "payments = the last paid, interest = (opening − payments) × APR ÷ 12 exactly when the last "
                        + "was not paid in full, a late fee ($30, or $41 with another in the six statements before; in India "
                        + "Rs 500, then Rs 750) "
                        + "exactly when less than the last minimum was paid; overdue exactly when due before as-of and "
                        + "paid below the minimum; each payment inside the ledger window is a debit of that amount on "
                        + "its day in the paying account")
                .over("statements", "SELECT x.*, CASE WHEN paid > 0 AND paid_date >= ledger_from THEN (SELECT count(*) "
                        + "FROM public.transactions t WHERE t.account_id = x.payment_account_id AND t.direction = "
                        + "'debit' AND t.status <> 'reversed' AND t.amount = x.paid AND t.description = 'Credit card "
                        + "payment, card ending ' || x.card_last4 AND (t.transaction_date AT TIME ZONE z.time_zone)::date "
                        + "= x.paid_date) END AS booked FROM (SELECT s.*, k.customer_id, k.payment_account_id, "
                        + "k.card_last4, a.ledger_from, lag(s.closing) OVER w AS prev_closing, lag(s.minimum_due) OVER w "
                        + "AS prev_minimum, lag(s.paid) OVER w AS prev_paid, coalesce(max(s.fees) OVER (PARTITION BY "
                        + "s.card_id ORDER BY s.statement_date ROWS BETWEEN 6 PRECEDING AND 1 PRECEDING), 0) AS "
                        + "earlier_fees, row_number() OVER w AS n FROM public.credit_card_statements s JOIN "
                        + "public.credit_cards k USING (card_id) JOIN public.accounts a ON a.account_id = "
                        + "k.payment_account_id WINDOW w AS (PARTITION BY s.card_id ORDER BY s.statement_date)) x JOIN "
                        + "verify_customer_zones z USING (customer_id)")
                .brokenWhen("closing <> opening + purchases + interest + fees - payments "
                        + "OR minimum_due <> CASE WHEN closing <= 0 THEN 0 ELSE least(closing, greatest({cardmin}, "
                        + "round(closing * 0.01, 2) + interest + fees)) END "
                        + "OR is_overdue <> coalesce(due_date < {asof} AND paid < minimum_due, false) "
                        + "OR (due_date < {asof}) <> (paid IS NOT NULL) "
                        + "OR (n > 1 AND (opening <> prev_closing OR payments <> coalesce(prev_paid, 0) "
                        + "OR interest <> CASE WHEN coalesce(prev_paid, 0) < prev_closing "
                        + "THEN round(greatest(opening - payments, 0) * apr / 12, 2) ELSE 0 END "
                        + "OR fees <> CASE WHEN coalesce(prev_paid, 0) < prev_minimum "
                        + "THEN CASE WHEN earlier_fees > 0 THEN {repeatlatefee} ELSE {latefee} END ELSE 0 END)) "
                        + "OR booked = 0")
                .offender("'card ' || card_id || ' statement ' || statement_date || ': opening ' || opening || ' + "
                        + "purchases ' || purchases || ' + interest ' || interest || ' + fees ' || fees || ' − payments ' "
                        + "|| payments || ' = closing ' || closing || ', minimum ' || minimum_due || ', paid ' || "
                        + "coalesce(paid::text, 'not yet') || coalesce(' on ' || paid_date, '') || CASE WHEN booked = 0 "
                        + "THEN ' (no such payment in account ' || payment_account_id || ')' ELSE '' END || '; the last: "
                        + "closing ' || coalesce(prev_closing::text, '-') || ', minimum ' || coalesce(prev_minimum::text, "
                        + "'-') || ', paid ' || coalesce(prev_paid::text, '-')")
                .worstFirst("card_id, statement_date")
                .needs(Import.CUSTOMER_ZONES)
                .build();
    }
}
