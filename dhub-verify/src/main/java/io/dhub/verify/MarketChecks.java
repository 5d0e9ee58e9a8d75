package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.CUSTOMER;
import static io.dhub.schema.LogicalDatabase.EMPLOYEES;

import java.util.List;

/**
 * The market's identifiers and rails, judged by the rules of the market the bank was seeded in
 * ({@link VerifyMarket}: its placeholders {@code {taxidok}}, {@code {phoneok}}, {@code {postalok}}
 * and {@code {railbroken}}), written here from the issuers' published forms, apart from the
 * generator's formats.
 */
final class MarketChecks {
    private MarketChecks() {
    }

    /** The characters of a GSTIN, in the order of their values in its check (0-9 then A-Z). */
    private static final String BASE36 = "'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'";

    /**
     * SQL true when the 15-character {@code identifier_value} ends in the Luhn mod 36 check character
     * of its first fourteen (GSTN's algorithm: from the right, each character's value times 2 and 1 in
     * turn, the quotient and remainder by 36 summed; the check is what brings the sum to 0 mod 36).
     */
    static final String GSTIN_CHECK = "substr(" + BASE36 + ", 1 + (36 - (SELECT sum(x / 36 + x % 36) FROM (SELECT "
            + "(strpos(" + BASE36 + ", substr(identifier_value, 15 - i, 1)) - 1) * (2 - (i + 1) % 2) AS x FROM "
            + "generate_series(1, 14) i) d)::int % 36) % 36, 1) = substr(identifier_value, 15, 1)";

    /** SQL true when {@code identifier_value} has the published form of its {@code identifier_type}. */
    static final String IDENTIFIER_FORM = "CASE identifier_type "
            + "WHEN 'aadhaar_masked' THEN identifier_value ~ '^XXXX XXXX [0-9]{4}$' "
            + "WHEN 'ckyc' THEN identifier_value ~ '^[0-9]{14}$' "
            + "WHEN 'upi_id' THEN identifier_value ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,255}@[A-Za-z]{2,64}$' "
            + "WHEN 'gstin' THEN identifier_value ~ '^[0-9]{2}[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$' "
            + "AND " + GSTIN_CHECK + " "
            + "WHEN 'form_60' THEN identifier_value ~ '^F60-[0-9]{10}$' ELSE false END";

    static List<Check> all() {
        return List.of(
                RuleCheck.rule("realism.identifier_forms", Category.REALISM, CUSTOMER, "customer_db.customer_identifiers")
                        .expect("every identifier kept beside the tax id has its issuer's form and was recorded between "
                                + "the day its holder joined and the as-of date: a masked Aadhaar XXXX XXXX dddd (never "
                                + "a full number), a CKYC number of 14 digits, a UPI id name@handle, a GSTIN of a state "
                                + "code, a PAN, an entity number, Z and the Luhn mod 36 check character (GSTN), a Form "
                                + "60's reference F60- and ten digits")
                        .over("identifiers", "SELECT i.customer_id, i.identifier_type, i.identifier_value, "
                                + "i.recorded_date, c.customer_since, {asof} AS as_of FROM public.customer_identifiers i "
                                + "LEFT JOIN verify_customers c USING (customer_id)")
                        .brokenWhen("NOT (" + IDENTIFIER_FORM + ") OR recorded_date < customer_since OR recorded_date > "
                                + "as_of")
                        .offender("'customer ' || customer_id || ' (since ' || coalesce(customer_since::text, 'never') "
                                + "|| ') has ' || identifier_type || ' ' || identifier_value || ' recorded ' || recorded_date")
                        .worstFirst("customer_id, identifier_type")
                        .needs(Import.CUSTOMERS)
                        .build(),
                RuleCheck.rule("realism.gstins", Category.REALISM, CUSTOMER, "customer_db.customer_identifiers")
                        .expect("every GSTIN is a business customer's and carries the PAN the firm is taxed under "
                                + "(characters 3-12: accounts_db.business_profiles' where the market registers firms, "
                                + "else the holder's) and the GST code of the state of the holder's address (characters 1-2)")
                        .over("GSTINs", "SELECT i.customer_id, i.identifier_value, p.state, p.segment, coalesce(f.pan, "
                                + "t.tax_id) AS tax_id FROM public.customer_identifiers i JOIN public.customer_profiles p "
                                + "USING (customer_id) LEFT JOIN verify_tax_ids t USING (customer_id) LEFT JOIN "
                                + "verify_firm_pans f USING (customer_id) WHERE i.identifier_type = 'gstin'")
                        .brokenWhen("substr(identifier_value, 3, 10) IS DISTINCT FROM tax_id OR left(identifier_value, 2) "
                                + "IS DISTINCT FROM {gststate} OR segment <> 'business'")
                        .offender("'customer ' || customer_id || ' (' || segment || ', ' || state || ', PAN ' || "
                                + "coalesce(tax_id, 'none') || ') has GSTIN ' || identifier_value")
                        .worstFirst("customer_id")
                        .needs(Import.TAX_IDS, Import.FIRM_PANS)
                        .build(),
                RuleCheck.rule("realism.form_60", Category.REALISM, CUSTOMER, "customer_db.customer_identifiers, "
                                + "accounts_db.customers")
                        .expect("every customer has a tax id or has declared Form 60, never both, and only a customer "
                                + "the market lets hold no tax id declares it: in India a retail customer with an income "
                                + "under the basic exemption limit of Rs 2.5 lakh (Income-tax Act s.139A, Rules rule "
                                + "114B); in the US every customer has a tax id")
                        .over("customers", "SELECT p.customer_id, p.segment, p.annual_income, t.tax_id, f.identifier_value "
                                + "AS form_60 FROM public.customer_profiles p JOIN verify_tax_ids t USING (customer_id) "
                                + "LEFT JOIN public.customer_identifiers f ON f.customer_id = p.customer_id AND "
                                + "f.identifier_type = 'form_60'")
                        .brokenWhen("(tax_id IS NULL) <> (form_60 IS NOT NULL) OR (form_60 IS NOT NULL AND NOT {form60ok})")
                        .offender("'customer ' || customer_id || ' (' || segment || ', income ' || annual_income || ') has "
                                + "tax id ' || coalesce(tax_id, 'none') || ' and ' || coalesce('Form 60 ' || form_60, 'no "
                                + "Form 60')")
                        .worstFirst("customer_id")
                        .needs(Import.TAX_IDS)
                        .build(),
                RuleCheck.rule("realism.upi_ids", Category.REALISM, CUSTOMER, "customer_db.customer_identifiers")
                        .expect("every customer who paid or was paid by UPI has a UPI id, recorded on or before the "
                                + "local day of their first UPI payment (where UPI is one of the market's rails; a "
                                + "transaction on a rail the market lacks is realism.market_terms')")
                        .over("customers with a UPI payment", "SELECT f.customer_id, (f.first_upi AT TIME ZONE "
                                + "p.time_zone)::date AS first_day, i.recorded_date FROM verify_first_upi f JOIN "
                                + "public.customer_profiles p USING (customer_id) LEFT JOIN public.customer_identifiers i "
                                + "ON i.customer_id = f.customer_id AND i.identifier_type = 'upi_id'")
                        .brokenWhen("'upi' = ANY (ARRAY[{channels}]) AND (recorded_date IS NULL OR recorded_date > "
                                + "first_day)")
                        .offender("'customer ' || customer_id || ' paid by UPI on ' || first_day || ' with a UPI id "
                                + "recorded ' || coalesce(recorded_date::text, 'never')")
                        .worstFirst("customer_id")
                        .needs(Import.FIRST_UPI)
                        .build(),
                RuleCheck.rule("realism.registrations", Category.REALISM, CUSTOMER, "customer_db.customer_identifiers")
                        .expect("every customer holds the registrations the market requires by the as-of date: in "
                                + "India a CKYC number (from 2017) and, for a business, a GSTIN (from July 2017); "
                                + "none in the US market")
                        .over("customers", "SELECT p.customer_id, p.segment, {asof} AS as_of, "
                                + "coalesce(bool_or(i.identifier_type = 'ckyc'), false) AS ckyc, "
                                + "coalesce(bool_or(i.identifier_type = 'gstin'), false) AS gstin FROM "
                                + "public.customer_profiles p LEFT JOIN public.customer_identifiers i USING (customer_id) "
                                + "GROUP BY p.customer_id, p.segment")
                        .brokenWhen("NOT {registered}")
                        .offender("'customer ' || customer_id || ' (' || segment || ') has ' || CASE WHEN ckyc THEN "
                                + "'a CKYC number' ELSE 'no CKYC number' END || ' and ' || CASE WHEN gstin THEN 'a GSTIN' "
                                + "ELSE 'no GSTIN' END")
                        .worstFirst("customer_id")
                        .build(),
                RuleCheck.rule("realism.platform_payouts", Category.REALISM, ACCOUNTS, "accounts_db.transactions, "
                                + "counterparties")
                        .expect("a gig platform pays a worker on its cadence, judged by the most payouts in one UTC "
                                + "calendar month for each worker and platform paying over 35 days or more: a weekly "
                                + "platform at most 6; in India a daily one (Rapido) at least 8 and a freelance "
                                + "marketplace paying by milestone (Upwork, Fiverr) at most 3")
                        .over("workers and platforms", "SELECT customer_id, name, max(n) AS most, max(last) - min(first) "
                                + "AS span FROM (SELECT a.customer_id, cp.name, date_trunc('month', t.transaction_date AT "
                                + "TIME ZONE 'UTC') AS month, count(*) AS n, min((t.transaction_date AT TIME ZONE 'UTC')::date) "
                                + "AS first, max((t.transaction_date AT TIME ZONE 'UTC')::date) AS last FROM "
                                + "public.transactions t JOIN public.accounts a USING (account_id) JOIN public.counterparties "
                                + "cp ON cp.counterparty_id = t.counterparty_id WHERE cp.kind = 'platform' AND "
                                + "t.transaction_type = 'deposit' GROUP BY 1, 2, 3) m GROUP BY customer_id, name HAVING "
                                + "max(last) - min(first) >= 35")
                        .brokenWhen("NOT {payoutsok}")
                        .offender("'customer ' || customer_id || ' was paid by ' || name || ' ' || most || ' times in one "
                                + "month'")
                        .worstFirst("customer_id, name")
                        .build(),
                RuleCheck.rule("realism.gig_work", Category.REALISM, CUSTOMER, "customer_db.customer_profiles, "
                                + "accounts_db.counterparties")
                        .expect("a gig platform pays only a customer whose work it offers: in India a delivery app a "
                                + "delivery partner, a ride app a driver, Urban Company a home-service professional, a "
                                + "freelance marketplace a freelancer, and a delivery app or marketplace a student; the "
                                + "US market's gig workers are its workers without steady pay, whatever their work")
                        .over("platforms paying a customer", "SELECT p.customer_id, p.occupation, f.name FROM "
                                + "verify_platform_payers f JOIN public.customer_profiles p USING (customer_id)")
                        .brokenWhen("NOT {gigworkok}")
                        .offender("'customer ' || customer_id || ' (' || occupation || ') is paid by ' || name")
                        .worstFirst("customer_id, name")
                        .needs(Import.PLATFORM_PAYERS)
                        .build(),
                RuleCheck.rule("realism.gig_bank", Category.REALISM, CUSTOMER, "customer_db.customer_profiles")
                        .expect("in a gig bank (seed all --earners gig) every customer is a retail customer in gig "
                                + "work: delivery, driving, home services or a freelance trade (no student, no "
                                + "retiree); a bank of every kind of customer has none to judge")
                        .over("customers of a gig bank", "SELECT customer_id, segment, occupation FROM "
                                + "public.customer_profiles WHERE {gigbank}")
                        .brokenWhen("segment <> 'retail' OR NOT {gigtrade}")
                        .offender("'customer ' || customer_id || ' (' || segment || ') works as ' || occupation")
                        .worstFirst("customer_id")
                        .build(),
                RuleCheck.rule("realism.branch_routing_codes", Category.REALISM, EMPLOYEES, "employees_db.branch_routing_codes")
                        .expect("the branches' routing codes are one bank's: every IFSC is four letters, 0 and six "
                                + "characters (RBI), all share one bank code, and every branch has one once any has")
                        .over("branches", "SELECT b.branch_code, r.routing_code, (SELECT count(DISTINCT left(routing_code, 4)) "
                                + "FROM public.branch_routing_codes WHERE scheme = 'ifsc') AS banks, (SELECT count(*) FROM "
                                + "public.branch_routing_codes WHERE scheme = 'ifsc') AS coded FROM public.branches b LEFT "
                                + "JOIN public.branch_routing_codes r ON r.branch_code = b.branch_code AND r.scheme = 'ifsc'")
                        .brokenWhen("(coded > 0 AND routing_code IS NULL) OR (routing_code IS NOT NULL AND (routing_code "
                                + "!~ '^[A-Z]{4}0[A-Z0-9]{6}$' OR banks > 1))")
                        .offender("'branch ' || branch_code || ' has IFSC ' || coalesce(routing_code, 'none') || ' (' "
                                + "|| banks || ' bank codes among ' || coded || ' IFSCs)'")
                        .worstFirst("branch_code")
                        .build(),
                RuleCheck.rule("realism.business_profiles", Category.REALISM, ACCOUNTS,
                                "accounts_db.business_profiles, customers")
                        .expect("in India every business customer has one firm (none in the US): a proprietorship "
                                + "taxed under its owner's PAN, a partnership or an LLP under a firm's (fourth letter F), "
                                + "a private limited company under a company's (C), the fifth letter the initial of "
                                + "the firm's name; its GSTIN carries that PAN and its state's code; a Udyam number "
                                + "UDYAM-XX-00-0000000 registered from 1 July 2020 to as-of, after the firm commenced, "
                                + "which it did by the day it became a customer; GST filed quarterly only up to Rs 5 crore "
                                + "of turnover; its GST rate one in force on as-of")
                        .over("business customers and firms", "SELECT c.customer_id, c.segment, c.tax_id, "
                                + "c.customer_since, b.customer_id IS NOT NULL AS firm, b.legal_name, b.constitution, "
                                + "b.pan, b.gstin, b.state_code, b.udyam_number, b.udyam_registered, b.commenced_date, "
                                + "b.annual_turnover, b.filing_frequency, b.gst_rate FROM public.customers c LEFT JOIN "
                                + "public.business_profiles b USING (customer_id) WHERE c.segment = 'business' OR "
                                + "b.customer_id IS NOT NULL")
                        .brokenWhen("segment <> 'business' OR ({firms} AND NOT firm) OR (firm AND (pan !~ "
                                + "'^[A-Z]{3}[PFC][A-Z][0-9]{4}[A-Z]$' OR substr(pan, 6, 4) = '0000' OR substr(pan, 5, 1) <> upper(left(legal_name, "
                                + "1)) OR substr(pan, 4, 1) <> CASE constitution WHEN 'proprietorship' THEN 'P' WHEN "
                                + "'private_limited' THEN 'C' ELSE 'F' END OR (constitution = 'proprietorship' AND pan IS "
                                + "DISTINCT FROM tax_id) OR substr(gstin, 3, 10) <> pan OR left(gstin, 2) <> state_code "
                                + "OR udyam_number !~ '^UDYAM-[A-Z]{2}-[0-9]{2}-[0-9]{7}$' OR udyam_registered < DATE "
                                + "'2020-07-01' OR udyam_registered > {asof} OR udyam_registered < commenced_date OR "
                                + "commenced_date > customer_since OR (filing_frequency = 'quarterly' AND annual_turnover > "
                                + "{quarterlylimit}) OR NOT {gstrateok}))")
                        .offender("'customer ' || customer_id || ' (' || segment || coalesce(', PAN ' || tax_id, '') || "
                                + "') has ' || CASE WHEN firm THEN 'firm ' || legal_name || ' (' || constitution || ', PAN ' "
                                + "|| pan || ', GSTIN ' || coalesce(gstin, 'none') || ', ' || coalesce(udyam_number, 'no "
                                + "Udyam') || ', ' || filing_frequency || ' at ' || gst_rate || '%)' ELSE 'no firm' END")
                        .worstFirst("customer_id")
                        .build(),
                RuleCheck.rule("realism.msme_class", Category.REALISM, ACCOUNTS,
                                "accounts_db.business_profiles, accounts, transactions")
                        .expect("a firm's turnover is its main account's (the first savings or current account's) "
                                + "receipts since turnover_from (a year "
                                + "before as-of, or the ledger's first day when later; credits from outside the bank, not "
                                + "the holder's own, no loan, policy or claim money, interest or refund), annualised, "
                                + "times 1.02-1.18 (its cash sales); its MSME class the one its investment and turnover "
                                + "give under the thresholds in force on as-of (S.O. 2119(E) until 31 March 2025: micro "
                                + "Rs 1 and 5 crore, small 10 and 50, medium 50 and 250; S.O. 1364(E) from 1 April 2025: "
                                + "2.5 and 10, 25 and 100, 125 and 500), none without a Udyam registration")
                        .over("firms", "SELECT b.customer_id, b.msme_category, b.investment, b.annual_turnover, "
                                + "b.turnover_from, b.udyam_number, m.account_id, m.ledger_from, coalesce((SELECT "
                                + "sum(t.amount) FROM public.transactions t WHERE t.account_id = m.account_id AND "
                                + "t.direction = 'credit' AND t.loan_id IS NULL AND t.policy_id IS NULL AND t.claim_id IS "
                                + "NULL AND t.counterparty_account_id IS NULL AND t.counterparty_name IS DISTINCT FROM "
                                + "c.first_name || ' ' || c.last_name AND t.transaction_type NOT IN ('interest', 'refund') "
                                + "AND (t.transaction_date AT TIME ZONE z.time_zone)::date >= b.turnover_from), 0) * 365.0 "
                                + "/ nullif({asof} - b.turnover_from, 0) AS annual FROM public.business_profiles b JOIN "
                                + "public.customers c USING (customer_id) JOIN verify_customer_zones z USING (customer_id) "
                                + "LEFT JOIN public.accounts m ON m.account_id = (SELECT min(x.account_id) FROM "
                                + "public.accounts x WHERE x.customer_id = b.customer_id AND x.account_type IN {everyday})")
                        .brokenWhen("msme_category IS DISTINCT FROM CASE WHEN udyam_number IS NOT NULL THEN {msmeclass} "
                                + "END OR (account_id IS NULL AND annual_turnover <> 0) OR (account_id IS NOT NULL AND "
                                + "(turnover_from <> greatest({asof} - 365, ledger_from) OR annual_turnover NOT BETWEEN "
                                + "floor(coalesce(annual, 0) * 1.02) - 1 AND ceil(coalesce(annual, 0) * 1.18) + 1))")
                        .offender("'firm of customer ' || customer_id || ': ' || coalesce(msme_category, 'no class') || "
                                + "', investment ' || investment || ', turnover ' || annual_turnover || ' against ' || "
                                + "coalesce(round(annual, 2)::text, 'no') || ' of receipts a year since ' || turnover_from")
                        .worstFirst("customer_id")
                        .needs(Import.CUSTOMER_ZONES)
                        .build(),
                RuleCheck.rule("realism.tax_ids", Category.REALISM, ACCOUNTS, "accounts_db.customers")
                        .expect("every customer's tax id has the market's form: in the US an ITIN-shaped 9AA-GG-SSSS "
                                + "(group 70-88, never a Social Security number); in India a person's PAN, AAAPA9999A with "
                                + "P fourth (an individual), the surname's initial fifth and a serial other than 0000 (a customer "
                                + "without one is realism.form_60's)")
                        .over("customers with a tax id", "SELECT customer_id, last_name, tax_id FROM public.customers "
                                + "WHERE tax_id IS NOT NULL")
                        .brokenWhen("NOT ({taxidok})")
                        .offender("'customer ' || customer_id || ' (' || last_name || ') has tax id ' || tax_id")
                        .worstFirst("customer_id")
                        .build(),
                RuleCheck.rule("realism.phones", Category.REALISM, ACCOUNTS, "accounts_db.customers")
                        .expect("every customer's phone has the market's form: in the US (AAA) EEE-LLLL; in India a "
                                + "mobile number, +91 and ten digits starting 6-9")
                        .over("customers", "SELECT customer_id, phone FROM public.customers")
                        .brokenWhen("NOT ({phoneok})")
                        .offender("'customer ' || customer_id || ' has phone ' || phone")
                        .worstFirst("customer_id")
                        .build(),
                RuleCheck.rule("realism.postal_codes", Category.REALISM, CUSTOMER, "customer_db.customer_profiles")
                        .expect("every customer's postal code has the market's form and belongs to the state: in the US "
                                + "five digits; in India a PIN of six digits whose first names the postal zone of the "
                                + "state (1 the north-west, 2 Uttar Pradesh and Uttarakhand, 3 Rajasthan and Gujarat, 4 "
                                + "Maharashtra and central India, 5 the Deccan, 6 Tamil Nadu and Kerala, 7 the east and "
                                + "north-east, 8 Bihar and Jharkhand)")
                        .over("customers", "SELECT customer_id, state, postal_code FROM public.customer_profiles")
                        .brokenWhen("NOT ({postalok})")
                        .offender("'customer ' || customer_id || ' in ' || state || ' has postal code ' || postal_code")
                        .worstFirst("customer_id")
                        .build(),
                RuleCheck.rule("realism.transfer_texts", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("every transfer to or from an account at another bank, and every purchase, on a rail "
                                + "that carries a reference is printed as the market's banks print it (in India a "
                                + "transfer between banks goes by such a rail, never online, and only a cross-border one "
                                + "by wire): in India UPI/DR/, "
                                + "UPI/P2M/ (a purchase) or IMPS/CR/ and "
                                + "NPCI's 12-digit RRN (the year's last digit, the day of the year and the hour in IST "
                                + "first), NEFT DR- and a 16-character UTR dated by the day of the year, RTGS CR- and a "
                                + "22-character UTR carrying the date, then the other side's name or the merchant; the "
                                + "US market has no such rails")
                        .over("transfers to or from another bank and purchases on UPI, IMPS, NEFT or RTGS (in India "
                                + "also online and by wire)", "SELECT transaction_id, channel, transaction_type, "
                                + "direction, description, counterparty_name, counterparty_country, merchant_name, "
                                + "transaction_date FROM public.transactions WHERE ((transaction_type IN ('transfer_in', "
                                + "'transfer_out') AND counterparty_account_id IS NULL) OR (transaction_type = 'purchase' "
                                + "AND channel NOT IN ('online', 'wire'))) AND channel IN ({railtexts})")
                        .brokenWhen("NOT {transfertextok}")
                        .offender("'transaction ' || transaction_id || ' (' || channel || ', ' || direction || ', ' || "
                                + "transaction_date || ') reads \"' || description || '\"'")
                        .worstFirst("transaction_id")
                        .build(),
                RuleCheck.rule("realism.rail_limits", Category.REALISM, ACCOUNTS, "accounts_db.transactions")
                        .expect("no payment breaks its rail's limits: in India UPI up to Rs 1 lakh (NPCI), IMPS up to "
                                + "Rs 5 lakh, RTGS from Rs 2 lakh (RBI); the US market's rails (ACH, wires) have none")
                        .over("transactions on a rail with limits", "SELECT transaction_id, channel, amount FROM "
                                + "public.transactions WHERE channel IN ('upi', 'imps', 'rtgs')")
                        .brokenWhen("{railbroken}")
                        .offender("'transaction ' || transaction_id || ' of ' || amount || ' by ' || channel")
                        .worstFirst("amount DESC, transaction_id")
                        .build());
    }
}
