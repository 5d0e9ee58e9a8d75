package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.CUSTOMER;

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

    static List<Check> all() {
        return List.of(
                RuleCheck.rule("realism.tax_ids", Category.REALISM, ACCOUNTS, "accounts_db.customers")
                        .expect("every customer's tax id has the market's form: in the US an ITIN-shaped 9AA-GG-SSSS "
                                + "(group 70-88, never a Social Security number); in India a person's PAN, AAAPA9999A with "
                                + "P fourth (an individual), the surname's initial fifth and a serial other than 0000")
                        .over("customers", "SELECT customer_id, last_name, tax_id FROM public.customers")
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
