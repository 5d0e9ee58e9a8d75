package io.dhub.generators.customers;

import io.dhub.generators.employees.Branches;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.ids.UniqueValues;
import io.dhub.generators.market.DepositTerms;
import io.dhub.generators.market.Home;
import io.dhub.generators.market.Job;
import io.dhub.generators.market.Market;
import io.dhub.generators.profiles.Profile;
import io.dhub.generators.profiles.ProfileMix;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Weighted;
import io.dhub.schema.DhubException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Customers and their accounts. Customer k's profile and accounts come from streams keyed by k
 * and its account ids alone; only references into scale-sized pools (another customer on a joint
 * account, the branch) use streams of their own, so they may differ between scales without
 * disturbing the rest.
 */
public final class Customers {
    private final SeedTree seeds;
    private final long count;
    private final LocalDate asOf;
    private final Branches branches;
    private final List<LedgerFlows> flowSources;
    private final Market market;
    private final CustomerRules rules;
    /** The rules with the market's mix of account roles where it has one (for {@link CustomerRules#accountType}). */
    private final CustomerRules accountTypes;
    /** The genders drawn: the market's mix where it has one, else the rules'. */
    private final Weighted<String> genders;
    private final int historyMonths;
    private final ProfileMix profiles;
    /** A gig bank: every customer a gig worker ({@code --earners gig}). */
    private final boolean gigOnly;
    /** The segments of customers aged 25 and over: retail lowered by the share of the young, so the mix stays the rule's. */
    private final Weighted<String> olderSegments;
    private final java.util.concurrent.atomic.LongAdder drawn = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder files = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder booked = new java.util.concurrent.atomic.LongAdder();

    /** Customers younger than this are retail customers (not yet premium, business or private banking). */
    static final int YOUNG = 25;

    /**
     * @param flowSources the other domains' money on the customers' accounts, in a fixed order
     * @param market      the country: phone and tax-id formats, currency, dictionaries, incomes
     * @param rules       the mixes and shares ({@link CustomerRules#DEFAULT}: the specification's)
     * @param historyMonths months of history in each ledger, or 0 for the specification's density
     * @param profiles    the behaviour profiles drawn ({@link ProfileMix#NONE}: none)
     * @param gigOnly     a gig bank: every customer a gig worker, of the age gig workers are
     */
    public Customers(SeedTree seeds, long count, LocalDate asOf, Branches branches, List<LedgerFlows> flowSources,
                     Market market, CustomerRules rules, int historyMonths, ProfileMix profiles, boolean gigOnly) {
        this.seeds = seeds;
        this.count = count;
        this.asOf = asOf;
        this.branches = branches;
        this.flowSources = List.copyOf(flowSources);
        this.market = market;
        this.rules = rules;
        this.historyMonths = historyMonths;
        this.profiles = profiles;
        this.gigOnly = gigOnly;
        this.olderSegments = rules.segment().less("retail", market.adultShareUnder(YOUNG));
        this.accountTypes = market.accountMix() == null ? rules
                : rules.withAccountType(Weighted.ofEntries(market.accountMix()));
        this.genders = market.genderMix() == null ? rules.gender()
                : Weighted.ofEntries(market.genderMix());
        for (LedgerFlows source : this.flowSources) {
            source.bind(this);
        }
    }

    /** The behaviour profiles this run draws. */
    public ProfileMix profiles() {
        return profiles;
    }

    /** Months every ledger covers (0: the specification's density). */
    public int historyMonths() {
        return historyMonths;
    }

    /**
     * The identifiers the market's bank keeps for customer c beside the tax id, drawn from the
     * customer's own stream for them; {@code firstByChannel} holds the first local day of each of
     * the market's {@link Market#firstUseChannels} in the customer's ledgers.
     */
    public java.util.List<io.dhub.generators.market.Registration> registrations(Customer c,
            java.util.Map<String, LocalDate> firstByChannel) {
        io.dhub.generators.market.Business firm = business(c);
        return market.registrations(new io.dhub.generators.market.Holder(c.id(), c.taxId(), c.state(), c.segment(),
                c.phone(), c.customerSince(), asOf, firstByChannel, firm == null ? null : firm.pan()),
                seeds.stream("customer-identifiers", c.id()).random());
    }

    /**
     * A business customer's firm as the market registers it, drawn from the customer's own stream for it;
     * null for other customers and where the market registers none.
     */
    public io.dhub.generators.market.Business business(Customer c) {
        if (!"business".equals(c.segment())) {
            return null;
        }
        return market.business(c.id(), c.taxId(), c.lastName(), c.state(), c.city(), c.customerSince(),
                c.dateOfBirth(), asOf, seeds.stream("customer-business", c.id()).random());
    }

    public Market market() {
        return market;
    }

    /** The share of customers who hold accounts (the rules' 75%). */
    public double holderShare() {
        return rules.hasAccounts();
    }

    public long count() {
        return count;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Customer k, drawn from the market's people: an age from the adult age pyramid (under-25s are
     * retail customers, see {@link #YOUNG}), a first name
     * given to that sex in the birth decade (either sex's names for non-binary and undisclosed
     * customers), a surname by frequency, an occupation and income that follow age and segment, and
     * a home in a city drawn by population, whose area code the phone number carries and in whose
     * time zone the customer's own events are drawn.
     */
    public Customer customer(long k) {
        drawn.increment();
        Rng rng = seeds.stream("customer", k);
        RandomGenerator random = rng.random();
        String gender = genders.draw(rng);
        int age = gigOnly ? market.gigWorkerAge(random) : market.adultAge(random);
        String segment = age < YOUNG ? "retail" : olderSegments.draw(rng);
        Profile showcase = showcase(k);
        if (showcase != null || gigOnly) {
            // a showcase customer is of the class its profile applies to; a gig bank's are all gig workers
            segment = gigOnly || showcase.showcaseEarner() != Profile.Earner.BUSINESS ? "retail" : "business";
        }
        LocalDate born = rng.dateBetween(asOf.minusYears(age + 1L).plusDays(1), asOf.minusYears(age));
        if (born.plusYears(18).isAfter(asOf.minusDays(30))) {
            born = born.minusDays(45);       // a new 18-year-old still had a month to become a customer
        }
        Job job = market.job(random, age, gigOnly ? "gig" : segment);
        while (gigOnly && showcase == Profile.VARIABLE_INCOME && !paidByPiece(job.occupation())) {
            job = market.job(random, age, "gig");       // its income comes in lumps: a freelancer's
        }
        while (showcase != null && !gigOnly && platformWork(job.occupation())) {
            job = market.job(random, age, segment);     // a retail showcase does work with steady pay
        }
        Home home = market.home(random);
        boolean female = switch (gender) {
            case "female" -> true;
            case "male" -> false;
            default -> rng.chance(0.5);
        };
        String first = market.firstName(random, female, born.getYear());
        String last = market.surname(random);
        LocalDate earliest = Tenure.earliestSince(born, asOf);
        LocalDate since = rng.dateBetween(earliest, asOf.minusDays(Tenure.LATEST_SINCE));
        if (showcase != null && since.isAfter(asOf.minusMonths(historyMonths + 3L)) && earliest.isBefore(
                asOf.minusMonths(historyMonths + 3L))) {
            since = asOf.minusMonths(historyMonths + 3L);    // old enough for the profile's full window
        }
        ZoneId zone = ZoneId.of(home.timeZone());
        String taxId = market.withoutTaxId(job.income(), segment, () -> seeds.stream("customer-form-60", k).random())
                ? null : market.taxId(k, last);
        return new Customer(k, "CUS" + UniqueValues.pad(k, 8), first, last,
                UniqueValues.email(first, last, k), market.phone(k, home.areaCode()), taxId,
                born, gender, home.street(), home.city(), home.state(), home.zip(), home.timeZone(),
                branches.nearest(home.latitude(), home.longitude()),
                job.occupation(), BigDecimal.valueOf(job.income()).setScale(2), segment, rules.channel().draw(rng),
                rng.chance(0.55), rng.chance(0.97) ? "active" : "inactive", since,
                since.atTime(LocalTime.of(8, 0)).plusSeconds(rng.between(0, 36_000)).atZone(zone).toOffsetDateTime(),
                pay(k, job, home));
    }

    private static final String[] FREQUENCIES = {"weekly", "biweekly", "semimonthly", "monthly"};
    private static final int[] PERIODS = {52, 26, 24, 12};

    /**
     * The customer's steady pay, from its own stream: a worker's employer and pay frequency (moved to
     * a less frequent one when the net pay per period would fall below the market's salary minimum,
     * to a more frequent one above its maximum), a retiree's pension paid monthly by the market's payer;
     * none for students, for gig work in a market that names it, and for incomes too small for the range.
     */
    private Customer.Pay pay(long k, Job job, Home home) {
        Rng rng = seeds.stream("customer-pay", k);
        RandomGenerator random = rng.random();
        boolean pension = Job.RETIRED.equals(job.occupation());
        if (!job.working() && !pension || platformWork(job.occupation())) {
            return null;    // students, and gig workers paid by their platforms
        }
        String payer = pension ? market.pensionPayer(random, home)
                : market.employer(random, home, job.group());
        int f = pension ? 3 : java.util.Arrays.asList(FREQUENCIES).indexOf(market.payFrequency(random, job.group()));
        double net = job.income() * market.netOfGross();
        while (f < 3 && net / PERIODS[f] < market.salaryMin()) {
            f++;
        }
        while (f > 0 && net / PERIODS[f] > market.salaryMax()) {
            f--;
        }
        long cents = Math.round(net / PERIODS[f] * 100);
        if (!pension && cents < market.salaryMin() * 100L) {
            return null;
        }
        cents = Math.min(cents, market.salaryMax() * 100L);
        LocalDate anchor = LocalDate.of(2000, 1, 7).plusWeeks(rng.between(0, 1));   // a Friday, or the one after
        return new Customer.Pay(payer, pension, FREQUENCIES[f], cents, anchor);
    }

    /**
     * The customer's accounts: none for 25% of customers, several for a quarter of the rest. A profiled
     * customer's main account (and a savings builder's savings account) opened before the profile's
     * window, when the customer was one then; a savings builder's savings start at the balance its
     * growth implies.
     */
    public List<Account> accounts(Customer c) {
        return fileOf(c).accounts();
    }

    /**
     * Customer k's file: the customer, their accounts and their profile's life, drawn once; the
     * ledgers run when first asked for. Every per-customer writer of a phase reads the one file.
     */
    public CustomerFile file(long k) {
        files.increment();
        return fileOf(customer(k));
    }

    /** The file of a customer already drawn: their accounts as drawn, then fitted to their profile's life. */
    private CustomerFile fileOf(Customer c) {
        List<Account> drawn = drawnAccounts(c);
        Life life = life(c, drawn);
        return new CustomerFile(this, c, life == null ? drawn : fitted(c, drawn, life), life);
    }

    /** The main account: the first checking or business checking account, whatever its status; null without one. */
    static Account mainAccount(List<Account> accounts) {
        return accounts.stream().filter(a -> Ledger.Kind.of(a.type()) == Ledger.Kind.TRANSACTION).findFirst()
                .orElse(null);
    }

    /**
     * How many customers this object has drawn, how many files it has built and how many customers'
     * ledgers it has booked (a test counts rebuilds).
     */
    public long[] built() {
        return new long[] {drawn.sum(), files.sum(), booked.sum()};
    }

    /** Tells every flow source that the file's ledgers are booked and written (the customers' phase calls it). */
    void booked(CustomerFile file) {
        for (LedgerFlows source : flowSources) {
            source.booked(file);
        }
    }

    /**
     * The showcase of customer k (1-13) when profiles are on, else null; in a gig bank only the
     * profiles a gig worker may have are shown.
     */
    private Profile showcase(long k) {
        Profile p = profiles.on() && k >= 1 && k <= Profile.values().length ? Profile.values()[(int) k - 1] : null;
        return p != null && gigOnly && !p.appliesTo(Profile.Earner.GIG) ? null : p;
    }

    /**
     * Whether people of this occupation are paid by platforms rather than an employer: those of the
     * market's gig occupations (and students), where the market names them; nobody elsewhere.
     */
    private boolean platformWork(String occupation) {
        return market.gigByOccupation() && !market.platforms(occupation).isEmpty();
    }

    /**
     * Whether a gig worker of this occupation is paid by the piece, as a freelance marketplace pays for
     * finished work: always where the market names no gig occupations.
     */
    private boolean paidByPiece(String occupation) {
        return !market.gigByOccupation() || market.platforms(occupation).stream()
                .anyMatch(name -> "milestone".equals(market.payoutCadence(name)));
    }

    /**
     * The class of earner a customer is: business customers; gig workers, who in a market that names
     * gig occupations are the people in them, elsewhere the workers without steady pay; and the other
     * retail customers.
     */
    Profile.Earner earner(Customer c) {
        if ("business".equals(c.segment())) {
            return Profile.Earner.BUSINESS;
        }
        boolean gig = market.gigByOccupation() ? platformWork(c.occupation()) : c.pay() == null;
        return gig ? Profile.Earner.GIG : Profile.Earner.RETAIL;
    }

    /**
     * The customer's profile and its parameters, or null: with profiles on, every customer whose
     * main account (the first checking or business checking account) is active draws one that fits
     * their class from their own stream ({@code customer-profile}), savings builders only among those
     * holding exactly one active savings or money-market account besides; customers 1-13 are the
     * showcases.
     */
    private Life life(Customer c, List<Account> accounts) {
        if (!profiles.on()) {
            return null;
        }
        Account main = mainAccount(accounts);
        Profile assigned = profiles.assigned(c.id());
        if (main == null || !"active".equals(main.status())) {
            if (assigned != null) {
                throw DhubException.usage("customer " + c.id() + " has no active checking account, so no profile "
                        + "applies to them: choose another customer");
            }
            return null;
        }
        List<Account> saving = accounts.stream().filter(a -> a.id() != main.id() && "active".equals(a.status())
                && ("savings".equals(a.type()) || "money_market".equals(a.type()))).toList();
        // a savings builder's savings are one account, so that its growth is the builder's own
        Account savings = saving.size() == 1 ? saving.get(0) : null;
        Profile show = showcase(c.id());
        Profile.Earner earner = show != null && !gigOnly ? show.showcaseEarner() : earner(c);
        Rng rng = seeds.stream("customer-profile", c.id());
        // a gig worker's income comes in lumps only from work paid by the piece
        boolean lumps = earner != Profile.Earner.GIG || paidByPiece(c.occupation());
        Profile p = show != null ? show : profiles.draw(earner, rng.uniform(0, 1),
                q -> (q != Profile.SAVINGS_BUILDER || savings != null) && (q != Profile.VARIABLE_INCOME || lumps));
        if (assigned != null) {
            if (!assigned.appliesTo(earner) || assigned == Profile.SAVINGS_BUILDER && savings == null
                    || assigned == Profile.VARIABLE_INCOME && !lumps) {
                String why = !assigned.appliesTo(earner) ? "" : assigned == Profile.VARIABLE_INCOME
                        ? " (" + c.occupation() + ") whose platforms pay on a cadence, not by the piece"
                        : " without exactly one savings account besides the main one";
                throw DhubException.usage("profile " + assigned.key() + " does not fit customer " + c.id() + " (a "
                        + earner.key() + " customer" + why + "): choose one of " + fitting(earner, savings != null,
                        lumps));
            }
            p = assigned;
        }
        if (p == null) {
            return null;
        }
        LocalDate windowStart = java.time.YearMonth.from(asOf).minusMonths(Math.max(1, historyMonths)).atDay(1);
        return Life.draw(c, p, earner, show != null, main, p == Profile.SAVINGS_BUILDER ? savings : null, rng, market,
                asOf, windowStart, seeds.stream("customer-cards", c.id()));
    }

    private static String fitting(Profile.Earner earner, boolean saves, boolean lumps) {
        return java.util.Arrays.stream(Profile.values()).filter(q -> q.appliesTo(earner)
                && (q != Profile.SAVINGS_BUILDER || saves) && (q != Profile.VARIABLE_INCOME || lumps)).map(Profile::key)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The accounts a profile's window needs: opened before it, a savings builder's savings at its starting balance. */
    private List<Account> fitted(Customer c, List<Account> drawn, Life life) {
        List<Account> out = new ArrayList<>(drawn.size());
        // the day before the window's first day (the first of the month historyMonths before as-of's)
        LocalDate before = java.time.YearMonth.from(asOf).minusMonths(historyMonths).atDay(1).minusDays(1);
        for (Account a : drawn) {
            boolean saver = life.savingsAccountId() != null && a.id() == life.savingsAccountId();
            if (a.id() != life.mainAccountId() && !saver) {
                out.add(a);
                continue;
            }
            LocalDate opened = a.openedDate().isAfter(before) && c.customerSince().isBefore(before) ? before
                    : a.openedDate();
            if (a.id() == life.mainAccountId()) {
                // the main account is the customer's first: what they borrow is paid into it, never into savings
                for (Account other : drawn) {
                    opened = other.openedDate().isBefore(opened) ? other.openedDate() : opened;
                }
            }
            BigDecimal opening = a.openingBalance();
            Account moved = new Account(a.id(), a.number(), a.customerId(), a.type(), a.status(), opening,
                    a.interestRate(), a.overdraftLimit(), a.branchCode(), opened,
                    opened.atTime(LocalTime.of(9, 30)).atZone(ZoneId.of(c.timeZone())).toOffsetDateTime());
            if (saver) {
                // the savings grow by the rate each month, the transfer with them: savings = transfer ÷ rate
                java.time.YearMonth first = java.time.YearMonth.from(Ledger.windowStart(moved, asOf, historyMonths));
                long m = java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.from(asOf), first);
                double transfer = life.savingsCents() * Math.pow(1 + life.savingsRate(), m);
                opening = BigDecimal.valueOf(Math.max(2_500, Math.round(transfer / life.savingsRate())), 2);
                moved = new Account(a.id(), a.number(), a.customerId(), a.type(), a.status(), opening,
                        a.interestRate(), a.overdraftLimit(), a.branchCode(), opened, moved.createdAt());
            }
            out.add(moved);
        }
        return out;
    }

    /**
     * The accounts as drawn, before a profile moves them; a showcase holds a main account (and its
     * savings), and so does every gig worker of a gig bank, whose platforms pay into it.
     */
    private List<Account> drawnAccounts(Customer c) {
        Rng rng = seeds.stream("customer-accounts", c.id());
        Profile show = showcase(c.id());
        boolean holder = rng.chance(rules.hasAccounts());
        boolean main = show != null || gigOnly;
        if (!holder && !main) {
            return List.of();
        }
        int n = rng.chance(rules.severalAccounts()) ? (rng.chance(Tenure.TWO_OF_SEVERAL) ? 2 : 3) : 1;
        if (show == Profile.SAVINGS_BUILDER) {
            n = 2;                           // its main account and the one savings account it builds
        }
        List<Account> accounts = new ArrayList<>(n);
        LocalDate latest = asOf.minusDays(Tenure.LATEST_OPENING);
        for (int i = 0; i < n; i++) {
            long id = Ids.account(c.id(), i);
            Rng a = seeds.stream("account", id);
            String type = accountTypes.accountType(c.segment()).draw(a);
            if (main && i == 0) {
                type = "business".equals(c.segment()) ? "business_checking" : "checking";
            } else if (show == Profile.SAVINGS_BUILDER && i == 1) {
                type = market.savingsRole();
            } else if (main && Ledger.Kind.of(type) == Ledger.Kind.TRANSACTION) {
                type = market.savingsRole();  // the first account is the main one
            }
            LocalDate opened = a.dateBetween(c.customerSince().plusDays(1), latest);
            double multiplier = multiplier(c.segment());
            // a deposit held for a term: a recurring deposit still running at as-of, a fixed deposit renewed until then
            LocalDate maturity = null;
            RecurringDeposit.Terms recurring = null;
            DepositTerms terms = market.depositTerms();
            if (terms != null && RecurringDeposit.TYPE.equals(type)) {
                recurring = RecurringDeposit.draw(seeds.stream("deposit-terms", id), terms, multiplier, opened,
                        c.customerSince(), latest, asOf);
                opened = recurring.opened();
                maturity = opened.plusMonths(recurring.tenure());
            } else if (terms != null && "certificate_of_deposit".equals(type)) {
                int tenure = Weighted.ofEntries(terms.fixedTenures()).draw(seeds.stream("deposit-terms", id));
                long k = 1;
                while (!opened.plusMonths(k * tenure).isAfter(asOf)) {
                    k++;
                }
                maturity = opened.plusMonths(k * tenure);
            }
            double median = switch (type) {
                case "savings" -> 8_000;
                case "money_market" -> 25_000;
                case "certificate_of_deposit" -> 15_000;
                case "business_checking" -> 20_000;
                default -> 1_500;
            };
            // the rules' dollars at the market's prices
            double level = market.priceLevel();
            BigDecimal opening = BigDecimal.valueOf(Math.max(Math.round(25 * level),
                    Math.round(a.logNormal(median * multiplier * level, 0.8))))
                    .setScale(2);
            // annual interest in percent: the market's range for the type, or the rules' own
            int[] marketRate = market.depositRates(type);
            BigDecimal rate = marketRate != null ? BigDecimal.valueOf(a.between(marketRate[0], marketRate[1]), 2)
                    : switch (type) {
                        case "savings" -> BigDecimal.valueOf(a.between(50, 450), 2);
                        case "money_market" -> BigDecimal.valueOf(a.between(300, 500), 2);
                        case "certificate_of_deposit" -> BigDecimal.valueOf(a.between(350, 550), 2);
                        default -> BigDecimal.valueOf(a.between(0, 10), 2);
                    };
            int[] overdrafts = {0, 250, 500};
            BigDecimal overdraft = BigDecimal.valueOf(type.endsWith("checking") ? overdrafts[a.between(0, 2)] : 0)
                    .setScale(2);
            String status = rules.accountStatus().draw(a);
            if (show != null && i < 2 || main && i == 0 || recurring != null) {
                status = "active";             // a recurring deposit that stops being paid is closed, not held dormant
            }
            Account account = new Account(id, UniqueValues.accountNumber(id), c.id(), type, status, opening,
                    rate.setScale(4), overdraft, branch(c, id), opened, opened.atTime(LocalTime.of(9, 30))
                    .atZone(ZoneId.of(c.timeZone())).toOffsetDateTime(), maturity);
            if (recurring != null) {
                // its balance when the ledger begins: the instalments and the quarters' interest before it
                RecurringDeposit held = recurringDeposit(account, c);
                account = new Account(id, account.number(), c.id(), type, status, BigDecimal.valueOf(
                        held.openingCents(), 2), account.interestRate(), overdraft, account.branchCode(), opened,
                        account.createdAt(), maturity);
            }
            accounts.add(account);
        }
        return accounts;
    }

    /** How many times the retail median balance a customer of the segment keeps. */
    private static double multiplier(String segment) {
        return switch (segment) {
            case "premium" -> 3;
            case "business" -> 4;
            case "private_banking" -> 10;
            default -> 1;
        };
    }

    /**
     * A recurring deposit of the customer's as its stored ledger begins: its term and instalment drawn
     * again from its own stream (the opening day it was given keeps it running at as-of, so the draw
     * moves nothing), the standing instruction's time of day from another.
     */
    RecurringDeposit recurringDeposit(Account deposit, Customer c) {
        RecurringDeposit.Terms t = RecurringDeposit.draw(seeds.stream("deposit-terms", deposit.id()),
                market.depositTerms(), multiplier(c.segment()), deposit.openedDate(), c.customerSince(),
                deposit.openedDate(), asOf);
        int si = seeds.stream("deposit-instruction", deposit.id()).between(5 * 3600, 9 * 3600 - 1);
        return RecurringDeposit.at(t.instalment(), t.tenure(), deposit.openedDate(),
                deposit.interestRate().doubleValue(), Ledger.windowStart(deposit, asOf, historyMonths), market, si);
    }

    /**
     * Most accounts ({@link CustomerRules#homeBranch}) are held at the customer's home branch, the
     * one nearest their city; the others at a branch drawn by its city's population, as when
     * an account was opened while living or working elsewhere.
     */
    private String branch(Customer c, long accountId) {
        Rng rng = seeds.stream("account-branch", accountId);
        return rng.chance(rules.homeBranch()) ? c.homeBranch() : branches.draw(rng);
    }

    /** The first day an account's stored ledger covers: flows before it are carried in the opening balance. */
    public LocalDate ledgerFrom(Account account) {
        return Ledger.windowStart(account, asOf, historyMonths);
    }

    /** The bank's branches. */
    public Branches branches() {
        return branches;
    }

    /**
     * The ledgers of the customer's accounts, by account id: their transactions (other domains'
     * flows included) and balances. The customer's pay lands in the main account (the first checking
     * or business checking account), whose ledger runs first: some of its transfers out go to the
     * customer's active savings and money-market accounts, whose ledgers then book them in. The
     * transfers back from those accounts to the main one are planned before either runs
     * ({@link Ledger#drawsToMain}; not for a profiled customer, whose plan moves their money).
     */
    java.util.Map<Long, Ledger> ledgers(CustomerFile file) {
        booked.increment();
        Customer owner = file.customer();
        List<Account> ownAccounts = file.accounts();
        Account main = file.main();
        ZoneId zone = ZoneId.of(owner.timeZone());
        Life life = file.life();
        List<Account> active = ownAccounts.stream().filter(a -> "active".equals(a.status())
                && (a.type().equals("savings") || a.type().equals("money_market"))).toList();
        List<Ledger.Transfer> draws = new ArrayList<>();
        if (main != null && life == null) {
            for (Account a : active) {
                draws.addAll(Ledger.drawsToMain(a, main, seeds.stream("savings-draws", a.id()), asOf, historyMonths,
                        zone, market, rules.ledger().manual()));
            }
        }
        // a transfer back to the main account over 30% of the savings balance before it is cut to the largest round sum
        // within that, or not sent when there is none: run again with it (each round cuts at least one amount to less,
        // so the rounds end)
        while (true) {
            java.util.Map<Long, Ledger> out = ledgers(file, main, active, zone, draws);
            java.util.Map<Ledger.Transfer, Ledger.Cut> cuts = new java.util.HashMap<>();
            for (Account a : ownAccounts) {
                for (Ledger.Cut c : out.get(a.id()).uncovered()) {
                    cuts.put(c.planned(), c);
                }
            }
            if (cuts.isEmpty()) {
                return out;
            }
            List<Ledger.Transfer> next = new ArrayList<>(draws.size());
            for (Ledger.Transfer t : draws) {
                Ledger.Cut c = cuts.get(t);
                if (c == null) {
                    next.add(t);
                } else if (c.cents() > 0) {
                    next.add(c.transfer());
                }
            }
            draws = next;
        }
    }

    private java.util.Map<Long, Ledger> ledgers(CustomerFile file, Account main, List<Account> active, ZoneId zone,
                                                List<Ledger.Transfer> draws) {
        Customer owner = file.customer();
        Life life = file.life();
        java.util.Map<Long, Ledger> out = new java.util.HashMap<>();
        List<Ledger.Transfer> transfers = List.of();
        // the recurring deposits' instalments over their ledgers: by standing instruction from the main account
        // (which makes those inside its own ledger when its balance carries them), else in cash at the branch
        java.util.Map<Long, RecurringDeposit> deposits = new java.util.HashMap<>();
        java.util.Map<Long, List<Long>> cash = new java.util.HashMap<>();
        List<Ledger.Transfer> instalments = new ArrayList<>();
        for (Account a : file.accounts()) {
            if (Ledger.Kind.of(a.type()) == Ledger.Kind.RECURRING) {
                RecurringDeposit d = file.memo(new Deposit(a.id()), () -> recurringDeposit(a, owner));
                List<Long> inCash = new ArrayList<>();
                instalments.addAll(d.instalments(a, main, Ledger.windowStart(a, asOf, historyMonths),
                        Ledger.lastDay(a, asOf), zone, market, inCash, seeds.stream("deposit-cash", a.id())));
                deposits.put(a.id(), d);
                cash.put(a.id(), inCash);
            }
        }
        long mainStart = main == null ? Long.MAX_VALUE
                : Ledger.windowStart(main, asOf, historyMonths).atStartOfDay(zone).toEpochSecond();
        if (main != null) {
            // a profiled customer puts money aside into one savings account: a savings builder's, or the first active one
            List<Account> targets = life == null ? active : life.savingsAccountId() != null ? active.stream()
                    .filter(a -> a.id() == life.savingsAccountId()).toList() : active.stream().limit(1).toList();
            LocalDate mainFrom = Ledger.windowStart(main, asOf, historyMonths);
            List<Ledger.Transfer> back = draws.stream().filter(t -> !java.time.Instant.ofEpochSecond(t.at()).atZone(zone)
                    .toLocalDate().isBefore(mainFrom)).toList();
            List<Ledger.Transfer> standing = instalments.stream().filter(t -> t.at() >= mainStart).toList();
            Ledger ledger = ledger(main, file, new Ledger.Owner(owner.pay(), zone, targets, back,
                    List.of(), holder(owner), life, standing, null, List.of()));
            out.put(main.id(), ledger);
            transfers = ledger.transfersOut();
        }
        for (Account a : file.accounts()) {
            if (main == null || a.id() != main.id()) {
                // a deposit's instalments before the main account's ledger begins are carried in its opening balance
                List<Ledger.Transfer> incoming = java.util.stream.Stream.concat(instalments.stream()
                                .filter(t -> t.targetId() == a.id() && t.at() < mainStart),
                        transfers.stream().filter(t -> t.targetId() == a.id())).toList();
                List<Ledger.Transfer> outgoing = draws.stream().filter(t -> t.sourceId() == a.id()).toList();
                out.put(a.id(), ledger(a, file, new Ledger.Owner(null, zone, List.of(), incoming,
                        outgoing, holder(owner), life, List.of(), deposits.get(a.id()),
                        cash.getOrDefault(a.id(), List.of()))));
            }
        }
        return out;
    }

    /** The key of an account's flows in its customer's file. */
    private record Flows(long accountId) {
    }

    /** The key of a recurring deposit's state in its customer's file. */
    private record Deposit(long accountId) {
    }

    /** The name the customer's accounts elsewhere are held in. */
    static String holder(Customer c) {
        return c.firstName() + " " + c.lastName();
    }

    private Ledger ledger(Account account, CustomerFile file, Ledger.Owner who) {
        // the flows are the same in every round of the cuts: asked of the sources once per account
        List<LedgerFlow> flows = file.memo(new Flows(account.id()), () -> {
            List<LedgerFlow> all = new java.util.ArrayList<>();
            for (LedgerFlows source : flowSources) {
                all.addAll(source.flows(account.id(), file));
            }
            return List.copyOf(all);
        });
        return Ledger.run(account, who, seeds.stream("ledger", account.id()), seeds.seed("ledger-fixed", account.id()),
                asOf, flows, market, rules.ledger(),
                historyMonths);
    }

    /**
     * The account's links to people: 20% of accounts have one, 5% two. Joint owners, authorised
     * users and beneficiaries are other customers; a linked_savings link names another account of
     * the same customer.
     */
    public List<Relationship> relationships(Account account, List<Account> ownAccounts) {
        Rng rng = seeds.stream("account-links", account.id());
        double u = rng.uniform(0, 1);
        int n = u < rules.twoLinks() ? 2 : u < rules.twoLinks() + rules.oneLink() ? 1 : 0;
        List<Relationship> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String type = rules.linkType().draw(rng);
            Account other = ownAccounts.stream().filter(a -> a.id() != account.id()).findFirst().orElse(null);
            if ("linked_savings".equals(type) && other == null) {
                type = "joint_owner";
            }
            long customer = account.customerId();
            Long linked = null;
            if ("linked_savings".equals(type)) {
                linked = other.id();
            } else {
                if (count < 2) {
                    continue;
                }
                customer = rng.between(1, count - 1);
                if (customer >= account.customerId()) {
                    customer++;
                }
            }
            final String chosen = type;
            final long person = customer;
            if (links.stream().anyMatch(l -> l.customerId() == person && l.type().equals(chosen))) {
                continue;
            }
            links.add(new Relationship(Ids.relationship(account.id(), i), account.id(), customer, type, linked,
                    rng.dateBetween(account.openedDate(), asOf.minusDays(1))));
        }
        return links;
    }
}
