package io.dhub.schema.verify;

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

    private RealismChecks() {
    }

    static List<Check> all() {
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
                        "share of customers carrying one of the 10 commonest surnames among them (Census: 5.6% "
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
