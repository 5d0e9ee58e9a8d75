package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.INSURANCE;
import static io.dhub.schema.LogicalDatabase.LOANS;

import java.util.List;

/**
 * Phase 6: policies that fit their holders, premiums and payouts that are the ledgers' insurance
 * money one for one, valid claims at the sourced frequencies, beneficiaries, staff, and the mixes
 * of ../shared/specs/insurance-compliance.md (docs/generation.md, phase 6, gives each source).
 */
final class InsuranceChecks {
    private InsuranceChecks() {
    }

    /** The day a policy's story stops: its lapse, cancellation or expiry, else the day before the as-of date. */
    private static final String STOP = "CASE WHEN p.status IN ('lapsed', 'cancelled', 'expired') THEN p.status_date "
            + "ELSE {asof} - 1 END";

    /** The days a policy was exposed to claims: from the start to the stop (or the day before the as-of date). */
    private static final String DAYS = "least(" + STOP + ", {asof} - 1) - p.start_date + 1";

    static List<Check> all() {
        return List.of(premiumsInLedger(), payoutsInLedger(), holders(), claimsValid(), claimFrequency(),
                beneficiaries(), beneficiaryAges(), premiumSchedule(), staff(), crossSell(), dwellingCover(),
                motorCovers(), healthCover(), schemes(), insuredMembers(),
                MixCheck.mix("insurance.policy_types", INSURANCE, "insurance_db.policies", "the bank's own policies",
                        "SELECT policy_type, count(*) FROM public.policies WHERE scheme IS NULL GROUP BY 1", "auto", 0.28,
                        "home", 0.22, "life", 0.22, "health", 0.10, "travel", 0.10, "disability", 0.08)
                        .in(Category.INSURANCE),
                // India's motor and health policies are paid once a year under their tariffs: the mix is judged over
                // the others, travel's single premium a tenth of all policies against 62 of every hundred
                MixCheck.mix("insurance.premium_frequency", INSURANCE, "insurance_db.policies",
                        "policies whose frequency is drawn", "SELECT premium_frequency, count(*) FROM public.policies p "
                                + "WHERE {drawnfrequency} GROUP BY 1", "monthly", 0.40, "annual", 0.30, "quarterly", 0.10,
                        "semi_annual", 0.10, "single", 0.10)
                        .inMarket("in", "monthly", 0.40 * 0.52 / 0.9 / 0.62, "annual", 0.30 * 0.52 / 0.9 / 0.62,
                                "quarterly", 0.10 * 0.52 / 0.9 / 0.62, "semi_annual", 0.10 * 0.52 / 0.9 / 0.62,
                                "single", 0.10 / 0.62)
                        .in(Category.INSURANCE),
                MixCheck.share("insurance.policy_holders", INSURANCE, "insurance_db.policies → accounts_db.accounts",
                        "account holders", "SELECT CASE WHEN EXISTS (SELECT 1 FROM public.policies p WHERE "
                                + "p.customer_id = h.customer_id AND p.scheme IS NULL) THEN 'hold a policy' ELSE "
                                + "'hold none' END, count(*) FROM verify_account_holders h GROUP BY 1", "hold a policy", 0.45)
                        .in(Category.INSURANCE).withImports(Import.ACCOUNT_HOLDERS),
                MixCheck.share("insurance.late_premiums", INSURANCE, "insurance_db.premium_payments",
                        "premiums of the bank's own policies paid or late", "SELECT d.payment_status, count(*) FROM "
                                + "public.premium_payments d JOIN public.policies p USING (policy_id) WHERE "
                                + "d.payment_status IN ('paid', 'late') AND p.scheme IS NULL GROUP BY 1", "late", 0.05)
                        .in(Category.INSURANCE),
                autoPremiumByAge());
    }

    /**
     * Auto insurers charge young drivers more: the mean log annual premium of drivers under 25 at the
     * policy's start exceeds that of drivers of 30-60 by at least log 1.2 (the averages by age give
     * about 1.8 times, the premium range's $4,000 ceiling trimming the youngest). Judged as a difference
     * of means with its standard error; under 10 young drivers is too few.
     */
    static Check autoPremiumByAge() {
        String annual = "ln(p.premium_amount * CASE p.premium_frequency WHEN 'monthly' THEN 12 WHEN 'quarterly' THEN 4 "
                + "WHEN 'semi_annual' THEN 2 ELSE 1 END)";
        return new StatisticCheck("insurance.auto_premium_age", Category.INSURANCE, INSURANCE,
                "insurance_db.policies → accounts_db.customers",
                "mean log annual auto premium, drivers under 25 minus drivers of 30-60 at the start",
                "SELECT avg(l) FILTER (WHERE a < 25) - avg(l) FILTER (WHERE a BETWEEN 30 AND 60), count(*) FILTER "
                        + "(WHERE a < 25), sqrt(var_samp(l) FILTER (WHERE a < 25) / count(*) FILTER (WHERE a < 25) + "
                        + "var_samp(l) FILTER (WHERE a BETWEEN 30 AND 60) / greatest(1, count(*) FILTER (WHERE a "
                        + "BETWEEN 30 AND 60))) FROM (SELECT " + annual + " AS l, date_part('year', age(p.start_date, "
                        + "b.date_of_birth)) AS a FROM public.policies p JOIN verify_customer_births b USING "
                        + "(customer_id) WHERE {agepriced}) x", Math.log(1.2), Double.POSITIVE_INFINITY, 10)
                .mean().withImports(Import.CUSTOMER_BIRTHS);
    }

    /**
     * Premiums and the ledger, one for one: every paid or late premium dated inside its account's
     * ledger window is one insurance_premium debit of that account (same policy, amount and local
     * date), and every insurance_premium debit is such a premium. A customer without a time zone is
     * read in UTC (the debits post at 5:00 local, the same date in UTC across the US).
     */
    static Check premiumsInLedger() {
        String premiums = "SELECT i.account_id, i.policy_id, i.payment_date AS day, i.amount, row_number() OVER "
                + "(PARTITION BY i.account_id, i.policy_id, i.payment_date, i.amount ORDER BY i.payment_id) AS k FROM "
                + "verify_premiums i JOIN public.accounts a USING (account_id) WHERE i.payment_date >= "
                + "coalesce(a.ledger_from, '-infinity'::date) AND i.payment_date < {asof}";
        String local = "(t.transaction_date AT TIME ZONE coalesce(z.time_zone, 'UTC'))::date";
        String debits = "SELECT t.account_id, t.policy_id, " + local + " AS day, t.amount, row_number() OVER "
                + "(PARTITION BY t.account_id, t.policy_id, " + local + ", t.amount ORDER BY t.transaction_id) AS k, "
                + "t.transaction_id FROM public.transactions t JOIN public.accounts a USING (account_id) LEFT JOIN "
                + "verify_customer_zones z USING (customer_id) WHERE t.transaction_type = 'insurance_premium'";
        return RuleCheck.rule("insurance.premiums_ledger", Category.INSURANCE, ACCOUNTS,
                        "insurance_db.premium_payments ↔ accounts_db.transactions")
                .expect("each paid or late premium in its account's ledger window is one insurance_premium debit "
                        + "(same account, policy, amount, local date), and each such debit is a premium")
                .over("premiums and premium debits", "SELECT account_id, policy_id, day, amount, p.k IS NULL AS "
                        + "orphan, d.k IS NULL AS missing FROM (" + premiums + ") p FULL JOIN (" + debits + ") d "
                        + "USING (account_id, policy_id, day, amount, k)")
                .brokenWhen("orphan OR missing")
                .offender("CASE WHEN missing THEN 'premium of policy ' || policy_id || ', ' || amount || ' paid ' || "
                        + "day || ' from account ' || account_id || ', has no debit' ELSE 'debit of ' || amount || ' on "
                        + "' || day || ' from account ' || account_id || ' names policy ' || coalesce(policy_id::text, "
                        + "'none') || ' but no premium paid then' END")
                .worstFirst("day, account_id")
                .needs(Import.PREMIUMS_PAID, Import.CUSTOMER_ZONES)
                .build();
    }

    /** Payouts and the ledger: every paid first-party claim settled in the window is one claim_payout credit, and back. */
    static Check payoutsInLedger() {
        String payouts = "SELECT i.account_id, i.claim_id, i.settlement_date AS day, i.amount FROM verify_payouts i "
                + "JOIN public.accounts a USING (account_id) WHERE i.settlement_date >= coalesce(a.ledger_from, "
                + "'-infinity'::date) AND i.settlement_date < {asof}";
        String credits = "SELECT t.account_id, t.claim_id, (t.transaction_date AT TIME ZONE coalesce(z.time_zone, "
                + "'UTC'))::date AS day, t.amount, t.transaction_id FROM public.transactions t JOIN public.accounts a "
                + "USING (account_id) LEFT JOIN verify_customer_zones z USING (customer_id) WHERE t.transaction_type = "
                + "'claim_payout'";
        return RuleCheck.rule("insurance.payouts_ledger", Category.INSURANCE, ACCOUNTS,
                        "insurance_db.claims ↔ accounts_db.transactions")
                .expect("each paid claim for the insured settled in its account's ledger window is one claim_payout "
                        + "credit (same account, claim, amount, local date), and each such credit is a payout")
                .over("payouts and payout credits", "SELECT coalesce(p.claim_id, c.claim_id) AS claim_id, "
                        + "coalesce(p.day, c.day) AS day, coalesce(p.amount, c.amount) AS amount, p.claim_id IS NULL AS "
                        + "orphan, c.claim_id IS NULL AS missing FROM (" + payouts + ") p FULL JOIN (" + credits + ") c "
                        + "ON c.claim_id = p.claim_id AND c.account_id = p.account_id AND c.day = p.day AND c.amount = "
                        + "p.amount")
                .brokenWhen("orphan OR missing")
                .offender("'claim ' || coalesce(claim_id::text, 'none') || ': ' || CASE WHEN missing THEN 'paid ' || "
                        + "amount || ' on ' || day || ' with no credit' ELSE 'a credit of ' || amount || ' on ' || day "
                        + "|| ' with no such payout' END")
                .worstFirst("day")
                .needs(Import.CLAIM_PAYOUTS, Import.CUSTOMER_ZONES)
                .build();
    }

    /** Policies are paid from a checking account of their holder that was open on the start date. */
    static Check holders() {
        return RuleCheck.rule("insurance.holders", Category.INSURANCE, INSURANCE,
                        "insurance_db.policies → accounts_db.accounts")
                .expect("a policy is paid from a checking or business checking account (India: savings or current) of "
                        + "its holder, opened before "
                        + "the policy starts")
                .over("policies", "SELECT p.policy_id, p.customer_id, p.account_id, p.start_date, a.customer_id AS "
                        + "holder, a.account_type, a.opened_date FROM public.policies p LEFT JOIN verify_account_terms a "
                        + "USING (account_id)")
                .brokenWhen("holder IS DISTINCT FROM customer_id OR account_type NOT IN {everyday} OR opened_date >= "
                        + "start_date")
                .offender("'policy ' || policy_id || ' of customer ' || customer_id || ' starting ' || start_date || "
                        + "' pays from account ' || coalesce(account_id::text, 'none') || coalesce(' (' || account_type "
                        + "|| ' of customer ' || holder || ', opened ' || opened_date || ')', '')")
                .worstFirst("policy_id")
                .needs(Import.ACCOUNT_TERMS)
                .build();
    }

    /**
     * A claim is under a coverage of its policy, happened while the policy ran, was filed 0-30 days
     * later and settled 5-45 days after that; open claims have no settlement, paid and approved ones
     * an approved amount no larger than the claim or the limit less the deductible, rejected ones a
     * reason; a paid payout to the insured names the policy's account.
     */
    static Check claimsValid() {
        return RuleCheck.rule("insurance.claims_valid", Category.INSURANCE, INSURANCE, "insurance_db.claims, policies, "
                        + "coverages")
                .expect("claims under a coverage of the policy, in its period, filed 0-30 days after the incident, "
                        + "settled 5-45 days after filing, approved ≤ claimed and ≤ limit − deductible")
                .over("claims", "SELECT c.claim_id, c.status, c.incident_date, c.claim_date, c.settlement_date, "
                        + "c.claim_amount, c.approved_amount, c.coverage_type, c.payout_party, c.payout_account_id, "
                        + "c.rejection_reason, p.account_id, p.start_date, " + STOP + " AS stop, v.coverage_id, v.coverage_limit, "
                        + "v.deductible FROM public.claims c JOIN public.policies p USING (policy_id) LEFT JOIN "
                        + "public.coverages v ON v.policy_id = c.policy_id AND v.coverage_type = c.coverage_type")
                .brokenWhen("coverage_id IS NULL OR incident_date < start_date OR incident_date > stop OR claim_date "
                        + "- incident_date NOT BETWEEN 0 AND 30 OR (settlement_date IS NULL) <> (status IN ('submitted', "
                        + "'under_review')) OR settlement_date - claim_date NOT BETWEEN 5 AND 45 OR (approved_amount IS "
                        + "NULL) <> (status NOT IN ('paid', 'approved')) OR approved_amount > claim_amount OR "
                        + "approved_amount > coverage_limit - deductible OR (rejection_reason IS NULL) = (status = "
                        + "'rejected') OR (payout_account_id IS NOT NULL) <> (status = 'paid' AND payout_party = "
                        + "'insured') OR payout_account_id <> account_id")
                .offender("'claim ' || claim_id || ' (' || status || ', ' || coalesce(coverage_type, 'no coverage') || "
                        + "'): incident ' || incident_date || ' in a policy running ' || start_date || ' to ' || stop "
                        + "|| ', filed ' || claim_date || ', settled ' || coalesce(settlement_date::text, '-') || ', "
                        + "claimed ' || claim_amount || ', approved ' || coalesce(approved_amount::text, '-') || ' of a "
                        + "limit ' || coalesce(coverage_limit::text, '-') || ' less ' || coalesce(deductible::text, '-')")
                .worstFirst("claim_id")
                .build();
    }

    /**
     * Claims per coverage at the sourced frequencies: the count of each coverage's claims within
     * 4 Poisson standard deviations (+1) of what its exposure gives (policy-years from the start to the
     * stop; travel per trip). Life's accelerated benefits are left out (their rate follows age).
     */
    static Check claimFrequency() {
        String rates = "(VALUES ('collision', 4.54), ('comprehensive', 4.06), ('property_damage', 2.58), "
                + "('bodily_injury', 0.77), ('uninsured_motorist', 0.25), ('medical_payments', 0.50), ('dwelling', 4.62), "
                + "('personal_property', 0.23), ('other_structures', 0.71), ('liability', 0.10), ('medical', 30.0), "
                + "('income_replacement', 1.0), ('trip_cancellation', 5.0), ('own_damage', 10.2), ('third_party_injury', 0.5), "
                + "('third_party_property', 0.3), ('owner_driver_pa', 0.1), ('hospitalisation', 8.0)) r (coverage_type, "
                + "per100)";
        return RuleCheck.rule("insurance.claim_frequency", Category.INSURANCE, INSURANCE,
                        "insurance_db.claims, coverages, policies")
                .expect("claims per coverage within " + StatisticCheck.Z + " Poisson standard deviations of the sourced frequency × exposure "
                        + "(collision 4.54, comprehensive 4.06, property damage 2.58, bodily injury 0.77 per 100 "
                        + "car-years; home 5.79 per 100 house-years; travel 5 per 100 trips; India's own damage 10.2 per "
                        + "100 vehicle-years)")
                .over("coverage types", "SELECT r.coverage_type, r.per100, e.years, e.units * r.per100 / 100 AS "
                        + "expected, coalesce(n.claims, 0) AS claims FROM " + rates + " JOIN (SELECT v.coverage_type, "
                        + "sum(" + DAYS + ") / 365.25 AS years, sum(CASE WHEN p.policy_type = 'travel' THEN 1 ELSE (" + DAYS
                        + ") / 365.25 END) AS units FROM public.coverages v JOIN public.policies p USING (policy_id) "
                        + "WHERE p.status <> 'pending' GROUP BY 1) e USING (coverage_type) LEFT JOIN (SELECT "
                        + "coverage_type, count(*) AS claims FROM public.claims GROUP BY 1) n USING (coverage_type)")
                .brokenWhen("expected >= 5 AND abs(claims - expected) > " + StatisticCheck.Z + " * sqrt(expected) + 1")
                .offender("coverage_type || ': ' || claims || ' claims in ' || round(years, 1) || ' policy-years, "
                        + "expected ' || round(expected, 1) || ' at ' || per100 || ' per 100'")
                .worstFirst("abs(claims - expected) / sqrt(greatest(expected, 1)) DESC")
                .build();
    }

    /**
     * Motor policies carry what the market's law asks ({@code {motorok}}): the US liability covers; India's
     * compulsory third-party cover (injury without a limit, property to the vehicle's limit), own damage
     * with the compulsory deductible, the owner-driver's Rs 15 lakh and a yearly premium of at least the
     * third-party tariff with GST.
     */
    static Check motorCovers() {
        return RuleCheck.rule("insurance.motor_covers", Category.INSURANCE, INSURANCE, "insurance_db.policies, coverages")
                .expect("every auto policy carries the covers the market's law asks and no other (the US: bodily "
                        + "injury and property damage liability; India: third-party injury without a limit, "
                        + "third-party property to Rs 7.5 lakh for a car or Rs 1 lakh for a two-wheeler, own damage "
                        + "with the compulsory deductible, the owner-driver's Rs 15 lakh, one premium a year of at "
                        + "least the third-party tariff with GST)")
                .over("auto policies", "SELECT p.policy_id, p.premium_amount, p.premium_frequency, count(*) FILTER "
                        + "(WHERE v.coverage_type = 'third_party_injury' AND v.coverage_limit IS NULL) AS injury, "
                        + "count(*) FILTER (WHERE v.coverage_limit IS NULL) AS unlimited, max(v.coverage_limit) FILTER "
                        + "(WHERE v.coverage_type = 'third_party_property') AS property, max(v.coverage_limit) FILTER "
                        + "(WHERE v.coverage_type = 'own_damage') AS damage, max(v.deductible) FILTER (WHERE "
                        + "v.coverage_type = 'own_damage') AS damage_deductible, max(v.coverage_limit) FILTER (WHERE "
                        + "v.coverage_type = 'owner_driver_pa') AS owner, count(*) FILTER (WHERE v.coverage_type = "
                        + "'bodily_injury') AS bodily, count(*) FILTER (WHERE v.coverage_type = 'property_damage') AS "
                        + "liability_property, count(*) FILTER (WHERE v.coverage_type NOT IN ({motorcovers})) AS "
                        + "others FROM public.policies p LEFT JOIN public.coverages v USING (policy_id) WHERE "
                        + "p.policy_type = 'auto' GROUP BY 1, 2, 3")
                .brokenWhen("NOT coalesce({motorok}, false)")
                .offender("'auto policy ' || policy_id || ' (' || premium_frequency || ' premium ' || premium_amount "
                        + "|| '): injury cover without limit ' || injury || ', property ' || coalesce(property::text, "
                        + "'none') || ', own damage ' || coalesce(damage::text, 'none') || ' less ' || "
                        + "coalesce(damage_deductible::text, '-') || ', owner-driver ' || coalesce(owner::text, 'none') "
                        + "|| ', bodily injury ' || bodily || ', property damage ' || liability_property || ', ' || "
                        + "others || ' other covers'")
                .worstFirst("policy_id")
                .build();
    }

    /**
     * The people a floater insures ({@code {floater}}: India's health policies): the holder once, as
     * self, born when the holder was; at most one spouse, 18 or older at the start; children born to
     * the holder at 15 or older, by the start and under 25 then; five at most. No other policy names
     * members.
     */
    static Check insuredMembers() {
        return RuleCheck.rule("insurance.insured_members", Category.INSURANCE, INSURANCE,
                        "insurance_db.insured_members, policies → accounts_db.customers")
                .expect("a family floater (India's health policies) insures its holder once as self, born when the "
                        + "holder was, at most one spouse 18 or older at the start, and children born to the holder at "
                        + "15 or older, by the start and under 25 then, five people at most; no other policy names "
                        + "members")
                .over("policies", "SELECT p.policy_id, p.policy_type, p.start_date, h.date_of_birth AS holder_born, "
                        + "{floater} AS floater, count(m.member_id) AS n, count(*) FILTER (WHERE m.relationship_type = "
                        + "'self') AS selves, count(*) FILTER (WHERE m.relationship_type = 'self' AND m.date_of_birth <> "
                        + "h.date_of_birth) AS wrong_self, count(*) FILTER (WHERE m.relationship_type = 'spouse') AS "
                        + "spouses, count(*) FILTER (WHERE m.relationship_type = 'spouse' AND m.date_of_birth > "
                        + "p.start_date - interval '18 years') AS young_spouses, count(*) FILTER (WHERE "
                        + "m.relationship_type = 'child' AND (m.date_of_birth < h.date_of_birth + interval '15 years' OR "
                        + "m.date_of_birth >= p.start_date OR m.date_of_birth <= p.start_date - interval '25 years')) AS "
                        + "bad_children FROM public.policies p JOIN verify_customer_births h USING (customer_id) LEFT "
                        + "JOIN public.insured_members m USING (policy_id) GROUP BY 1, 2, 3, 4")
                .brokenWhen("CASE WHEN floater THEN selves <> 1 OR wrong_self > 0 OR spouses > 1 OR young_spouses > 0 OR "
                        + "bad_children > 0 OR n > 5 ELSE n > 0 END")
                .offender("policy_type || ' policy ' || policy_id || ' from ' || start_date || ' (holder born ' || "
                        + "holder_born || '): ' || n || ' members, ' || selves || ' as self (' || wrong_self || ' born "
                        + "otherwise), ' || spouses || ' spouses (' || young_spouses || ' under 18), ' || bad_children "
                        + "|| ' children who cannot be'")
                .worstFirst("policy_id")
                .needs(Import.CUSTOMER_BIRTHS)
                .build();
    }

    /** A health policy is one cover of its sum insured, in the market's steps ({@code {healthok}}). */
    static Check healthCover() {
        return RuleCheck.rule("insurance.health_cover", Category.INSURANCE, INSURANCE, "insurance_db.policies, coverages")
                .expect("a health policy is one cover of its sum insured: medical in the US; in India hospitalisation "
                        + "of Rs 3, 5, 7, 10, 15, 20, 25 or 50 lakh, paid once a year")
                .over("health policies", "SELECT p.policy_id, p.sum_insured, p.premium_frequency, count(v.coverage_id) "
                        + "AS covers, max(v.coverage_type) AS cover_type, max(v.coverage_limit) AS cover_limit FROM "
                        + "public.policies p LEFT JOIN public.coverages v USING (policy_id) WHERE p.policy_type = "
                        + "'health' GROUP BY 1, 2, 3")
                .brokenWhen("NOT coalesce({healthok}, false)")
                .offender("'health policy ' || policy_id || ' insuring ' || sum_insured || ' (' || premium_frequency "
                        + "|| '): ' || covers || ' covers, ' || coalesce(cover_type || ' of ' || cover_limit, 'none')")
                .worstFirst("policy_id")
                .build();
    }

    /**
     * A government scheme's membership keeps the scheme's terms ({@code {schemes}}): its policy type, benefit
     * and yearly premium, a member who joined at the ages it admits, a first premium paid on the day of
     * joining at the rate of the quarter of the scheme year, renewals due on the year's last day and
     * debited in the window before it at the yearly premium, none for a year begun at or after the age
     * the cover ends; a lapse the day after a missed renewal (the only missed one, and last), an expiry
     * the day after the last year covered at the age the cover ends, and an active membership's next
     * renewal scheduled on the day its cover ends.
     */
    static Check schemes() {
        String yearEnd = "make_date(extract(year FROM p.start_date + make_interval(months => 13 - s.year_from))::int, "
                + "s.year_from, 1) - 1";
        // the first premium pays for the scheme year the member joins in: before the revision at the earlier rates
        String quarter = "(CASE WHEN (" + yearEnd + ") - interval '1 year' + interval '1 day' < s.revised THEN "
                + "ARRAY[s.e1, s.e2, s.e3, s.e4] ELSE ARRAY[s.q1, s.q2, s.q3, s.q4] END)[1 + ((extract(month FROM "
                + "p.start_date)::int - s.year_from + 12) % 12) / 3]";
        String premiums = "SELECT count(*) AS n, count(*) FILTER (WHERE rn = 1 AND (due_date <> p.start_date OR "
                + "payment_date IS DISTINCT FROM p.start_date OR amount <> " + quarter + ")) AS bad_first, count(*) "
                + "FILTER (WHERE rn > 1 AND due_date <> (" + yearEnd + ") + make_interval(years => (rn - 2)::int)) AS "
                + "off, count(*) FILTER (WHERE rn > 1 AND (amount <> CASE WHEN due_date + 1 < s.revised THEN s.earlier "
                + "ELSE s.annual END OR payment_status = 'late' OR "
                + "payment_date NOT BETWEEN make_date(extract(year FROM due_date)::int, extract(month FROM "
                + "due_date)::int, s.debit_from) AND due_date OR payment_date < p.start_date)) AS bad_paid, "
                + "count(*) FILTER (WHERE payment_status = "
                + "'missed') AS missed, max(due_date) FILTER (WHERE payment_status = 'missed') AS missed_due, "
                + "count(*) FILTER (WHERE payment_status = 'scheduled') AS scheduled, count(*) FILTER (WHERE "
                + "payment_status IN ('scheduled', 'missed') AND rn < total OR payment_status = 'scheduled' AND "
                + "due_date < {asof}) AS misplaced, count(*) FILTER (WHERE rn > 1 AND payment_status = 'paid' AND "
                + "date_part('year', age(due_date + 1, b.date_of_birth)) >= s.cover_to_age) AS too_old, "
                + "max(due_date) AS last_due FROM (SELECT x.*, row_number() OVER (ORDER BY x.due_date) AS rn, count(*) "
                + "OVER () AS total FROM public.premium_payments x WHERE x.policy_id = p.policy_id) d";
        return RuleCheck.rule("insurance.schemes", Category.INSURANCE, INSURANCE,
                        "insurance_db.policies, coverages, premium_payments → accounts_db.customers")
                .expect("a government scheme's member (India: PMJJBY, PMSBY) joined at the ages it admits and holds "
                        + "its policy type, benefit and yearly premium; the first premium is paid on joining at the "
                        + "rate of the quarter of the scheme year, each renewal is due on the year's last day and "
                        + "debited in the window before it (25-31 May), none once the member reaches the age the cover "
                        + "ends; a missed renewal lapses the policy the next day, an active one shows its next renewal "
                        + "scheduled on the day its cover ends")
                .over("scheme memberships", "SELECT p.policy_id, p.scheme, p.policy_type, s.scheme_type, p.status, "
                        + "p.status_date, p.start_date, p.end_date, p.premium_amount, p.premium_frequency, p.sum_insured, "
                        + "s.benefit, s.annual, s.earlier, s.min_age, s.max_enrol_age, s.cover_to_age, date_part('year', "
                        + "age(p.start_date, b.date_of_birth)) AS joined_at, date_part('year', age(p.status_date, "
                        + "b.date_of_birth)) AS age_at_status, (SELECT max(v.coverage_limit) FROM public.coverages v "
                        + "WHERE v.policy_id = p.policy_id) AS cover, d.* FROM public.policies p JOIN {schemes} USING "
                        + "(scheme) JOIN verify_customer_births b USING (customer_id) CROSS JOIN LATERAL (" + premiums
                        + ") d")
                .brokenWhen("policy_type <> scheme_type OR sum_insured <> benefit OR cover <> benefit OR premium_amount "
                        + "NOT IN (annual, earlier) OR premium_frequency <> 'annual' OR joined_at NOT BETWEEN min_age AND max_enrol_age "
                        + "OR bad_first > 0 OR off > 0 OR bad_paid > 0 OR too_old > 0 OR misplaced > 0 OR missed > 1 OR "
                        + "(missed > 0) <> (status = 'lapsed') OR CASE status WHEN 'lapsed' THEN status_date <> "
                        + "missed_due + 1 OR end_date <> missed_due WHEN 'active' THEN scheduled <> 1 OR end_date <> "
                        + "last_due WHEN 'expired' THEN age_at_status < cover_to_age OR status_date <> end_date + 1 OR "
                        + "scheduled > 0 ELSE true END")
                .offender("scheme || ' policy ' || policy_id || ' (' || status || ' from ' || status_date || ', '"
                        + " || start_date || ' to ' || end_date || ', joined at ' || joined_at || '): ' || n || "
                        + "' premiums, ' || bad_first || ' wrong first, ' || off || ' off the year, ' || bad_paid || "
                        + "' wrongly paid, ' || too_old || ' past the age, ' || missed || ' missed, ' || scheduled || "
                        + "' scheduled, ' || misplaced || ' misplaced; premium ' || premium_amount || ', cover ' || "
                        + "coalesce(cover::text, 'none')")
                .worstFirst("policy_id")
                .needs(Import.CUSTOMER_BIRTHS)
                .build();
    }

    /** Life policies only have beneficiaries: 1-4, shares summing to exactly 100.00, people with a birth date, trusts and charities without. */
    static Check beneficiaries() {
        return RuleCheck.rule("insurance.beneficiaries", Category.INSURANCE, INSURANCE,
                        "insurance_db.beneficiaries, policies")
                .expect("every life policy has 1-4 beneficiaries whose shares sum to exactly 100.00 (a government "
                        + "scheme's member one nominee), other policies none; people have a birth date before the as-of "
                        + "date, trusts and charities none")
                .over("policies", "SELECT p.policy_id, p.policy_type, p.scheme, count(b.beneficiary_id) AS n, "
                        + "coalesce(sum(b.share_percent), 0) AS shares, count(*) FILTER (WHERE (b.date_of_birth IS NULL) "
                        + "<> (b.relationship_type IN ('trust', 'charity')) OR b.date_of_birth >= {asof}) AS bad_births "
                        + "FROM public.policies p LEFT JOIN public.beneficiaries b USING (policy_id) GROUP BY 1, 2, 3")
                .brokenWhen("CASE WHEN scheme IS NOT NULL THEN n <> 1 OR shares <> 100 WHEN policy_type = 'life' THEN n "
                        + "NOT BETWEEN 1 AND 4 OR shares <> 100 ELSE n > 0 END OR bad_births > 0")
                .offender("'policy ' || policy_id || ' (' || policy_type || '): ' || n || ' beneficiaries, shares "
                        + "summing to ' || shares || CASE WHEN bad_births > 0 THEN ', ' || bad_births || ' with a wrong "
                        + "birth date' ELSE '' END")
                .worstFirst("policy_id")
                .build();
    }

    /**
     * The premium schedule follows the frequency from the start (single-premium travel: one premium);
     * missed premiums only on lapsed policies, which lapse 31 days after the first; a scheduled premium
     * only last, on an active or pending policy, after the as-of date.
     */
    /**
     * Family ties that ages allow: a spouse an adult when the policy starts, a child born by then and
     * at least 15 years younger than the holder, a parent at least 15 years older.
     */
    static Check beneficiaryAges() {
        return RuleCheck.rule("insurance.beneficiary_ages", Category.INSURANCE, INSURANCE,
                        "insurance_db.beneficiaries, policies → accounts_db.customers")
                .expect("a spouse is 18 or older when the policy starts, a child is born by then and 15 or more years "
                        + "younger than the holder, a parent 15 or more years older")
                .over("spouses, children and parents", "SELECT b.beneficiary_id, b.relationship_type, b.date_of_birth, "
                        + "p.policy_id, p.start_date, h.date_of_birth AS holder_born FROM public.beneficiaries b JOIN "
                        + "public.policies p USING (policy_id) JOIN verify_customer_births h USING (customer_id) WHERE "
                        + "b.relationship_type IN ('spouse', 'child', 'parent')")
                .brokenWhen("CASE relationship_type WHEN 'spouse' THEN date_of_birth > start_date - interval '18 years' "
                        + "WHEN 'child' THEN date_of_birth >= start_date OR date_of_birth < holder_born + interval "
                        + "'15 years' ELSE date_of_birth > holder_born - interval '15 years' END")
                .offender("relationship_type || ' ' || beneficiary_id || ' of policy ' || policy_id || ' (from ' || "
                        + "start_date || ', holder born ' || holder_born || ') born ' || date_of_birth")
                .worstFirst("beneficiary_id")
                .needs(Import.CUSTOMER_BIRTHS)
                .build();
    }

    static Check premiumSchedule() {
        String step = "CASE p.premium_frequency WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 WHEN 'semi_annual' THEN 6 "
                + "WHEN 'annual' THEN 12 END";
        return RuleCheck.rule("insurance.premium_schedule", Category.INSURANCE, INSURANCE,
                        "insurance_db.premium_payments, policies")
                .expect("premiums due every period of the frequency from the start; missed ones only on lapsed "
                        + "policies, lapsed 31 days after the first; the next one scheduled only on active and pending "
                        + "policies (the bank's own policies; a scheme's by insurance.schemes)")
                .over("policies", "SELECT p.policy_id, p.status, p.status_date, p.premium_frequency, count(d.payment_id) "
                        + "AS n, count(*) FILTER (WHERE p.premium_frequency <> 'single' AND d.due_date <> p.start_date + "
                        + "make_interval(months => (" + step + ") * (d.rn - 1)::int)) AS off, count(*) FILTER (WHERE "
                        + "d.payment_status = 'missed') AS missed, min(d.due_date) FILTER (WHERE d.payment_status = "
                        + "'missed') AS first_missed, count(*) FILTER (WHERE d.payment_status = 'scheduled' AND (d.rn < "
                        + "d.total OR d.due_date < {asof} OR p.status NOT IN ('active', 'pending'))) AS bad_scheduled "
                        + "FROM public.policies p LEFT JOIN (SELECT *, row_number() OVER (PARTITION BY policy_id ORDER BY "
                        + "due_date) AS rn, count(*) OVER (PARTITION BY policy_id) AS total FROM "
                        + "public.premium_payments) d USING (policy_id) WHERE p.scheme IS NULL GROUP BY 1, 2, 3, 4")
                .brokenWhen("off > 0 OR (missed > 0) <> (status = 'lapsed') OR status = 'lapsed' AND status_date <> "
                        + "first_missed + 31 OR bad_scheduled > 0 OR premium_frequency = 'single' AND n <> 1")
                .offender("'policy ' || policy_id || ' (' || status || ', ' || premium_frequency || '): ' || n || "
                        + "' premiums, ' || off || ' off the schedule, ' || missed || ' missed' || coalesce(' from ' || "
                        + "first_missed, '') || ', status date ' || status_date || ', ' || bad_scheduled || ' misplaced "
                        + "scheduled'")
                .worstFirst("policy_id")
                .build();
    }

    /** Agents sell and handle claims: an insurance agent employed on the issue day, or on the day of the decision. */
    static Check staff() {
        return RuleCheck.rule("insurance.staff", Category.INSURANCE, INSURANCE,
                        "insurance_db.policies, claims → employees_db.employees")
                .expect("a policy's agent and a claim's handler are insurance agents employed that day (the issue "
                        + "day; the settlement, else the filing)")
                .over("agents and handlers", "SELECT 'policy ' || p.policy_id || ' agent' AS what, p.agent_id AS "
                        + "staff_id, p.issued_at::date AS day FROM public.policies p UNION ALL SELECT 'claim ' || "
                        + "c.claim_id || ' handler', c.processed_by, coalesce(c.settlement_date, c.claim_date) FROM "
                        + "public.claims c WHERE c.processed_by IS NOT NULL")
                .brokenWhen("NOT EXISTS (SELECT 1 FROM verify_staff s WHERE s.employee_id = staff_id AND s.role = "
                        + "'insurance_agent' AND s.hire_date <= day AND (s.termination_date IS NULL OR "
                        + "s.termination_date > day))")
                .offender("what || ' is employee ' || staff_id || ', not an insurance agent employed on ' || day")
                .worstFirst("what")
                .needs(Import.STAFF)
                .build();
    }

    /**
     * Most active mortgage, auto and two-wheeler borrowers insure the home or vehicle with the bank, from within 30 days
     * of the money: counted over those who could pay premiums (an active checking or business checking
     * account opened before the disbursement), since a policy is paid from one.
     */
    static Check crossSell() {
        return new StatisticCheck("insurance.cross_sell", Category.INSURANCE, LOANS,
                "loans_db.loans → insurance_db.policies",
                "share of active and restructured mortgages, auto and two-wheeler loans whose borrower holds a home or "
                        + "auto policy "
                        + "starting 1-30 days after the disbursement, among borrowers with a checking account to pay "
                        + "from (the rule: 60%)",
                "SELECT avg((EXISTS (SELECT 1 FROM verify_home_auto_policies p WHERE p.customer_id = l.customer_id AND "
                        + "p.policy_type = CASE l.loan_type WHEN 'mortgage' THEN 'home' ELSE 'auto' END AND p.start_date "
                        + "- l.disbursement_date BETWEEN 1 AND 30))::int), count(*) FROM public.loans l WHERE "
                        + "l.loan_type IN ('mortgage', 'auto', 'two_wheeler') AND l.loan_status IN ('active', "
                        + "'restructured') AND "
                        + "l.disbursement_date < {asof} - 30 AND EXISTS (SELECT 1 FROM verify_account_terms a WHERE "
                        + "a.customer_id = l.customer_id AND a.account_type IN {everyday} AND "
                        + "a.status = 'active' AND a.opened_date < l.disbursement_date)",
                0.45, 0.75, 30).share().withImports(Import.HOME_AUTO_POLICIES, Import.ACCOUNT_TERMS);
    }

    /** A home policy sold with a mortgage covers the dwelling for at least the collateral's appraised value. */
    static Check dwellingCover() {
        return RuleCheck.rule("insurance.dwelling_cover", Category.INSURANCE, LOANS,
                        "insurance_db.coverages → loans_db.collateral")
                .expect("a home policy starting 1-30 days after a mortgage's disbursement covers the dwelling for at "
                        + "least the collateral's appraised value")
                .over("home policies sold with a mortgage", "SELECT l.loan_id, c.appraised_value, p.dwelling FROM "
                        + "public.loans l JOIN public.collateral c USING (loan_id) JOIN verify_home_auto_policies p ON "
                        + "p.customer_id = l.customer_id AND p.policy_type = 'home' AND p.start_date - "
                        + "l.disbursement_date BETWEEN 1 AND 30 WHERE l.loan_type = 'mortgage'")
                .brokenWhen("dwelling IS NULL OR dwelling < appraised_value")
                .offender("'mortgage ' || loan_id || ': collateral appraised at ' || appraised_value || ', dwelling "
                        + "covered for ' || coalesce(dwelling::text, 'nothing')")
                .worstFirst("appraised_value - dwelling DESC NULLS FIRST")
                .needs(Import.HOME_AUTO_POLICIES)
                .build();
    }
}
