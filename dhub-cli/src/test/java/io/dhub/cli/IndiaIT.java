package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.testing.TestServer;
import io.dhub.verify.CheckResult;
import io.dhub.verify.Verdict;
import io.dhub.verify.Verifier;
import io.dhub.verify.VerifyReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bank of India's market ({@code seed all --market in}) at scale 1: {@code seed verify} passes it
 * by India's rules; its identifiers, places, money and rails hold by SQL written here; and a fault
 * planted for each check only an Indian bank can fail (the rails' limits), and for India's own forms of
 * the identifier checks, fails that check and no other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndiaIT {
    static final String AS_OF = "2025-09-30";
    final String prefix = TestServer.newPrefix();
    final Sql sql = new Sql(prefix);
    CliRun seeded;
    private Databases databases;

    /**
     * The checks a US bank cannot fail, whose planted faults are here rather than in VerifyIT (a gig
     * bank's in GigBankIT).
     */
    static boolean planted(String id) {
        return Set.of("realism.rail_limits", "realism.identifier_forms", "realism.gstins", "realism.upi_ids",
                "realism.registrations", "realism.branch_routing_codes", "references.customer_identifiers",
                "references.branch_routing_codes", "realism.phone_payments", "realism.transfer_texts",
                "realism.gold_collateral", "realism.loan_incomes", "realism.least_loans", "realism.document_forms",
                "realism.gig_work", "realism.gig_bank", "insurance.motor_covers", "insurance.health_cover",
                "insurance.schemes", "insurance.insured_members", "references.insured_members",
                "realism.recurring_deposits", "realism.business_profiles", "realism.msme_class",
                "references.business_profiles").contains(id);
    }

    @BeforeAll
    void seedOnce() throws SQLException {
        seeded = CliRun.run(TestServer.get().env(prefix), "seed", "all", "--market", "in", "--scale", "1", "--as-of",
                AS_OF, "--profiles", "default", "--history-months", "6");
        assertEquals(0, seeded.exit(), seeded::toString);
        databases = Databases.open(TestServer.get().spec(), prefix, 4);
    }

    @AfterAll
    void drop() throws SQLException {
        databases.close();
        TestServer.get().dropDatabases(prefix);
    }

    @Test
    void theReplayLineNamesTheMarketAndVerifyPassesByIndiasRules() {
        assertTrue(seeded.err().contains("--market in"), seeded::toString);
        CliRun run = CliRun.run(TestServer.get().env(prefix), "seed", "verify", "--json");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("\"passed\":true,\"checks_passed\":"), run::toString);
        assertTrue(run.out().contains("\"checks_failed\":0,"), run::toString);
        // India's own checks judged rows: its rails and identifiers
        assertTrue(run.out().matches("(?s).*\"check\":\"realism\\.rail_limits\".*\"measured\":\"0 of [1-9][0-9,]* "
                + "transactions on a rail with limits break it\".*"), run::toString);
        assertTrue(run.out().contains("\"measured\":\"0 of 1,200 customers break it\""), run::toString);
        // the share of common first names has no Indian figure to be judged by, and says so
        assertTrue(run.out().contains("not judged in market in: no sourced figure for it"), run::toString);
    }

    @Test
    void identifiersAndPlacesAreIndian() throws SQLException {
        // a person's PAN: AAAPA9999A with P fourth, the surname's initial fifth, a serial other than 0000
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM customers WHERE tax_id !~ "
                + "'^[A-Z]{3}P[A-Z][0-9]{4}[A-Z]$' OR substr(tax_id, 5, 1) <> upper(left(last_name, 1)) OR "
                + "substr(tax_id, 6, 4) = '0000'"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM customers WHERE phone !~ '^\\+91[6-9][0-9]{9}$'"));
        assertEquals(0, sql.number("employees_db", "SELECT count(*) FROM employees WHERE phone !~ '^\\+91[6-9][0-9]{9}$'"));
        // PINs of six digits, the first the state's postal zone (a few states, written here)
        assertEquals(0, sql.number("customer_db", "SELECT count(*) FROM customer_profiles WHERE postal_code !~ "
                + "'^[1-9][0-9]{5}$' OR country <> 'IN' OR time_zone <> 'Asia/Kolkata' OR (state = 'Maharashtra' AND "
                + "postal_code NOT LIKE '4%') OR (state = 'Delhi' AND postal_code NOT LIKE '11%') OR (state = "
                + "'Karnataka' AND postal_code NOT LIKE '5%') OR (state = 'West Bengal' AND postal_code NOT LIKE '7%')"));
        assertTrue(sql.number("customer_db", "SELECT count(DISTINCT city) FROM customer_profiles") > 100);
        assertEquals(List.of("Mumbai"), sql.column("customer_db", "SELECT city FROM customer_profiles GROUP BY 1 "
                + "ORDER BY count(*) DESC, 1 LIMIT 1"));
        assertEquals(0, sql.number("compliance_db", "SELECT count(*) FROM kyc_records WHERE document_type NOT IN "
                + "('national_id', 'voter_id', 'drivers_license', 'passport', 'utility_bill', 'bank_statement')"));
    }

    /** Gig workers are the people in platform work (and students), paid by their platforms and never a salary. */
    @Test
    void gigWorkersDoPlatformWork() throws SQLException {
        List<String> gig = sql.column("accounts_db", "SELECT customer_id::text FROM customer_behaviour WHERE "
                + "occupation_class = 'gig' ORDER BY 1");
        assertTrue(gig.size() >= 20, "gig workers: " + gig.size());
        String ids = String.join(", ", gig);
        assertEquals(0, sql.number("customer_db", "SELECT count(*) FROM customer_profiles WHERE customer_id IN (" + ids
                + ") AND occupation <> 'Student' AND occupation NOT IN " + GigBankIT.GIG_WORK));
        // nobody else is paid by a platform, and no gig worker draws a salary
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM counterparties c JOIN customer_behaviour b "
                + "USING (customer_id) WHERE c.kind = 'platform' AND b.occupation_class <> 'gig'"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions t JOIN accounts a USING "
                + "(account_id) WHERE t.transaction_type = 'salary' AND a.customer_id IN (" + ids + ")"));
    }

    /** Accounts carry India's names: savings, current, fixed, recurring and sweep deposits, never the US names. */
    @Test
    void accountsCarryIndiasNames() throws SQLException {
        assertEquals(List.of("current", "fixed_deposit", "recurring_deposit", "savings", "sweep_deposit"),
                sql.column("accounts_db", "SELECT DISTINCT account_type FROM accounts ORDER BY 1"));
        // a term deposit matures after as-of; a recurring deposit's standing instruction leaves the holder's
        // savings or current account at the instant and amount the deposit receives it
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM accounts WHERE account_type IN "
                + "('fixed_deposit', 'recurring_deposit') AND (maturity_date IS NULL OR maturity_date <= DATE '"
                + AS_OF + "') OR account_type NOT IN ('fixed_deposit', 'recurring_deposit') AND maturity_date IS NOT NULL"));
        assertTrue(sql.number("accounts_db", "SELECT count(*) FROM transactions t JOIN accounts d ON d.account_id = "
                + "t.counterparty_account_id WHERE d.account_type = 'recurring_deposit'") > 0);
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions t JOIN accounts d ON "
                + "d.account_id = t.counterparty_account_id JOIN accounts p ON p.account_id = t.account_id WHERE "
                + "d.account_type = 'recurring_deposit' AND (t.transaction_type <> 'transfer_out' OR p.customer_id <> "
                + "d.customer_id OR p.account_type NOT IN ('savings', 'current') OR NOT EXISTS (SELECT 1 FROM "
                + "transactions u WHERE u.account_id = d.account_id AND u.transaction_type = 'transfer_in' AND "
                + "u.amount = t.amount AND u.transaction_date = t.transaction_date))"));
        // a current account is a business's, and pays nothing; every salary lands in a savings or current account
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM accounts a JOIN customers c USING "
                + "(customer_id) WHERE a.account_type = 'current' AND (c.segment <> 'business' OR a.interest_rate > 0)"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions t JOIN accounts a USING "
                + "(account_id) WHERE t.transaction_type = 'salary' AND a.account_type NOT IN ('savings', 'current')"));
        // the everyday savings account pays interest
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM accounts WHERE account_type = 'savings' AND "
                + "interest_rate NOT BETWEEN 2.50 AND 4.00"));
    }

    /**
     * Every business customer's firm is registered: one row each, its GSTIN the one customer_db keeps, its PAN
     * a firm's or a company's unless it is a proprietorship.
     */
    @Test
    void everyBusinessHasAFirm() throws SQLException {
        assertEquals(sql.number("accounts_db", "SELECT count(*) FROM customers WHERE segment = 'business'"),
                sql.number("accounts_db", "SELECT count(*) FROM business_profiles"));
        assertEquals(sql.column("customer_db", "SELECT customer_id || '=' || identifier_value FROM customer_identifiers "
                        + "WHERE identifier_type = 'gstin' ORDER BY customer_id"),
                sql.column("accounts_db", "SELECT customer_id || '=' || gstin FROM business_profiles WHERE gstin IS NOT "
                        + "NULL ORDER BY customer_id"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM business_profiles b JOIN customers c USING "
                + "(customer_id) WHERE (b.constitution = 'proprietorship') <> (b.pan = c.tax_id)"));
        assertTrue(sql.number("accounts_db", "SELECT count(DISTINCT constitution) FROM business_profiles") >= 3);
    }

    /**
     * India's insurance: motor and health cover in Indian form, no US cover anywhere, and the government
     * schemes' renewals debited by the bank in the last week of May at the year's premium.
     */
    @Test
    void insuranceIsIndias() throws SQLException {
        assertEquals(0, sql.number("insurance_db", "SELECT count(*) FROM coverages WHERE coverage_type IN "
                + "('uninsured_motorist', 'medical_payments', 'collision', 'comprehensive', 'bodily_injury', "
                + "'property_damage', 'medical')"));
        // every auto policy a third-party cover of a car's or a two-wheeler's property limit, paid once a year
        assertEquals(sql.number("insurance_db", "SELECT count(*) FROM policies WHERE policy_type = 'auto'"),
                sql.number("insurance_db", "SELECT count(*) FROM policies p JOIN coverages v USING (policy_id) WHERE "
                        + "p.policy_type = 'auto' AND p.premium_frequency = 'annual' AND v.coverage_type = "
                        + "'third_party_property' AND v.coverage_limit IN (750000, 100000)"));
        // every health policy a family floater insuring its holder, most of them a spouse or children too
        assertEquals(sql.number("insurance_db", "SELECT count(*) FROM policies WHERE policy_type = 'health'"),
                sql.number("insurance_db", "SELECT count(*) FROM insured_members WHERE relationship_type = 'self'"));
        assertTrue(sql.number("insurance_db", "SELECT count(DISTINCT policy_id) FROM insured_members WHERE "
                + "relationship_type <> 'self'") > 0, "no floater covers a family");
        // both schemes hold members, who name one nominee each
        assertEquals(List.of("PMJJBY", "PMSBY"), sql.column("insurance_db", "SELECT DISTINCT scheme FROM policies "
                + "WHERE scheme IS NOT NULL ORDER BY 1"));
        assertEquals(0, sql.number("insurance_db", "SELECT count(*) FROM policies p WHERE scheme IS NOT NULL AND "
                + "(SELECT count(*) FROM beneficiaries b WHERE b.policy_id = p.policy_id) <> 1"));
        // the renewals in the ledgers (debits for the year from 1 June 2025 made before it began; one who joins
        // later pays on joining): the bank's own debits of the year's premium, on 25-31 May (IST)
        String renewal = "transaction_type = 'insurance_premium' AND description ~ '^PM(JJ|S)BY PREMIUM 2025-26$' AND "
                + "(transaction_date AT TIME ZONE 'Asia/Kolkata')::date < DATE '2025-06-01'";
        long renewals = sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE " + renewal);
        assertTrue(renewals > 0, "no scheme renewal debited in May 2025");
        assertEquals(renewals, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE " + renewal + " AND "
                + "channel = 'system' AND amount = CASE WHEN description LIKE 'PMJJBY%' THEN 436 ELSE 20 END AND "
                + "(transaction_date AT TIME ZONE 'Asia/Kolkata')::date >= DATE '2025-05-25'"));
    }

    /** The identifiers kept beside the PAN: counted here, their forms judged by verify and its planted faults. */
    @Test
    void customersAndBranchesCarryIndiasRegistrations() throws SQLException {
        // every customer a CKYC number (the bank's customers all joined by the as-of date, CKYC began in 2017)
        assertEquals(1200, sql.number("customer_db", "SELECT count(*) FROM customer_identifiers WHERE identifier_type "
                + "= 'ckyc' AND identifier_value ~ '^[0-9]{14}$'"));
        // every business customer a GSTIN of its state (Maharashtra's code is 27) on its PAN
        assertEquals(sql.number("customer_db", "SELECT count(*) FROM customer_profiles WHERE segment = 'business'"),
                sql.number("customer_db", "SELECT count(*) FROM customer_identifiers WHERE identifier_type = 'gstin'"));
        assertEquals(0, sql.number("customer_db", "SELECT count(*) FROM customer_identifiers i JOIN customer_profiles p "
                + "USING (customer_id) WHERE identifier_type = 'gstin' AND state = 'Maharashtra' AND identifier_value "
                + "NOT LIKE '27%'"));
        // masked Aadhaar for about nine in ten (1,080 expected; 3 standard deviations are 31)
        long aadhaar = sql.number("customer_db", "SELECT count(*) FROM customer_identifiers WHERE identifier_type = "
                + "'aadhaar_masked' AND identifier_value ~ '^XXXX XXXX [0-9]{4}$'");
        assertTrue(aadhaar >= 1_049 && aadhaar <= 1_111, "masked Aadhaar numbers: " + aadhaar);
        // no PAN exactly for those who declared Form 60: half the retail customers under Rs 2.5 lakh a year,
        // within 3 standard deviations
        long eligible = sql.number("customer_db", "SELECT count(*) FROM customer_profiles WHERE segment = 'retail' "
                + "AND annual_income < 250000");
        long form60 = sql.number("customer_db", "SELECT count(*) FROM customer_identifiers WHERE identifier_type = "
                + "'form_60' AND identifier_value ~ '^F60-[0-9]{10}$'");
        assertEquals(form60, sql.number("accounts_db", "SELECT count(*) FROM customers WHERE tax_id IS NULL"));
        assertTrue(eligible >= 100 && Math.abs(form60 - eligible / 2.0) <= 3 * Math.sqrt(eligible / 4.0),
                "Form 60 declarations: " + form60 + " of " + eligible + " customers who may declare one");
        // a UPI id exactly for those who pay by UPI
        assertEquals(sql.number("accounts_db", "SELECT count(DISTINCT a.customer_id) FROM transactions t JOIN accounts a "
                + "USING (account_id) WHERE t.channel = 'upi'"), sql.number("customer_db", "SELECT count(*) FROM "
                + "customer_identifiers WHERE identifier_type = 'upi_id' AND identifier_value LIKE '%@dhub'"));
        // every branch an IFSC of one bank
        assertEquals(List.of("DHUB"), sql.column("employees_db", "SELECT DISTINCT left(r.routing_code, 4) FROM branches "
                + "b LEFT JOIN branch_routing_codes r USING (branch_code)"));
    }

    @Test
    void moneyMovesInRupeesOnIndiasRails() throws SQLException {
        assertEquals(List.of("INR"), sql.column("accounts_db", "SELECT DISTINCT currency FROM accounts"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE channel IN ('ach', 'mobile')"));
        // between Indian banks money goes by a rail: no wire within India, no generic transfer text
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE channel = 'wire' AND "
                + "counterparty_country = 'IN'"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE description LIKE "
                + "'Funds transfer % another bank' OR description LIKE 'Transfer to cover %'"));
        assertTrue(sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE channel IN ('neft', 'rtgs') AND "
                + "transaction_type = 'transfer_in' AND counterparty_country = 'IN'") > 50);
        // UPI up to Rs 1 lakh, IMPS up to 5 lakh, RTGS from 2 lakh; salaries by NACH, monthly, within the range
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE (channel = 'upi' AND amount "
                + "> 100000) OR (channel = 'imps' AND amount > 500000) OR (channel = 'rtgs' AND amount < 200000)"));
        for (String rail : List.of("upi", "nach", "cheque", "imps", "neft", "rtgs", "wire")) {
            long least = List.of("upi", "nach", "cheque").contains(rail) ? 500 : 0;
            assertTrue(sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE channel = '" + rail + "'")
                    > least, rail + " is used");
        }
        assertEquals(List.of("nach"), sql.column("accounts_db", "SELECT DISTINCT channel FROM transactions WHERE "
                + "transaction_type = 'salary'"));
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE transaction_type = 'salary' "
                + "AND amount NOT BETWEEN 8000 AND 250000"));
        // no money moves between banks on 15 August or 2 October, India's national holidays
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE channel IN ('nach', 'system') "
                + "AND to_char(transaction_date AT TIME ZONE 'Asia/Kolkata', 'MM-DD') IN ('08-15', '10-02')"));
        assertTrue(sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE description LIKE 'NACH DR %'") > 100);
    }

    /**
     * FIU-IND's cash transaction reports count a calendar month's cash: each is dated its month's last day
     * and totals that UTC month's branch and ATM cash of its direction, summed here from the ledger.
     */
    @Test
    void cashIsReportedByTheMonth() throws SQLException {
        List<String> reports = sql.column("compliance_db", "SELECT customer_id || ' ' || business_date || ' ' || direction "
                + "|| ' ' || total_amount FROM ctr_filings ORDER BY ctr_id");
        assertFalse(reports.isEmpty(), "the bank has cash reports to judge");
        for (String report : reports) {
            String[] f = report.split(" ");
            LocalDate day = LocalDate.parse(f[1]);
            assertEquals(day.lengthOfMonth(), day.getDayOfMonth(), report);
            String summed = sql.text("accounts_db", "SELECT sum(t.amount) FROM transactions t JOIN accounts a USING "
                    + "(account_id) WHERE a.customer_id = " + f[0] + " AND t.transaction_type = '" + (f[2].equals("cash_in")
                    ? "deposit" : "withdrawal") + "' AND t.channel IN ('branch', 'atm') AND date_trunc('month', "
                    + "t.transaction_date AT TIME ZONE 'UTC') = DATE '" + day.withDayOfMonth(1) + "'");
            assertEquals(0, new java.math.BigDecimal(f[3]).compareTo(new java.math.BigDecimal(summed)), report);
        }
    }

    /**
     * India's own products: gold loans, each lent against gold at no more than 75% of its value, paid into
     * the borrower's account; two-wheeler loans, paid to the dealer with the borrower's down payment; both
     * within their terms and in whole Rs 5,000.
     */
    @Test
    void goldAndTwoWheelerLoansAreLentAsIndianBanksLendThem() throws SQLException {
        assertTrue(sql.number("loans_db", "SELECT count(*) FROM loans WHERE loan_type = 'gold'") >= 30);
        assertTrue(sql.number("loans_db", "SELECT count(*) FROM loans WHERE loan_type = 'two_wheeler'") >= 15);
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loans l WHERE loan_type = 'gold' AND NOT EXISTS "
                + "(SELECT 1 FROM collateral c WHERE c.loan_id = l.loan_id AND c.collateral_type = 'gold' AND "
                + "l.principal_amount <= 0.75 * c.appraised_value)"));
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM loans WHERE loan_type IN ('gold', 'two_wheeler') "
                + "AND (mod(principal_amount, 5000) <> 0 OR term_months NOT IN (12, 24, 36, 48) OR (loan_type = 'gold' "
                + "AND term_months > 36))"));
        // a two-wheeler's price goes to the dealer: no disbursement reaches the borrower, a down payment leaves
        assertEquals(0, sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE transaction_type = "
                + "'loan_disbursement' AND description = 'Disbursal, two-wheeler loan'"));
        assertTrue(sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE description = 'Down payment to "
                + "dealer, two-wheeler loan'") > 5);
        assertTrue(sql.number("accounts_db", "SELECT count(*) FROM transactions WHERE transaction_type = "
                + "'loan_disbursement' AND description = 'Disbursal, gold loan'") > 10);
    }

    /**
     * India's officially valid documents: most customers show Aadhaar, numbered by its offline e-KYC reference
     * (the last four digits of the masked Aadhaar the bank keeps, and the download's time), and only customers
     * whose masked Aadhaar the bank keeps show one; passports in India's form.
     */
    @Test
    void customersShowAadhaarByItsEKycReferenceAndPassportsInIndiasForm() throws SQLException {
        long identity = sql.number("compliance_db", "SELECT count(*) FROM kyc_records WHERE document_type NOT IN "
                + "('utility_bill', 'bank_statement')");
        long aadhaar = sql.number("compliance_db", "SELECT count(*) FROM kyc_records WHERE document_type = 'national_id'");
        assertTrue(aadhaar > identity / 3 && aadhaar < identity * 0.8, aadhaar + " Aadhaar of " + identity);
        assertTrue(sql.number("compliance_db", "SELECT count(*) FROM kyc_records WHERE document_type = 'passport'") > 10);
        // neither Aadhaar nor the voter's card expires; licences and passports do
        assertEquals(0, sql.number("compliance_db", "SELECT count(*) FROM kyc_records WHERE (document_type IN "
                + "('national_id', 'voter_id')) = (expiry_date IS NOT NULL) AND document_type NOT IN ('utility_bill', "
                + "'bank_statement')"));
        // driving licences are issued where their holders live (many states' letters), 20 years before they expire
        assertTrue(sql.number("compliance_db", "SELECT count(DISTINCT left(document_number, 2)) FROM kyc_records WHERE "
                + "document_type = 'drivers_license'") > 5);
        assertEquals(0, sql.number("compliance_db", "SELECT count(*) FROM kyc_records WHERE document_type = "
                + "'drivers_license' AND substr(document_number, 6, 4)::int <> extract(year FROM expiry_date) - 20"));
        assertEquals(0, sql.number("compliance_db", "SELECT count(*) FROM kyc_records WHERE document_type = 'passport' "
                + "AND document_number !~ '^[A-PR-WY][1-9][0-9]{5}[1-9]$'"));
        assertEquals(0, sql.number("compliance_db", "SELECT count(*) FROM kyc_records WHERE document_type = "
                + "'national_id' AND (document_number !~ '^[0-9]{21}$' OR substr(document_number, 5, 8) <> "
                + "to_char(submitted_at AT TIME ZONE 'Asia/Kolkata' - interval '1 minute', 'YYYYMMDD'))"));
        java.util.Map<String, String> kept = new java.util.HashMap<>();
        for (String row : sql.column("customer_db", "SELECT customer_id || ' ' || right(identifier_value, 4) FROM "
                + "customer_identifiers WHERE identifier_type = 'aadhaar_masked'")) {
            kept.put(row.split(" ")[0], row.split(" ")[1]);
        }
        for (String row : sql.column("compliance_db", "SELECT customer_id || ' ' || left(document_number, 4) FROM "
                + "kyc_records WHERE document_type = 'national_id'")) {
            assertEquals(kept.get(row.split(" ")[0]), row.split(" ")[1], "customer " + row);
        }
    }

    /** Credit scores on India's bureau scale, 300-900, no loan approved below 605 (the rules' 580). */
    @Test
    void creditScoresAreOnIndiasBureauScale() throws SQLException {
        assertEquals(0, sql.number("loans_db", "SELECT count(*) FROM risk_assessments WHERE risk_score NOT BETWEEN 300 "
                + "AND 900"));
        assertTrue(sql.number("loans_db", "SELECT count(*) FROM risk_assessments WHERE risk_score > 850") > 10,
                "the top of the scale, above FICO's 850, is used");
        long least = sql.number("loans_db", "SELECT min(r.risk_score) FROM risk_assessments r JOIN loans l USING "
                + "(application_id) WHERE r.assessment_type = 'origination'");
        assertTrue(least >= 605 && least < 640, "the lowest approved score, near the floor: " + least);
    }

    /** RBI's periodic updation: the first periodic review falls due 2, 8 or 10 years after onboarding by its risk. */
    @Test
    void kycIsUpdatedOnRbisCycle() throws SQLException {
        String first = "FROM kyc_reviews p JOIN kyc_reviews o ON o.customer_id = p.customer_id AND o.review_type = "
                + "'onboarding' WHERE p.review_type = 'periodic' AND o.review_id = (SELECT max(review_id) FROM kyc_reviews "
                + "q WHERE q.customer_id = p.customer_id AND q.review_id < p.review_id)";
        assertTrue(sql.number("compliance_db", "SELECT count(*) " + first) > 500);
        assertEquals(0, sql.number("compliance_db", "SELECT count(*) " + first + " AND p.due_date <> (o.review_date + "
                + "(CASE o.risk_after WHEN 'high' THEN 24 WHEN 'medium' THEN 96 ELSE 120 END) * interval '1 month')::date"));
    }

    @Test
    void anUnknownMarketIsRefusedNamingBoth() {
        CliRun bad = CliRun.run(TestServer.get().env(TestServer.newPrefix()), "seed", "all", "--market", "xx");
        assertEquals(2, bad.exit(), bad::toString);
        assertTrue(bad.err().contains("unknown market 'xx': dhub knows us (the United States), in (India)"),
                bad::toString);
    }

    /** A fault, as SQL per database, and the check it must fail. */
    record Fault(String check, LogicalDatabase db, String statement, Set<String> also) {
        Fault(String check, LogicalDatabase db, String statement) {
            this(check, db, statement, Set.of());
        }

        @Override
        public String toString() {
            return check;
        }
    }

    /** The first transfer by UPI to an account at another bank. */
    private static final String FIRST_UPI_TRANSFER = "(SELECT min(transaction_id) FROM transactions WHERE channel = 'upi' "
            + "AND transaction_type = 'transfer_out' AND counterparty_account_id IS NULL)";

    static Stream<Fault> faults() {
        LogicalDatabase acc = LogicalDatabase.ACCOUNTS;
        return Stream.of(
                // a payroll credit of over Rs 1 lakh moved to UPI
                new Fault("realism.rail_limits", acc, "UPDATE transactions SET channel = 'upi' WHERE transaction_id = "
                        + "(SELECT min(transaction_id) FROM transactions WHERE channel = 'nach' AND amount > 100000)"),
                // a PAN whose fifth letter is not the surname's initial
                new Fault("realism.tax_ids", acc, "UPDATE customers SET tax_id = overlay(tax_id PLACING CASE WHEN "
                        + "substr(tax_id, 5, 1) = 'Z' THEN 'Y' ELSE 'Z' END FROM 5 FOR 1) WHERE customer_id = 1"),
                // a premium customer's PAN taken away: only a retail customer of a small income may hold none
                new Fault("realism.form_60", acc, "UPDATE customers SET tax_id = NULL WHERE customer_id = (SELECT "
                        + "min(customer_id) FROM customers WHERE segment = 'premium')"),
                // a customer without a PAN whose Form 60 is lost
                new Fault("realism.form_60", LogicalDatabase.CUSTOMER, "DELETE FROM customer_identifiers WHERE "
                        + "identifier_type = 'form_60' AND customer_id = (SELECT min(customer_id) FROM "
                        + "customer_identifiers WHERE identifier_type = 'form_60')"),
                // a UPI transfer to another bank printed without its rail and reference
                new Fault("realism.transfer_texts", acc, "UPDATE transactions SET description = 'Funds transfer to an "
                        + "account at another bank' WHERE transaction_id = " + FIRST_UPI_TRANSFER),
                // a purchase paid by UPI printed without its reference
                new Fault("realism.transfer_texts", acc, "UPDATE transactions SET description = 'UPI/P2M/' || "
                        + "merchant_name WHERE transaction_id = (SELECT min(transaction_id) FROM transactions WHERE channel "
                        + "= 'upi' AND transaction_type = 'purchase')"),
                // an RRN stamped with the UTC hour instead of India's: five and a half hours apart
                new Fault("realism.transfer_texts", acc, "UPDATE transactions SET description = overlay(description "
                        + "PLACING to_char(transaction_date AT TIME ZONE 'UTC', 'HH24') FROM 12 FOR 2) WHERE "
                        + "transaction_id = " + FIRST_UPI_TRANSFER),
                // an internet-banking transfer to another bank left on no rail, as the US market's online transfers
                new Fault("realism.transfer_texts", acc, "UPDATE transactions SET channel = 'online', description = "
                        + "'Funds transfer to an account at another bank' WHERE transaction_id = (SELECT "
                        + "min(transaction_id) FROM transactions WHERE channel = 'imps' AND transaction_type = "
                        + "'transfer_out' AND counterparty_account_id IS NULL)"),
                // a high-value transfer from within India booked as a foreign remittance by wire (on a weekday)
                new Fault("realism.transfer_texts", acc, "UPDATE transactions SET channel = 'wire', description = "
                        + "'Inward foreign remittance' WHERE transaction_id = (SELECT min(transaction_id) FROM "
                        + "transactions WHERE channel = 'rtgs' AND transaction_type = 'transfer_in' AND "
                        + "counterparty_country = 'IN' AND extract(isodow FROM transaction_date AT TIME ZONE "
                        + "'Asia/Kolkata') < 6)"),
                // a customer in Maharashtra with a Delhi PIN
                new Fault("realism.postal_codes", LogicalDatabase.CUSTOMER, "UPDATE customer_profiles SET postal_code = "
                        + "'110001' WHERE customer_id = (SELECT min(customer_id) FROM customer_profiles WHERE state = "
                        + "'Maharashtra')"),
                // a full Aadhaar number kept where only a masked one may be
                new Fault("realism.identifier_forms", LogicalDatabase.CUSTOMER, "UPDATE customer_identifiers SET "
                        + "identifier_value = '2345 6789 0123' WHERE identifier_type = 'aadhaar_masked' AND customer_id = "
                        + "(SELECT min(customer_id) FROM customer_identifiers WHERE identifier_type = 'aadhaar_masked')"),
                // a firm's PAN changed (its last letter) in accounts_db, its GSTIN there with it, while the GSTIN
                // customer_db keeps still carries the old one
                new Fault("realism.gstins", acc, "UPDATE business_profiles SET pan = overlay(pan PLACING CASE WHEN "
                        + "substr(pan, 10, 1) = 'Z' THEN 'Y' ELSE 'Z' END FROM 10 FOR 1), gstin = overlay(gstin PLACING "
                        + "CASE WHEN substr(pan, 10, 1) = 'Z' THEN 'Y' ELSE 'Z' END FROM 12 FOR 1) WHERE customer_id = "
                        + "(SELECT min(customer_id) FROM business_profiles WHERE constitution <> 'proprietorship' AND "
                        + "gstin IS NOT NULL)"),
                // a firm whose customer is gone: its business customer has none left
                new Fault("references.business_profiles", acc, "UPDATE business_profiles SET customer_id = 999999999 "
                        + "WHERE customer_id = (SELECT min(customer_id) FROM business_profiles WHERE constitution = "
                        + "'proprietorship')", Set.of("realism.business_profiles")),
                // a customer who pays by UPI without a UPI id
                new Fault("realism.upi_ids", LogicalDatabase.CUSTOMER, "DELETE FROM customer_identifiers WHERE "
                        + "identifier_type = 'upi_id' AND customer_id = (SELECT min(customer_id) FROM customer_identifiers "
                        + "WHERE identifier_type = 'upi_id')"),
                // a customer without a CKYC number
                new Fault("realism.registrations", LogicalDatabase.CUSTOMER, "DELETE FROM customer_identifiers WHERE "
                        + "identifier_type = 'ckyc' AND customer_id = 1"),
                // a branch whose IFSC names another bank
                new Fault("realism.branch_routing_codes", LogicalDatabase.EMPLOYEES, "UPDATE branch_routing_codes SET "
                        + "routing_code = 'ABCD0' || right(routing_code, 6) WHERE branch_code = 'BR002'"),
                // identifiers of a customer the bank does not have, and an IFSC of a branch it does not have
                // a home loan at a US rate, under India's floor of 8.10%: its schedule's interest and level payment,
                // worked out at the stored rate, no longer agree with it either
                new Fault("realism.loan_rates", LogicalDatabase.LOANS, "UPDATE loans SET interest_rate = 7.00 WHERE "
                        + "loan_id = (SELECT min(loan_id) FROM loans WHERE loan_type = 'mortgage')",
                        Set.of("money.interest", "money.level_payment")),
                // a bike-taxi captain's daily payouts from Rapido moved, but for one a month, to Ola's weekly ones
                new Fault("realism.platform_payouts", acc, "UPDATE transactions t SET counterparty_id = (SELECT "
                        + "min(o.counterparty_id) FROM counterparties o WHERE o.customer_id = c.customer_id AND o.kind = "
                        + "'platform' AND o.name <> 'Rapido') FROM counterparties c WHERE t.counterparty_id = "
                        + "c.counterparty_id AND c.counterparty_id = (SELECT min(r.counterparty_id) FROM counterparties r "
                        + "WHERE r.name = 'Rapido' AND EXISTS (SELECT 1 FROM counterparties o WHERE o.customer_id = "
                        + "r.customer_id AND o.kind = 'platform' AND o.name <> 'Rapido')) AND extract(day FROM "
                        + "t.transaction_date) > 3"),
                // the delivery partners and drivers made farmers, whom no platform pays
                new Fault("realism.gig_work", LogicalDatabase.CUSTOMER, "UPDATE customer_profiles SET occupation = "
                        + "'Farmer' WHERE occupation LIKE '%delivery partner' OR occupation LIKE '%driver' OR occupation = "
                        + "'Bike-taxi captain'"),
                // a loan approved at 590 on India's 300-900 scale: above the US floor of 580, below India's 605 (its
                // PD and grade those of the same standing, 566 on the US scale)
                new Fault("realism.underwriting_floor", LogicalDatabase.LOANS, "UPDATE risk_assessments SET risk_score "
                        + "= 590, pd_probability = 0.4667, credit_grade = 'CCC' WHERE assessment_id = (SELECT "
                        + "r.assessment_id FROM risk_assessments r JOIN loans l USING (application_id) WHERE "
                        + "r.assessment_type = 'origination' ORDER BY r.risk_score, r.assessment_id LIMIT 1)"),
                // a refused two-wheeler loan of a borrower under Rs 3 lakh a year made a car loan
                new Fault("realism.loan_incomes", LogicalDatabase.LOANS, "UPDATE loan_applications SET loan_type = 'auto' "
                        + "WHERE application_id = (SELECT min(application_id) FROM loan_applications WHERE loan_type = "
                        + "'two_wheeler' AND status = 'rejected' AND annual_income < 300000)"),
                // a refused personal loan of a borrower under Rs 1.8 lakh a year made a home loan
                new Fault("realism.loan_incomes", LogicalDatabase.LOANS, "UPDATE loan_applications SET loan_type = "
                        + "'mortgage' WHERE application_id = (SELECT min(application_id) FROM loan_applications WHERE "
                        + "loan_type = 'personal' AND status = 'rejected' AND annual_income < 180000)"),
                // the smallest personal loan, under Rs 30,000, booked as a two-wheeler loan (at a rate and over a term
                // both products offer, its application's income raised to a two-wheeler loan's floor where below it)
                new Fault("realism.least_loans", LogicalDatabase.LOANS, "WITH small AS (SELECT loan_id, application_id "
                        + "FROM loans WHERE loan_type = 'personal' AND principal_amount < 30000 AND term_months <= 48 "
                        + "AND interest_rate BETWEEN 10.25 AND 24 ORDER BY principal_amount, loan_id LIMIT 1), apps AS "
                        + "(UPDATE loan_applications SET loan_type = 'two_wheeler', annual_income = greatest(annual_income, "
                        + "120000) WHERE application_id IN (SELECT application_id FROM small)) UPDATE loans SET loan_type "
                        + "= 'two_wheeler' WHERE loan_id IN (SELECT loan_id FROM small)"),
                // an Aadhaar shown with another customer's last four digits
                new Fault("realism.document_forms", LogicalDatabase.COMPLIANCE, "UPDATE kyc_records SET document_number "
                        + "= lpad(((left(document_number, 4)::int + 1) % 10000)::text, 4, '0') || substr(document_number, 5) "
                        + "WHERE kyc_id = (SELECT min(kyc_id) FROM kyc_records WHERE document_type = 'national_id')"),
                // an e-KYC reference downloaded a day before the document was submitted
                new Fault("realism.document_forms", LogicalDatabase.COMPLIANCE, "UPDATE kyc_records SET document_number "
                        + "= left(document_number, 4) || to_char(submitted_at AT TIME ZONE 'Asia/Kolkata' - interval "
                        + "'1 day', 'YYYYMMDDHH24MISS') || '000' WHERE kyc_id = (SELECT max(kyc_id) FROM kyc_records WHERE "
                        + "document_type = 'national_id')"),
                // a driving licence issued in a state other than the holder's
                new Fault("realism.document_forms", LogicalDatabase.COMPLIANCE, "UPDATE kyc_records SET document_number "
                        + "= CASE WHEN left(document_number, 2) = 'MH' THEN 'KA' ELSE 'MH' END || substr(document_number, 3) "
                        + "WHERE kyc_id = (SELECT min(kyc_id) FROM kyc_records WHERE document_type = 'drivers_license')"),
                // a voter's card given an expiry, which it does not have
                new Fault("compliance.kyc_documents", LogicalDatabase.COMPLIANCE, "UPDATE kyc_records SET expiry_date = "
                        + "DATE '2099-12-31' WHERE kyc_id = (SELECT min(kyc_id) FROM kyc_records WHERE document_type = "
                        + "'voter_id')"),
                // a passport of a series India does not issue (Q)
                new Fault("realism.document_forms", LogicalDatabase.COMPLIANCE, "UPDATE kyc_records SET document_number "
                        + "= 'Q' || substr(document_number, 2) WHERE kyc_id = (SELECT min(kyc_id) FROM kyc_records WHERE "
                        + "document_type = 'passport')"),
                // a gold loan whose gold is lost from the books
                new Fault("realism.gold_collateral", LogicalDatabase.LOANS, "DELETE FROM collateral WHERE collateral_id "
                        + "= (SELECT min(c.collateral_id) FROM collateral c JOIN loans l USING (loan_id) WHERE "
                        + "l.loan_type = 'gold')"),
                // a gold loan lent at 80% of its gold's value, above RBI's 75% (its value and ratio agreeing)
                new Fault("realism.gold_collateral", LogicalDatabase.LOANS, "UPDATE collateral c SET appraised_value = "
                        + "l.principal_amount / 0.8, ltv_ratio = 0.8 FROM loans l WHERE l.loan_id = c.loan_id AND "
                        + "c.collateral_id = (SELECT min(g.collateral_id) FROM collateral g WHERE g.collateral_type = "
                        + "'gold')"),
                // every purchase paid from a phone put on a card instead
                new Fault("realism.phone_payments", acc, "UPDATE transactions SET channel = 'pos' WHERE "
                        + "transaction_type = 'purchase' AND channel = 'upi'"),
                // a current account paying interest, which RBI forbids
                new Fault("realism.deposit_rates", acc, "UPDATE accounts SET interest_rate = 1.00 WHERE account_id = "
                        + "(SELECT min(account_id) FROM accounts WHERE account_type = 'current')"),
                // a suspicious transaction report given a US SAR's 30 days instead of FIU-IND's seven working days
                new Fault("compliance.reports", LogicalDatabase.COMPLIANCE, "UPDATE suspicious_activity_reports SET "
                        + "due_date = review_date + 30 WHERE sar_id = (SELECT min(sar_id) FROM suspicious_activity_reports)"),
                // a month's cash report dated a day before the month's end
                new Fault("compliance.ctr_exact", LogicalDatabase.COMPLIANCE, "UPDATE ctr_filings SET business_date = "
                        + "business_date - 1 WHERE ctr_id = (SELECT min(ctr_id) FROM ctr_filings)"),
                // a motor policy without the third-party injury cover the Motor Vehicles Act makes compulsory (one
                // with no claim under it)
                new Fault("insurance.motor_covers", LogicalDatabase.INSURANCE, "DELETE FROM coverages WHERE coverage_id = "
                        + "(SELECT min(v.coverage_id) FROM coverages v WHERE v.coverage_type = 'third_party_injury' AND NOT "
                        + "EXISTS (SELECT 1 FROM claims c WHERE c.policy_id = v.policy_id AND c.coverage_type = "
                        + "v.coverage_type))"),
                // a health policy of Rs 4 lakh, a sum no insurer offers (its cover keeps the old sum)
                new Fault("insurance.health_cover", LogicalDatabase.INSURANCE, "UPDATE policies SET sum_insured = 400000 "
                        + "WHERE policy_id = (SELECT min(policy_id) FROM policies WHERE policy_type = 'health')"),
                // a PMJJBY renewal of 2023 or 2024 debited at the Rs 330 of the years before June 2022 (before the
                // ledger window, so that no debit disagrees with it)
                new Fault("insurance.schemes", LogicalDatabase.INSURANCE, "UPDATE premium_payments SET amount = 330 WHERE "
                        + "payment_id = (SELECT min(d.payment_id) FROM premium_payments d JOIN policies p USING "
                        + "(policy_id) WHERE p.scheme = 'PMJJBY' AND d.payment_status = 'paid' AND d.due_date <> "
                        + "p.start_date AND d.due_date BETWEEN DATE '2023-01-01' AND DATE '2024-12-31')"),
                // a branch deposit at 9:30 IST, before an Indian branch opens at 10:00 (a US branch would be open): the
                // account's only transaction that day, so that no order changes
                new Fault("realism.branch_hours", acc, "UPDATE transactions t SET transaction_date = "
                        + "(date_trunc('day', t.transaction_date AT TIME ZONE 'Asia/Kolkata') + interval '9 hours 30 "
                        + "minutes') AT TIME ZONE 'Asia/Kolkata' WHERE t.transaction_id = (SELECT min(x.transaction_id) "
                        + "FROM transactions x WHERE x.channel = 'branch' AND NOT EXISTS (SELECT 1 FROM transactions y "
                        + "WHERE y.account_id = x.account_id AND y.transaction_id <> x.transaction_id AND "
                        + "(y.transaction_date AT TIME ZONE 'Asia/Kolkata')::date = (x.transaction_date AT TIME ZONE "
                        + "'Asia/Kolkata')::date))"),
                // a recurring deposit of seven months, shorter than any the bank sells
                new Fault("realism.recurring_deposits", acc, "UPDATE accounts SET maturity_date = (opened_date + "
                        + "interval '7 months')::date WHERE account_id = (SELECT min(account_id) FROM accounts WHERE "
                        + "account_type = 'recurring_deposit')"),
                // a recurring deposit's rate raised after its interest was credited: the quarter's interest no longer
                // follows it (6.25-7.25%, still within the range of the deposit rates)
                new Fault("realism.recurring_deposits", acc, "UPDATE accounts a SET interest_rate = interest_rate + 0.25 "
                        + "WHERE account_id = (SELECT min(r.account_id) FROM accounts r WHERE r.account_type = "
                        + "'recurring_deposit' AND r.interest_rate <= 7.00 AND r.ledger_from <= DATE '2025-04-01' AND "
                        + "EXISTS (SELECT 1 FROM transactions t WHERE t.account_id = r.account_id AND t.transaction_type "
                        + "= 'interest' AND t.amount > 5 AND t.transaction_date > TIMESTAMPTZ '2025-06-15'))"),
                // a proprietorship called a private limited company, still taxed under its owner's PAN (fourth letter P)
                new Fault("realism.business_profiles", acc, "UPDATE business_profiles SET constitution = "
                        + "'private_limited' WHERE customer_id = (SELECT min(customer_id) FROM business_profiles WHERE "
                        + "constitution = 'proprietorship')"),
                // a micro enterprise called small
                new Fault("realism.msme_class", acc, "UPDATE business_profiles SET msme_category = 'small' WHERE "
                        + "customer_id = (SELECT min(customer_id) FROM business_profiles WHERE msme_category = 'micro')"),
                // a turnover twice what the firm's receipts give (and Rs 1 lakh more, should it have none)
                new Fault("realism.msme_class", acc, "UPDATE business_profiles SET annual_turnover = 2 * annual_turnover "
                        + "+ 100000 WHERE customer_id = (SELECT min(customer_id) FROM business_profiles WHERE "
                        + "msme_category = 'micro')"),
                // a customer whose gender is undisclosed, which an Indian bank's KYC does not leave
                new Fault("dist.genders", LogicalDatabase.CUSTOMER, "UPDATE customer_profiles SET gender = 'undisclosed' "
                        + "WHERE customer_id = (SELECT min(customer_id) FROM customer_profiles)"),
                // a floater's child born when the holder was a child
                new Fault("insurance.insured_members", LogicalDatabase.INSURANCE, "UPDATE insured_members SET "
                        + "date_of_birth = date_of_birth - interval '30 years' WHERE member_id = (SELECT min(member_id) "
                        + "FROM insured_members WHERE relationship_type = 'child')"),
                new Fault("references.insured_members", LogicalDatabase.INSURANCE, "INSERT INTO insured_members VALUES "
                        + "(99999999999, 99999999999, 'Nobody Known', 'self', DATE '1990-01-01')"),
                new Fault("references.customer_identifiers", LogicalDatabase.CUSTOMER, "INSERT INTO customer_identifiers "
                        + "VALUES (99999999, 'ckyc', '99999999999999', DATE '2020-01-01')"),
                new Fault("references.branch_routing_codes", LogicalDatabase.EMPLOYEES, "INSERT INTO branch_routing_codes "
                        + "VALUES ('BR999', 'ifsc', 'DHUB0000999')"));
    }

    /** Two at a time: each fault lives in its own transaction, rolled back, so the others never see it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @Execution(ExecutionMode.CONCURRENT)
    void aPlantedFaultFailsItsCheckAndNoOther(Fault fault) throws SQLException {
        Planted planted = plant(databases, prefix, fault.db(), fault.statement());
        assertTrue(planted.rows() >= 1, fault.statement());
        Set<String> expected = new TreeSet<>(fault.also());
        expected.add(fault.check());
        assertEquals(expected, planted.ids(), planted::detail);
    }

    /** A planted fault: the rows its statement changed, and the checks that failed with it in place. */
    record Planted(int rows, List<CheckResult> failed) {
        Set<String> ids() {
            return failed.stream().map(CheckResult::id).collect(Collectors.toCollection(TreeSet::new));
        }

        String detail() {
            return failed.stream().map(c -> c.id() + ": " + c.lines() + " " + c.offender())
                    .collect(Collectors.joining("\n"));
        }
    }

    /**
     * Plants a fault in a bank of India (triggers off, inside a transaction), runs the checks that read
     * the database it changes through that transaction, then rolls it back.
     */
    static Planted plant(Databases databases, String prefix, LogicalDatabase db, String statement)
            throws SQLException {
        try (Connection conn = TestServer.get().connect(prefix + db.logicalName())) {
            conn.setAutoCommit(false);
            int rows;
            try (Statement st = conn.createStatement()) {
                st.execute("SET LOCAL session_replication_role = replica");
                rows = st.executeUpdate(statement);
            }
            Set<String> reading = Verifier.reading(Set.of(db));
            VerifyReport report = new Verifier(databases).verify(LocalDate.parse(AS_OF), Map.of(db, conn), 2,
                    reading::contains);
            conn.rollback();
            return new Planted(rows, report.checks().stream().filter(c -> c.verdict() == Verdict.FAIL).toList());
        }
    }
}
