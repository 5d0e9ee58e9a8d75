package io.dhub.verify;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import java.util.List;

/**
 * What {@code seed verify} judges by the market a bank was seeded in ({@code seed all --market}, read
 * from the run record): the bank-holiday calendar as SQL, the monitoring and reporting thresholds and
 * the salary range, in whole units of the market's currency. Verify writes these from the market's
 * law and its own reading of the specification, apart from the generator's market; a market the
 * generator has and verify has not is refused in one line rather than judged by another's rules.
 *
 * <p>The check SQL names them as placeholders, which {@link VerifySession#sql} fills in:
 * {@code {cashreport}}, {@code {structmin}}, {@code {structmax}}, {@code {largecash}},
 * {@code {wirereview}}, {@code {sarthreshold}}, {@code {salarymin}}, {@code {salarymax}}, the
 * terms {@code {currency}}, {@code {channels}} and {@code {documents}} (SQL literals), the rails
 * {@code {batch}} (the batch rail of payroll and direct debits) and {@code {digital}} (what a person
 * sends from a phone or a browser), the statement texts {@code {subscription}} (a literal) and
 * {@code {represented}} (a LIKE pattern), the card terms {@code {cardmin}}, {@code {latefee}} and
 * {@code {repeatlatefee}}, the price level {@code {pricelevel}}, the identifier and rail rules
 * {@code {taxidok}}, {@code {phoneok}}, {@code {postalok}} and {@code {railbroken}}, the review cycle
 * {@code {reviewhigh}}, {@code {reviewmedium}} and {@code {reviewlow}}, the registrations
 * {@code {gststate}} ({@link #gstState}) and {@code {registered}} ({@link #registered}), the lending
 * terms {@code {loanrateok}} and {@code {maxdti}} ({@link #loanRateOk}, {@link #maxDebtToIncome}), the gig
 * platforms' cadences {@code {payoutsok}} ({@link #payoutsOk}), the deposit rates {@code {depositrateok}}, the
 * score floor {@code {scorefloor}}, where shops are paid by phone {@code {phoneshops}}, the cash
 * report's period {@code {cashperiod}} and {@code {cashclosed}} ({@link #cashPeriod}), who may hold no
 * tax id {@code {form60ok}}, which platforms pay which work {@code {gigworkok}} and who is paid by
 * the piece {@code {piecework}}, what gig work is {@code {gigtrade}}, how a transfer to
 * another bank is printed {@code {transfertextok}}, the insurance it sells {@code {motorok}},
 * {@code {motorcovers}}, {@code {healthok}}, {@code {schemes}}, {@code {drawnfrequency}},
 * {@code {agepriced}} and {@code {floater}} (a policy that names the family it insures), a branch's
 * hours {@code {branchopen}}, {@code {branchclose}}, {@code {branchsatopen}} and {@code {branchsatclose}}
 * (SQL times: the US 9:00-17:00 and Saturday 9:00-12:00, India 10:00-16:00 on both), and
 * {@code {bank_holiday EXPR}} for "EXPR (a date) is a bank holiday".
 *
 * @param code           the market's code, as {@code --market} takes it
 * @param cashReport     cash above which a day's deposits or withdrawals are reported
 * @param structuringMin the smallest cash deposit that counts towards structuring below the report threshold
 * @param largeCash      a credit large enough to start the rapid-movement and dormant-account rules
 * @param wireReview     a wire to or from a high-risk country that is reviewed, at least
 * @param sarThreshold   escalated alerts of a month reaching this are reported
 * @param salaryMin      the lowest salary payment
 * @param salaryMax      the highest
 * @param currency       the accounts' currency (ISO 4217)
 * @param channels       the channels transactions move on: the specification's and the market's rails
 * @param documents      the identity documents customers show (a proof of address is any market's)
 * @param batch          the batch rail: payroll, direct debits, autopay
 * @param digital        the rails a person pays and transfers on from a phone or a browser
 * @param populous       the states whose share of customers {@code realism.populous_states} judges, as
 *                       stored
 * @param subscription   the statement text of a subscription's charge, before the merchant's name
 * @param represented    the end of the statement text of a debit presented again after a return
 * @param cardMinimum    a credit card's smallest minimum payment
 * @param lateFee        a card's late fee, and {@code repeatLateFee} for a second within six statements
 * @param priceLevel     what the profiles' ranges of money (a subscription-heavy budget of $100-400 a
 *                       month) are multiplied by in the market's currency: subscriptions cost about ten
 *                       times their dollar price in rupees
 * @param taxIdOk        SQL true when {@code tax_id} (of a customer whose surname is {@code last_name}) has
 *                       the market's form
 * @param phoneOk        SQL true when {@code phone} has the form of a customer's phone in the market
 * @param postalOk       SQL true when {@code postal_code} has the market's form and belongs to {@code state}
 * @param railBroken     SQL true when a payment ({@code channel}, {@code amount}) breaks its rail's limits
 * @param reviewMonths   the months between periodic KYC reviews at high, medium and low risk
 */
record VerifyMarket(String code, String cashReport, String structuringMin, String largeCash, String wireReview,
                    String sarThreshold, String salaryMin, String salaryMax, String currency, List<String> channels,
                    List<String> documents, String batch, List<String> digital,
                    List<String> populous, String subscription, String represented, String cardMinimum,
                    String lateFee, String repeatLateFee, String priceLevel, String taxIdOk, String phoneOk,
                    String postalOk, String railBroken, List<String> reviewMonths) {
    /**
     * The United States: the currency transaction report above $10,000 (31 CFR 1010.311), structuring
     * from $3,000, $5,000 for the rapid-movement and dormant rules and for a suspicious activity report
     * (31 CFR 1020.320), wires of $10,000 to high-risk countries, salaries of $1,000-8,000, and the
     * Federal Reserve Banks' holidays ({@link BankHolidaysSql}).
     */
    static final VerifyMarket US = new VerifyMarket("us", "10000", "3000", "5000", "10000", "5000", "1000", "8000",
            "USD", List.of("atm", "branch", "online", "mobile", "pos", "ach", "wire", "system"),
            List.of("drivers_license", "passport", "national_id"), "ach", List.of("online", "mobile"),
            List.of("CA", "TX", "FL", "NY"), "Subscription ", "(presented again)", "35", "30", "41", "1",
            "tax_id ~ '^9[0-9]{2}-(7[0-9]|8[0-8])-[0-9]{4}$'",
            "phone ~ '^\\([2-9][0-9]{2}\\) [2-9][0-9]{2}-[0-9]{4}$'", "postal_code ~ '^[0-9]{5}$'", "false",
            List.of("12", "24", "36"));

    /**
     * India: the cash transaction report to FIU-IND above Rs 10 lakh (PML Rules 2005, rule 3), structuring
     * from Rs 3 lakh [chosen], Rs 2 lakh (Income-tax Act s.269ST) for the rapid-movement and dormant
     * rules, cross-border wires of Rs 5 lakh (the cross-border wire transfer report) to high-risk
     * countries, Rs 2 lakh of escalated alerts for a suspicious transaction report [chosen: India's STRs
     * have no threshold], monthly salaries of Rs 8,000 to 2.5 lakh [chosen around PLFS's Rs 21,103],
     * NACH as the batch rail, UPI, IMPS and NEFT beside online and mobile banking, Aadhaar (national_id),
     * the voter's identity card, the driving licence and the passport, and the bank holidays that hold across India
     * ({@link #bankHoliday}).
     */
    static final VerifyMarket IN = new VerifyMarket("in", "1000000", "300000", "200000", "500000", "200000", "8000",
            "250000", "INR", List.of("atm", "branch", "online", "mobile", "pos", "nach", "wire", "system", "upi", "imps",
            "neft", "rtgs", "cheque"), List.of("national_id", "voter_id", "drivers_license", "passport"), "nach",
            List.of("online", "mobile", "upi", "imps", "neft"), List.of("Maharashtra", "Uttar Pradesh", "Gujarat"),
            "UPI AUTOPAY ", "(re-presented)", "200", "500", "750", "10",
            "tax_id ~ '^[A-Z]{3}P[A-Z][0-9]{4}[A-Z]$' AND substr(tax_id, 6, 4) <> '0000' AND substr(tax_id, 5, 1) = "
                    + "upper(left(last_name, 1))",
            "phone ~ '^\\+91[6-9][0-9]{9}$'",
            "postal_code ~ '^[1-9][0-9]{5}$' AND left(postal_code, 1) = ANY (" + pinZones("state") + ")",
            "(channel = 'upi' AND amount > 100000) OR (channel = 'imps' AND amount > 500000) OR (channel = 'rtgs' AND "
                    + "amount < 200000)",
            // periodic updation of KYC: every 2, 8 and 10 years (RBI Master Direction on KYC, s.38)
            List.of("24", "96", "120"));

    /**
     * India Post's postal zones, the first digit of a PIN, by state or union territory (Puducherry's
     * Yanam and Mahe lie in zones 5 and 6): SQL giving the digits the state's PINs may start with.
     */
    static String pinZones(String state) {
        String[][] zones = {
            {"1", "Delhi", "Haryana", "Punjab", "Himachal Pradesh", "Jammu and Kashmir", "Ladakh", "Chandigarh"},
            {"2", "Uttar Pradesh", "Uttarakhand"},
            {"3", "Rajasthan", "Gujarat", "Dadra and Nagar Haveli and Daman and Diu"},
            {"4", "Maharashtra", "Goa", "Madhya Pradesh", "Chhattisgarh"},
            {"5", "Andhra Pradesh", "Telangana", "Karnataka", "Puducherry"},
            {"6", "Tamil Nadu", "Kerala", "Lakshadweep", "Puducherry"},
            {"7", "West Bengal", "Odisha", "Assam", "Sikkim", "Arunachal Pradesh", "Nagaland", "Manipur", "Mizoram",
                "Tripura", "Meghalaya", "Andaman and Nicobar Islands"},
            {"8", "Bihar", "Jharkhand"}};
        StringBuilder sql = new StringBuilder("SELECT z FROM (VALUES ");
        String sep = "";
        for (String[] zone : zones) {
            for (int i = 1; i < zone.length; i++) {
                sql.append(sep).append("('").append(zone[i]).append("', '").append(zone[0]).append("')");
                sep = ", ";
            }
        }
        return sql.append(") p(s, z) WHERE p.s = ").append(state).toString();
    }

    /**
     * The GST state codes (the first two characters of a GSTIN) of India's states and union
     * territories, by name as addresses write them (CBIC; 25, Daman and Diu, merged into 26 in 2020):
     * SQL giving the code of the state named by the expression.
     */
    static String gstStateCodes(String state) {
        String[][] codes = {{"01", "Jammu and Kashmir"}, {"02", "Himachal Pradesh"}, {"03", "Punjab"},
            {"04", "Chandigarh"}, {"05", "Uttarakhand"}, {"06", "Haryana"}, {"07", "Delhi"}, {"08", "Rajasthan"},
            {"09", "Uttar Pradesh"}, {"10", "Bihar"}, {"11", "Sikkim"}, {"12", "Arunachal Pradesh"},
            {"13", "Nagaland"}, {"14", "Manipur"}, {"15", "Mizoram"}, {"16", "Tripura"}, {"17", "Meghalaya"},
            {"18", "Assam"}, {"19", "West Bengal"}, {"20", "Jharkhand"}, {"21", "Odisha"}, {"22", "Chhattisgarh"},
            {"23", "Madhya Pradesh"}, {"24", "Gujarat"}, {"26", "Dadra and Nagar Haveli and Daman and Diu"},
            {"27", "Maharashtra"}, {"29", "Karnataka"}, {"30", "Goa"}, {"31", "Lakshadweep"}, {"32", "Kerala"},
            {"33", "Tamil Nadu"}, {"34", "Puducherry"}, {"35", "Andaman and Nicobar Islands"}, {"36", "Telangana"},
            {"37", "Andhra Pradesh"}, {"38", "Ladakh"}};
        StringBuilder sql = new StringBuilder("(SELECT g.c FROM (VALUES ");
        String sep = "";
        for (String[] code : codes) {
            sql.append(sep).append("('").append(code[1]).append("', '").append(code[0]).append("')");
            sep = ", ";
        }
        return sql.append(") g(s, c) WHERE g.s = ").append(state).append(")").toString();
    }

    /**
     * {@code {cashperiod}}: SQL giving the period a cash report counts for the UTC {@code day} of a
     * transaction: the day itself in the US (31 CFR 1010.311), the last day of its calendar month in
     * India (FIU-IND's cash transaction report counts a month's cash, alone or integrally connected:
     * PML (Maintenance of Records) Rules 2005, rule 3).
     */
    String cashPeriod() {
        return code.equals("in") ? MONTH_END : "day";
    }

    /** {@code {cashclosed}}: SQL true when that period has ended by {@code as_of} (a month ended; any day). */
    String cashClosed() {
        return code.equals("in") ? MONTH_END + " <= as_of" : "true";
    }

    private static final String MONTH_END = "(date_trunc('month', day::timestamp) + interval '1 month - 1 day')::date";

    /**
     * {@code {loanrateok}}: SQL true when a loan's {@code interest_rate} lies within its {@code loan_type}'s
     * range in the market: the specification's in the US; in India banks' 2025 rates (home loans
     * 8.10-11.50%, ClearTax's table of banks' rates; car 7.50-12%, personal 10-24%, education 8-12%,
     * business 10-20%, a bank-loan guide's ranges; two-wheeler 10.25-25.12% and gold 9-18%, ICICI Bank's
     * published ranges). A product the market does not offer is out of range.
     */
    String loanRateOk() {
        String[][] ranges = code.equals("in")
                ? new String[][] {{"mortgage", "8.10", "11.50"}, {"personal", "10.00", "24.00"}, {"auto", "7.50", "12.00"},
                    {"business", "10.00", "20.00"}, {"education", "8.00", "12.00"}, {"two_wheeler", "10.25", "25.12"},
                    {"gold", "9.00", "18.00"}}
                : new String[][] {{"mortgage", "3.25", "6.75"}, {"personal", "5.99", "17.99"}, {"auto", "3.99", "8.99"},
                    {"business", "4.99", "12.99"}, {"education", "4.25", "8.75"}};
        return rateWithin("loan_type", ranges);
    }

    /**
     * {@code {depositrateok}}: SQL true when an account's {@code interest_rate} lies within its
     * {@code account_type}'s range in the market: the rules' in the US (checking 0-0.10%, savings
     * 0.50-4.50%, money market 3-5%, CDs 3.50-5.50%); in India none on a current account (RBI forbids
     * it), savings 2.50-4%, a sweep deposit 3-5.50%, a fixed or recurring deposit 6-7.25%.
     */
    String depositRateOk() {
        String[][] ranges = code.equals("in")
                ? new String[][] {{"savings", "2.50", "4.00"}, {"current", "0", "0"}, {"sweep_deposit", "3.00", "5.50"},
                    {"fixed_deposit", "6.00", "7.25"}, {"recurring_deposit", "6.00", "7.25"}}
                : new String[][] {{"checking", "0", "0.10"}, {"business_checking", "0", "0.10"},
                    {"savings", "0.50", "4.50"}, {"money_market", "3.00", "5.00"},
                    {"certificate_of_deposit", "3.50", "5.50"}};
        return rateWithin("account_type", ranges);
    }

    /**
     * SQL true when {@code interest_rate} lies within the range of the product its {@code column} names,
     * each range a product, its lowest and its highest rate; false for a product without one.
     */
    private static String rateWithin(String column, String[][] ranges) {
        StringBuilder sql = new StringBuilder("(CASE ").append(column);
        for (String[] r : ranges) {
            sql.append(" WHEN '").append(r[0]).append("' THEN interest_rate BETWEEN ").append(r[1]).append(" AND ")
                    .append(r[2]);
        }
        return sql.append(" ELSE false END)").toString();
    }

    /**
     * {@code {phoneshops}}: SQL true in a market whose retail spending runs on a phone rail (India's
     * UPI: NPCI's 131 billion payments of 2023-24 against some 6 billion by card), false elsewhere, so
     * that {@code realism.phone_payments} judges India's purchases and has none to judge in the US.
     */
    String phoneShops() {
        return code.equals("in") ? "true" : "false";
    }

    /**
     * {@code {scorefloor}}: the lowest origination score a loan is approved at, on the market's bureau
     * scale: 580 of FICO's 300-850 in the US, 605 of the 300-900 of India's bureaus (CIBIL and others).
     */
    String scoreFloor() {
        return code.equals("in") ? "605" : "580";
    }

    /**
     * {@code {maxdti}}: the largest share of gross income a borrower's loan payments may take: the
     * CFPB's 43% debt-to-income ratio in the US; in India a 40% FOIR, a share of net income (lenders
     * prefer 40-50%; RBI caps low-income households' repayments at 50%), 35.2% of gross.
     */
    String maxDebtToIncome() {
        // India: 40% of net income, net taken as 88% of gross (income tax and provident fund of a salaried
        // earner, an estimate)
        return code.equals("in") ? "0.352" : "0.43";
    }

    /**
     * {@code {payoutsok}}: SQL true when a gig platform ({@code name}) paid a worker as often as its
     * cadence allows, {@code most} being the most payouts in one calendar month: a weekly platform at most
     * 6, a daily one (in India Rapido's bike taxis) at least 8, a freelance marketplace paying by
     * milestone (Upwork, Fiverr, Freelancer.com) at most 3. The US market's platforms pay weekly.
     */
    String payoutsOk() {
        return code.equals("in") ? "(CASE WHEN name IN ('Rapido', 'Namma Yatri') THEN most >= 8 WHEN name IN ('Upwork', "
                + "'Fiverr', 'Freelancer.com') THEN most <= 3 ELSE most <= 6 END)" : "(most <= 6)";
    }

    /**
     * {@code {gigworkok}}: SQL true when a gig platform ({@code name}) may pay a customer in that
     * {@code occupation}. In India platforms offer kinds of work: the delivery apps (Swiggy, Zomato,
     * Blinkit, Zepto, Swiggy Instamart, Amazon Flex) delivery partners, the ride and goods apps (Uber,
     * Ola, Rapido, Namma Yatri, Porter) drivers and riders, Urban Company home-service professionals, the
     * freelance marketplaces (Upwork, Fiverr, Freelancer.com) the freelance trades of the gig-worker
     * seed; a student may deliver or freelance; nobody else works for a platform. The US market's gig
     * workers are its workers without steady pay, whatever their work: true.
     */
    String gigWorkOk() {
        if (!code.equals("in")) {
            return "true";
        }
        String delivery = "('Swiggy', 'Zomato', 'Blinkit', 'Zepto', 'Swiggy Instamart', 'Amazon Flex')";
        String rides = "('Uber', 'Ola', 'Rapido', 'Namma Yatri', 'Porter')";
        String freelance = "('Upwork', 'Fiverr', 'Freelancer.com')";
        return "(CASE WHEN occupation IN " + DELIVERY + " THEN name IN " + delivery + " WHEN occupation IN " + DRIVING
                + " THEN name IN " + rides + " WHEN occupation = 'Home-service professional' THEN name = 'Urban "
                + "Company' WHEN occupation IN " + FREELANCE_TRADES + " THEN name IN " + freelance
                + " WHEN occupation = 'Student' THEN name IN " + delivery + " OR name IN " + freelance
                + " ELSE false END)";
    }

    /**
     * {@code {gigtrade}}: SQL true when {@code occupation} is gig work: in India delivery, driving, home
     * services or a freelance trade; the US market names no gig occupations: false.
     */
    String gigTrade() {
        return code.equals("in") ? "(occupation IN " + DELIVERY + " OR occupation IN " + DRIVING + " OR occupation = "
                + "'Home-service professional' OR occupation IN " + FREELANCE_TRADES + ")" : "false";
    }

    private static final String DELIVERY = "('Food delivery partner', 'Quick-commerce delivery partner', 'Parcel "
            + "delivery partner')";
    private static final String DRIVING = "('Ride-hailing driver', 'Bike-taxi captain', 'App auto-rickshaw driver', "
            + "'Goods vehicle driver')";

    /** The gig-worker seed's fifteen freelance trades, as India's occupations name them. */
    private static final String FREELANCE_TRADES = "('Freelance developer', 'Web developer', 'Mobile app developer', "
            + "'Data analyst', 'Graphic designer', 'UI/UX designer', 'Video editor', 'Photographer', 'Content writer', "
            + "'Translator', 'Voice artist', 'Social media manager', 'Digital marketer', 'Consultant', 'Tutor')";

    /**
     * {@code {piecework}}: SQL true when a gig worker in that {@code occupation} may be paid by the piece, in
     * lumps every month or two (the variable-income profile): in India a freelancer or a student, whom
     * the freelance marketplaces pay by milestone, and not a delivery partner or driver, whom the apps
     * pay weekly or daily; any gig worker in the US market.
     */
    String pieceWork() {
        return code.equals("in") ? "(occupation IN " + FREELANCE_TRADES + " OR occupation = 'Student')" : "true";
    }

    /**
     * {@code {form60ok}}: SQL true when a customer ({@code segment}, {@code annual_income}) may hold no tax
     * id and declare so: in India a retail customer whose income is below the basic exemption limit of
     * Rs 2.5 lakh, who need not hold a PAN (Income-tax Act s.139A) and declares Form 60 (Income-tax
     * Rules, rule 114B); nobody in the US.
     */
    String form60Ok() {
        return code.equals("in") ? "(segment = 'retail' AND annual_income < 250000)" : "false";
    }

    /**
     * {@code {transfertextok}}: SQL true when a transfer to or from another bank, or a purchase paid
     * from a phone ({@code channel}, {@code transaction_type}, {@code direction}, {@code description},
     * {@code counterparty_name} or {@code merchant_name}, {@code transaction_date}), is written as the
     * market's banks print it on its rail. In India: {@code UPI/DR/}, {@code UPI/P2M/} or {@code IMPS/CR/}
     * and the 12-digit retrieval reference number, whose first digits are the last digit of the year,
     * the day of the year and the hour of the posting in IST (NPCI's RRN); {@code NEFT DR-} and a UTR of
     * four letters, {@code N}, the year's last digit, the day of the year and seven digits; {@code RTGS
     * CR-} and a UTR of four letters, {@code RC}, the date and eight digits; then the other side's name.
     * The US market has no such rails: true.
     */
    String transferTextOk() {
        if (!code.equals("in")) {
            return "true";
        }
        String local = "(transaction_date AT TIME ZONE 'Asia/Kolkata')";
        String side = "(CASE direction WHEN 'credit' THEN 'CR' ELSE 'DR' END)";
        String tag = "(CASE WHEN transaction_type = 'purchase' THEN 'P2M' WHEN direction = 'credit' THEN 'CR' ELSE "
                + "'DR' END)";
        String party = "(CASE WHEN transaction_type = 'purchase' THEN merchant_name ELSE coalesce(counterparty_name, "
                + "'NA') END)";
        String yday = "(extract(year FROM " + local + ")::int % 10)::text || to_char(" + local + ", 'DDD')";
        return "coalesce(CASE channel WHEN 'upi' THEN " + rrnText("UPI", tag, party, local, yday)
                + " WHEN 'imps' THEN " + rrnText("IMPS", tag, party, local, yday) + " "
                + "WHEN 'neft' THEN description = 'NEFT ' || " + side + " || '-' || substr(description, 9, 16) || '-' "
                + "|| " + party + " AND substr(description, 9, 16) ~ '^[A-Z]{4}N[0-9]{11}$' AND "
                + "substr(description, 14, 4) = " + yday + " "
                + "WHEN 'rtgs' THEN description = 'RTGS ' || " + side + " || '-' || substr(description, 9, 22) || '-' "
                + "|| " + party + " AND substr(description, 9, 22) ~ '^[A-Z]{4}RC[0-9]{16}$' AND "
                + "substr(description, 15, 8) = to_char(" + local + ", 'YYYYMMDD') "
                // no internet-banking rail between Indian banks; a wire crosses the border
                + "WHEN 'online' THEN false WHEN 'wire' THEN counterparty_country <> 'IN' ELSE true END, false)";
    }

    /**
     * {@code {railtexts}}: the channels {@code realism.transfer_texts} reads transfers to and from another
     * bank on: the rails with references (none in the US); in India also {@code online} and {@code wire},
     * since a transfer between banks goes by a rail there and only a cross-border one by wire.
     */
    String railTexts() {
        return code.equals("in") ? "'upi', 'imps', 'neft', 'rtgs', 'online', 'wire'" : "'upi', 'imps', 'neft', 'rtgs'";
    }

    /**
     * SQL true when {@code description} is {@code rail/tag/RRN/party}, the RRN twelve digits that begin
     * with {@code yday} and the hour of the {@code local} posting time (UPI and IMPS alike).
     */
    private static String rrnText(String rail, String tag, String party, String local, String yday) {
        // the RRN follows the rail, a slash, the tag (DR, CR, P2M) and a slash
        String rrn = "substr(description, length(" + tag + ") + " + (rail.length() + 3) + ", 12)";
        return "description = '" + rail + "/' || " + tag + " || '/' || " + rrn + " || '/' || " + party + " AND " + rrn
                + " ~ '^[0-9]{12}$' AND left(" + rrn + ", 6) = " + yday + " || to_char(" + local + ", 'HH24')";
    }

    /** {@code {gststate}}: SQL giving the GST state code of the column {@code state}; NULL where the market has no GST. */
    String gstState() {
        return code.equals("in") ? gstStateCodes("state") : "NULL";
    }

    /**
     * {@code {registered}}: SQL true when a customer ({@code segment}, and {@code ckyc} and {@code gstin},
     * whether one is stored, judged on {@code as_of}) holds the registrations the market requires. In
     * India a CKYC number (every individual account from 1 January 2017, earlier customers' uploaded
     * since: RBI's Master Direction on KYC, s.56) and, for a business, a GSTIN once GST began (1 July
     * 2017; every business customer here is registered [chosen]); the US market keeps none.
     */
    String registered() {
        return code.equals("in") ? "((ckyc OR as_of < DATE '2017-01-01') AND (segment <> 'business' OR gstin "
                + "OR as_of < DATE '2017-07-01'))" : "true";
    }

    static final List<VerifyMarket> ALL = List.of(US, IN);

    /** The market of that code; one verify has no targets for is refused, naming the ones it has. */
    static VerifyMarket of(String code) {
        String wanted = code == null ? US.code() : code;
        return ALL.stream().filter(m -> m.code().equals(wanted)).findFirst().orElseThrow(() -> new DhubException(
                ErrorCode.FAILED, "this bank was seeded in market '" + wanted + "', and seed verify knows the rules of "
                + String.join(", ", ALL.stream().map(VerifyMarket::code).toList()) + " only; verify it with the dhub that seeded it"));
    }

    /**
     * {@code {documentformok}}: SQL true when an identity document's {@code document_number} has its
     * {@code document_type}'s form in the market: in the US a passport a letter and eight digits, a licence D
     * and a state id S and nine digits; in India a voter's card (EPIC) three letters and seven digits, a driving
     * licence {@code SSdd yyyy ddddddd}, a passport a letter other than Q, X and Z, a digit 1-9, five digits and
     * a digit 1-9, and an Aadhaar (the schema's national_id) UIDAI's offline e-KYC reference id: the last four
     * digits of the masked Aadhaar the bank keeps ({@code last4}, {@code recorded} no later than the local day
     * {@code submitted}) and the download's time {@code yyyyMMddHHmmssSSS}, in the minute before submission;
     * a driving licence carries the letters of the holder's {@code state} and its year of issue, 20 years
     * before its {@code expiry_date}.
     */
    /**
     * India's states and union territories with the letters their driving licences carry: the ISO 3166-2
     * codes of the reference table (which are the registration letters), but DD for Dadra and Nagar Haveli
     * and Daman and Diu and TS for Telangana.
     */
    private static final String LICENCE_LETTERS = ""
            + "('Jammu and Kashmir', 'JK'), ('Himachal Pradesh', 'HP'), ('Punjab', 'PB'), "
            + "('Chandigarh', 'CH'), ('Uttarakhand', 'UK'), ('Haryana', 'HR'), ('Delhi', 'DL'), "
            + "('Rajasthan', 'RJ'), ('Uttar Pradesh', 'UP'), ('Bihar', 'BR'), ('Sikkim', 'SK'), "
            + "('Arunachal Pradesh', 'AR'), ('Nagaland', 'NL'), ('Manipur', 'MN'), ('Mizoram', 'MZ'), "
            + "('Tripura', 'TR'), ('Meghalaya', 'ML'), ('Assam', 'AS'), ('West Bengal', 'WB'), "
            + "('Jharkhand', 'JH'), ('Odisha', 'OD'), ('Chhattisgarh', 'CG'), ('Madhya Pradesh', 'MP'), "
            + "('Gujarat', 'GJ'), ('Dadra and Nagar Haveli and Daman and Diu', 'DD'), ('Maharashtra', 'MH'), "
            + "('Karnataka', 'KA'), ('Goa', 'GA'), ('Lakshadweep', 'LD'), ('Kerala', 'KL'), "
            + "('Tamil Nadu', 'TN'), ('Puducherry', 'PY'), ('Andaman and Nicobar Islands', 'AN'), "
            + "('Telangana', 'TS'), ('Andhra Pradesh', 'AP'), ('Ladakh', 'LA')";

    String documentFormOk() {
        if (!code.equals("in")) {
            return "CASE document_type WHEN 'passport' THEN document_number ~ '^[A-Z][0-9]{8}$' WHEN 'drivers_license' "
                    + "THEN document_number ~ '^D[0-9]{9}$' WHEN 'national_id' THEN document_number ~ '^S[0-9]{9}$' "
                    + "ELSE false END";
        }
        return "CASE document_type WHEN 'voter_id' THEN document_number ~ '^[A-Z]{3}[0-9]{7}$' WHEN 'drivers_license' "
                + "THEN CASE WHEN document_number ~ '^[A-Z]{2}[0-9]{2} (19|20)[0-9]{2} [0-9]{7}$' THEN left(document_number, "
                + "2) = (SELECT l FROM (VALUES " + LICENCE_LETTERS + ") v (s, l) WHERE v.s = state) AND "
                + "substr(document_number, 6, 4)::int = extract(year FROM expiry_date) - 20 ELSE false END "
                + "WHEN 'passport' THEN document_number ~ "
                + "'^[A-PR-WY][1-9][0-9]{5}[1-9]$' WHEN 'national_id' THEN document_number ~ '^[0-9]{21}$' AND "
                + "left(document_number, 4) = last4 AND recorded <= submitted::date AND substr(document_number, 5, 12) = "
                + "to_char(date_trunc('minute', submitted) - interval '1 minute', 'YYYYMMDDHH24MI') AND "
                + "substr(document_number, 17, 2) < '60' ELSE false END";
    }

    /**
     * {@code {motorok}}: SQL true when an auto policy's covers (aggregated per policy: {@code injury} the
     * third-party injury cover's count with no limit, {@code unlimited} the covers without a limit,
     * {@code property} the third-party property limit, {@code damage} and {@code damage_deductible} own
     * damage, {@code owner} the owner-driver cover's limit, {@code bodily} and {@code liability_property}
     * the US liability covers, {@code others} covers not among the market's {@code {motorcovers}}) are
     * what the market's law asks: in the US the liability every state but one requires
     * (bodily injury and property damage); in India the Motor Vehicles Act's third-party cover (injury
     * without a limit, property to Rs 7.5 lakh for a car, Rs 1 lakh for a two-wheeler), own damage on a
     * package policy with the compulsory deductible (Rs 1,000 or 2,000 for a car, Rs 100 for a two-wheeler),
     * an owner-driver's cover of Rs 15 lakh, one premium a year of at least the class's third-party premium
     * with 18% GST (Rs 2,094 for a car, Rs 714 for a two-wheeler; IRDAI, 2019).
     */
    String motorOk() {
        if (!code.equals("in")) {
            return "bodily > 0 AND liability_property > 0 AND others = 0 AND unlimited = 0";
        }
        return "injury = 1 AND unlimited = 1 AND property IN (750000, 100000) AND (damage IS NULL OR CASE property WHEN 750000 THEN "
                + "damage_deductible IN (1000, 2000) ELSE damage_deductible = 100 END) AND coalesce(owner, 1500000) = "
                + "1500000 AND premium_frequency = 'annual' AND premium_amount >= CASE property WHEN 750000 THEN 2094 "
                + "ELSE 714 END * 1.18 AND others = 0";
    }

    /** {@code {motorcovers}}: the covers a motor policy of the market may carry, as SQL literals. */
    String motorCovers() {
        return code.equals("in") ? "'third_party_injury', 'third_party_property', 'owner_driver_pa', 'own_damage'"
                : "'bodily_injury', 'property_damage', 'uninsured_motorist', 'medical_payments', 'collision', "
                        + "'comprehensive'";
    }

    /**
     * {@code {healthok}}: SQL true when a health policy's one cover ({@code cover_type}, {@code cover_limit};
     * {@code covers} its count) is the market's: medical of the sum insured in the US; in India
     * hospitalisation of a sum insured of Rs 3, 5, 7, 10, 15, 20, 25 or 50 lakh, paid once a year.
     */
    String healthOk() {
        if (!code.equals("in")) {
            return "covers = 1 AND cover_type = 'medical' AND cover_limit = sum_insured";
        }
        return "covers = 1 AND cover_type = 'hospitalisation' AND cover_limit = sum_insured AND sum_insured IN "
                + "(300000, 500000, 700000, 1000000, 1500000, 2000000, 2500000, 5000000) AND premium_frequency = 'annual'";
    }

    /**
     * {@code {schemes}}: the government schemes of the market as SQL rows (scheme, scheme_type, min_age,
     * max_enrol_age, cover_to_age, benefit, annual, q1, q2, q3, q4: the first premium by the quarter of the
     * scheme year joined in, year_from: the month a scheme year starts, debit_from: the first day of the
     * renewal window in the month before; the premiums of the years before the one starting on revised:
     * earlier, e1-e4): India's PMJJBY (life cover of Rs 2 lakh for Rs 436, joined at 18-50, covered
     * to 55; Rs 436, 342, 228, 114 by quarter) and PMSBY (accident cover of Rs 2 lakh for Rs 20, ages
     * 18-70), each year from 1 June, renewals debited on 25-31 May; before June 2022 Rs 330 (by quarter
     * 330, 258, 172, 86) and Rs 12; none in the US.
     */
    String schemes() {
        String columns = " s (scheme, scheme_type, min_age, max_enrol_age, cover_to_age, benefit, annual, q1, q2, q3, q4, "
                + "year_from, debit_from, revised, earlier, e1, e2, e3, e4)";
        if (!code.equals("in")) {
            return "(SELECT NULL::text, NULL::text, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 25, DATE '2022-06-01', 0, 0, 0, 0, 0 "
                    + "WHERE false)" + columns;
        }
        return "(VALUES ('PMJJBY', 'life', 18, 50, 55, 200000, 436, 436, 342, 228, 114, 6, 25, DATE '2022-06-01', 330, "
                + "330, 258, 172, 86), ('PMSBY', 'personal_accident', 18, 70, 70, 200000, 20, 20, 20, 20, 20, 6, 25, "
                + "DATE '2022-06-01', 12, 12, 12, 12, 12))" + columns;
    }

    /**
     * {@code {drawnfrequency}}: SQL true for a policy ({@code p}) whose premium frequency the rules' mix
     * draws: every bank policy in the US; in India not the motor and health policies, paid once a year
     * under their tariffs, nor a scheme's.
     */
    String drawnFrequency() {
        return code.equals("in") ? "p.scheme IS NULL AND p.policy_type NOT IN ('auto', 'health')" : "p.scheme IS NULL";
    }

    /**
     * {@code {agepriced}}: SQL true for a policy ({@code p}) priced by its driver's age: US auto policies;
     * none in India, whose motor premiums follow the vehicle (the third-party tariff by engine class, own
     * damage by its value).
     */
    String agePriced() {
        return code.equals("in") ? "false" : "p.policy_type = 'auto'";
    }

    /**
     * {@code {incomefloor}}: SQL for the least yearly income an application for its {@code loan_type} is made
     * on: in India a car loan Rs 3 lakh (SBI asks a salaried applicant for a net Rs 3 lakh a year), a home
     * loan Rs 1.8 lakh (Rs 15,000 a month, chosen under a bank's Rs 25,000), a two-wheeler loan Rs 1.2
     * lakh (Rs 10,000 a month, most lenders' least for a salaried applicant); none in the US.
     */
    String incomeFloor() {
        return code.equals("in")
                ? "CASE loan_type WHEN 'auto' THEN 300000 WHEN 'mortgage' THEN 180000 WHEN 'two_wheeler' THEN 120000 "
                        + "ELSE 0 END"
                : "0";
    }

    /**
     * {@code {leastloan}}: SQL for the least principal of a loan of its {@code loan_type}: in the US $1,000
     * for every product; in India a home loan Rs 5 lakh and a two-wheeler loan Rs 30,000 (both chosen), a
     * gold loan Rs 10,000 (ICICI Bank lends from it), the others Rs 20,000 ($1,000 at the price level of
     * 22, in whole Rs 10,000 units).
     */
    String leastLoan() {
        return code.equals("in")
                ? "CASE loan_type WHEN 'mortgage' THEN 500000 WHEN 'two_wheeler' THEN 30000 WHEN 'gold' THEN 10000 "
                        + "ELSE 20000 END"
                : "1000";
    }

    /**
     * {@code {sardueok}}: SQL true when a suspicious activity report's {@code due_date} is the market's
     * deadline from its {@code review_date}: in the US 30 days, 60 with no suspect identified
     * (31 CFR 1020.320(b)(3)); in India the seventh working day after it, suspect or not (PML Rules,
     * rule 8(2)): a banking day with seven banking days from the day after the review up to it.
     */
    String sarDueOk() {
        if (!code.equals("in")) {
            return "due_date = review_date + CASE WHEN suspect_identified THEN 30 ELSE 60 END";
        }
        String banking = "extract(isodow FROM d) < 6 AND NOT {bank_holiday d}";
        return "due_date > review_date AND (SELECT count(*) FROM generate_series(review_date + 1, due_date, interval "
                + "'1 day') g(t), LATERAL (SELECT t::date AS d) x WHERE " + banking + ") = 7 AND (SELECT " + banking
                + " FROM (SELECT due_date AS d) y)";
    }

    /** SQL true when the date expression is a bank holiday of the market (weekends apart). */
    String bankHoliday(String date) {
        return code.equals("in") ? BankHolidaysSql.closedInIndia(date) : BankHolidaysSql.closed(date);
    }

    /** The largest cash deposit below the report threshold: structuring's upper bound (a cent under it). */
    String structuringMax() {
        return new java.math.BigDecimal(cashReport).subtract(new java.math.BigDecimal("0.01")).toPlainString();
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * {@code {expiring}}: the market's identity documents that expire, as SQL literals: in the US all three;
     * in India the driving licence and the passport (neither Aadhaar nor the voter's identity card expires).
     */
    String expiring() {
        return code.equals("in") ? literals(List.of("drivers_license", "passport")) : literals(documents);
    }

    private static String literals(List<String> values) {
        return String.join(", ", values.stream().map(VerifyMarket::literal).toList());
    }

    /** The text with every placeholder of the market filled in. */
    String fill(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        String out = text.replace("{cashreport}", cashReport).replace("{structmin}", structuringMin)
                .replace("{structmax}", structuringMax()).replace("{largecash}", largeCash)
                .replace("{wirereview}", wireReview).replace("{sarthreshold}", sarThreshold)
                .replace("{salarymin}", salaryMin).replace("{salarymax}", salaryMax)
                .replace("{currency}", literal(currency)).replace("{channels}", literals(channels))
                .replace("{documents}", literals(documents)).replace("{expiring}", expiring())
                .replace("{batch}", literal(batch))
                .replace("{digital}", literals(digital))
                .replace("{populous}", literals(populous)).replace("{subscription}", literal(subscription))
                .replace("{represented}", literal("%" + represented)).replace("{cardmin}", cardMinimum)
                .replace("{latefee}", lateFee).replace("{repeatlatefee}", repeatLateFee)
                .replace("{pricelevel}", priceLevel).replace("{taxidok}", taxIdOk).replace("{phoneok}", phoneOk)
                .replace("{postalok}", postalOk).replace("{railbroken}", railBroken)
                .replace("{reviewhigh}", reviewMonths.get(0)).replace("{reviewmedium}", reviewMonths.get(1))
                .replace("{reviewlow}", reviewMonths.get(2)).replace("{gststate}", gstState())
                .replace("{registered}", registered()).replace("{loanrateok}", loanRateOk())
                .replace("{maxdti}", maxDebtToIncome()).replace("{payoutsok}", payoutsOk())
                .replace("{depositrateok}", depositRateOk()).replace("{scorefloor}", scoreFloor())
                .replace("{phoneshops}", phoneShops()).replace("{cashperiod}", cashPeriod())
                .replace("{cashclosed}", cashClosed()).replace("{form60ok}", form60Ok())
                .replace("{gigworkok}", gigWorkOk()).replace("{piecework}", pieceWork())
                .replace("{gigtrade}", gigTrade())
                .replace("{transfertextok}", transferTextOk()).replace("{sardueok}", sarDueOk()).replace("{incomefloor}", incomeFloor())
                .replace("{leastloan}", leastLoan())
                .replace("{documentformok}", documentFormOk())
                .replace("{branchopen}", code.equals("in") ? "time '10:00'" : "time '09:00'")
                .replace("{branchclose}", code.equals("in") ? "time '16:00'" : "time '17:00'")
                .replace("{branchsatopen}", code.equals("in") ? "time '10:00'" : "time '09:00'")
                .replace("{branchsatclose}", code.equals("in") ? "time '16:00'" : "time '12:00'")
                .replace("{everyday}", code.equals("in") ? "('savings', 'current')" : "('checking', 'business_checking')")
                .replace("{businessmain}", code.equals("in") ? "'current'" : "'business_checking'")
                .replace("{saving}", code.equals("in") ? "('sweep_deposit')" : "('savings', 'money_market')")
                .replace("{term}", code.equals("in") ? "'fixed_deposit'" : "'certificate_of_deposit'")
                // India's recurring deposits (the US market sells none: no account is of type NULL), their smallest
                // instalment (Rs 100, the State Bank of India's) and the months whose last banking day credits a
                // quarter's interest
                .replace("{recurring}", code.equals("in") ? "'recurring_deposit'" : "NULL")
                .replace("{rdleast}", "100").replace("{rdquarters}", "(3, 6, 9, 12)")
                // India's firms: every business customer's, QRMP's Rs 5 crore, the GST rates in force on as-of and
                // the MSME thresholds (the US market registers no firm)
                .replace("{firms}", code.equals("in") ? "true" : "false")
                .replace("{quarterlylimit}", "50000000")
                .replace("{gstrateok}", "(CASE WHEN {asof} >= DATE '2025-09-22' THEN gst_rate IN (5, 18, 40) ELSE "
                        + "gst_rate IN (5, 12, 18, 28) END)")
                .replace("{msmeclass}", "(CASE WHEN {asof} >= DATE '2025-04-01' THEN (CASE WHEN investment <= 25000000 "
                        + "AND annual_turnover <= 100000000 THEN 'micro' WHEN investment <= 250000000 AND annual_turnover "
                        + "<= 1000000000 THEN 'small' WHEN investment <= 1250000000 AND annual_turnover <= 5000000000 THEN "
                        + "'medium' END) ELSE (CASE WHEN investment <= 10000000 AND annual_turnover <= 50000000 THEN "
                        + "'micro' WHEN investment <= 100000000 AND annual_turnover <= 500000000 THEN 'small' WHEN "
                        + "investment <= 500000000 AND annual_turnover <= 2500000000 THEN 'medium' END) END)")
                .replace("{floater}", code.equals("in") ? "p.policy_type = 'health'" : "false")
                .replace("{motorok}", motorOk()).replace("{motorcovers}", motorCovers()).replace("{healthok}", healthOk()).replace("{schemes}", schemes())
                .replace("{drawnfrequency}", drawnFrequency()).replace("{agepriced}", agePriced())
                .replace("{railtexts}", railTexts());
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int at = out.indexOf("{bank_holiday "); at >= 0; at = out.indexOf("{bank_holiday ", from)) {
            int end = out.indexOf('}', at);
            b.append(out, from, at).append(bankHoliday(out.substring(at + "{bank_holiday ".length(), end)));
            from = end + 1;
        }
        return b.append(out, from, out.length()).toString();
    }
}
