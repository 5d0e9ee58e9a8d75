package io.dhub.schema.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.CUSTOMER;

import java.util.List;

/**
 * Joint rules a banker or a data scientist would notice: places, people, time, money, credit,
 * organisation and CRM that fit together, each computed from the stored rows with a stated target
 * (docs/realism.md gives each target's source). These assume the US market.
 */
final class RealismChecks {
    /** A customer's age in whole years on the as-of date. */
    private static final String AGE = "extract(year FROM age({asof}, date_of_birth))";

    /** Transactions with their local time in the account holder's home time zone. */
    private static final String LOCAL_TRANSACTIONS = "SELECT t.transaction_id, t.transaction_type, t.channel, "
            + "t.loan_id, t.transaction_date AT TIME ZONE z.time_zone AS local FROM public.transactions t JOIN "
            + "public.accounts a USING (account_id) JOIN verify_customer_zones z USING (customer_id)";

    private RealismChecks() {
    }

    static List<Check> all() {
        List<Check> all = new java.util.ArrayList<>(people());
        all.addAll(time());
        return all;
    }

    /**
     * SQL that is true when the date is a day the Federal Reserve Banks are closed (5 U.S.C. 6103
     * and the Reserve Banks' practice): New Year's Day, Juneteenth (from 2022), Independence Day,
     * Veterans Day and Christmas Day, or the Monday after when they fall on a Sunday (a Saturday
     * holiday closes no weekday); Martin Luther King Jr. Day and Washington's Birthday (third
     * Mondays of January and February), Memorial Day (last Monday of May), Labor Day (first Monday
     * of September), Columbus Day (second Monday of October) and Thanksgiving (fourth Thursday of November).
     */
    static String bankHoliday(String date) {
        String d = "(" + date + ")";
        String fixed = "(to_char(%1$s, 'MM-DD') IN ('01-01', '07-04', '11-11', '12-25') OR (to_char(%1$s, 'MM-DD') = "
                + "'06-19' AND extract(year FROM %1$s) >= 2022))";
        String dow = "extract(isodow FROM " + d + ")";
        String dom = "extract(day FROM " + d + ")";
        String month = "extract(month FROM " + d + ")";
        return "((" + fixed.formatted(d) + " AND " + dow + " <> 6) OR (" + dow + " = 1 AND "
                + fixed.formatted("(" + d + " - 1)") + ") OR (" + dow + " = 1 AND ((" + month + " IN (1, 2) AND " + dom
                + " BETWEEN 15 AND 21) OR (" + month + " = 5 AND " + dom + " >= 25) OR (" + month + " = 9 AND " + dom
                + " <= 7) OR (" + month + " = 10 AND " + dom + " BETWEEN 8 AND 14))) OR (" + month + " = 11 AND " + dow
                + " = 4 AND " + dom + " BETWEEN 22 AND 28))";
    }

    /** Events in the local time of the place where they happen, each channel with its hours and days. */
    static List<Check> time() {
        return List.of(
                RuleCheck.rule("realism.branch_hours", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("branch transactions in opening hours, local time: Mon-Fri 9:00-17:00, Sat 9:00-12:00, "
                                + "never on Sundays or bank holidays")
                        .over("branch transactions", LOCAL_TRANSACTIONS + " WHERE t.channel = 'branch'")
                        .brokenWhen("extract(isodow FROM local) = 7 OR " + bankHoliday("local::date")
                                + " OR local::time < '09:00' OR local::time >= CASE WHEN extract(isodow FROM local) = 6 "
                                + "THEN time '12:00' ELSE time '17:00' END")
                        .offender("'transaction ' || transaction_id || ' at a branch at ' || to_char(local, "
                                + "'Dy YYYY-MM-DD HH24:MI') || ' local time'")
                        .worstFirst("transaction_id")
                        .needs(Import.CUSTOMER_ZONES)
                        .build(),
                RuleCheck.rule("realism.banking_days", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("ACH, wire and system postings (payroll, direct debits, loan money, fees, interest) on "
                                + "banking days: Monday to Friday, not a bank holiday, local time")
                        .over("ACH, wire and system transactions", LOCAL_TRANSACTIONS
                                + " WHERE t.channel IN ('ach', 'wire', 'system')")
                        .brokenWhen("extract(isodow FROM local) >= 6 OR " + bankHoliday("local::date"))
                        .offender("'transaction ' || transaction_id || ' (' || transaction_type || ' by ' || channel || "
                                + "') on ' || to_char(local, 'Dy YYYY-MM-DD')")
                        .worstFirst("transaction_id")
                        .needs(Import.CUSTOMER_ZONES)
                        .build(),
                RuleCheck.rule("realism.contact_hours", Category.REALISM, CUSTOMER, "customer_db.interactions")
                        .expect("branch visits and phone calls in opening hours, the customer's local time: branch "
                                + "Mon-Fri 9:00-17:00, Sat 9:00-12:00; phone Mon-Fri 8:00-20:00, Sat 9:00-17:00; never on "
                                + "Sundays or bank holidays")
                        .over("branch and phone interactions", "SELECT i.interaction_id, i.channel, i.interaction_date "
                                + "AT TIME ZONE p.time_zone AS local FROM public.interactions i JOIN "
                                + "public.customer_profiles p USING (customer_id) WHERE i.channel IN ('branch', 'phone')")
                        .brokenWhen("local IS NULL OR extract(isodow FROM local) = 7 OR " + bankHoliday("local::date")
                                + " OR local::time < CASE WHEN channel = 'phone' AND extract(isodow FROM local) < 6 THEN "
                                + "time '08:00' ELSE time '09:00' END OR local::time >= CASE WHEN channel = 'branch' THEN "
                                + "(CASE WHEN extract(isodow FROM local) = 6 THEN time '12:00' ELSE time '17:00' END) ELSE "
                                + "(CASE WHEN extract(isodow FROM local) = 6 THEN time '17:00' ELSE time '20:00' END) END")
                        .offender("'interaction ' || interaction_id || ' by ' || channel || ' at ' || to_char(local, "
                                + "'Dy YYYY-MM-DD HH24:MI') || ' local time'")
                        .worstFirst("interaction_id")
                        .build(),
                RuleCheck.rule("realism.open_complaints_recent", Category.REALISM, CUSTOMER, "customer_db.complaints")
                        .expect("open and investigating complaints were filed in the last two months, not years ago")
                        .over("open and investigating complaints", "SELECT complaint_id, status, filed_at FROM "
                                + "public.complaints WHERE status IN ('open', 'investigating')")
                        .brokenWhen("filed_at < {asof} - 62")
                        .offender("'complaint ' || complaint_id || ' (' || status || ') filed ' || filed_at")
                        .worstFirst("filed_at, complaint_id")
                        .build(),
                new StatisticCheck("realism.quiet_nights", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of card, ATM, online and mobile transactions between 0:00 and 5:59 local time",
                        "SELECT avg((extract(hour FROM local) < 6)::int), count(*) FROM (" + LOCAL_TRANSACTIONS
                                + " WHERE t.channel IN ('pos', 'atm', 'online', 'mobile')) s", 0, 0.06, 500)
                        .withImports(Import.CUSTOMER_ZONES),
                new StatisticCheck("realism.card_peaks", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of card purchases at lunch (11:00-13:59) or in the early evening (17:00-19:59), local "
                                + "time (6 of 24 hours: 25% if spread evenly)",
                        "SELECT avg((extract(hour FROM local) IN (11, 12, 13, 17, 18, 19))::int), count(*) FROM ("
                                + LOCAL_TRANSACTIONS + " WHERE t.channel = 'pos' AND t.transaction_type = 'purchase') s",
                        0.38, 1, 500).withImports(Import.CUSTOMER_ZONES),
                new StatisticCheck("realism.card_weekend", Category.REALISM, ACCOUNTS, "accounts_db.transactions",
                        "share of card purchases on Fridays and Saturdays (2 of 7 days: 28.6% if spread evenly)",
                        "SELECT avg((extract(isodow FROM local) IN (5, 6))::int), count(*) FROM (" + LOCAL_TRANSACTIONS
                                + " WHERE t.channel = 'pos' AND t.transaction_type = 'purchase') s", 0.31, 1, 500)
                        .withImports(Import.CUSTOMER_ZONES));
    }

    /** Places and people: real places that fit together, and people whose age, name, work and income agree. */
    static List<Check> people() {
        return List.of(
                statistic("realism.area_code_state", "customer_db.customer_profiles",
                        "share of customers living in their phone area code's commonest state",
                        "SELECT sum(modal)::float8 / sum(n), sum(n) FROM (SELECT area, sum(c) AS n, max(c) AS modal "
                                + "FROM (SELECT substr(phone, 2, 3) AS area, state, count(*) AS c FROM "
                                + "public.customer_profiles WHERE phone LIKE '(___) %' AND phone NOT LIKE '(500) %' "
                                + "GROUP BY 1, 2) x GROUP BY 1) a", 0.99, 1, 100),
                statistic("realism.zip_city", "customer_db.customer_profiles",
                        "share of customers living in their ZIP code's commonest city",
                        "SELECT sum(modal)::float8 / sum(n), sum(n) FROM (SELECT postal_code, sum(c) AS n, max(c) AS "
                                + "modal FROM (SELECT postal_code, city, state, count(*) AS c FROM "
                                + "public.customer_profiles GROUP BY 1, 2, 3) x GROUP BY 1 HAVING sum(c) >= 2) z",
                        0.90, 1, 100),
                statistic("realism.populous_states", "customer_db.customer_profiles",
                        "share of customers in California, Texas, Florida and New York (33% of US residents)",
                        "SELECT avg((state IN ('CA', 'TX', 'FL', 'NY'))::int), count(*) FROM public.customer_profiles",
                        0.27, 0.45, 100),
                RuleCheck.rule("realism.time_zone", Category.REALISM, CUSTOMER, "customer_db.customer_profiles")
                        .expect("every customer has the IANA time zone of the home")
                        .over("customers", "SELECT customer_id, state, time_zone FROM public.customer_profiles")
                        .brokenWhen("time_zone IS NULL OR time_zone NOT IN (SELECT name FROM pg_timezone_names)")
                        .offender("'customer ' || customer_id || ' in ' || state || ', time zone ' || "
                                + "coalesce(time_zone, 'none')")
                        .build(),
                MixCheck.mix("realism.age_bands", CUSTOMER, "customer_db.customer_profiles", "customers",
                        "SELECT CASE WHEN a < 35 THEN '18-34' WHEN a < 65 THEN '35-64' ELSE '65+' END, count(*) "
                                + "FROM (SELECT " + AGE + " AS a FROM public.customer_profiles) s GROUP BY 1",
                        "18-34", 0.2905, "35-64", 0.4924, "65+", 0.2171).in(Category.REALISM),
                statistic("realism.name_fits_sex", "customer_db.customer_profiles",
                        "share of female and male customers whose first name is mostly given to their sex "
                                + "(names held by 3 or more)",
                        "SELECT sum(majority)::float8 / sum(holders), sum(holders) FROM (SELECT first_name, sum(c) AS "
                                + "holders, max(c) AS majority FROM (SELECT first_name, gender, count(*) AS c FROM "
                                + "public.customer_profiles WHERE gender IN ('female', 'male') GROUP BY 1, 2) x "
                                + "GROUP BY 1 HAVING sum(c) >= 3) n", 0.95, 1, 100),
                statistic("realism.common_first_names", "customer_db.customer_profiles",
                        "share of customers carrying one of the 100 commonest first names among them (US: about 40%)",
                        "SELECT sum(c) FILTER (WHERE r <= 100)::float8 / sum(c), sum(c) FROM (SELECT count(*) AS c, "
                                + "row_number() OVER (ORDER BY count(*) DESC, first_name) AS r FROM "
                                + "public.customer_profiles GROUP BY first_name) s", 0.30, 1, 500),
                statistic("realism.common_surnames", "customer_db.customer_profiles",
                        "share of customers carrying one of the 10 commonest surnames among them (Census: 4.9% "
                                + "of residents carry the top 10)",
                        "SELECT sum(c) FILTER (WHERE r <= 10)::float8 / sum(c), sum(c) FROM (SELECT count(*) AS c, "
                                + "row_number() OVER (ORDER BY count(*) DESC, last_name) AS r FROM "
                                + "public.customer_profiles GROUP BY last_name) s", 0.04, 1, 500),
                statistic("realism.income_rises_with_age", "customer_db.customer_profiles",
                        "median income of working retail customers aged 45-54 ÷ that of under-25s",
                        "SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY annual_income) FILTER (WHERE a BETWEEN 45 "
                                + "AND 54)) / nullif(percentile_cont(0.5) WITHIN GROUP (ORDER BY annual_income) FILTER "
                                + "(WHERE a < 25), 0), count(*) FILTER (WHERE a < 25) FROM (SELECT annual_income, " + AGE
                                + " AS a FROM public.customer_profiles WHERE segment = 'retail' AND occupation NOT IN "
                                + "('Retired', 'Student')) s", 1.3, Double.POSITIVE_INFINITY, 30),
                statistic("realism.retired_after_70", "customer_db.customer_profiles",
                        "share of customers aged 70 and over who are retired (BLS: about 85% are out of the labour "
                                + "force)", "SELECT avg((occupation = 'Retired')::int), count(*) FROM "
                                + "public.customer_profiles WHERE " + AGE + " >= 70", 0.70, 1, 30));
    }

    private static StatisticCheck statistic(String id, String scope, String what, String query, double low,
                                            double high, int minRows) {
        return new StatisticCheck(id, Category.REALISM, CUSTOMER, scope, what, query, low, high, minRows);
    }
}
