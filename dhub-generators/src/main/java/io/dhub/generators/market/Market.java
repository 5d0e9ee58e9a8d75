package io.dhub.generators.market;

import java.time.LocalDate;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Everything that depends on the country the bank is in: the formats of its identifiers, its
 * currency, the dictionaries its people's names and addresses come from, and the scale of incomes,
 * salaries, staff pay and loans. The generators ask the run's market; they hold no country's facts themselves.
 * The United States ({@link UsMarket}) is the only market for now. A market's bank (texts, fees,
 * thresholds, the catalogues of firms) is data in its resource folder ({@link BankFile}).
 *
 * <p>A market's identifier formats must be injective on the index spaces the id space declares
 * ({@link io.dhub.generators.ids.IdSpace}): distinct indexes below its phone and tax-id sizes give
 * distinct values.
 */
public interface Market {
    /** Reads the market's reference tables now rather than on first use (they are read once per process). */
    void load();

    /** Short name, as a user would type it ({@code --market us}). */
    String code();

    /** The country's name, as help and messages give it. */
    String name();

    /** ISO 3166-1 alpha-2 code written with each address. */
    String country();

    /** ISO 4217 code of the accounts' currency. */
    String currency();

    /** The locale of the market's language and formats. */
    Locale locale();

    /**
     * An amount of money as the market writes it in a text (a note, a narrative): its currency sign
     * and grouping, rounded half up to the cent from the amount's shortest decimal form.
     */
    String money(double amount);

    /** The same for an amount in cents or with more places (it has the double's shortest decimal). */
    default String money(java.math.BigDecimal amount) {
        return money(amount.doubleValue());
    }

    /**
     * A staff member's or guarantor's phone number, unique for each index in the id space's phone
     * space from {@link io.dhub.generators.ids.IdSpace#GUARANTOR_PHONE_BASE} up.
     */
    String phone(long index);

    /**
     * A customer's phone number in the area code of the home, unique for each customer index below
     * {@link io.dhub.generators.ids.IdSpace#MAX_CUSTOMERS} whatever the area codes.
     */
    String phone(long index, String areaCode);

    /**
     * The identity documents customers open accounts with, each with its share and validity, in the
     * order they are drawn.
     */
    java.util.List<IdentityDocument> identityDocuments();

    /**
     * A KYC document's number in the market's format for its type (an identity document of
     * {@link #identityDocuments()}, or a proof of address: {@code utility_bill}, {@code bank_statement}),
     * from a value below 10^9 that is unique per document: distinct values give distinct numbers.
     */
    String documentNumber(String type, long value);

    /**
     * A KYC document as submitted: its id (customer × 8 + index), its customer's id and state, the local
     * time it was submitted, the day it expires (null for a proof of address), and the identifiers the bank
     * keeps for the customer ({@link #registrations}).
     */
    record Submission(long documentId, long customerId, String state, java.time.LocalDateTime local,
                      java.time.LocalDate expiry, java.util.List<Registration> kept) {
    }

    /**
     * The number of a KYC document where its form needs more than the value ({@link #documentNumber(String,
     * long)} by default): in India an Aadhaar shown by offline e-KYC is numbered by its reference id.
     */
    default String documentNumber(String type, long value, Submission submission) {
        return documentNumber(type, value);
    }

    /**
     * How many numbers the market's form of a document type holds: the values given to {@link
     * #documentNumber} are an affine bijection of the document ids within it (10^9 by default; an
     * Indian passport's form holds 186.3 million).
     */
    default long documentSpace(String type) {
        return 1_000_000_000L;
    }

    /**
     * The identity document a customer shows on {@code day} who drew {@code drawn}, given the identifiers
     * the bank keeps for them: the one drawn by default; in India a customer whose masked Aadhaar the bank
     * does not keep by that day shows a voter's card instead of Aadhaar.
     */
    default String identityDocument(String drawn, java.util.List<Registration> kept, java.time.LocalDate day) {
        return drawn;
    }

    /** A tax identifier, unique for each index of the id space's tax-id space. */
    String taxId(long index);

    /** The same for a person of that surname, where the market's tax ids carry the name (by default they do not). */
    default String taxId(long index, String surname) {
        return taxId(index);
    }

    /**
     * Whether a customer of this year's income (whole units of the market's currency) and segment
     * opened their accounts without a tax id, declaring on the market's form that they hold none
     * (India's Form 60); never by default. {@code random} supplies the customer's own stream for the
     * draw, asked for only where the market may say yes.
     */
    default boolean withoutTaxId(long annualIncome, String segment,
            java.util.function.Supplier<RandomGenerator> random) {
        return false;
    }

    /**
     * The identifiers the market's bank keeps for this customer beside the tax id (none by default),
     * each recorded on or before the as-of date and before its first use; {@code random} is the
     * customer's own stream for them.
     */
    default java.util.List<Registration> registrations(Holder holder, RandomGenerator random) {
        return java.util.List.of();
    }

    /**
     * The platforms that pay a gig worker of this occupation, those of its own work first; none when the
     * occupation is not platform work. By default the market names no gig occupations: a worker without
     * steady pay may work for any platform of its catalogue.
     */
    default java.util.List<String> platforms(String occupation) {
        return catalogue(Catalogue.PLATFORMS);
    }

    /** The age of a gig worker of a gig bank ({@code --earners gig}): by default any adult's. */
    default int gigWorkerAge(RandomGenerator random) {
        return adultAge(random);
    }

    /**
     * Whether the market's gig workers are the people in its gig occupations ({@link #platforms}), who
     * draw no steady pay; by default they are the workers without steady pay, whatever their work.
     */
    default boolean gigByOccupation() {
        return false;
    }

    /**
     * How often a gig platform of the market's catalogue pays its workers: {@code weekly} (the default),
     * {@code daily}, or {@code milestone} (a freelance marketplace releasing payment for finished work,
     * twice a month here).
     */
    default String payoutCadence(String platform) {
        return "weekly";
    }

    /**
     * The share of purchases in a shop that are paid from a phone on the market's phone rail rather
     * than by card at the till: none by default (US shops take cards).
     */
    default double phonePaidInShops() {
        return 0;
    }

    /**
     * A credit score of the rules' scale (300-850, FICO's) as the market's credit bureaus report it: the
     * same by default.
     */
    default int bureauScore(int score) {
        return score;
    }

    /**
     * The range of an account type's yearly interest in hundredths of a percent, {@code {lowest, highest}},
     * where the market's banks pay apart from the rules' ranges ({@code checking}, {@code savings},
     * {@code money_market}, {@code certificate_of_deposit}, {@code business_checking}); null for the rules'.
     */
    default int[] depositRates(String accountType) {
        return null;
    }

    /**
     * The range of a loan product's yearly rate in percent, {@code {lowest, highest}}, where the market
     * prices it apart from the specification's ranges ({@code mortgage}, {@code personal}, {@code auto},
     * {@code business}, {@code education}); null for the specification's.
     */
    default double[] loanRates(String loanType) {
        return null;
    }

    /**
     * The day a suspicious activity report falls due, from the review that escalated its alerts:
     * FinCEN's 30 calendar days, or 60 when no suspect is identified (31 CFR 1020.320(b)(3)).
     */
    default java.time.LocalDate suspiciousReportDue(java.time.LocalDate review, boolean suspect) {
        return review.plusDays(suspect ? 30 : 60);
    }

    /** The letters a suspicious activity report's number starts with: SAR in the US. */
    default String suspiciousReportPrefix() {
        return "SAR";
    }

    /**
     * A loan product the market's banks lend only to applicants who earn at least {@code minIncome} a
     * year, in the market's money: an applicant below it who would apply for {@code product} applies
     * for {@code fallback} instead. {@code shareUnder} [measured] is the share of the applicants who
     * draw such a product that earn less than {@code minIncome}, from which the lender draws the
     * products so that the market's mix holds after the redirection.
     */
    record LoanFloor(String product, double minIncome, String fallback, double shareUnder) {
    }

    /**
     * The market's income floors, applied in this order (a redirected applicant meets the next floor of
     * the product redirected to); none by default (the specification has none).
     */
    default java.util.List<LoanFloor> loanFloors() {
        return java.util.List.of();
    }

    /**
     * The least principal the market's banks lend for a product, in the market's money; 0 where the
     * product's own least sum holds ($1,000 at the price level).
     */
    default long loanMinimum(String loanType) {
        return 0;
    }

    /**
     * [measured] The share of the market's loan applicants who are business customers, from which the
     * lender gives business loans mostly to them and the rest to sole traders of the other segments so
     * that the mix holds; 0 for the business segment's share of customers (the US: 10%, against 10.6%
     * of applicants measured, well within the mix's interval at scale 100).
     */
    default double businessApplicantShare() {
        return 0;
    }

    /**
     * A loan product as the market's statements name it ({@code mortgage}, {@code two_wheeler}, …): by
     * default its code.
     */
    default String loanName(String loanType) {
        return loanType;
    }

    /**
     * The market's mix of loan applications by product code, in drawing order, where it differs from
     * the specification's (mortgage 35%, personal 30%, auto 20%, business 10%, education 5%); null
     * for the specification's. A market may add products of its own ({@code two_wheeler}, {@code gold}).
     */
    default java.util.List<java.util.Map.Entry<String, Double>> loanMix() {
        return null;
    }

    /**
     * The account_type the bank stores for an account of this role (the rules' codes: checking,
     * savings, money_market, certificate_of_deposit, business_checking): by default the role itself.
     */
    default String accountTypeName(String role) {
        return role;
    }

    /** How a customer names an account of this role when they talk to the bank. */
    default String accountName(String role) {
        return switch (role) {
            case "checking" -> "checking account";
            case "savings" -> "savings account";
            case "money_market" -> "money market account";
            case "certificate_of_deposit" -> "CD";
            default -> "business account";
        };
    }

    /**
     * The market's mix of account roles, in drawing order, where its banks' products differ from the
     * specification's (checking 50%, savings 30%, money market 10%, certificates of deposit 5%,
     * business checking 5%); null for the specification's.
     */
    default java.util.List<java.util.Map.Entry<String, Double>> accountMix() {
        return null;
    }

    /** The share of a mix (a market's {@link #accountMix}) taken by the values that pass {@code which}. */
    static double share(java.util.List<java.util.Map.Entry<String, Double>> mix,
                        java.util.function.Predicate<String> which) {
        double all = mix.stream().mapToDouble(java.util.Map.Entry::getValue).sum();
        return mix.stream().filter(e -> which.test(e.getKey())).mapToDouble(java.util.Map.Entry::getValue).sum() / all;
    }

    /**
     * The hours a branch serves customers, local time: opening and closing hour on weekdays, then on the
     * Saturdays it opens; by default 9:00-17:00 and 9:00-12:00.
     */
    default int[] branchHours() {
        return new int[] {9, 17, 9, 12};
    }

    /** The role of the account a customer saves in besides the main one: savings, by default. */
    default String savingsRole() {
        return "savings";
    }

    /**
     * The genders the bank records (the schema's codes: female, male, non_binary, undisclosed) with their
     * weights, in drawing order, where the market's forms differ from the rules' mix; null for the rules'.
     */
    default java.util.List<java.util.Map.Entry<String, Double>> genderMix() {
        return null;
    }

    /**
     * The largest share of gross monthly income all of a borrower's loan payments may take: the
     * CFPB's 43% debt-to-income ratio by default.
     */
    default double maxDebtToIncome() {
        return 0.43;
    }

    /**
     * Whether cash reports count a customer's cash of a calendar month (India's FIU-IND: cash above the
     * threshold in a month, alone or integrally connected, reported by the 15th of the next month)
     * rather than of one day (the US's currency transaction report).
     */
    default boolean monthlyCashReports() {
        return false;
    }

    /**
     * The channels, as the market names its rails, whose first day in a customer's ledger
     * {@link #registrations} reads ({@link Holder#firstByChannel}); none by default.
     */
    default java.util.Set<String> firstUseChannels() {
        return java.util.Set.of();
    }

    /**
     * The codes payment systems route to the branch of that number (1 for the first) by, as
     * {@link Registration}s whose type is the scheme (none by default).
     */
    default java.util.List<Registration> branchCodes(int number, LocalDate opened) {
        return java.util.List.of();
    }

    /** An adult's age in whole years, drawn from the country's adult population (18 and over). */
    int adultAge(RandomGenerator random);

    /** The share of adults younger than {@code age}. */
    double adultShareUnder(int age);

    /** A first name for a person of that sex born in that year, drawn by how often it was given then. */
    String firstName(RandomGenerator random, boolean female, int birthYear);

    /** A surname, drawn by how many people carry it. */
    String surname(RandomGenerator random);

    /** A home in a city drawn by population, with one of its ZIP codes, its area code and time zone. */
    Home home(RandomGenerator random);

    /**
     * Where a bank's branches stand: that many distinct large cities drawn by population (so branches
     * are where most people live), each with a street address, largest city first.
     */
    java.util.List<Home> branchSites(RandomGenerator random, int count);

    /**
     * What a customer of this age and segment does and earns: income rises with age and occupation,
     * most people retire in their sixties, and some young adults study. In a market whose gig workers
     * are those of its gig occupations ({@link #gigByOccupation()}), segment {@code gig} draws one of them.
     */
    Job job(RandomGenerator random, int age, String segment);

    /** A merchant category of card purchases (in person or online), drawn by its share of card transactions. */
    Merchant purchase(RandomGenerator random);

    /** A merchant category of recurring bills (utilities, telecoms, insurance, rent, subscriptions), by share. */
    Merchant bill(RandomGenerator random);

    /** An employer for a worker of that occupation group in that city: a plausible, invented name. */
    String employer(RandomGenerator random, Home home, String group);

    /**
     * How often a worker of that occupation group is paid: {@code weekly}, {@code biweekly},
     * {@code semimonthly} or {@code monthly}.
     */
    String payFrequency(RandomGenerator random, String group);

    /** Who pays a retiree of that home their pension: a public scheme or a named fund (an invented name). */
    String pensionPayer(RandomGenerator random, Home home);

    /** Net pay as a share of gross income, after income and payroll taxes (an estimate for the market). */
    double netOfGross();

    /**
     * The country an international wire of a customer of this market goes to or comes from, drawn by
     * the share of the market's remittances (ISO 3166 alpha-2).
     */
    String wireCountry(RandomGenerator random);

    /**
     * The market's bank as data: its statement texts, price list and thresholds, and the catalogues
     * of firms its customers deal with ({@link BankFile}, read from the market's resource folder).
     */
    BankFile bank();

    /** A text of the market's bank ({@link Text}), without blanks. */
    default String text(Text text) {
        return bank().text(text);
    }

    /** A text of the market's bank with its one blank filled. */
    default String text(Text text, String blank) {
        return bank().text(text, blank);
    }

    /** A text of the market's bank with its two blanks filled, in order. */
    default String text(Text text, String first, String second) {
        return bank().text(text, first, second);
    }

    /** An amount the market's rules or price lists fix, in cents ({@link Amount}). */
    default long cents(Amount amount) {
        return bank().cents(amount);
    }

    /** A catalogue of the market's names ({@link Catalogue}), in its file's order. */
    default java.util.List<String> catalogue(Catalogue catalogue) {
        return bank().catalogue(catalogue);
    }

    /**
     * The channel a transaction is written with. The generators speak the specification's channels
     * ({@code atm}, {@code branch}, {@code online}, {@code mobile}, {@code pos}, {@code ach} for the
     * batch rail, {@code wire} for high-value transfers, {@code system} for the bank's own postings);
     * a market names its own rails, and may choose by the transaction's type, its amount (a rail with
     * a floor or a ceiling) and whether the other side is abroad.
     */
    String channel(String rail, String type, java.math.BigDecimal amount, boolean abroad);

    /**
     * The same, knowing the ledger's statement {@code text}: a market whose internet banking sends a
     * transfer to or from another bank on a rail of its own tells such a transfer by its text. By
     * default the channel of {@link #channel(String, String, java.math.BigDecimal, boolean)}.
     */
    default String channel(String rail, String type, java.math.BigDecimal amount, boolean abroad, String text) {
        return channel(rail, type, amount, abroad);
    }

    /**
     * The statement text a transaction is written with, once its channel is the market's
     * ({@link #channel}): by default the ledger's {@code text}. A market may write a transfer to or
     * from an account at another bank as its banks print it on the rail it went by, with the rail's
     * reference (made from the transaction's {@code id} and local posting time {@code at}) and the
     * other side's name ({@code party}, or null).
     */
    default String statementText(String text, String channel, boolean credit, java.time.OffsetDateTime at, long id,
            String party) {
        return text;
    }

    /** Whether banks are closed that weekday (a bank holiday; weekends are not listed). */
    boolean bankHoliday(LocalDate day);

    /** Whether money moves between banks that day: Monday to Friday, not a bank holiday. */
    default boolean bankingDay(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5 && !bankHoliday(day);
    }

    /** The range of one salary payment booked in the ledger, in the currency (whole units). */
    int salaryMin();

    int salaryMax();

    /**
     * What the dollar amounts written in the rules (staff salary bands in {@code Role}, loan sizes
     * in {@code LoanType}) are multiplied by to give this market's amounts, in its currency and at
     * its prices.
     */
    double priceLevel();

    /**
     * The months between a customer's periodic KYC reviews by risk rating ({@code high}, {@code medium},
     * {@code low}) where the market's regulator sets them; null for the rules' own cycle.
     */
    default java.util.Map<String, Integer> kycReviewMonths() {
        return null;
    }

    /**
     * The weights {@code --profiles default} takes in this market, as the option writes them
     * ({@code balanced=30,…}, {@code business:seasonal=12,…}), for the classes of earner it weighs; null
     * for the built-in defaults (docs/profiles.md).
     */
    default String defaultProfileMix() {
        return null;
    }

    /**
     * The market's own insurance (motor under its tariff, health in its steps, government schemes), or
     * null where the rules' lines serve (the specification's US covers).
     */
    default InsuranceTerms insuranceTerms() {
        return null;
    }

    /**
     * A business customer's enterprise as the market registers it (India: constitution, the entity's PAN,
     * NIC class, Udyam), drawn from {@code random}; null where the market registers none (the US).
     *
     * @param index     the customer's index (the entity's PAN is a bijection of it)
     * @param ownerPan  the owner's tax id (a proprietorship is taxed under it), or null
     * @param surname   the owner's surname, which names the firm
     * @param state     the state of the owner's address, where the business is registered
     * @param city      the city of that address
     * @param since     the day the business became a customer
     * @param born      the owner's date of birth
     */
    default Business business(long index, String ownerPan, String surname, String state, String city, LocalDate since,
                              LocalDate born, LocalDate asOf, java.util.random.RandomGenerator random) {
        return null;
    }

    /** The code the market's tax authority gives a state (India: its GST state code); null where none. */
    default String stateCode(String state) {
        return null;
    }

    /**
     * The MSME class (micro, small or medium) of an enterprise with this investment and annual turnover
     * under the thresholds in force on the day, or null for one above them (or where the market has none).
     */
    default String msmeClass(LocalDate day, long investmentCents, long turnoverCents) {
        return null;
    }

    /** The largest annual turnover (cents) at which a business may file GST returns quarterly; 0 where none. */
    default long quarterlyFilingLimit() {
        return 0;
    }

    /**
     * The market's terms for recurring deposits and the terms of its fixed deposits, or null where its
     * banks sell no recurring deposit (the specification's accounts: a certificate of deposit has no
     * stored term).
     */
    default DepositTerms depositTerms() {
        return null;
    }

    /** How a line of insurance (its stored code: auto, home…) is named on a statement: by default its code. */
    default String insuranceLineName(String code) {
        return code;
    }

    /**
     * The same for the prices of subscriptions (streaming, software, clubs), which follow the
     * services' price lists rather than the country's price level; by default the price level.
     */
    default double subscriptionPriceLevel() {
        return priceLevel();
    }

    /**
     * A round sum near the amount, in cents: snapped to 1, 2 or 5 times a power of ten (nearest on a
     * log scale), so that a sum of the rules' dollars times the price level looks round in every
     * market's money.
     */
    static long roundCents(double cents) {
        double power = Math.pow(10, Math.floor(Math.log10(cents)));
        double best = power;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (Math.abs(Math.log(m * power / cents)) < Math.abs(Math.log(best / cents))) {
                best = m * power;
            }
        }
        return Math.round(best);
    }
}
