package io.dhub.generators.api;

import io.dhub.generators.ids.IdSpace;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.Markets;
import io.dhub.generators.market.UsMarket;
import io.dhub.generators.profiles.Profile;
import io.dhub.generators.profiles.ProfileMix;
import io.dhub.schema.DhubException;
import io.dhub.schema.connect.RetryPolicy;
import java.time.LocalDate;

/**
 * Everything a seed run depends on. Two runs with equal settings (threads aside) write identical
 * data. The as-of date is an input: generation never reads the clock.
 *
 * @param seed       master seed
 * @param asOf       the "today" of the data: no event is dated after it
 * @param scale      multiplier of the base sizes (150 employees, 1,200 customers)
 * @param customers  customer count override, or 0 to follow the scale
 * @param employees  employee count override, or 0 to follow the scale
 * @param threads    generation threads (does not change the data)
 * @param retry      how failed steps are retried (does not change the data)
 * @param market     the country the bank is in: formats, currency, dictionaries and money scales
 * @param historyMonths how many months before the as-of date each account's ledger covers, or 0 for
 *                   the specification's density (10-20 own transactions per account, over a window
 *                   that depends on the account's kind)
 * @param amlCases   laundering cases injected per 1,000 customers (with two benign look-alikes per
 *                   block of customers, {@link #amlBlock()});
 *                   {@link #DEFAULT_AML_CASES} by default, 0 for none
 * @param profiles   the behaviour profiles drawn
 * @param earners    who the customers are: {@code all} (the specification's mix of retail, business and
 *                   gig customers) or {@code gig} (a gig bank: every customer a gig worker, in a market
 *                   whose gig workers are those of its gig occupations)
 */
public record RunSettings(long seed, LocalDate asOf, double scale, long customers, long employees, int threads,
                          RetryPolicy retry, Market market, int historyMonths, double amlCases,
                          ProfileMix profiles, String earners) {
    public static final long DEFAULT_SEED = 20_240_601L;
    public static final long BASE_EMPLOYEES = 150;
    public static final long BASE_CUSTOMERS = 1_200;

    /** The most customers the id space holds ({@link IdSpace}: guarantors' phones end below the staff block). */
    public static final long MAX_CUSTOMERS = IdSpace.MAX_CUSTOMERS;
    /** The most employees one run holds: the staff table is kept in memory (about 70 bytes each). */
    public static final long MAX_EMPLOYEES = 1_000_000L;
    /** The largest scale whose sizes fit both limits (150 × 6,666 = 999,900 employees). */
    public static final double MAX_SCALE = 6_666;
    /** The window of as-of dates: every date the rules derive (births, maturities) stays a valid date. */
    public static final LocalDate MIN_AS_OF = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_AS_OF = LocalDate.of(2200, 12, 31);
    /** The longest ledger history: an account's transaction id block holds about 4,000 transactions. */
    public static final int MAX_HISTORY_MONTHS = 120;
    /**
     * One laundering case per 1,200 customers: about 0.1% of transactions illicit at scale 10, as in
     * IBM's AMLworld HI-Small benchmark (0.102%; its LI sets 0.051%), where one per 120 gave 0.92%.
     */
    public static final double DEFAULT_AML_CASES = 1_000.0 / 1_200;
    /** The largest block of customers a laundering case draws its accounts from. */
    public static final int MAX_AML_BLOCK = 120;
    /** At most one case per 10 customers: a case draws its accounts from its block of customers. */
    public static final double MAX_AML_CASES = 100;
    /** More threads than this only adds memory: generation is bound by the cores. */
    public static final int MAX_THREADS = 256;

    /** Settings for the United States, the only market so far. */
    public RunSettings(long seed, LocalDate asOf, double scale, long customers, long employees, int threads,
                       RetryPolicy retry) {
        this(seed, asOf, scale, customers, employees, threads, retry, UsMarket.INSTANCE, 0, DEFAULT_AML_CASES,
                ProfileMix.NONE, ALL_EARNERS);
    }

    /** The same settings with ledgers covering that many months before the as-of date (0: the default density). */
    public RunSettings withHistoryMonths(int months) {
        return new RunSettings(seed, asOf, scale, customers, employees, threads, retry, market, months, amlCases,
                profiles, earners);
    }

    /** The same settings in that market. */
    public RunSettings withMarket(Market in) {
        return new RunSettings(seed, asOf, scale, customers, employees, threads, retry, in, historyMonths, amlCases,
                profiles, earners);
    }

    /** The same settings in the market of that code ({@code --market}; the default market when null). */
    public RunSettings withMarket(String code) {
        return withMarket(code == null ? Markets.byDefault() : Markets.byCode(code));
    }

    /** The same settings with that many laundering cases per 1,000 customers. */
    public RunSettings withAmlCases(double perThousand) {
        return new RunSettings(seed, asOf, scale, customers, employees, threads, retry, market, historyMonths,
                perThousand, profiles, earners);
    }

    /**
     * The same settings with that profile mix. With profiles on, ledgers hold
     * {@link #PROFILE_HISTORY_MONTHS} months unless {@code --history-months} says otherwise: the
     * profiles' metrics read two years.
     */
    public RunSettings withProfiles(ProfileMix mix) {
        return new RunSettings(seed, asOf, scale, customers, employees, threads, retry, market, historyMonths,
                amlCases, mix, earners);
    }

    /** Every kind of customer, in the specification's mix ({@code --earners all}, the default). */
    public static final String ALL_EARNERS = "all";
    /** A gig bank: every customer a gig worker ({@code --earners gig}). */
    public static final String GIG_EARNERS = "gig";

    /** The same settings with these customers ({@code --earners}: all, or gig; the default when null). */
    public RunSettings withEarners(String option) {
        String key = option == null ? ALL_EARNERS : option.trim().toLowerCase(java.util.Locale.ROOT);
        return new RunSettings(seed, asOf, scale, customers, employees, threads, retry, market, historyMonths,
                amlCases, profiles, key);
    }

    /** Whether every customer is a gig worker ({@code --earners gig}). */
    public boolean gigOnly() {
        return GIG_EARNERS.equals(earners);
    }

    /** The same settings with the profile mix that option value ({@code --profiles}) names. */
    public RunSettings withProfiles(String option) {
        return withProfiles(ProfileMix.parse(option));
    }

    /**
     * The same settings with customer {@code customer} given profile {@code key} whatever the mix
     * draws for them, or, with {@code null}, left to the mix's draw.
     */
    public RunSettings withAssignedProfile(long customer, String key) {
        return withProfiles(profiles.withAssigned(customer, key == null ? null : Profile.byKey(profileKey(key))));
    }

    /**
     * A profile's key as users may type it (any case, spaces around), checked: the key, or one
     * line naming the profiles.
     */
    public static String profileKey(String typed) {
        String key = typed.trim().toLowerCase(java.util.Locale.ROOT);
        if (Profile.byKey(key) == null) {
            throw DhubException.usage("--profile: unknown profile '" + typed + "'; the profiles are "
                    + java.util.Arrays.stream(Profile.values()).map(Profile::key)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return key;
    }

    /** Months of ledger history with profiles on, unless given: TTM growth compares two full years. */
    public static final int PROFILE_HISTORY_MONTHS = 24;

    /** The months every ledger covers: the option's, or with profiles on and none given, two years; 0 for the default density. */
    public int ledgerMonths() {
        return historyMonths == 0 && profiles.on() ? PROFILE_HISTORY_MONTHS : historyMonths;
    }

    /**
     * The customers per block of the laundering book (two look-alikes each, and room for one case):
     * 1,000 over the cases per 1,000 customers, rounded, and at most {@link #MAX_AML_BLOCK}; 0 when
     * no case is injected.
     */
    public int amlBlock() {
        return amlCases == 0 ? 0 : (int) Math.min(MAX_AML_BLOCK, Math.round(1_000 / amlCases));
    }

    /**
     * The share of blocks that hold a laundering case: 1 down to one case per 120 customers, fewer
     * below (one block in ten at the default density), spread evenly over the customers.
     */
    public double amlShare() {
        return amlCases == 0 ? 0 : Math.min(1, amlCases * amlBlock() / 1_000);
    }

    /**
     * Validates every setting against what dhub can hold, before anything is touched: each
     * refusal is one line naming the limit (exit 2).
     */
    public RunSettings {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw DhubException.usage("--scale must be a positive finite number, not " + scale);
        }
        if (scale > MAX_SCALE) {
            throw DhubException.usage("--scale " + plain(scale) + " is above the largest scale dhub holds, "
                    + plain(MAX_SCALE) + " (" + count(MAX_EMPLOYEES) + " employees and " + count(MAX_CUSTOMERS)
                    + " customers at most): choose a smaller scale");
        }
        if (customers < 0 || employees < 0) {
            throw DhubException.usage("--customers and --employees must be at least 1");
        }
        if (customers > MAX_CUSTOMERS) {
            throw DhubException.usage("--customers " + count(customers) + " is above the " + count(MAX_CUSTOMERS)
                    + " customers dhub's id space holds: choose a smaller count");
        }
        if (employees > MAX_EMPLOYEES) {
            throw DhubException.usage("--employees " + count(employees) + " is above the " + count(MAX_EMPLOYEES)
                    + " employees one run holds: choose a smaller count");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw DhubException.usage("--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
        if (historyMonths < 0 || historyMonths > MAX_HISTORY_MONTHS) {
            throw DhubException.usage("--history-months must be between 1 and " + MAX_HISTORY_MONTHS + ", not "
                    + historyMonths);
        }
        if (!(amlCases >= 0) || amlCases > MAX_AML_CASES) {
            throw DhubException.usage("--aml-cases must be between 0 and " + plain(MAX_AML_CASES) + " cases per 1,000 "
                    + "customers, not " + plain(amlCases));
        }
        if (profiles == null) {
            throw DhubException.usage("a profile mix is needed (--profiles none for none)");
        }
        if (market != null) {
            // --profiles default takes the market's own mix where it has one
            profiles = profiles.inMarket(market.defaultProfileMix());
        }
        if (earners == null) {
            earners = ALL_EARNERS;
        }
        if (!earners.equals(ALL_EARNERS) && !earners.equals(GIG_EARNERS)) {
            throw DhubException.usage("--earners must be all or gig, not '" + earners + "'");
        }
        if (earners.equals(GIG_EARNERS) && market != null && !market.gigByOccupation()) {
            throw DhubException.usage("--earners gig needs a market whose gig workers do gig work (--market in); in "
                    + "the " + market.code() + " market gig workers are the workers without steady pay, whatever "
                    + "their occupation");
        }
        if (retry == null) {
            throw DhubException.usage("a retry policy is needed");
        }
        if (asOf == null) {
            throw DhubException.usage("an as-of date is needed");
        }
        if (asOf.isBefore(MIN_AS_OF) || asOf.isAfter(MAX_AS_OF)) {
            throw DhubException.usage("--as-of " + asOf + " is outside the dates dhub generates for, " + MIN_AS_OF
                    + " to " + MAX_AS_OF + ": choose a date in that window");
        }
        long effectiveCustomers = customers > 0 ? customers : scaled(BASE_CUSTOMERS, scale);
        long effectiveEmployees = employees > 0 ? employees : scaled(BASE_EMPLOYEES, scale);
        if (effectiveCustomers > MAX_CUSTOMERS || effectiveEmployees > MAX_EMPLOYEES) {
            throw DhubException.usage("--scale " + plain(scale) + " gives " + count(effectiveEmployees)
                    + " employees and " + count(effectiveCustomers) + " customers, above dhub's limits ("
                    + count(MAX_EMPLOYEES) + " and " + count(MAX_CUSTOMERS) + "): choose a smaller scale");
        }
        IdSpace.check(effectiveCustomers, effectiveEmployees);
    }

    /** Employees at this scale (linear in the scale, at least 1) unless overridden. */
    public long employeeCount() {
        return employees > 0 ? employees : scaled(BASE_EMPLOYEES);
    }

    /** Customers at this scale (linear in the scale, at least 1) unless overridden. */
    public long customerCount() {
        return customers > 0 ? customers : scaled(BASE_CUSTOMERS);
    }

    /**
     * The command that reproduces this run's data: every option that shapes it (seed, as-of, and the
     * scale or the counts), and nothing that does not (threads, retries).
     */
    public String replayCommand() {
        StringBuilder sb = new StringBuilder("dhub seed all --seed ").append(seed).append(" --as-of ").append(asOf);
        if (customers == 0 || employees == 0) {
            sb.append(" --scale ").append(plain(scale));
        }
        if (customers > 0) {
            sb.append(" --customers ").append(customers);
        }
        if (employees > 0) {
            sb.append(" --employees ").append(employees);
        }
        if (ledgerMonths() > 0) {
            sb.append(" --history-months ").append(ledgerMonths());
        }
        if (amlCases != DEFAULT_AML_CASES) {
            sb.append(" --aml-cases ").append(plain(amlCases));
        }
        if (profiles.on()) {
            sb.append(" --profiles ").append(profiles.spec());
        }
        if (market != io.dhub.generators.market.Markets.byDefault()) {
            sb.append(" --market ").append(market.code());
        }
        if (gigOnly()) {
            sb.append(" --earners ").append(earners);
        }
        return sb.toString();
    }

    /**
     * The settings that shape the data, as the JSON object the run record keeps
     * ({@code dhub_runs.settings}): what {@link #replayCommand()} says for people, as fields for the
     * commands that read them back ({@link #fromJson}), with the market and the profiles given by hand.
     */
    public String settingsJson() {
        StringBuilder assigned = new StringBuilder();
        profiles.assignments().forEach((k, p) -> assigned.append(assigned.length() == 0 ? "" : ", ").append('"')
                .append(k).append("\": \"").append(p.key()).append('"'));
        return "{\"seed\": " + seed + ", \"as_of\": \"" + asOf + "\", \"scale\": " + plain(scale)
                + ", \"customers_option\": " + customers + ", \"employees_option\": " + employees
                + ", \"history_months\": " + ledgerMonths() + ", \"aml_cases\": " + plain(amlCases)
                + ", \"profiles\": \"" + profiles.spec() + "\", \"market\": \"" + market.code()
                + "\", \"assigned\": {" + assigned + "}" + (gigOnly() ? ", \"earners\": \"" + earners + "\"" : "")
                + "}";
    }

    /**
     * The settings a run record's JSON ({@link #settingsJson()}) holds, with this machine's threads
     * and retries; checked as {@code seed all} checks its options.
     */
    public static RunSettings fromJson(String json, int threads, RetryPolicy retry) {
        java.util.Map<?, ?> m;
        try {
            m = (java.util.Map<?, ?>) new org.jooq.tools.json.JSONParser().parse(json);
        } catch (org.jooq.tools.json.ParseException | ClassCastException e) {
            throw new DhubException(io.dhub.schema.ErrorCode.FAILED, "the run record's settings are not JSON dhub "
                    + "wrote (" + e.getMessage() + ")");
        }
        Market market = io.dhub.generators.market.Markets.find((String) m.get("market"))
                .orElseThrow(() -> new DhubException(io.dhub.schema.ErrorCode.FAILED, "the run record "
                        + "names market " + m.get("market") + ", which this dhub does not have"));
        ProfileMix mix = ProfileMix.parse((String) m.get("profiles"));
        for (java.util.Map.Entry<?, ?> a : ((java.util.Map<?, ?>) m.get("assigned")).entrySet()) {
            mix = mix.withAssigned(Long.parseLong((String) a.getKey()),
                    io.dhub.generators.profiles.Profile.byKey((String) a.getValue()));
        }
        return new RunSettings(((Number) m.get("seed")).longValue(), LocalDate.parse((String) m.get("as_of")),
                ((Number) m.get("scale")).doubleValue(), ((Number) m.get("customers_option")).longValue(),
                ((Number) m.get("employees_option")).longValue(), threads, retry)
                .withHistoryMonths(((Number) m.get("history_months")).intValue())
                .withAmlCases(((Number) m.get("aml_cases")).doubleValue()).withProfiles(mix).withMarket(market)
                .withEarners((String) m.get("earners"));
    }

    private long scaled(long base) {
        return scaled(base, scale);
    }

    private static long scaled(long base, double scale) {
        return Math.max(1, (long) Math.floor(base * scale + 1e-9));
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
