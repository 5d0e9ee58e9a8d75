package io.dhub.generators.loans;

import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.CustomerFile;
import io.dhub.generators.customers.LedgerFlow;
import io.dhub.generators.customers.LedgerFlows;
import io.dhub.generators.customers.Tenure;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.Text;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Each customer's borrowing, from the customer's own streams. About 35% of customers apply (only
 * account holders, since a loan is paid into an account: 35% / 75% of them), 20% of applicants
 * more than once.
 */
public final class LoanBook implements LedgerFlows {
    private final SeedTree seeds;
    private final LocalDate asOf;
    private final double priceLevel;
    private final Market market;
    private final io.dhub.generators.spi.Weighted<LoanType> youngTypes;
    private final io.dhub.generators.spi.Weighted<LoanType> oldTypes;
    /** The same mixes for business customers: mostly business loans. */
    private final io.dhub.generators.spi.Weighted<LoanType> youngOwnerTypes;
    private final io.dhub.generators.spi.Weighted<LoanType> oldOwnerTypes;
    private final double applyRate;
    /** The customers' time with an account within the last {@link #WINDOW_MONTHS} months. */
    private final Tenure tenure;
    /** The mean exposure of customers aged 18 to {@link #OLDEST_BORROWER}, by the market's age pyramid. */
    private final double meanExposure;
    /** The last banking day before the as-of date: a decision needs one after the application. */
    private final LocalDate lastBanking;
    private final LoanRules rules;

    /**
     * @param market the country: its price level (what the products' dollar amounts are multiplied
     *               by) and its bank holidays
     * @param rules  the mixes and shares ({@link LoanRules#DEFAULT}: the specification's)
     */
    public LoanBook(SeedTree seeds, LocalDate asOf, Market market, LoanRules rules) {
        this.seeds = seeds;
        this.asOf = asOf;
        this.priceLevel = market.priceLevel();
        this.market = market;
        this.rules = rules;
        // older applicants take no mortgage; younger ones take more, so that the type mix over all stays the rule's
        // among borrowers (79 and under), the share over 70
        double old = 1 - market.adultShareUnder(OLDEST_FOR_MORTGAGE + 1) / market.adultShareUnder(OLDEST_BORROWER + 1);
        // business loans are a business's: business customers take most of them, the other segments'
        // sole traders the rest, so that the type mix over all stays the rule's
        double owners = market.businessApplicantShare() > 0 ? market.businessApplicantShare()
                : io.dhub.generators.customers.CustomerRules.DEFAULT.segment().share("business");
        // the market's income floors redirect some applicants to other products: draw so that the mix holds after
        this.floors = new LoanFloors(market.loanFloors());
        var drawing = floors.drawing(rules.type());
        double business = drawing.share(LoanType.BUSINESS);
        double forOwners = Math.min(OWNERS_BUSINESS_LOANS, business / owners);
        double forOthers = Math.max(0, (business - owners * forOwners) / (1 - owners));
        var others = drawing.with(LoanType.BUSINESS, forOthers);
        var ownersMix = drawing.with(LoanType.BUSINESS, forOwners);
        this.youngTypes = others.with(LoanType.MORTGAGE, others.share(LoanType.MORTGAGE) / (1 - old));
        this.oldTypes = others.with(LoanType.MORTGAGE, 0);
        this.youngOwnerTypes = ownersMix.with(LoanType.MORTGAGE, ownersMix.share(LoanType.MORTGAGE) / (1 - old));
        this.oldOwnerTypes = ownersMix.with(LoanType.MORTGAGE, 0);
        // customers over 79 do not borrow; the others apply a little more, so that 35% of all customers apply
        this.applyRate = rules.applyIfAccountHolder() / market.adultShareUnder(OLDEST_BORROWER + 1);
        this.tenure = new Tenure(asOf, asOf.toEpochDay() - asOf.minusMonths(WINDOW_MONTHS).toEpochDay(),
                io.dhub.generators.customers.CustomerRules.DEFAULT.severalAccounts());
        double sum = 0;
        double weights = 0;
        for (int age = 18; age <= OLDEST_BORROWER; age++) {
            double w = market.adultShareUnder(age + 1) - market.adultShareUnder(age);
            sum += w * tenure.meanExposure(asOf.minusYears(age).minusDays(182));
            weights += w;
        }
        this.meanExposure = sum / weights;
        LocalDate banking = asOf.minusDays(1);
        while (!bankingDay(banking)) {
            banking = banking.minusDays(1);
        }
        this.lastBanking = banking;
    }

    /** Whether money moves between banks that day: Monday to Friday, not a bank holiday. */
    private boolean bankingDay(LocalDate day) {
        return market.bankingDay(day);
    }

    /** The first banking day on or after the day, or the last one before it when that would pass {@code last}. */
    private LocalDate bankingDayFrom(LocalDate day, LocalDate last) {
        LocalDate d = day;
        while (!bankingDay(d) && d.isBefore(last)) {
            d = d.plusDays(1);
        }
        if (bankingDay(d)) {
            return d;
        }
        d = day;
        while (!bankingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * The customer's loan applications. A loan is paid into, and repaid from, an account that can
     * carry it: a checking or business checking account (business loans a business one when the
     * customer has it), else a savings or money-market account; never a certificate of deposit, so
     * customers holding only CDs do not apply.
     */
    public List<Application> applications(CustomerFile file) {
        return file.memo(Applications.KEY, () -> applications(file.customer(), file.accounts()));
    }

    /** The key of a customer's applications in their file: every loan book of a run draws the same ones. */
    private enum Applications {
        KEY
    }

    /** The key of a loan in its customer's file. */
    private record LoanKey(long applicationId) {
    }

    /** The loan an approved application became, built once per customer file. */
    public Loan loan(CustomerFile file, Application app) {
        return file.memo(new LoanKey(app.id()), () -> loan(app));
    }

    private List<Application> applications(Customer c, List<Account> held) {
        // a term deposit (a certificate of deposit, a recurring deposit) pays out or takes in no loan's money
        List<Account> accounts = held.stream().filter(x -> !x.type().equals("certificate_of_deposit")
                && !x.type().equals("recurring_deposit")).toList();
        if (accounts.isEmpty()) {
            return List.of();
        }
        Rng rng = seeds.stream("loan-applications", c.id());
        LocalDate start = accounts.stream().map(Account::openedDate).min(LocalDate::compareTo).orElseThrow().plusDays(1);
        // a customer applies in proportion to the part of the window spent with an account, so that loans
        // flow out steadily (an account opened last month gives a month's chance, not five years' squeezed
        // into a month), scaled by the mean over the borrowing ages so that the same share of customers applies
        double chance = Math.min(1, applyRate * tenure.exposure(start) / meanExposure);
        if (!rng.chance(chance) || age(c) > OLDEST_BORROWER) {
            return List.of();
        }
        int n = rng.chance(rules.severalApplications()) ? (rng.chance(0.8) ? 2 : 3) : 1;
        LocalDate lastDay = asOf.minusDays(1);
        LocalDate recent = max(start, lastDay.minusMonths(WINDOW_MONTHS));
        double customerZ = seeds.stream("credit-customer", c.id()).gaussian();
        double monthlyIncomeCents = c.annualIncome().doubleValue() * 100 / 12;
        double committed = 0;          // monthly payments of the loans approved so far, in cents
        List<Application> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long id = c.id() * Ids.APPLICATIONS_PER_CUSTOMER + i;
            Rng a = seeds.stream("loan-application", id);
            boolean owner = "business".equals(c.segment());
            LoanType type = floors.apply((age(c) <= OLDEST_FOR_MORTGAGE ? owner ? youngOwnerTypes : youngTypes
                    : owner ? oldOwnerTypes : oldTypes).draw(a), c.annualIncome().doubleValue());
            String status = rules.applicationStatus().draw(a);
            double z = Credit.z(customerZ, a.gaussian(), status);
            int score = Credit.score(z);
            String outcome = "approved".equals(status) ? Credit.outcome(z, a.gaussian(), rules.loanStatus()) : null;
            int term = type.term(a);
            Dates dates = dates(status, outcome, term, start, recent, a);
            LocalDate applied = dates.applied();
            LocalDate decided = dates.decided();
            LocalDate disbursed = dates.disbursed();
            // repaid before the borrower's 85th birthday where the product has a term that short
            // whole years to the 85th birthday, less one for the part year and the weeks to disbursement
            int yearsLeft = Credit.MAX_AGE_AT_MATURITY - 1 - (int) java.time.temporal.ChronoUnit.YEARS.between(
                    c.dateOfBirth(), applied);
            term = type.termAtMost(Math.min(term, yearsLeft * 12));
            double[] range = market.loanRates(type.code());
            double rate = range == null ? Credit.rate(type, score, a.gaussian())
                    : Credit.rate(range[0], range[1], score, a.gaussian());
            long requested = type.amountCents(a, priceLevel);
            double room = Math.max(0, market.maxDebtToIncome() * monthlyIncomeCents - committed);
            // people ask for, and banks lend, round sums of the product's unit
            long minimum = minimumCents(type);
            if (market.loanMinimum(type.code()) > 0 && "approved".equals(status)) {
                // a borrower whose income cannot carry the smallest loan takes a longer term
                term = type.termFitting(term, Math.max(term, yearsLeft * 12),
                        t -> Credit.principalFor(room, rate, t) >= minimum);
            }
            double affordable = Credit.principalFor(room, rate, term);
            if (type == LoanType.MORTGAGE) {
                affordable = Math.min(affordable, Credit.MAX_MORTGAGE_TO_INCOME * monthlyIncomeCents * 12);
            }
            if ("approved".equals(status)) {
                requested = Math.max(minimum, Math.min(requested, type.floorToUnit(affordable, priceLevel)));
            } else if ("rejected".equals(status)) {
                // asked for more than the income carries: 1.2-2 times what the bank would lend
                requested = Math.max(requested, type.floorToUnit(affordable * a.uniform(1.2, 2.0), priceLevel));
            }
            double payment = Credit.payment(requested, rate, term);
            double dti = monthlyIncomeCents <= 0 ? 100 : Math.min(100, 100 * (committed + payment) / monthlyIncomeCents);
            if ("approved".equals(status)) {
                committed += payment;
            }
            Account linked = linked(accounts, disbursed != null ? disbursed : applied, type, a);
            out.add(new Application(id, c.id(), type, requested, term, purpose(type, a), applied, status, decided,
                    disbursed, linked.id(), outcome, score, rate, Math.round(dti * 100) / 100.0));
        }
        return out;
    }

    /** The market's income floors on products ({@link Market#loanFloors}), and the mix that keeps its shares. */
    private final LoanFloors floors;

    /**
     * The least principal of the product, in cents: the market's where it sets one ({@link
     * Market#loanMinimum}: India sets one for every product, a home loan Rs 5 lakh, a two-wheeler loan
     * Rs 30,000, a gold loan Rs 10,000), else the product's own ({@link LoanType#minimumCents}).
     */
    private long minimumCents(LoanType type) {
        long market = this.market.loanMinimum(type.code());
        return market > 0 ? market * 100 : type.minimumCents(priceLevel);
    }

    /** An application's days: applied, decided (null while pending or when withdrawn), paid out (approved only). */
    private record Dates(LocalDate applied, LocalDate decided, LocalDate disbursed) {
    }

    /**
     * When an application was made, decided and paid out: the day drawn is the day it ends, spread
     * over the window (running loans within their term, defaulted and restructured ones with three
     * installments due, paid-off ones with one), decided on a banking day 1-30 days after applying,
     * paid out on a banking day 0-14 days after the decision.
     */
    private Dates dates(String status, String outcome, int term, LocalDate start, LocalDate recent, Rng a) {
        LocalDate lastDay = asOf.minusDays(1);
        LocalDate applied;
        LocalDate decided = null;
        LocalDate disbursed = null;
        if ("pending".equals(status)) {
            applied = a.dateBetween(max(start, asOf.minusDays(30)), lastDay);
        } else {
            // loans still running at as-of were taken out within their term; defaulted and restructured
            // ones have three installments due; paid-off ones at least one
            LocalDate from = recent;
            LocalDate to = asOf.minusDays(2);
            if (outcome != null && !"paid_off".equals(outcome)) {
                from = max(from, lastDay.minusMonths(term - 1));
            }
            if ("defaulted".equals(outcome) || "restructured".equals(outcome)) {
                to = lastDay.minusMonths(4).minusDays(15);
            } else if ("paid_off".equals(outcome)) {
                to = lastDay.minusMonths(2);
            }
            // the day drawn is the day the application ends: the money paid out, the refusal, the
            // withdrawal. Loans flow out steadily up to the as-of date; the application was made 1-30
            // days before its decision, the money paid 0-14 days after it (drawing the application
            // day instead piled the payouts of the last six weeks into the last days: an edge effect)
            LocalDate ends = to.isBefore(from) ? a.dateBetween(start, max(start, asOf.minusDays(2))) : a.dateBetween(from, to);
            int review = "withdrawn".equals(status) ? 0 : a.between(1, 30);
            int payout = "approved".equals(status) ? a.between(0, 14) : 0;
            applied = max(start, ends.minusDays(review + payout));
            // a banking day must remain after applying, for the decision
            if (!"withdrawn".equals(status) && !applied.isBefore(lastBanking) && lastBanking.minusDays(1).isAfter(start)) {
                applied = lastBanking.minusDays(1);
            }
            if (!"withdrawn".equals(status)) {
                decided = min(applied.plusDays(review), lastDay);
                // decided on a banking day: the one before, unless that is too early, else the one after
                LocalDate before = decided;
                while (!bankingDay(before)) {
                    before = before.minusDays(1);
                }
                decided = before.isAfter(applied) ? before : bankingDayFrom(decided, lastDay);
            }
            if ("approved".equals(status)) {
                // paid out on a banking day (or, at the very end, the last one before it)
                disbursed = bankingDayFrom(min(decided.plusDays(payout), lastDay), lastDay);
                disbursed = disbursed.isBefore(decided) ? decided : disbursed;
            }
        }
        return new Dates(applied, decided, disbursed);
    }

    /**
     * The account a loan is paid into and repaid from: one open by {@code when} (the payout, or
     * while undecided the application), checking (business checking for a business loan) first.
     */
    private static Account linked(List<Account> accounts, LocalDate when, LoanType type, Rng a) {
        List<Account> open = accounts.stream().filter(x -> x.openedDate().isBefore(when)).toList();
        if (open.isEmpty()) {
            open = accounts;
        }
        final List<Account> candidates = open;
        return candidates.stream().filter(x -> x.type().equals(type == LoanType.BUSINESS
                        ? "business_checking" : "checking")).findFirst()
                .or(() -> candidates.stream().filter(x -> x.type().endsWith("checking")).findFirst())
                .orElse(candidates.get(a.between(0, candidates.size() - 1)));
    }

    /** [chosen] The share of a business customer's loans that are business loans. */
    static final double OWNERS_BUSINESS_LOANS = 0.85;

    /** The oldest customer, at the as-of date, who borrows (the shortest terms end by 85). */
    static final int OLDEST_BORROWER = 79;

    /** The oldest borrower, at the as-of date, who takes a mortgage (15 years at least: repaid by 85). */
    static final int OLDEST_FOR_MORTGAGE = 68;

    private int age(Customer c) {
        return (int) java.time.temporal.ChronoUnit.YEARS.between(c.dateOfBirth(), asOf);
    }

    /** The smallest loan, in dollar cents before the price level: $1,000. */
    static final double MIN_PRINCIPAL_CENTS = 100_000;

    /** Loans are applied for within the last five years (or since the customer's first account). */
    static final int WINDOW_MONTHS = 60;

    public Loan loan(Application app) {
        Rng rng = seeds.stream("loan", app.id());
        // 90-100% of the request, in whole units of the product
        LoanType type = app.type();
        long principal = Math.max(minimumCents(type),
                type.floorToUnit(app.requestedCents() * rng.between(90, 100) / 100.0, priceLevel));
        double rate = app.ratePercent();
        LocalDate first = app.disbursed().plusMonths(1);
        List<Installment> plan = Amortization.plan(principal, rate, app.termMonths(), first);
        LocalDate lastDay = asOf.minusDays(1);
        long past = plan.stream().filter(i -> !i.due().isAfter(lastDay)).count();
        String status = app.outcome();
        if (("defaulted".equals(status) || "restructured".equals(status)) && past < 3
                || "paid_off".equals(status) && !app.disbursed().isBefore(lastDay)) {
            status = "active";
        }
        // a loan that reached maturity is paid off or in default, never still running
        if (("active".equals(status) || "restructured".equals(status)) && past == plan.size()) {
            status = "paid_off";
        }
        LocalDate payoff = null;
        if ("paid_off".equals(status)) {
            LocalDate maturity = plan.get(plan.size() - 1).due();
            payoff = !maturity.isAfter(lastDay) ? maturity : rng.dateBetween(app.disbursed().plusDays(1), lastDay);
        }
        // a defaulted loan pays (mostly on time) until it defaults, about halfway through what has come
        // due, then pays nothing more
        long defaultsAt = "defaulted".equals(status) ? Math.max(1, Math.round(past * rng.uniform(0.35, 0.65))) : -1;
        List<Installment> schedule = new ArrayList<>(plan.size());
        long repaid = 0;
        for (Installment i : plan) {
            String before = defaultsAt < 0 ? status : i.number() <= defaultsAt ? "active" : "silent";
            Installment settled = collected(settle(i, before, payoff, app.disbursed(), lastDay, rng), app.disbursed());
            if (settled.paid()) {
                repaid += settled.principal();
            }
            schedule.add(settled);
        }
        long outstanding = "paid_off".equals(status) ? 0 : principal - repaid;
        return new Loan(app, principal, rate, app.termMonths(), Amortization.payment(principal, rate, app.termMonths()),
                app.disbursed(), first, plan.get(plan.size() - 1).due(), status, outstanding, List.copyOf(schedule));
    }

    /**
     * A paid installment is dated the day its money is collected, the day its ledger debit is booked
     * (one fact, one date): a payment made on a weekend or holiday is collected on the next banking day
     * (the last one before the as-of date when that is later), never before the disbursement.
     */
    private Installment collected(Installment i, LocalDate disbursed) {
        return i.paidOn() == null ? i : with(i, i.status(), collectedOn(i.paidOn(), disbursed), i.paidCents());
    }

    private LocalDate collectedOn(LocalDate paidOn, LocalDate disbursed) {
        LocalDate posted = bankingDayFrom(paidOn, asOf.minusDays(1));
        return posted.isBefore(disbursed) ? disbursed : posted;
    }

    /**
     * What happened to one installment. Active loans pay 95% on time, restructured 85%; a defaulted
     * loan pays as an active one until it defaults and misses everything after ({@code silent}); a
     * paid-off loan pays everything, the installments after its payoff date being prepaid (principal
     * only) on that date.
     */
    private static Installment settle(Installment i, String status, LocalDate payoff, LocalDate disbursed,
                                      LocalDate lastDay, Rng rng) {
        if ("paid_off".equals(status)) {
            boolean early = i.due().isAfter(payoff);
            LocalDate on = early ? payoff : onTime(i.due(), disbursed, rng);
            return with(i, "paid", on, early ? i.principal() : i.total());
        }
        if (i.due().isAfter(lastDay)) {
            return i;
        }
        double u = rng.uniform(0, 1);
        if ("silent".equals(status)) {
            return with(i, "missed", null, 0);
        }
        double missed = 0;
        double onTime = switch (status) {
            case "active" -> 0.95;
            case "restructured" -> 0.85;
            default -> 0.40;
        };
        if (u < missed) {
            return with(i, "missed", null, 0);
        }
        if (u < missed + onTime) {
            return with(i, "paid", onTime(i.due(), disbursed, rng), i.total());
        }
        LocalDate late = i.due().plusDays(rng.between(1, 20));
        return late.isAfter(lastDay) ? with(i, "missed", null, 0) : with(i, "late", late, i.total());
    }

    /** Seed rule as implemented: a disbursement is booked at 11:00 through the system, a repayment at 10:00 by ACH. */
    static final int DISBURSEMENT_HOUR = 11;
    static final int REPAYMENT_HOUR = 10;

    /**
     * The money movements of the customer's loans on one account: disbursements in, repayments out,
     * handed to the ledger through {@link LedgerFlows}.
     */
    @Override
    public List<LedgerFlow> flows(long accountId, CustomerFile file) {
        List<LedgerFlow> flows = new ArrayList<>();
        for (Application app : applications(file)) {
            if (!app.approved() || app.linkedAccountId() != accountId) {
                continue;
            }
            Loan loan = loan(file, app);
            if (!paysTheSeller(app.type())) {
                flows.add(disbursement(loan.disbursed(), loan.principalCents(), loan.id(), app.type()));
            } else {
                flows.add(closing(loan, app.type()));
            }
            // installments paid on the same day (an early payoff's) go out as one debit, on the day they were
            // collected (a banking day: see collected)
            LocalDate paidOn = null;
            long cents = 0;
            for (Installment i : loan.schedule()) {
                if (!i.paid()) {
                    continue;
                }
                if (paidOn != null && !paidOn.equals(i.paidOn())) {
                    flows.add(repayment(paidOn, cents, loan.id(), app.type()));
                    cents = 0;
                }
                paidOn = i.paidOn();
                cents += i.paidCents();
            }
            if (paidOn != null) {
                flows.add(repayment(paidOn, cents, loan.id(), app.type()));
            }
        }
        return flows;
    }

    /**
     * Whether the principal goes to whoever sold what it buys (the home seller's closing agent, the
     * car or two-wheeler dealer) rather than to the borrower's account: mortgages, auto and
     * two-wheeler loans.
     */
    public static boolean paysTheSeller(LoanType type) {
        return type == LoanType.MORTGAGE || type == LoanType.AUTO || type == LoanType.TWO_WHEELER;
    }

    /**
     * What the borrower pays at closing when the principal goes to the seller: a mortgage's closing
     * costs (2-5% of the principal) to the title company, an auto or two-wheeler loan's down payment
     * (10-20%) to the dealer, by wire on the disbursement day, tagged with the loan.
     */
    private LedgerFlow closing(Loan loan, LoanType type) {
        Rng rng = seeds.stream("loan-closing", loan.id());
        boolean mortgage = type == LoanType.MORTGAGE;
        long cents = Math.round(loan.principalCents() * (mortgage ? rng.uniform(0.02, 0.05) : rng.uniform(0.10, 0.20)));
        return new LedgerFlow(loan.disbursed(), loan.disbursed(), DISBURSEMENT_HOUR, false, Math.max(100, cents),
                "payment", "wire",
                loan.id(), LedgerFlow.Tag.LOAN, market.text(mortgage ? Text.MORTGAGE_CLOSING_COSTS
                        : type == LoanType.TWO_WHEELER ? Text.TWO_WHEELER_DOWN_PAYMENT : Text.AUTO_DOWN_PAYMENT),
                market.text(Text.COVER_LOAN_CLOSING));
    }

    private LedgerFlow disbursement(LocalDate day, long cents, long loanId, LoanType type) {
        return new LedgerFlow(day, day, DISBURSEMENT_HOUR, true, cents, "loan_disbursement", "system", loanId, LedgerFlow.Tag.LOAN,
                market.text(Text.LOAN_DISBURSEMENT, market.loanName(type.code())),
                market.text(Text.COVER_LOAN_REPAYMENT));
    }

    /** A repayment debited on the day its installments were collected (a banking day: see collected). */
    private LedgerFlow repayment(LocalDate day, long cents, long loanId, LoanType type) {
        return new LedgerFlow(day, day, REPAYMENT_HOUR, false, cents, "loan_payment", "ach", loanId, LedgerFlow.Tag.LOAN,
                market.text(Text.LOAN_REPAYMENT, market.loanName(type.code())),
                market.text(Text.COVER_LOAN_REPAYMENT));
    }

    private static LocalDate onTime(LocalDate due, LocalDate disbursed, Rng rng) {
        LocalDate on = due.minusDays(rng.between(0, 3));
        return on.isAfter(disbursed) ? on : disbursed.plusDays(1);
    }

    private static Installment with(Installment i, String status, LocalDate on, long cents) {
        return new Installment(i.number(), i.due(), i.principal(), i.interest(), i.remaining(), status, on, cents);
    }

    private static String purpose(LoanType type, Rng rng) {
        String[] options = switch (type) {
            case MORTGAGE -> new String[] {"Purchase of primary residence", "Refinance existing mortgage",
                "Purchase of vacation home"};
            case PERSONAL -> new String[] {"Debt consolidation", "Home improvement", "Medical expenses", "Wedding"};
            case AUTO -> new String[] {"New car purchase", "Used car purchase", "Vehicle refinance"};
            case BUSINESS -> new String[] {"Working capital", "Equipment purchase", "Business expansion"};
            case EDUCATION -> new String[] {"Undergraduate tuition", "Graduate degree", "Professional certification"};
            case TWO_WHEELER -> new String[] {"New scooter purchase", "New motorcycle purchase",
                "Used two-wheeler purchase"};
            case GOLD -> new String[] {"Medical expenses", "Wedding expenses", "Children's school fees",
                "Crop inputs", "Working capital for a shop"};
        };
        return rng.pick(options);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
