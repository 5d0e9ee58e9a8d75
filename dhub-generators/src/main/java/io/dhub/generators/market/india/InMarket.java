package io.dhub.generators.market.india;

import io.dhub.generators.ids.IdSpace;
import io.dhub.generators.ids.UniqueValues;
import io.dhub.generators.market.BankFile;
import io.dhub.generators.market.Cumulative;
import io.dhub.generators.market.Holder;
import io.dhub.generators.market.Home;
import io.dhub.generators.market.IdentityDocument;
import io.dhub.generators.market.InsuranceTerms;
import io.dhub.generators.market.Job;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.Merchant;
import io.dhub.generators.market.Registration;
import io.dhub.generators.market.Text;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * India ({@code --market in}): rupees in lakh and crore, mobiles {@code +91[6-9]…}, PANs as tax ids,
 * people in the 100,000+ cities of Census 2011 with a PIN and locality of their district, UPI, IMPS,
 * NEFT, RTGS and NACH for rails, incomes after PLFS, and the bank holidays that hold across India.
 * {@code in/NOTICE.md} names every source and what is chosen.
 */
public final class InMarket implements Market {
    public static final InMarket INSTANCE = new InMarket();

    /** UPI's limit per payment: Rs 1 lakh (NPCI); IMPS's Rs 5 lakh; RTGS's floor Rs 2 lakh (RBI). */
    static final BigDecimal UPI_LIMIT = new BigDecimal("100000");
    static final BigDecimal IMPS_LIMIT = new BigDecimal("500000");
    static final BigDecimal RTGS_FLOOR = new BigDecimal("200000");

    /**
     * What the rules' dollar amounts (staff pay bands, loan sizes, cover) are multiplied by: about the
     * World Bank's purchasing-power conversion factor for India (22 rupees to the international dollar
     * in 2022-2023) [chosen], so that a loan or a salary band is as large in India's prices.
     */
    static final double PRICE_LEVEL = 22.0;

    /** Salaries are paid monthly; one payment is Rs 8,000 to Rs 2.5 lakh [chosen: PLFS's salaried mean is Rs 21,103]. */
    static final int SALARY_MIN = 8_000;
    static final int SALARY_MAX = 250_000;

    /** Years a driving licence is valid here (India's run to 20 years or to age 50, whichever is first). */
    static final int LICENCE_YEARS = 20;

    /**
     * Officially valid documents customers open accounts with [chosen shares]: Aadhaar 65% (the schema's
     * {@code national_id}) and the voter's identity card 15% (EPIC), neither of which expires, the driving
     * licence 12% (20 years, or to age 50) and the passport 8% (10 years for an adult). The
     * PAN is the customer's tax id. A customer whose masked Aadhaar the bank does not keep by the day
     * (one in ten, and everyone who joined before Aadhaar was issued) shows a voter's card instead
     * ({@link #identityDocument}).
     */
    private static final List<IdentityDocument> IDENTITY_DOCUMENTS = List.of(
            new IdentityDocument("national_id", 65, 0), new IdentityDocument("voter_id", 15, 0),
            new IdentityDocument("drivers_license", 12, LICENCE_YEARS), new IdentityDocument("passport", 8, 10));

    /**
     * The numbers an Indian passport's form holds: a letter other than Q, X and Z, a digit 1-9, five
     * digits and a digit 1-9 (the form Indian passport validators accept): 23 × 9 × 10^5 × 9.
     */
    static final long PASSPORT_SPACE = 23L * 9 * 100_000 * 9;
    private static final String PASSPORT_LETTERS = "ABCDEFGHIJKLMNOPRSTUVWY";

    /** House and street forms of Indian addresses [chosen]: common street names of Indian cities. */
    private static final String[] STREETS = {"MG Road", "Station Road", "Main Road", "Gandhi Road", "Nehru Road",
        "Temple Street", "Church Road", "Market Road", "Park Street", "Ring Road", "Link Road", "Cross Road",
        "Hospital Road", "College Road", "Lake Road", "Bazaar Street", "Subhash Marg", "Tilak Road", "Shivaji Road",
        "Ambedkar Road", "Patel Road", "1st Cross", "2nd Cross", "3rd Main", "4th Main", "5th Cross"};
    private static final String[] BUILDINGS = {"Sai Apartments", "Shanti Niketan", "Green Park Residency",
        "Lakshmi Towers", "Krishna Heights", "Ganga Apartments", "Sunrise Residency", "Om Sai Complex",
        "Royal Enclave", "Shree Residency", "Silver Oak Apartments", "Saraswati Nagar Society"};

    /** Cities of a million people or more hold branches: 44 cities with 53% of the table's people (Census 2011). */
    static final double BRANCH_CITY_POPULATION = 1_000_000;

    private InMarket() {
    }

    /** Read on first use, once per process. */
    private static final class Bank {
        static final BankFile FILE = BankFile.read("in", InMarket.class);
    }

    @Override
    public void load() {
        InData.get();
        Objects.requireNonNull(Bank.FILE);
        Objects.requireNonNull(Pools.ANY);
    }

    @Override
    public String code() {
        return "in";
    }

    @Override
    public String name() {
        return "India";
    }

    @Override
    public String country() {
        return "IN";
    }

    @Override
    public String currency() {
        return "INR";
    }

    @Override
    public Locale locale() {
        return Locale.forLanguageTag("en-IN");
    }

    /** {@code ₹12,34,567.89}: lakh and crore grouping, by hand (the JDK's en-IN groups by thousands). */
    @Override
    public String money(double amount) {
        BigDecimal paise = new BigDecimal(Double.toString(amount)).setScale(2, java.math.RoundingMode.HALF_UP)
                .movePointRight(2);
        return IndianMoney.format(paise.longValueExact());
    }

    /** A mobile number {@code +91[6-9]ddddddddd}, unique per index of the id space's phone space. */
    @Override
    public String phone(long index) {
        UniqueValues.requireBelow(index, IdSpace.PHONE_SPACE, "phone");
        return IndianIds.mobile(index);
    }

    /** Mobiles are not geographic: a customer's is the same draw as anyone's, unique per index. */
    @Override
    public String phone(long index, String areaCode) {
        return phone(index);
    }

    @Override
    public List<IdentityDocument> identityDocuments() {
        return IDENTITY_DOCUMENTS;
    }

    /**
     * An EPIC number (three letters and seven digits), a passport ({@code J1234567}: its letter, a digit
     * 1-9, five digits, a digit 1-9, from a value below {@link #PASSPORT_SPACE}), or a proof of address's
     * consumer or statement number. A driving licence and an Aadhaar need their submission (the holder's
     * state, the expiry, the kept Aadhaar): {@link #documentNumber(String, long, Submission)}.
     */
    @Override
    public String documentNumber(String type, long value) {
        if (type.equals("passport")) {
            UniqueValues.requireBelow(value, PASSPORT_SPACE, "passport number");
            long last = value % 9;
            long middle = value / 9 % 100_000;
            long second = value / 900_000 % 9;
            return PASSPORT_LETTERS.charAt((int) (value / 8_100_000)) + "" + (1 + second) + UniqueValues.pad(middle, 5)
                    + (1 + last);
        }
        UniqueValues.requireBelow(value, 1_000_000_000L, "document number");
        long high = value / 10_000_000L;
        String serial = UniqueValues.pad(value % 10_000_000L, 7);
        return switch (type) {
            case "voter_id" -> "" + (char) ('A' + high / 26 % 26) + (char) ('A' + high % 26) + (char) ('A' + high / 7 % 26)
                    + serial;
            case "drivers_license", "national_id" -> throw new IllegalArgumentException("a " + type
                    + " is numbered from its submission: documentNumber(type, value, submission)");
            case "utility_bill" -> "CN" + UniqueValues.pad(value, 9);
            default -> "ST" + UniqueValues.pad(value, 9);
        };
    }

    @Override
    public long documentSpace(String type) {
        return type.equals("passport") ? PASSPORT_SPACE : 1_000_000_000L;
    }

    /**
     * An Aadhaar shown by offline e-KYC is numbered as UIDAI numbers the paperless e-KYC it downloads: its
     * reference id, the last four digits of the Aadhaar and the download's time to the millisecond
     * ({@code yyyyMMddHHmmssSSS}); a bank keeps that, never the number. Downloaded in the minute before
     * the document is submitted, at the millisecond of the minute given by the slot (customer id ÷ 10,000)
     * × 8 + the document's index through a bijection of [0, 60,000) (× 7,919, prime to 60,000, plus 48,271
     * × the id modulo 10,000, the same for every customer of the same last four digits), which makes the
     * reference unique by construction: two customers with the same last four digits (the digits are a
     * bijection of the id modulo 10,000) differ in the quotient, so in the slot and the millisecond.
     */
    @Override
    public String documentNumber(String type, long value, Submission submission) {
        if (type.equals("drivers_license")) {
            return licence(value, submission);
        }
        if (!type.equals("national_id")) {
            return documentNumber(type, value);
        }
        String masked = submission.kept().stream().filter(r -> r.type().equals("aadhaar_masked")).map(
                Registration::value).findFirst().orElseThrow(() -> new IllegalStateException(
                "customer " + submission.customerId() + " shows an Aadhaar the bank does not keep"));
        long slot = (submission.customerId() / 10_000) * io.dhub.generators.ids.Ids.KYC_DOCUMENTS_PER_CUSTOMER
                + Math.floorMod(submission.documentId(), io.dhub.generators.ids.Ids.KYC_DOCUMENTS_PER_CUSTOMER);
        UniqueValues.requireBelow(slot, 60_000, "Aadhaar e-KYC reference");
        // spread over the minute by a bijection of [0, 60,000) offset by the last four digits' customers
        long millis = UniqueValues.permute(slot, 60_000, 7_919, 48_271L * Math.floorMod(submission.customerId(), 10_000));
        java.time.LocalDateTime downloaded = submission.local().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .minusMinutes(1).plusNanos(millis * 1_000_000L);
        return masked.substring(masked.length() - 4) + E_KYC_TIME.format(downloaded);
    }

    /**
     * A driving licence as the Central Motor Vehicles Rules number it ({@code MH12 2015 0012345}): the
     * letters of the state the holder lives in (a licence issued where one lives [chosen]; ISO 3166-2
     * codes, which are the registration letters, but DD for Dadra and Nagar Haveli and Daman and Diu and
     * TS for Telangana, its letters until 2024), the RTO's two digits and the serial from the value (unique
     * as the value is), and the year of issue: the validity before its expiry.
     */
    private String licence(long value, Submission submission) {
        UniqueValues.requireBelow(value, 1_000_000_000L, "document number");
        String letters = InData.get().licenceLetters.get(submission.state());
        if (letters == null) {
            throw new IllegalStateException("no licence letters for " + submission.state());
        }
        int issued = submission.expiry().getYear() - LICENCE_YEARS;
        return letters + UniqueValues.pad(value / 10_000_000L, 2) + " " + issued + " "
                + UniqueValues.pad(value % 10_000_000L, 7);
    }

    private static final java.time.format.DateTimeFormatter E_KYC_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", java.util.Locale.ROOT);

    /** Aadhaar only once the bank keeps the customer's masked number by the day; else a voter's card. */
    @Override
    public String identityDocument(String drawn, List<Registration> kept, LocalDate day) {
        if (!drawn.equals("national_id")) {
            return drawn;
        }
        boolean aadhaar = kept.stream().anyMatch(r -> r.type().equals("aadhaar_masked") && !r.recorded().isAfter(day));
        return aadhaar ? drawn : "voter_id";
    }

    /** A personal PAN ({@code P} fourth), unique per index; the fifth letter is not the surname's here. */
    @Override
    public String taxId(long index) {
        return IndianIds.pan(index, 'P', (char) ('A' + Math.floorMod(index * 7, 26)));
    }

    /**
     * The bank's four letters in its IFSCs [chosen]: a code RBI's list of 1,546 banks does not hold,
     * so no branch code is a real bank's.
     */
    static final String IFSC_BANK = "DHUB";
    /** The handle of the bank's UPI app in its customers' UPI ids [made up]. */
    static final String UPI_HANDLE = "dhub";
    /**
     * A person whose income stays below the basic exemption limit need not hold a PAN (Income-tax Act
     * s.139A; Rs 2.5 lakh a year under the old regime) and opens an account by declaring Form 60
     * instead (Income-tax Rules, rule 114B).
     */
    static final long FORM_60_INCOME = 250_000;
    /**
     * The share of retail customers under that income who declare Form 60 rather than give a PAN
     * [chosen: CBDT counted 37.9 crore PANs in March 2018, 97.46% of them individuals', against some
     * 89 crore adults (an estimate): about four adults in ten held one; a bank's customers more].
     */
    static final double FORM_60_SHARE = 0.5;

    /** A retail customer under the basic exemption limit declares Form 60 half the time [chosen]; a business never. */
    @Override
    public boolean withoutTaxId(long annualIncome, String segment, Supplier<RandomGenerator> random) {
        return "retail".equals(segment) && annualIncome < FORM_60_INCOME && random.get().nextDouble() < FORM_60_SHARE;
    }

    /** The share of customers whose masked Aadhaar the bank keeps [chosen: Aadhaar is voluntary for a bank account since 2018]. */
    static final double AADHAAR_SHARE = 0.9;
    /** The first Aadhaar numbers were issued on 29 September 2010 (UIDAI). */
    static final LocalDate AADHAAR_FROM = LocalDate.of(2010, 9, 29);
    /** CKYC numbers for new individual accounts from 1 January 2017 (RBI, November 2016); older customers' on that day [chosen]. */
    static final LocalDate CKYC_FROM = LocalDate.of(2017, 1, 1);
    /** Customers who joined before Aadhaar or CKYC began have theirs recorded within three years of it [chosen]. */
    static final int CATCH_UP_DAYS = 3 * 365;
    /** GST, and with it GSTINs, from 1 July 2017 (existing taxpayers migrated with that day's date). */
    static final LocalDate GST_FROM = LocalDate.of(2017, 7, 1);

    /**
     * A customer's masked Aadhaar (nine in ten), CKYC number, the reference of the Form 60 declared by
     * one without a PAN (on the day they joined), a business's GSTIN (registered in its home state on
     * the firm's PAN, a proprietorship's its owner's; every business customer is registered
     * [chosen]) and, for a customer whose ledger pays by UPI, a UPI id on the mobile number, recorded
     * 0-90 days before the first UPI payment and not before the customer joined. Each is recorded
     * when the customer joined, or for one who joined before the scheme began, on its first day
     * (GST) or within three years of it (Aadhaar, CKYC); only by the as-of date.
     */
    @Override
    public List<Registration> registrations(Holder holder, RandomGenerator random) {
        boolean aadhaar = random.nextDouble() < AADHAAR_SHARE;
        int upiLead = random.nextInt(91);
        int aadhaarCatchUp = random.nextInt(CATCH_UP_DAYS);
        int ckycCatchUp = random.nextInt(CATCH_UP_DAYS);
        List<Registration> out = new ArrayList<>(4);
        LocalDate since = holder.since();
        if (aadhaar) {
            recorded(out, "aadhaar_masked", IndianIds.maskedAadhaar(holder.index()),
                    onboarded(since, AADHAAR_FROM, aadhaarCatchUp, holder.asOf()), holder);
        }
        recorded(out, "ckyc", IndianIds.ckyc(holder.index()), onboarded(since, CKYC_FROM, ckycCatchUp, holder.asOf()),
                holder);
        if (holder.taxId() == null) {
            recorded(out, "form_60", IndianIds.form60(holder.index()), since, holder);
        }
        if (holder.segment().equals("business")) {
            String state = InData.get().stateCodes.get(holder.state());
            if (state == null) {
                throw new IllegalStateException("no GST state code for " + holder.state());
            }
            String pan = holder.businessPan() != null ? holder.businessPan() : holder.taxId();
            recorded(out, "gstin", IndianIds.gstin(state, pan, 1), later(since, GST_FROM), holder);
        }
        LocalDate firstUpi = holder.firstByChannel().get("upi");
        if (firstUpi != null) {
            LocalDate linked = firstUpi.minusDays(upiLead);
            recorded(out, "upi_id", IndianIds.upiId(holder.phone(), UPI_HANDLE),
                    linked.isBefore(since) ? (since.isAfter(firstUpi) ? firstUpi : since) : linked, holder);
        }
        return out;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The day a scheme's identifier of a customer is recorded: when they joined, or for one who
     * joined before the scheme began, {@code catchUp} days into it (by the as-of date, once the
     * scheme has begun by then).
     */
    private static LocalDate onboarded(LocalDate since, LocalDate from, int catchUp, LocalDate asOf) {
        if (!since.isBefore(from)) {
            return since;
        }
        LocalDate day = from.plusDays(catchUp);
        return day.isAfter(asOf) && !from.isAfter(asOf) ? asOf : day;
    }

    private static void recorded(List<Registration> out, String type, String value, LocalDate day, Holder holder) {
        if (!day.isAfter(holder.asOf())) {
            out.add(new Registration(type, value, day));
        }
    }

    /**
     * Four in-shop purchases in five are paid by UPI, scanning the shop's QR code [chosen: NPCI counted
     * about 131 billion UPI payments in 2023-24, most of them to merchants, against some 6 billion card
     * payments at tills and online in RBI's figures for the same year].
     */
    @Override
    public double phonePaidInShops() {
        return 0.8;
    }

    /**
     * Indian credit bureaus (CIBIL, Experian, Equifax, CRIF) score 300-900: the rules' 300-850 stretched
     * linearly onto it, so that the rules' floor of 580 is 605 and their 700 is 736 (most approved
     * borrowers score 700-800 at CIBIL, whose lenders look for 700 or more).
     */
    @Override
    public int bureauScore(int score) {
        return (int) Math.round(300 + (score - 300) * 600.0 / 550.0);
    }

    /**
     * What Indian banks pay on deposits, by the rules' roles ({@link #accountTypeName}), in hundredths of
     * a percent: a savings account, the everyday account ({@code checking}), 2.50-4.00% [chosen: the large
     * banks pay 2.50-2.70% in 2025, some private and small banks up to 4% on larger balances]; nothing on
     * a current account ({@code business_checking}: RBI's Master Direction on interest rate on deposits
     * forbids interest on current accounts); a sweep deposit ({@code money_market}) 3.00-5.50% [chosen:
     * the savings rate on what stays, a deposit's on what is swept]; a fixed deposit
     * ({@code certificate_of_deposit}) 6.00-7.25% [chosen around banks' 2025 rates for one to five years], and
     * a recurring deposit the same (the State Bank of India pays it the rate of a term deposit of its term).
     */
    private static final java.util.Map<String, int[]> DEPOSIT_RATES = java.util.Map.of(
            "checking", new int[] {250, 400}, "business_checking", new int[] {0, 0}, "savings", new int[] {250, 400},
            "money_market", new int[] {300, 550}, "certificate_of_deposit", new int[] {600, 725},
            "recurring_deposit", new int[] {600, 725});

    @Override
    public int[] depositRates(String accountType) {
        int[] range = DEPOSIT_RATES.get(accountType);
        return range == null ? null : range.clone();
    }

    /**
     * Indian banks' yearly rates by product, lowest to highest [sourced, 2025]: home loans 8.10-11.50%
     * (ClearTax's table of banks' home-loan rates, April 2025: 8.10% the lowest, at four public-sector
     * banks; Punjab National Bank up to 11.50%), and the ranges of a bank-loan guide (olox.in): car
     * loans 7.5-12%, personal loans 10-24%, education loans 8-12%, business loans 10-20%; two-wheeler
     * loans 10.25-25.12% (ICICI Bank, April-June 2024) and gold loans 9-18% (ICICI Bank, January-March
     * 2024), each bank's published range.
     */
    private static final java.util.Map<String, double[]> LOAN_RATES = java.util.Map.of(
            "mortgage", new double[] {8.10, 11.50}, "auto", new double[] {7.50, 12.00},
            "personal", new double[] {10.00, 24.00}, "education", new double[] {8.00, 12.00},
            "business", new double[] {10.00, 20.00}, "two_wheeler", new double[] {10.25, 25.12},
            "gold", new double[] {9.00, 18.00});

    @Override
    public double[] loanRates(String loanType) {
        double[] range = LOAN_RATES.get(loanType);
        return range == null ? null : range.clone();
    }

    /**
     * A suspicious transaction report is due to FIU-IND within seven working days of the principal
     * officer being satisfied that the activity is suspicious (PML (Maintenance of Records) Rules 2005,
     * rule 8(2)), whether or not a suspect is known: the seventh banking day after the review.
     */
    @Override
    public java.time.LocalDate suspiciousReportDue(java.time.LocalDate review, boolean suspect) {
        java.time.LocalDate day = review;
        for (int working = 0; working < STR_WORKING_DAYS; ) {
            day = day.plusDays(1);
            if (bankingDay(day)) {
                working++;
            }
        }
        return day;
    }

    /** Working days to file a suspicious transaction report (PML Rules, rule 8(2)). */
    static final int STR_WORKING_DAYS = 7;

    /** India's reports are suspicious transaction reports: STR. */
    @Override
    public String suspiciousReportPrefix() {
        return "STR";
    }

    /**
     * India's loan applications by product [chosen]: business 10% and education 5% as the
     * specification's; the other 85% in the proportions of the retail loans of India's lenders by
     * count (CRIF High Mark's active loans, March 2022: personal 14.1%, gold 11%, home 3.3%, auto 2.9%;
     * two-wheeler loans, which its figures leave out of that list, taken at 5%): personal 33%, gold
     * 25%, two-wheeler 12%, home 8%, car 7%. A bank's branches lend many small sums against gold and
     * vehicles, few homes.
     */
    private static final java.util.List<java.util.Map.Entry<String, Double>> LOAN_MIX = java.util.List.of(
            java.util.Map.entry("mortgage", 8.0), java.util.Map.entry("personal", 33.0),
            java.util.Map.entry("auto", 7.0), java.util.Map.entry("business", 10.0),
            java.util.Map.entry("education", 5.0), java.util.Map.entry("two_wheeler", 12.0),
            java.util.Map.entry("gold", 25.0));

    /**
     * Who India's banks lend a car, a home and a two-wheeler to, by yearly income, and what those below
     * borrow instead:
     * <ul>
     *   <li>a car from Rs 3 lakh: SBI asks a salaried applicant for a net annual income of Rs 3 lakh
     *       [taken on the stated gross income here]; below it people borrow for a two-wheeler;</li>
     *   <li>a home from Rs 1.8 lakh (Rs 15,000 a month) [chosen: a bank asks about Rs 25,000 a month
     *       (Capital Small Finance Bank, 2025), housing finance companies for low-income households
     *       lend on less]; below it people borrow a personal loan (to build, extend or repair);</li>
     *   <li>a two-wheeler from Rs 1.2 lakh (Rs 10,000 a month: most lenders ask salaried applicants for
     *       Rs 10,000-15,000, Shriram Finance, August 2025); below it people pledge gold, which asks no
     *       income proof.</li>
     * </ul>
     * [measured] The shares under each floor among the applicants who draw those products: 51%, 37%
     * and 24% at scale 50 (seed 20240601, as-of 2025-09-30), before the floors.
     */
    private static final java.util.List<LoanFloor> LOAN_FLOORS = java.util.List.of(
            new LoanFloor("auto", 300_000, "two_wheeler", 0.51),
            new LoanFloor("mortgage", 180_000, "personal", 0.37),
            new LoanFloor("two_wheeler", 120_000, "gold", 0.24));

    @Override
    public java.util.List<LoanFloor> loanFloors() {
        return LOAN_FLOORS;
    }

    /**
     * India's least loans: a home loan Rs 5 lakh [chosen: a house bought or built for less is rare;
     * HUDCO's own cap for extending or improving one is Rs 8 lakh], a two-wheeler loan Rs 30,000
     * [chosen: the cheapest commuter motorcycles cost about Rs 70,000 on the road, and lenders finance
     * 70-95% of it], a gold loan Rs 10,000 (ICICI Bank lends from it), the others Rs 20,000 ($1,000 at
     * the price level, in whole units). Stated for every product, so that a borrower whose income cannot
     * carry the least loan over the term drawn takes a longer one: at the drawn term 166 Rs 20,000
     * personal loans of 17,006 (1%) took more than FOIR at scale 50, 111 of them over 12 months.
     */
    @Override
    public long loanMinimum(String loanType) {
        return switch (loanType) {
            case "mortgage" -> 500_000;
            case "two_wheeler" -> 30_000;
            case "gold" -> 10_000;
            default -> 20_000;
        };
    }

    /**
     * India's insurance. Motor: IRDAI's third-party premiums, in force since 16 June 2019 (a car up to
     * 1,000 cc Rs 2,094, 1,000-1,500 cc Rs 3,416, above Rs 7,897; a two-wheeler of 75-150 cc Rs 714,
     * 150-350 cc Rs 1,366, above Rs 2,804), the third-party property limits of the Motor Vehicles Act
     * (Rs 7.5 lakh for a car, Rs 1 lakh for a two-wheeler), the India Motor Tariff's own-damage rates
     * for a vehicle up to five years old in zone A (cars 3.127%, 3.283%, 3.440%; two-wheelers 1.708%,
     * 1.793%, 1.879%) and compulsory deductibles (Rs 1,000 for a car up to 1,500 cc, Rs 2,000 above, Rs
     * 100 for a two-wheeler), the owner-driver's compulsory personal accident cover of Rs 15 lakh (IRDAI,
     * 2018; waived for an owner with another such cover), the no-claim bonus steps of 20-50%, and 18% GST.
     * [chosen]: the vehicle's value stands in for its engine (a car up to Rs 6 lakh of up to 1,000 cc, up
     * to Rs 15 lakh of up to 1,500 cc; a two-wheeler up to Rs 1.2 lakh of up to 150 cc, up to Rs 3 lakh
     * of up to 350 cc); insured values (a car's median Rs 6 lakh, a two-wheeler's Rs 75,000); who drives
     * a car (40% of those earning Rs 3 lakh a year, 75% from Rs 8 lakh; SBI lends for a car from Rs 3
     * lakh); package policies (85% of cars, 40% of two-wheelers, the rest third party only); the owner's
     * accident premium (Rs 400 for a car, Rs 350 for a two-wheeler), 90% taking it; the no-claim bonus
     * mix; insurers charging 45-90% of the detariffed own-damage rate.
     *
     * <p>Health: family floaters of Rs 3-50 lakh (5 and 10 lakh the common ones) covering the holder, a
     * spouse on 65% and 0-3 children (none 35%, one 30%, two 28%, three 7%); a Rs 5 lakh cover of one
     * adult by age (Rs 7,000 at 25 to Rs 52,000 at 75), each further adult 60% more and each child 25%
     * (two adults of 35 pay about Rs 14,400) [all chosen around insurers' 2025 quotes], plus 18% GST
     * until the GST Council exempted individual health (and life) insurance from 22 September 2025.
     *
     * <p>The government's schemes, run by banks since 1 June 2015 on a scheme year from 1 June, renewals
     * debited on 25-31 May: PMJJBY, life cover of Rs 2 lakh for Rs 436 a year (since June 2022), joined at
     * 18-50 and renewed to 55, a late joiner paying Rs 436, 342, 228 or 114 by the quarter of the year
     * he joins in (before June 2022 Rs 330, 258, 172, 86: the Department of Financial Services' letter of
     * 12 June 2018); PMSBY, Rs 2 lakh on accidental death or total disability and Rs 1 lakh on partial
     * disability for Rs 20 a year (Rs 12 before June 2022), ages 18-70. [chosen] 25% of eligible account holders join PMJJBY and
     * 40% PMSBY (23.2 crore and 50.3 crore enrolments by March 2025, Ministry of Finance, against about
     * 65 and 90 crore adults of the ages), and 85% and 90% of members renew each year.
     */
    private static final InsuranceTerms INSURANCE = new InsuranceTerms(
            new InsuranceTerms.Motor(java.util.List.of(
                    vehicle("car", 600_000, 2_094, 0.03127, 750_000, 1_000, 400),
                    vehicle("car", 1_500_000, 3_416, 0.03283, 750_000, 1_000, 400),
                    vehicle("car", Long.MAX_VALUE, 7_897, 0.03440, 750_000, 2_000, 400),
                    vehicle("two_wheeler", 120_000, 714, 0.01708, 100_000, 100, 350),
                    vehicle("two_wheeler", 300_000, 1_366, 0.01793, 100_000, 100, 350),
                    vehicle("two_wheeler", Long.MAX_VALUE, 2_804, 0.01879, 100_000, 100, 350)),
                    new long[] {300_000, 800_000}, new double[] {0.40, 0.75},
                    new double[] {600_000, 0.5, 250_000, 4_000_000}, new double[] {75_000, 0.35, 35_000, 400_000},
                    0.85, 0.40, 1_500_000, 0.90, new int[] {0, 20, 25, 35, 45, 50}, new int[] {30, 20, 15, 12, 10, 13},
                    new double[] {0.45, 0.90}, 0.18),
            new InsuranceTerms.Health(
                    new long[] {300_000, 500_000, 700_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000, 5_000_000},
                    new int[] {12, 30, 8, 25, 8, 8, 5, 4}, 0.65, new int[] {35, 30, 28, 7},
                    new int[] {25, 35, 45, 55, 65, 75}, new long[] {7_000, 9_000, 13_500, 21_000, 35_000, 52_000},
                    500_000, 0.6, 0.25, 0.18, LocalDate.of(2025, 9, 22)),
            java.util.List.of(
                    new InsuranceTerms.Scheme("PMJJBY", "life", 18, 50, 55,
                            java.util.List.of(new InsuranceTerms.SchemeCover("death_benefit", 200_000)),
                            436, new long[] {436, 342, 228, 114}, 0.25, 0.85, LocalDate.of(2015, 6, 1), 6, 25,
                            LocalDate.of(2022, 6, 1), 330, new long[] {330, 258, 172, 86}),
                    new InsuranceTerms.Scheme("PMSBY", "personal_accident", 18, 70, 70,
                            java.util.List.of(new InsuranceTerms.SchemeCover("accidental_death", 200_000),
                                    new InsuranceTerms.SchemeCover("total_disability", 200_000),
                                    new InsuranceTerms.SchemeCover("partial_disability", 100_000)),
                            20, new long[] {20, 20, 20, 20}, 0.40, 0.90, LocalDate.of(2015, 6, 1), 6, 25,
                            LocalDate.of(2022, 6, 1), 12, new long[] {12, 12, 12, 12})));

    private static InsuranceTerms.VehicleClass vehicle(String vehicle, long upTo, long thirdParty,
                                                                                double ownDamage, long property,
                                                                                long deductible, long ownerDriver) {
        return new InsuranceTerms.VehicleClass(vehicle, upTo, thirdParty, ownDamage, property,
                deductible, ownerDriver);
    }

    @Override
    public InsuranceTerms insuranceTerms() {
        return INSURANCE;
    }

    /** Indian statements name the cover in capitals, and a car's or a two-wheeler's as motor insurance. */
    @Override
    public String insuranceLineName(String code) {
        return "auto".equals(code) ? "MOTOR" : code.toUpperCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * [measured] 12.0% of India's loan applications are business customers' (10% of its customers): 3,120
     * of 26,088 at scale 50 (seed 20240601). Taken at the segment's 10%, business loans were 11.7% of
     * applications, and the mix failed at scale 50.
     */
    @Override
    public double businessApplicantShare() {
        return 0.12;
    }

    /** India's names of the loan products, as its banks print them: a mortgage is a home loan. */
    private static final java.util.Map<String, String> LOAN_NAMES = java.util.Map.of("mortgage", "home loan",
            "personal", "personal loan", "auto", "car loan", "business", "business loan", "education",
            "education loan", "two_wheeler", "two-wheeler loan", "gold", "gold loan");

    @Override
    public String loanName(String loanType) {
        return LOAN_NAMES.getOrDefault(loanType, loanType);
    }

    @Override
    public java.util.List<java.util.Map.Entry<String, Double>> loanMix() {
        return LOAN_MIX;
    }

    /**
     * India's deposit products under the rules' roles: the everyday account is a savings account (SB),
     * which pays interest and carries salaries, UPI and cards; a business's is a current account (CA),
     * which pays none; a term deposit is a fixed deposit (FD); and what a customer saves besides is a
     * sweep deposit, a savings account's surplus swept into deposits and back when the account runs
     * short (SBI's Multi Option Deposit, banks' auto-sweep), which is how the rules' money-market role
     * behaves. India's mix [chosen]: savings 55%, sweep deposits 25%, fixed deposits 15%, current 5%; no
     * second savings account. (More fixed deposits leave too few customers with an account a loan can be
     * paid into: at 25%, 59.5% of customers held one, and 32% applied, short of the specification's 35%
     * however often they applied.)
     */
    private static final java.util.Map<String, String> ACCOUNT_TYPES = java.util.Map.of("checking", "savings",
            "business_checking", "current", "certificate_of_deposit", "fixed_deposit", "money_market", "sweep_deposit",
            "savings", "sweep_deposit", "recurring_deposit", "recurring_deposit");
    private static final java.util.Map<String, String> ACCOUNT_NAMES = java.util.Map.of("checking", "savings account",
            "business_checking", "current account", "certificate_of_deposit", "fixed deposit", "money_market",
            "sweep deposit", "savings", "sweep deposit", "recurring_deposit", "recurring deposit");
    /**
     * Savings accounts 55%, sweep deposits 22%, fixed deposits 13%, recurring deposits 5%, current accounts
     * 5% [chosen]: a recurring deposit is the small saver's term deposit, held beside a savings account.
     */
    private static final java.util.List<java.util.Map.Entry<String, Double>> ACCOUNT_MIX = java.util.List.of(
            java.util.Map.entry("checking", 55.0), java.util.Map.entry("money_market", 22.0),
            java.util.Map.entry("certificate_of_deposit", 13.0), java.util.Map.entry("recurring_deposit", 5.0),
            java.util.Map.entry("business_checking", 5.0));

    /**
     * Recurring deposits as the State Bank of India sells them (its product page): a fixed instalment
     * every month for 12 to 120 months, at least Rs 100, at the rate of a fixed deposit of the same term,
     * interest compounded every quarter; terms of 1, 2, 3, 5 and 10 years weighted 30/25/20/20/5
     * [chosen], instalments around Rs 2,000 a month in round hundreds [chosen; the bank takes multiples
     * of Rs 10]. A quarter's interest is credited on the last banking day of March, June, September and
     * December, on the monthly product (the balance at each month's end). Fixed deposits run for 1, 2, 3
     * or 5 years, weighted 35/20/20/25 [chosen], and renew for the same term on maturity.
     */
    private static final io.dhub.generators.market.DepositTerms DEPOSITS = new io.dhub.generators.market.DepositTerms(
            java.util.List.of(java.util.Map.entry(12, 30.0), java.util.Map.entry(24, 25.0),
                    java.util.Map.entry(36, 20.0), java.util.Map.entry(60, 20.0), java.util.Map.entry(120, 5.0)),
            2_000, 0.8, 10_000, 10_000, java.util.List.of(3, 6, 9, 12),
            java.util.List.of(java.util.Map.entry(12, 35.0), java.util.Map.entry(24, 20.0),
                    java.util.Map.entry(36, 20.0), java.util.Map.entry(60, 25.0)));

    @Override
    public io.dhub.generators.market.DepositTerms depositTerms() {
        return DEPOSITS;
    }

    /** A business customer's firm: its constitution, name, PAN, NIC class and Udyam registration ({@link Enterprises}). */
    @Override
    public io.dhub.generators.market.Business business(long index, String ownerPan, String surname, String state,
                                                       String city, LocalDate since, LocalDate born, LocalDate asOf,
                                                       RandomGenerator random) {
        return Enterprises.business(index, ownerPan, surname, state, city, since, born, asOf, random);
    }

    @Override
    public String stateCode(String state) {
        return InData.get().stateCodes.get(state);
    }

    @Override
    public String msmeClass(LocalDate day, long investmentCents, long turnoverCents) {
        return Enterprises.msmeClass(day, investmentCents, turnoverCents);
    }

    @Override
    public long quarterlyFilingLimit() {
        return Enterprises.QUARTERLY_LIMIT_CENTS;
    }

    @Override
    public String accountTypeName(String role) {
        return ACCOUNT_TYPES.getOrDefault(role, role);
    }

    @Override
    public String accountName(String role) {
        return ACCOUNT_NAMES.getOrDefault(role, role);
    }

    @Override
    public java.util.List<java.util.Map.Entry<String, Double>> accountMix() {
        return ACCOUNT_MIX;
    }

    /**
     * Indian branches serve customers 10:00-16:00 [chosen: the public-sector banks' customer hours], on the
     * Saturdays they open too (the second and fourth are holidays; the others have been full working days
     * since 2015).
     */
    @Override
    public int[] branchHours() {
        return new int[] {10, 16, 10, 16};
    }

    @Override
    public String savingsRole() {
        return "money_market";
    }

    /**
     * An Indian bank's form asks for male, female or third gender (transgender; RBI's circular of 2015
     * had banks add it), and KYC leaves no gender undisclosed: the third gender, stored as the schema's
     * non_binary, is the Census 2011's 0.04% (4.88 lakh of 121.09 crore counted as "other"), the rest
     * half women, half men.
     */
    private static final java.util.List<java.util.Map.Entry<String, Double>> GENDER_MIX = java.util.List.of(
            java.util.Map.entry("female", 49.98), java.util.Map.entry("male", 49.98),
            java.util.Map.entry("non_binary", 0.04));

    @Override
    public java.util.List<java.util.Map.Entry<String, Double>> genderMix() {
        return GENDER_MIX;
    }

    /**
     * FOIR, the fixed obligations to income ratio Indian lenders hold a borrower's EMIs to, is a share of
     * net monthly income: 40% of it [chosen: the prudent end of the 40-50% lenders prefer; RBI caps
     * low-income households' repayments at 50% of income], which is 35.2% of gross income at
     * {@link #netOfGross}. At 50% (44% of gross) one balanced borrower in seventeen paid half their
     * credits in EMIs, more than the profile allows.
     */
    static final double FOIR = 0.40;

    @Override
    public double maxDebtToIncome() {
        return FOIR * netOfGross();
    }

    /**
     * The platform's cadence from {@code in/platform_payouts.csv} (the reference table's estimates):
     * bike taxis daily (Rapido), freelance marketplaces by milestone (Upwork, Fiverr), delivery, ride-hailing
     * and home services weekly; a rider paying the driver per trip counts as daily.
     */
    @Override
    public String payoutCadence(String platform) {
        String cadence = InData.get().payoutCadences.getOrDefault(platform, "weekly");
        return switch (cadence) {
            case "daily", "per_trip" -> "daily";
            case "per_milestone" -> "milestone";
            default -> "weekly";
        };
    }

    /**
     * FIU-IND's cash transaction report counts a month's cash, alone or integrally connected, and is due
     * by the 15th of the next month (PML (Maintenance of Records) Rules 2005, rules 3 and 8).
     */
    @Override
    public boolean monthlyCashReports() {
        return true;
    }

    /** A UPI id is recorded before the first UPI payment. */
    @Override
    public java.util.Set<String> firstUseChannels() {
        return java.util.Set.of("upi");
    }

    /** A branch's IFSC: the bank's code, 0, and the branch's number in six digits. */
    @Override
    public List<Registration> branchCodes(int number, LocalDate opened) {
        return List.of(new Registration("ifsc", IndianIds.ifsc(IFSC_BANK, number), opened));
    }

    /** A personal PAN whose fifth letter is the initial of the surname, as the Income Tax Department issues them. */
    @Override
    public String taxId(long index, String surname) {
        char initial = surname == null || surname.isEmpty() ? 'A' : Character.toUpperCase(surname.charAt(0));
        return IndianIds.pan(index, 'P', initial >= 'A' && initial <= 'Z' ? initial : 'A');
    }

    @Override
    public int adultAge(RandomGenerator random) {
        return InData.get().ages.draw(random);
    }

    @Override
    public double adultShareUnder(int age) {
        return InData.get().ages.shareUnder(age);
    }

    @Override
    public String firstName(RandomGenerator random, boolean female, int birthYear) {
        String[] names = female ? InData.get().femaleNames : InData.get().maleNames;
        return names[random.nextInt(names.length)];
    }

    @Override
    public String surname(RandomGenerator random) {
        String[] names = InData.get().surnames;
        return names[random.nextInt(names.length)];
    }

    @Override
    public Home home(RandomGenerator random) {
        InData data = InData.get();
        return at(data.cities[data.cityWeights.draw(random)], random, true);
    }

    /**
     * An Indian address line: a flat in a named building (a third of homes) or a house number, a
     * street, and a locality of the PIN, which is the city district's; the state in full; the state's
     * GST code stands for the area code (mobiles are not geographic); India keeps one time zone.
     */
    private static Home at(InData.City city, RandomGenerator random, boolean flats) {
        InData.Pin pin = city.pins()[random.nextInt(city.pins().length)];
        String street = STREETS[random.nextInt(STREETS.length)];
        String line = flats && random.nextInt(3) == 0
                ? "Flat " + (1 + random.nextInt(12)) + UniqueValues.pad(1 + random.nextInt(8), 2) + ", "
                        + BUILDINGS[random.nextInt(BUILDINGS.length)] + ", " + street + ", " + pin.locality()
                : (1 + random.nextInt(random.nextInt(10) < 7 ? 200 : 2_000)) + ", " + street + ", " + pin.locality();
        return new Home(line, city.name(), city.state(), pin.pin(), city.stateCode(), "Asia/Kolkata", city.latitude(),
                city.longitude(), city.population());
    }

    @Override
    public List<Home> branchSites(RandomGenerator random, int count) {
        InData data = InData.get();
        List<Integer> bySize = data.cityWeights.drawLargest(random, count, city -> data.cities[city].population(),
                BRANCH_CITY_POPULATION);
        List<Home> sites = new ArrayList<>(count);
        for (int i : bySize) {
            sites.add(at(data.cities[i], random, false));
        }
        return List.copyOf(sites);
    }

    /** Earnings by age relative to all ages [chosen: PLFS shows earnings rising to the late forties]. */
    private static double ageFactor(int age) {
        return age < 25 ? 0.6 : age < 35 ? 0.9 : age < 45 ? 1.1 : age < 55 ? 1.15 : age < 60 ? 1.1 : 0.9;
    }

    /**
     * Work after PLFS (2023-24): salaried workers earn about Rs 21,100 a month, the self-employed about
     * Rs 13,900 and casual workers Rs 433 a day; an occupation's median (in/occupations.csv, chosen
     * around those means) times a log-normal spread (sigma 0.5) and the age factor, times 12. Premium
     * customers come from the salaried half above the median, business owners from the self-employed
     * (profits 1.5-4 times a wage), private banking from the top. Salaried jobs retire at 58-60; a
     * pension is 40-50% of the last pay, at least the EPS minimum of Rs 1,000 a month; some young
     * adults study [chosen shares]. Gig work (delivery, driving, home services and the gig-worker
     * seed's fifteen freelance trades) is about 5% of the occupations' weight [chosen: NITI Aayog counted
     * 7.7 million gig workers in 2020-21, 1.5% of the workforce, and projects 23.5 million, 4.1%, for
     * 2029-30; bank customers here live in cities of 100,000 and more], drawn more by the young
     * ({@link #gigAtAge}), and its earnings do not rise with age (Gig Pulse 2024). Segment {@code gig}
     * draws only gig work (a gig bank's customers).
     */
    @Override
    public Job job(RandomGenerator random, int age, String segment) {
        InData.Occupation o = occupation(random, segment, age);
        double monthly = o.monthlyMedian() * Math.exp(0.5 * random.nextGaussian());
        monthly *= switch (segment) {
            case "premium" -> 1.6 + random.nextDouble();
            case "business" -> 1.5 + 2.5 * random.nextDouble();
            case "private_banking" -> 6 * Math.exp(0.5 * random.nextGaussian());
            default -> 1;
        };
        boolean salaried = "salaried".equals(o.workClass());
        double retiring = "gig".equals(segment) ? 0 : age >= 75 ? 0.9 : age >= 70 ? 0.75 : age >= 65 ? 0.6
                : age >= 60 ? (salaried ? 0.85 : 0.3) : age >= 58 ? (salaried ? 0.5 : 0.1) : 0;
        double studying = !"retail".equals(segment) ? 0 : age <= 19 ? 0.5 : age <= 21 ? 0.4 : age <= 23 ? 0.15 : 0;
        double u = random.nextDouble();
        if (u < retiring) {
            double pension = Math.max(12_000, 12 * monthly * (0.4 + 0.1 * random.nextDouble()));
            return new Job(Job.RETIRED, Job.RETIRED, Job.hundreds(pension));
        }
        if (u < studying) {
            return new Job(Job.STUDENT, Job.STUDENT, Job.hundreds(24_000 * Math.exp(0.6 * random.nextGaussian())));
        }
        return new Job(o.title(), o.group(), Job.hundreds(12 * monthly * (o.gig() ? 1 : ageFactor(age))));
    }

    /**
     * How much more often a gig occupation is drawn at an age than its weight says: with India's adult
     * ages, half of gig workers are 27 or younger, as Gig Pulse (2024) found [chosen to match].
     */
    private static double gigAtAge(int age) {
        return age < 30 ? GIG_YOUNG : age < 40 ? 1.0 : age < 50 ? 0.5 : 0.15;
    }

    /** {@link #gigAtAge} under 30, its largest. */
    private static final double GIG_YOUNG = 1.5;

    /** The ages at which {@link #gigAtAge} changes, the bands of the retail pools. */
    private static final int[] GIG_AGES = {30, 40, 50};

    /** The occupations each segment's customers draw from, weighted; built once, with the tables. */
    private static final class Pools {
        /** Retail customers' by age band ({@link #GIG_AGES}): gig work weighed by {@link #gigAtAge}. */
        static final Cumulative[] ANY = {retail(25), retail(35), retail(45), retail(55)};
        static final Cumulative PREMIUM = pool(o -> "salaried".equals(o.workClass()) && o.monthlyMedian() >= 20_000);
        static final Cumulative BUSINESS = pool(o -> "self_employed".equals(o.workClass())
                && !"Farming".equals(o.group()));
        static final Cumulative PRIVATE = pool(o -> !o.gig() && o.monthlyMedian() >= 50_000);
        static final Cumulative GIG = pool(InData.Occupation::gig);

        private static Cumulative pool(java.util.function.Predicate<InData.Occupation> keep) {
            return new Cumulative(java.util.Arrays.stream(InData.get().occupations)
                    .mapToDouble(o -> keep.test(o) ? o.weight() : 0).toArray());
        }

        private static Cumulative retail(int age) {
            return new Cumulative(java.util.Arrays.stream(InData.get().occupations)
                    .mapToDouble(o -> o.weight() * (o.gig() ? gigAtAge(age) : 1)).toArray());
        }
    }

    private static InData.Occupation occupation(RandomGenerator random, String segment, int age) {
        int band = 0;
        while (band < GIG_AGES.length && age >= GIG_AGES[band]) {
            band++;
        }
        Cumulative pool = switch (segment) {
            case "premium" -> Pools.PREMIUM;
            case "business" -> Pools.BUSINESS;
            case "private_banking" -> Pools.PRIVATE;
            case "gig" -> Pools.GIG;
            default -> Pools.ANY[band];
        };
        return InData.get().occupations[pool.draw(random)];
    }

    /**
     * The platforms of a gig occupation ({@code in/occupations.csv}), its own first; a student's are the
     * delivery apps and freelance marketplaces that take part-time work [chosen]; none for other work.
     */
    @Override
    public List<String> platforms(String occupation) {
        if (Job.STUDENT.equals(occupation)) {
            return STUDENT_PLATFORMS;
        }
        InData.Occupation o = occupation == null ? null : InData.get().occupationsByTitle.get(occupation);
        return o == null ? List.of() : o.platforms();
    }

    private static final List<String> STUDENT_PLATFORMS = List.of("Swiggy", "Zomato", "Blinkit", "Zepto", "Fiverr",
            "Upwork");

    /**
     * A gig worker's age: an adult's, kept in proportion to how often gig work is drawn at that age
     * ({@link #gigAtAge}): half are 27 or younger, as Gig Pulse found.
     */
    @Override
    public int gigWorkerAge(RandomGenerator random) {
        int age = adultAge(random);
        while (random.nextDouble() * GIG_YOUNG > gigAtAge(age)) {
            age = adultAge(random);
        }
        return age;
    }

    /** India's gig workers are the people in its gig occupations (and students), paid by their platforms. */
    @Override
    public boolean gigByOccupation() {
        return true;
    }

    @Override
    public Merchant purchase(RandomGenerator random) {
        return InData.get().merchants.purchase(random);
    }

    @Override
    public Merchant bill(RandomGenerator random) {
        return InData.get().merchants.bill(random);
    }

    /** Employer name patterns by group [chosen]; {@code %c} is the city, {@code %s} a surname. */
    private static String[] employers(String group) {
        return switch (group) {
            case "Healthcare" -> new String[] {"%s Hospital", "%c Medical College", "%s Nursing Home", "%s Clinic"};
            case "Educational" -> new String[] {"%c Public School", "%s Vidyalaya", "%c Municipal School",
                "%s College of Arts and Science"};
            case "Computer", "Engineering" -> new String[] {"%s Infotech Pvt Ltd", "%s Technologies Pvt Ltd",
                "%c Software Solutions Pvt Ltd", "%s Engineering Works"};
            case "Production" -> new String[] {"%s Industries Pvt Ltd", "%s Textiles", "%c Auto Components Ltd",
                "%s Steel Works"};
            case "Transportation" -> new String[] {"%s Logistics", "%s Roadways", "%c Transport Co."};
            case "Protective" -> new String[] {"%c Police", "%s Security Services Pvt Ltd", "%c Municipal Corporation"};
            case "Office" -> new String[] {"%c Municipal Corporation", "%s & Associates", "%s Trading Co.",
                "Government of %t"};
            case "Food" -> new String[] {"Hotel %s Palace", "%s Restaurant", "%c Caterers"};
            case "Business", "Management" -> new String[] {"%s Finance Ltd", "%s Group", "%s Consultants Pvt Ltd"};
            default -> new String[] {"%s Enterprises", "%s Traders", "%c Services Pvt Ltd"};
        };
    }

    @Override
    public String employer(RandomGenerator random, Home home, String group) {
        String[] patterns = employers(group);
        String name = patterns[random.nextInt(patterns.length)].replace("%c", home.city()).replace("%t", home.state());
        while (name.contains("%s")) {
            name = name.replaceFirst("%s", surname(random));
        }
        return name.length() <= 80 ? name : name.substring(0, 80);
    }

    /** Salaries in India are monthly, paid at the month's end (the Payment of Wages Act's rhythm). */
    @Override
    public String payFrequency(RandomGenerator random, String group) {
        return "monthly";
    }

    /** The Employees' Provident Fund Organisation's pension for 70% of retirees [chosen], else a state's treasury. */
    @Override
    public String pensionPayer(RandomGenerator random, Home home) {
        return random.nextDouble() < 0.7 ? "EPFO" : "Treasury " + home.state();
    }

    /** Income tax and provident fund take about 12% of a gross income [chosen: most earners pay little tax]. */
    @Override
    public double netOfGross() {
        return 0.88;
    }

    /**
     * Where remittances to India come from: RBI's survey of inward remittances (2020-21) puts the
     * United States first, then the UAE, the UK, Singapore, Saudi Arabia and the other Gulf states
     * (shares rounded, Canada and Australia [chosen]).
     */
    private static final String[] WIRE_COUNTRIES = {"US", "AE", "GB", "SG", "SA", "KW", "OM", "QA", "CA", "AU"};
    private static final Cumulative WIRE_SHARES = new Cumulative(new double[] {23, 18, 7, 6, 5, 3, 3, 3, 3, 3});

    @Override
    public String wireCountry(RandomGenerator random) {
        return WIRE_COUNTRIES[WIRE_SHARES.draw(random)];
    }

    @Override
    public BankFile bank() {
        return Bank.FILE;
    }

    /**
     * India's rails: the batch rail is NACH; a domestic high-value transfer goes by RTGS from Rs 2
     * lakh, else NEFT (a cross-border one stays a wire); a mobile payment goes by UPI up to Rs 1 lakh,
     * then IMPS up to Rs 5 lakh, then NEFT; a deposit by mobile is a cheque.
     */
    @Override
    public String channel(String rail, String type, BigDecimal amount, boolean abroad) {
        return switch (rail) {
            case "ach" -> "nach";
            case "wire" -> abroad ? "wire" : amount.compareTo(RTGS_FLOOR) >= 0 ? "rtgs" : "neft";
            case "mobile" -> "deposit".equals(type) ? "cheque" : amount.compareTo(UPI_LIMIT) <= 0 ? "upi"
                    : amount.compareTo(IMPS_LIMIT) <= 0 ? "imps" : "neft";
            default -> rail;
        };
    }

    /**
     * An internet-banking transfer to or from an account at another bank (the ledger's {@code online}
     * transfers, and the holder's own money moved in from another bank to cover a debit) goes by IMPS
     * below Rs 25,000 and by NEFT from it [chosen: between the rails' average tickets in 2023-24, IMPS
     * Rs 10,800 (6.0 billion transfers, Rs 65 lakh crore) and NEFT Rs 53,900 (7.3 billion, Rs 391 lakh
     * crore), RBI's payment system indicators]; India has no separate online rail between banks. A
     * person's transfer on the batch rail goes by NEFT, which settles in half-hourly batches; NACH
     * carries salaries, mandates and bulk credits.
     */
    @Override
    public String channel(String rail, String type, BigDecimal amount, boolean abroad, String text) {
        boolean otherBank = ("transfer_in".equals(type) || "transfer_out".equals(type))
                && RailTexts.OTHER_BANK.contains(text);
        if (otherBank && "online".equals(rail)) {
            return amount.compareTo(IMPS_ONLINE_BELOW) < 0 ? "imps" : "neft";
        }
        if (otherBank && "ach".equals(rail)) {
            return "neft";              // a person's batch transfer: NEFT settles in batches, NACH carries mandates
        }
        return channel(rail, type, amount, abroad);
    }

    /** An internet-banking transfer to another bank below this goes by IMPS, from it by NEFT [chosen]. */
    static final BigDecimal IMPS_ONLINE_BELOW = new BigDecimal("25000");

    /** Where the rails' references take their date and hour: India Standard Time. */
    private static final java.time.ZoneId IST = java.time.ZoneId.of("Asia/Kolkata");

    /**
     * The IFSC bank codes of the banks that send the NEFT and RTGS credits customers receive, which
     * put their own code at the head of the UTR: the State Bank of India, HDFC Bank, ICICI Bank, Axis
     * Bank, Punjab National Bank, Bank of Baroda, Canara Bank, Union Bank of India, Kotak Mahindra
     * Bank and Indian Bank (RBI's list of IFSCs) [chosen: ten of the largest, one per sender].
     */
    private static final String[] SENDING_BANKS = {"SBIN", "HDFC", "ICIC", "UTIB", "PUNB", "BARB", "CNRB", "UBIN",
        "KKBK", "IDIB"};

    /**
     * The ledger's texts {@link #statementText} rewrites, read from the bank's file once (on the first
     * rail transaction written) rather than for every row: a phone purchase's text before the merchant,
     * and the transfers from and to another bank.
     */
    private static final class RailTexts {
        static final String PHONE_PURCHASE = INSTANCE.text(Text.PHONE_PURCHASE, "");
        static final String FROM_OTHER_BANK = INSTANCE.text(Text.TRANSFER_FROM_OTHER_BANK);
        static final String TO_OTHER_BANK = INSTANCE.text(Text.TRANSFER_TO_OTHER_BANK);
        /** What the holder moves in from their account at another bank to cover a debit. */
        static final java.util.Set<String> COVERS = java.util.Set.of(INSTANCE.text(Text.COVER_LOAN_CLOSING),
                INSTANCE.text(Text.COVER_LOAN_REPAYMENT), INSTANCE.text(Text.COVER_INSURANCE_PREMIUM));
        /** Every text of a transfer to or from an account at another bank, which internet banking sends on a rail. */
        static final java.util.Set<String> OTHER_BANK = with(COVERS, TO_OTHER_BANK, FROM_OTHER_BANK);
        /**
         * The credits and the debits printed in their rail's form: transfers from and to another bank, the
         * holder's covers, and a high-value transfer's texts (a domestic one goes by RTGS or NEFT).
         */
        static final java.util.Set<String> CREDITS = with(COVERS, FROM_OTHER_BANK, INSTANCE.text(Text.WIRE_IN));
        static final java.util.Set<String> DEBITS = java.util.Set.of(TO_OTHER_BANK, INSTANCE.text(Text.WIRE_OUT));

        private static java.util.Set<String> with(java.util.Set<String> set, String... more) {
            return java.util.stream.Stream.concat(set.stream(), java.util.Arrays.stream(more))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    /**
     * A transfer to or from an account at another bank (the holder's own money moved in to cover a debit,
     * and a domestic high-value transfer, among them), or a purchase paid from a phone, as Indian banks
     * print it on its rail: UPI and IMPS with the retrieval reference number, NEFT and RTGS with the UTR,
     * then the other side's name or the merchant: {@code UPI/DR/527314123456/Ravi Kumar},
     * {@code UPI/P2M/527314123457/Swiggy}, {@code IMPS/CR/…}, {@code NEFT DR-DHUBN52731234567-…},
     * {@code RTGS CR-SBINRC2025093012345678-…} (a phone purchase above the UPI limit goes by IMPS or NEFT,
     * and is printed so). Every other text, and a transfer on another channel, is the ledger's. The
     * references are made from the transaction's number and its posting time in IST (see
     * {@link IndianIds#rrn}, {@link IndianIds#neftUtr} and {@link IndianIds#rtgsUtr}); the sender's bank
     * code of a credit is one of {@link #SENDING_BANKS}, the same for every credit from one payer.
     */
    @Override
    public String statementText(String text, String channel, boolean credit, java.time.OffsetDateTime at, long id,
            String party) {
        if (!channel.equals("upi") && !channel.equals("imps") && !channel.equals("neft") && !channel.equals("rtgs")) {
            return text;
        }
        String phonePurchase = RailTexts.PHONE_PURCHASE;
        boolean purchase = !credit && text.startsWith(phonePurchase);
        if (!purchase && !(credit ? RailTexts.CREDITS : RailTexts.DEBITS).contains(text)) {
            return text;
        }
        java.time.LocalDateTime local = at.atZoneSameInstant(IST).toLocalDateTime();
        String side = credit ? "CR" : "DR";
        String tag = purchase ? "P2M" : side;
        String name = purchase ? text.substring(phonePurchase.length()) : party == null ? "NA" : party;
        String bank = credit ? SENDING_BANKS[Math.floorMod(name.hashCode(), SENDING_BANKS.length)] : IFSC_BANK;
        return switch (channel) {
            case "upi" -> "UPI/" + tag + "/" + IndianIds.rrn(local, id) + "/" + name;
            case "imps" -> "IMPS/" + tag + "/" + IndianIds.rrn(local, id) + "/" + name;
            case "neft" -> "NEFT " + side + "-" + IndianIds.neftUtr(bank, local.toLocalDate(), id) + "-" + name;
            default -> "RTGS " + side + "-" + IndianIds.rtgsUtr(bank, local.toLocalDate(), id) + "-" + name;
        };
    }

    /**
     * Closed across India on weekdays: Republic Day (26 January), Independence Day (15 August) and
     * Gandhi Jayanti (2 October), the national holidays of the Negotiable Instruments Act's notification;
     * and 25 December and 1 April (the annual closing of accounts), declared by nearly every state
     * [chosen]. Festival days follow lunar calendars and differ by state: they are left out. The
     * second and fourth Saturdays are closed too (from September 2015), but Saturdays carry no
     * interbank postings here, as in every market.
     */
    @Override
    public boolean bankHoliday(LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        boolean national = (m == 1 && d == 26 && day.getYear() >= 1950) || (m == 8 && d == 15) || (m == 10 && d == 2);
        boolean common = (m == 12 && d == 25) || (m == 4 && d == 1);
        boolean saturday = day.getDayOfWeek() == DayOfWeek.SATURDAY && !day.isBefore(LocalDate.of(2015, 9, 1))
                && ((d - 1) / 7 == 1 || (d - 1) / 7 == 3);
        return national || common || saturday;
    }

    /**
     * Subscriptions cost about ten times their dollar price in rupees (Spotify Rs 119 against $11.99,
     * YouTube Premium Rs 149 against $13.99, Netflix and Prime nearer twenty), well under the price
     * level: a subscription-heavy customer's budget of $100-400 a month is Rs 1,000-4,000 [chosen].
     */
    static final double SUBSCRIPTION_PRICE_LEVEL = 10.0;

    @Override
    public double subscriptionPriceLevel() {
        return SUBSCRIPTION_PRICE_LEVEL;
    }

    /**
     * India's default mix (the profiles' reference, profiles-markets.md §4) [chosen]: retail balanced 30,
     * stable income 20, variable income 15, savings builders 10, high debt 8, high bounce 5,
     * subscriptions 5, overspenders 5, high utilisation 2 (few Indians revolve on cards); business as
     * the US market's but seasonal 12 and balanced 38; gig workers as everywhere.
     */
    @Override
    public String defaultProfileMix() {
        return "retail:balanced=30,retail:stable_income=20,retail:variable_income=15,retail:savings_builder=10,"
                + "retail:high_debt=8,retail:high_bounce=5,retail:subscription_heavy=5,retail:overspender=5,"
                + "retail:high_utilization=2,business:balanced=38,business:stable_income=15,business:seasonal=12,"
                + "business:growing=10,business:declining=8,business:high_debt=7,business:high_bounce=5,"
                + "business:customer_concentration=5";
    }

    /**
     * Periodic updation of KYC (RBI's Master Direction on KYC, 2016, s.38): at least once every two
     * years for customers of high risk, every eight for medium risk and every ten for low risk.
     */
    @Override
    public java.util.Map<String, Integer> kycReviewMonths() {
        return java.util.Map.of("high", 24, "medium", 96, "low", 120);
    }

    @Override
    public int salaryMin() {
        return SALARY_MIN;
    }

    @Override
    public int salaryMax() {
        return SALARY_MAX;
    }

    @Override
    public double priceLevel() {
        return PRICE_LEVEL;
    }
}
