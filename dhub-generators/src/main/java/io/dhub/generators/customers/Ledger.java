package io.dhub.generators.customers;

import io.dhub.generators.market.Amount;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.Merchant;
import io.dhub.generators.market.Text;
import io.dhub.generators.spi.Rng;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An account's transactions with their running balance. The rules of the specification: 10-20
 * transactions per account, 70% spending and 30% income, in time order, a spending never more
 * than 30% of the balance before it, salaries in the market's range (1,000-8,000 dollars in the
 * US), 30% keyed in by hand. Beyond it:
 * opening balance + credits − debits = balance after each transaction = the account's balance.
 *
 * <p>Money lands where it would in life. Card purchases, ATM withdrawals, bills and the salary go
 * through transaction accounts (checking, business checking), the salary or pension only into the
 * customer's main one, from one payer at one amount on paydays. Savings and money-market accounts
 * see transfers, branch withdrawals, deposits, fees and interest; a certificate of deposit sees
 * interest credits and interest paid out. Interest is credited only at a positive rate; no fee is
 * an overdraft fee, since no balance goes below zero. Purchases are at merchants of real
 * categories with the category's amounts; a bill to one biller is the same amount on the same day
 * of each month; a refund gives back (part of) an earlier purchase at the same merchant.
 */
public final class Ledger {
    private final List<Transaction> transactions;
    private final BigDecimal balance;
    private final List<Transfer> transfers;
    private final LocalDate from;
    private final List<Cut> uncovered;

    /** A booked ledger ({@link Booking}). */
    static Ledger of(List<Transaction> transactions, BigDecimal balance, List<Transfer> transfers, LocalDate from,
                     List<Cut> uncovered) {
        return new Ledger(transactions, balance, transfers, from, uncovered);
    }

    private Ledger(List<Transaction> transactions, BigDecimal balance, List<Transfer> transfers, LocalDate from,
                   List<Cut> uncovered) {
        this.transactions = transactions;
        this.balance = balance;
        this.transfers = transfers;
        this.from = from;
        this.uncovered = uncovered;
    }

    /**
     * The planned transfers out to the holder's main account ({@link #drawsToMain}) that would have
     * taken more than 30% of the balance before them (the specification's cap on a debit; above the
     * balance, money would first have been moved in from another bank): the holder sends the largest
     * round sum within it instead, or nothing when there is none, and {@link Customers#ledgers} runs
     * the ledgers again with that.
     */
    List<Cut> uncovered() {
        return uncovered;
    }

    /** A planned transfer cut to what the balance before it allows: the cents to send, 0 for none. */
    record Cut(Transfer planned, long cents) {
        Transfer transfer() {
            return new Transfer(planned.sourceId(), planned.sourceNumber(), planned.targetId(), planned.targetNumber(),
                    planned.at(), cents, planned.channel(), planned.manual());
        }
    }

    /** The round sum a draw back to the main account is a multiple of: $50 times the market's price level. */
    static long drawUnit(Market market) {
        return Market.roundCents(DRAW_UNIT_DOLLARS * market.priceLevel() * 100);
    }

    /** The first day the stored ledger covers; the opening balance is the balance at its start. */
    public LocalDate from() {
        return from;
    }

    /**
     * A transfer between two accounts of the same customer at this bank: booked out of the source
     * and into the target at the same instant, for the same amount, keyed in by hand or not alike,
     * each naming the other's number.
     */
    public record Transfer(long sourceId, String sourceNumber, long targetId, String targetNumber, long at, long cents,
                           String channel, boolean manual) {
    }

    /** The transfers this ledger sent to the customer's other accounts, for their ledgers to book. */
    public List<Transfer> transfersOut() {
        return transfers;
    }

    public List<Transaction> transactions() {
        return transactions;
    }

    /** The balance after the last transaction (the opening balance when there is none). */
    public BigDecimal balance() {
        return balance;
    }

    /**
     * What an account is for: everyday payments, saving, or a term deposit; and how many months of
     * its life the ledger holds by default, so that the specification's 10-20 own transactions read
     * like that kind of account's statement (a checking account's two months, a savings account's
     * half year, a CD's monthly interest over 15 months). A recurring deposit's ledger is its terms': the
     * instalments and the quarters' interest ({@link RecurringDeposit}), over the same 15 months.
     */
    enum Kind {
        TRANSACTION(2), SAVINGS(6), TERM(15), RECURRING(15);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        int months() {
            return months;
        }

        static Kind of(String accountType) {
            return switch (accountType) {
                case "checking", "business_checking" -> TRANSACTION;
                case "certificate_of_deposit" -> TERM;
                case RecurringDeposit.TYPE -> RECURRING;
                default -> SAVINGS;
            };
        }
    }

    /**
     * An entry before ids are given: its time, its place among same-time entries (flows first), and
     * for own entries the merchant or biller chosen with the type; the amount of an own entry is set
     * when its turn comes.
     */
    record Entry(long at, int order, String type, boolean credit, long cents, String channel, boolean manual,
                         String description, Merchant merchant, String merchantName, Tagged reference,
                         String coverDescription, Party party, LifeLedger.Planned plan) {
        Entry(long at, int order, String type, boolean credit, long cents, String channel, boolean manual,
              String description, Merchant merchant, String merchantName, Tagged reference, String coverDescription,
              Party party) {
            this(at, order, type, credit, cents, channel, manual, description, merchant, merchantName, reference,
                    coverDescription, party, null);
        }

        Entry keyedByHand(boolean byHand) {
            return byHand == manual ? this : new Entry(at, order, type, credit, cents, channel, byHand, description,
                    merchant, merchantName, reference, coverDescription, party, plan);
        }
    }

    /** The other side of a transfer: another account of the bank, or a party elsewhere with its country. */
    record Party(Long accountId, String name, String country) {
    }

    /** What another domain's money belongs to: a loan, a policy or a claim. */
    record Tagged(long id, LedgerFlow.Tag tag) {
    }

    /**
     * Who the ledger belongs to: the owner's pay, if this is the account it lands in, the time zone,
     * the owner's accounts this one may move money to (savings and money-market accounts, from the
     * main account), the transfers coming in from the owner's other accounts, and the owner's name
     * (the holder of their accounts at other banks); the standing instructions this account pays (a
     * recurring deposit's instalments, from the main account), and for a recurring deposit its state
     * when the ledger begins and the instants of the instalments paid in cash at the branch.
     */
    record Owner(Customer.Pay pay, ZoneId zone, List<Account> transferTargets, List<Transfer> incoming,
                 List<Transfer> outgoing, String holder, Life life, List<Transfer> standing,
                 RecurringDeposit deposit, List<Long> cash) {
        Owner(Customer.Pay pay, ZoneId zone, List<Account> transferTargets, List<Transfer> incoming,
              List<Transfer> outgoing, String holder, Life life) {
            this(pay, zone, transferTargets, incoming, outgoing, holder, life, List.of(), null, List.of());
        }
    }

    /** The share of a main account's online and mobile transfers out that go to the owner's savings. */
    static final double TO_OWN_SAVINGS = 0.75;
    /** The share of a main account's spendings that are transfers out when the owner has savings (an estimate). */
    static final double SAVING_HABIT = 0.15;

    /**
     * How many transfers a savings or money-market account sends to the holder's main account per
     * six months of its ledger, or per ledger when that is shorter (its own transactions do not shrink
     * with it) [chosen: each takes the place of one of the 7-8 transfers out the seed rules draw in
     * such a ledger, so that more than half of them go to the holder's checking].
     */
    static final double DRAWS_TO_MAIN = 4.5;
    /** Such a transfer's size, as shares of the savings account's opening balance [chosen]. */
    static final double DRAW_MIN = 0.05;
    static final double DRAW_MAX = 0.15;
    /** Such a transfer is a multiple of about 50 dollars at the market's prices [chosen]. */
    static final double DRAW_UNIT_DOLLARS = 50;

    /**
     * The transfers from a savings or money-market account to the holder's main account, planned
     * before either ledger runs (the main account's transfers into savings depend on its balance, so
     * the other direction cannot wait for it): {@link #DRAWS_TO_MAIN} per six months of the savings
     * ledger (at most one a week), spread over the months in which the main account is open (a whole number per month
     * and one more by chance for the fraction), each an online or mobile transfer of 5-15% of the
     * savings' opening balance in round sums, keyed in by hand as often as the seed rules say. The
     * savings ledger books every one; the main ledger books those inside its own window (the earlier
     * ones are in its opening balance).
     */
    static List<Transfer> drawsToMain(Account savings, Account main, Rng rng, LocalDate asOf, int historyMonths,
                                      ZoneId zone, Market market, double manualShare) {
        LocalDate first = windowStart(savings, asOf, historyMonths);
        LocalDate to = lastDay(savings, asOf);
        double days = to.toEpochDay() - first.toEpochDay() + 1;
        double perDay = Math.min(1 / 7.0, DRAWS_TO_MAIN * Math.max(1, days / (Kind.SAVINGS.months() * 30.4375)) / days);
        LocalDate from = first.isBefore(main.openedDate().plusDays(1)) ? main.openedDate().plusDays(1) : first;
        if (to.isAfter(lastDay(main, asOf))) {
            to = lastDay(main, asOf);
        }
        long unit = drawUnit(market);
        long opening = savings.openingBalance().movePointRight(2).longValue();
        List<Transfer> out = new ArrayList<>();
        for (java.time.YearMonth m = java.time.YearMonth.from(from); !from.isAfter(to) && !m.isAfter(
                java.time.YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate lo = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate hi = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            double expected = perDay * (hi.toEpochDay() - lo.toEpochDay() + 1);
            int count = (int) expected + (rng.chance(expected - (int) expected) ? 1 : 0);
            for (int i = 0; i < count; i++) {
                String channel = rng.chance(0.5) ? "online" : "mobile";
                LocalDate day = LocalTimes.day(rng, lo, hi, channel, market);
                long at = day.atTime(LocalTimes.time(rng, channel, day)).atZone(zone).toEpochSecond();
                long cents = Math.round(opening * rng.uniform(DRAW_MIN, DRAW_MAX) / unit) * unit;
                boolean manual = rng.chance(manualShare);
                if (cents > 0) {
                    out.add(new Transfer(savings.id(), savings.number(), main.id(), main.number(), at, cents, channel,
                            manual));
                }
            }
        }
        out.sort(Comparator.comparingLong(Transfer::at));
        return out;
    }

    /**
     * Runs the ledger: the account's own 10-20 transactions, merged in time with the other domains'
     * flows. Each own transaction's type, channel and merchant are drawn first, then its day and
     * local time of day from the channel's shape ({@link LocalTimes}) in the owner's time zone
     * (salaries on paydays, bills on their day of the month); its amount follows from the balance
     * when its turn comes. When a flow's debit would overdraw the account, the customer first moves
     * the missing money in (a transfer_in tagged with the flow's reference), so the balance never
     * goes below zero.
     *
     * <p>The ledger is a recent window of the account's life ({@link #windowStart}): its own
     * transactions fall in the window, and so do the flows dated inside it; the opening balance carries
     * everything before. With {@code historyMonths} the window is that many months for every account,
     * and the own transactions grow with it at the default window's pace.
     */
    static Ledger run(Account account, Owner owner, Rng rng, long fixed, LocalDate asOf, List<LedgerFlow> flows,
                      Market market, LedgerRules rules, int historyMonths) {
        Kind kind = Kind.of(account.type());
        Life life = owner.life();
        // a profile's accounts: the main one lives by its plan, a savings builder's savings only takes
        // the transfers in and its interest
        boolean lived = life != null && life.mainAccountId() == account.id();
        boolean saver = life != null && life.savingsAccountId() != null && life.savingsAccountId() == account.id();
        int n = rng.between(rules.minTransactions(), rules.maxTransactions());
        if (lived || saver || kind == Kind.RECURRING) {
            n = 0;
        }
        LocalDate lastDay = lastDay(account, asOf);
        LocalDate firstDay = windowStart(account, asOf, historyMonths);
        if (historyMonths > 0) {
            double days = lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
            n = Math.max(n, (int) Math.round(n * days / (kind.months() * 30.4375)));
        }
        ZoneId zone = owner.zone();
        List<Entry> entries = new ArrayList<>(n + flows.size());
        drawOwn(entries, n, account, owner, kind, rng, firstDay, lastDay, zone, market, rules);
        if (kind == Kind.TRANSACTION && !lived) {
            replaceSpending(entries, bills(account, fixed, firstDay, lastDay, market, rng, zone, rules));
        }
        transfersIn(entries, owner, life, market, kind);
        java.util.Map<Entry, Transfer> drawn = transfersOut(entries, owner, market);
        java.util.Map<Entry, Transfer> instructions = standing(entries, owner, market);
        if (saver) {
            monthEndInterest(entries, account, rng, firstDay, lastDay, zone, market);
        }
        if (kind == Kind.RECURRING) {
            recurring(entries, owner, firstDay, lastDay, zone, market);
        }
        if (lived) {
            Account savings = owner.transferTargets().isEmpty() ? null : owner.transferTargets().get(0);
            LocalDate savingsFrom = savings == null ? null : windowStart(savings, asOf, historyMonths);
            for (LifeLedger.Planned p : LifeLedger.plan(life, account, savings, savingsFrom, firstDay, lastDay, asOf,
                    zone, market, rng, flows.size())) {
                entries.add(new Entry(p.at(), 1, p.type(), p.credit(), p.cents(), p.channel(), false, p.description(),
                        p.merchant(), p.merchantName(), null, null, null, p));
            }
        }
        flows(entries, flows, firstDay, asOf, zone);
        entries.sort(Comparator.comparingLong(Entry::at).thenComparingInt(Entry::order));
        keyByHand(entries, life == null ? owner : null, rules.manual(), new SplittableRandom(mix(fixed, "by-hand")));
        return new Booking(account, owner, rng, fixed, asOf, market, rules, historyMonths, firstDay, lived, drawn,
                instructions, entries.size()).book(entries, firstDay);
    }

    /**
     * The seed rules' own transactions, their amounts left to the booking: spending or income of the
     * rules' mix, fitted to the account's kind, on a day and at a time its channel allows; a salary
     * (or a pension's batch deposit) on a payday, one pay per payday.
     */
    private static void drawOwn(List<Entry> entries, int n, Account account, Owner owner, Kind kind, Rng rng,
                                LocalDate firstDay, LocalDate lastDay, ZoneId zone, Market market, LedgerRules rules) {
        java.util.Set<LocalDate> paydays = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            boolean spend = rng.chance(rules.spending());
            String type = fit(spend ? rules.spendingType().draw(rng) : rules.incomeType().draw(rng), kind, owner,
                    account);
            if (spend && !owner.transferTargets().isEmpty() && rng.chance(SAVING_HABIT)) {
                type = "transfer_out";       // money put aside: most of it goes to the owner's savings in the booking
            }
            if ("payment".equals(type) && kind == Kind.TRANSACTION) {
                type = "purchase";           // bills come on their own schedule
            }
            Merchant merchant = "purchase".equals(type) ? market.purchase(rng.random()) : null;
            String channel = channel(type, kind, merchant, owner, rng);
            // a shop's hours, whether paid by card or from a phone
            String timing = channel;
            channel = phonePaid(type, channel, market, rng);
            LocalDate day = LocalTimes.day(rng, firstDay, lastDay, timing, market);
            if ("salary".equals(type) || "deposit".equals(type) && "ach".equals(channel)) {
                day = payday(day, owner.pay(), firstDay, lastDay, market);
                if (day == null || !paydays.add(day)) {
                    // one pay per payday: a second draw for the same one is an ordinary deposit
                    type = "deposit";
                    channel = "mobile";
                    timing = channel;
                    day = LocalTimes.day(rng, firstDay, lastDay, channel, market);
                }
            }
            String name = merchant == null ? null : merchant.names()[rng.between(0, merchant.names().length - 1)];
            long at = day.atTime(LocalTimes.time(rng, timing, day, market)).atZone(zone).toEpochSecond();
            // the flag drawn here is replaced by keyByHand's; the draw stays so that the stream, and every later
            // column drawn from it, is unchanged
            entries.add(new Entry(at, 1, type, !isSpending(type), 0, channel, rng.chance(rules.manual()), null,
                    merchant, name, null, null, null));
        }
    }

    /** The account's bills, every month of the window: each takes the place of one drawn spending. */
    private static void replaceSpending(List<Entry> entries, List<Entry> bills) {
        for (int k = 0; k < bills.size() && !entries.isEmpty(); k++) {
            int drop = -1;
            for (int i = entries.size() - 1; i >= 0 && drop < 0; i--) {
                if (!entries.get(i).credit()) {
                    drop = i;
                }
            }
            entries.remove(drop >= 0 ? drop : entries.size() - 1);
        }
        entries.addAll(bills);
    }

    /**
     * The transfers in from the owner's other accounts: each takes the place of one own income
     * transaction (a profile's transfers come on top: the seed rules' own transactions stay as drawn).
     */
    private static void transfersIn(List<Entry> entries, Owner owner, Life life, Market market, Kind kind) {
        for (int k = 0; k < owner.incoming().size() && life == null && !entries.isEmpty(); k++) {
            int drop = -1;
            for (int i = entries.size() - 1; i >= 0 && drop < 0; i--) {
                if (entries.get(i).credit()) {
                    drop = i;
                }
            }
            entries.remove(drop >= 0 ? drop : entries.size() - 1);
        }
        for (Transfer t : owner.incoming()) {
            entries.add(new Entry(t.at(), 0, "transfer_in", true, t.cents(), t.channel(), t.manual(),
                    market.text(kind == Kind.RECURRING ? Text.RD_INSTALMENT_IN : Text.TRANSFER_FROM_ACCOUNT,
                            t.sourceNumber()), null, null, null, null, new Party(t.sourceId(), null, market.country())));
        }
    }

    /**
     * The standing instructions the account pays (a recurring deposit's instalments): each a transfer
     * out by the bank's system to the deposit, which the booking makes only when the balance carries it.
     */
    private static java.util.Map<Entry, Transfer> standing(List<Entry> entries, Owner owner, Market market) {
        java.util.Map<Entry, Transfer> out = new java.util.IdentityHashMap<>();
        for (Transfer t : owner.standing()) {
            Entry e = new Entry(t.at(), 0, "transfer_out", false, t.cents(), t.channel(), false,
                    market.text(Text.RD_INSTALMENT_OUT, t.targetNumber()), null, null, null, null,
                    new Party(t.targetId(), null, market.country()));
            entries.add(e);
            out.put(e, t);
        }
        return out;
    }

    /**
     * A recurring deposit's own entries: the instalments paid in cash at the branch, and a quarter's
     * interest on the last banking day of each quarter's last month, at the end-of-day run (its amount,
     * on the monthly product, is the booking's).
     */
    private static void recurring(List<Entry> entries, Owner owner, LocalDate firstDay, LocalDate lastDay, ZoneId zone,
                                  Market market) {
        for (long at : owner.cash()) {
            entries.add(new Entry(at, 0, "deposit", true, owner.deposit().instalmentCents(), "branch", true,
                    market.text(Text.RD_INSTALMENT_CASH), null, null, null, null, null));
        }
        for (java.time.YearMonth m = java.time.YearMonth.from(firstDay); !m.isAfter(java.time.YearMonth.from(lastDay));
             m = m.plusMonths(1)) {
            LocalDate day = RecurringDeposit.interestDay(m, market);
            if (day != null && !day.isBefore(firstDay) && !day.isAfter(lastDay)) {
                entries.add(new Entry(day.atStartOfDay(zone).toEpochSecond() + RecurringDeposit.INTEREST_SECOND, 1,
                        "interest", true, 0, "system", false, null, null, null, null, null, null));
            }
        }
    }

    /**
     * The transfers out to the owner's main account: each takes the place of one own transfer out (or,
     * when none is left, of another spending), so that the account's outflow keeps its size. Gives
     * the entries of the transfers, whose draws the booking may cut.
     */
    private static java.util.Map<Entry, Transfer> transfersOut(List<Entry> entries, Owner owner, Market market) {
        for (int k = 0; k < owner.outgoing().size() && !entries.isEmpty(); k++) {
            int drop = -1;
            for (int i = entries.size() - 1; i >= 0 && drop < 0; i--) {
                if (entries.get(i).order() == 1 && "transfer_out".equals(entries.get(i).type())) {
                    drop = i;
                }
            }
            for (int i = entries.size() - 1; i >= 0 && drop < 0; i--) {
                if (entries.get(i).order() == 1 && !entries.get(i).credit()) {
                    drop = i;
                }
            }
            if (drop >= 0) {
                entries.remove(drop);
            }
        }
        java.util.Map<Entry, Transfer> drawn = new java.util.IdentityHashMap<>();
        for (Transfer t : owner.outgoing()) {
            entries.add(new Entry(t.at(), 0, "transfer_out", false, t.cents(), t.channel(), t.manual(),
                    market.text(Text.TRANSFER_TO_ACCOUNT, t.targetNumber()), null, null, null,
                    market.text(Text.TRANSFER_FROM_OTHER_BANK), new Party(t.targetId(), null, market.country())));
            drawn.put(entries.get(entries.size() - 1), t);
        }
        return drawn;
    }

    /** A savings builder's interest, on the last banking day of every month of the window, at a positive rate. */
    private static void monthEndInterest(List<Entry> entries, Account account, Rng rng, LocalDate firstDay,
                                         LocalDate lastDay, ZoneId zone, Market market) {
        for (java.time.YearMonth m = java.time.YearMonth.from(firstDay); !m.isAfter(java.time.YearMonth.from(lastDay));
             m = m.plusMonths(1)) {
            LocalDate day = LocalTimes.openInMonth(m.atEndOfMonth(), "system", market);   // its last banking day
            if (!day.isAfter(lastDay) && !day.isBefore(firstDay) && account.interestRate().signum() > 0) {
                entries.add(new Entry(day.atTime(LocalTimes.time(rng, "system", day)).atZone(zone).toEpochSecond(),
                        1, "interest", true, 0, "system", false, null, null, null, null, null, null));
            }
        }
    }

    /** Other domains' flows dated inside the window (those before it are carried in the opening balance). */
    private static void flows(List<Entry> entries, List<LedgerFlow> flows, LocalDate firstDay, LocalDate asOf,
                              ZoneId zone) {
        for (LedgerFlow flow : flows) {
            if (flow.dated().isBefore(firstDay) || flow.day().isAfter(asOf.minusDays(1))) {
                continue;
            }
            long at = flow.instant() != null ? flow.instant()
                    : flow.day().atTime(flow.hour(), 0).atZone(zone).toEpochSecond();
            Party party = flow.counterpartyAccountId() == null && flow.counterpartyName() == null ? null
                    : new Party(flow.counterpartyAccountId(), flow.counterpartyName(), flow.counterpartyCountry());
            entries.add(new Entry(at, 0, flow.type(), flow.credit(), flow.cents(), flow.channel(), false,
                    flow.description(), null, null, flow.reference() == null ? null
                    : new Tagged(flow.reference(), flow.tag()), flow.coverDescription(), party));
        }
    }

    /**
     * Who keyed each own transaction. The seed rules' share by hand (30%) falls only where a person keys
     * a transaction: a teller at the branch, the wire desk, the customer online, in the app, at an ATM
     * or a till; never the bank's own postings (fees, interest, a certificate's payouts: channel
     * {@code system}) or an ACH batch (salaries, direct debits, autopay). The transfers the seed rules
     * made with the holder's other accounts ({@code seeded}'s incoming and outgoing; null for a
     * profiled customer, whose transfers follow the profile) carry the flag drawn for them; each other
     * transaction a person keys is keyed by hand with the chance that gives the account the rules'
     * share in expectation (every one of them, when even that falls short: a certificate of deposit
     * has none).
     */
    private static void keyByHand(List<Entry> entries, Owner seeded, double share, SplittableRandom rng) {
        int counted = 0;
        int fixedByHand = 0;
        if (seeded != null) {
            for (Transfer t : seeded.incoming()) {
                counted++;
                fixedByHand += t.manual() ? 1 : 0;
            }
            for (Transfer t : seeded.outgoing()) {
                counted++;
                fixedByHand += t.manual() ? 1 : 0;
            }
        }
        int free = 0;
        for (Entry e : entries) {
            if (e.order() == 1 && e.plan() == null) {
                counted++;
                free += byPerson(e.channel()) ? 1 : 0;
            }
        }
        double chance = free == 0 ? 0 : Math.max(0, Math.min(1, (share * counted - fixedByHand) / free));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.order() == 1 && e.plan() == null) {
                entries.set(i, e.keyedByHand(byPerson(e.channel()) && rng.nextDouble() < chance));
            }
        }
    }

    /** Whether a person keys a transaction on this channel (not the bank's systems, not an ACH batch). */
    static boolean byPerson(String channel) {
        return !"system".equals(channel) && !"ach".equals(channel);
    }

    /** The last day of the account's activity: the day before as-of, or a year earlier for a dormant account. */
    static LocalDate lastDay(Account account, LocalDate asOf) {
        LocalDate firstDay = account.openedDate().plusDays(1);
        LocalDate lastDay = asOf.minusDays(1);
        if ("dormant".equals(account.status())) {
            // a dormant account has been quiet for the last year (or since soon after opening), never past as-of
            LocalDate quiet = lastDay.minusDays(366);
            lastDay = quiet.isAfter(firstDay.plusDays(30)) ? quiet : firstDay.plusDays(30);
            lastDay = lastDay.isAfter(asOf.minusDays(1)) ? asOf.minusDays(1) : lastDay;
        }
        return lastDay;
    }

    /**
     * The first day of the account's stored ledger: its kind's default months before its last active
     * day (or the first day of the month {@code historyMonths} before the month after it: so many whole
     * calendar months, as the profiles' metrics read them), or the day after it opened if later.
     */
    static LocalDate windowStart(Account account, LocalDate asOf, int historyMonths) {
        int months = historyMonths > 0 ? historyMonths : Kind.of(account.type()).months();
        // with a history, whole calendar months: the N before the month after the last day, and that month so far
        LocalDate start = historyMonths > 0
                ? java.time.YearMonth.from(lastDay(account, asOf).plusDays(1)).minusMonths(months).atDay(1)
                : lastDay(account, asOf).minusMonths(months).plusDays(1);
        LocalDate opened = account.openedDate().plusDays(1);
        return start.isBefore(opened) ? opened : start;
    }

    private static boolean isSpending(String type) {
        return switch (type) {
            case "purchase", "payment", "withdrawal", "transfer_out", "fee" -> true;
            default -> false;
        };
    }

    /** The type drawn, made to fit the account: what cannot happen on it becomes what would. */
    private static String fit(String type, Kind kind, Owner owner, Account account) {
        boolean paid = owner.pay() != null;
        return switch (kind) {
            case TRANSACTION -> switch (type) {
                case "salary" -> paid && !owner.pay().pension() ? "salary" : "deposit";
                case "interest" -> account.interestRate().signum() > 0 ? "interest" : "deposit";
                default -> type;
            };
            case SAVINGS -> switch (type) {
                case "purchase", "payment" -> "transfer_out";
                case "salary", "refund" -> "deposit";
                default -> type;
            };
            case TERM, RECURRING -> isSpending(type) ? "transfer_out" : "interest";
        };
    }

    /**
     * A purchase in a shop ({@code pos}) paid from a phone instead, on the market's phone rail, at the
     * market's share; no draw where the market has none.
     */
    static String phonePaid(String type, String channel, Market market, Rng rng) {
        double share = market.phonePaidInShops();
        return share > 0 && "purchase".equals(type) && "pos".equals(channel) && rng.chance(share) ? "mobile" : channel;
    }

    private static String channel(String type, Kind kind, Merchant merchant, Owner owner, Rng rng) {
        return switch (type) {
            case "withdrawal" -> kind == Kind.TRANSACTION && rng.chance(0.7) ? "atm" : "branch";
            case "purchase" -> "in_person".equals(merchant.channel()) ? "pos" : rng.chance(0.6) ? "online" : "mobile";
            case "payment" -> new String[] {"ach", "ach", "ach", "online", "mobile"}[rng.between(0, 4)];
            case "transfer_out" -> kind == Kind.TERM ? "system" : kind == Kind.TRANSACTION
                    ? new String[] {"online", "mobile", "wire"}[rng.between(0, 2)] : rng.chance(0.5) ? "online" : "mobile";
            case "deposit" -> kind == Kind.TRANSACTION && owner.pay() != null && owner.pay().pension() && rng.chance(0.6)
                    ? "ach" : kind == Kind.TRANSACTION ? new String[] {"branch", "atm", "mobile"}[rng.between(0, 2)]
                    : rng.chance(0.5) ? "branch" : "mobile";
            case "transfer_in" -> new String[] {"online", "ach", "wire"}[rng.between(0, 2)];
            case "refund" -> rng.chance(0.5) ? "pos" : "online";
            case "salary" -> "ach";
            default -> "system";
        };
    }

    /**
     * The payday on or before the day for the owner's pay schedule (Fridays for weekly and biweekly
     * pay, the 15th and the last day for semimonthly, the last day for monthly, the 3rd for a
     * pension), brought forward to the banking day before when it is not one; the next payday when
     * that falls before {@code from}; null when none falls in [from, to].
     */
    static LocalDate payday(LocalDate day, Customer.Pay pay, LocalDate from, LocalDate to, Market market) {
        if (pay == null) {
            return null;
        }
        for (LocalDate probe = day; !probe.isAfter(to.plusDays(40)); probe = probe.plusDays(7)) {
            LocalDate d = scheduled(probe, pay);
            while (!market.bankingDay(d)) {
                d = d.minusDays(1);
            }
            if (!d.isBefore(from) && !d.isAfter(to)) {
                return d;
            }
            if (d.isAfter(to)) {
                return null;
            }
        }
        return null;
    }

    private static LocalDate scheduled(LocalDate day, Customer.Pay pay) {
        if (pay.pension()) {
            LocalDate third = day.withDayOfMonth(3);
            return third.isAfter(day) ? third.minusMonths(1) : third;
        }
        return switch (pay.frequency()) {
            case "weekly" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
            case "biweekly" -> {
                LocalDate friday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
                long weeks = ChronoUnit.WEEKS.between(pay.anchor(), friday);
                yield weeks % 2 == 0 ? friday : friday.minusWeeks(1);
            }
            case "semimonthly" -> {
                LocalDate last = day.with(TemporalAdjusters.lastDayOfMonth());
                yield day.equals(last) ? last : day.getDayOfMonth() >= 15 ? day.withDayOfMonth(15)
                        : day.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
            }
            default -> {
                LocalDate last = day.with(TemporalAdjusters.lastDayOfMonth());
                yield day.equals(last) ? last : day.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
            }
        };
    }

    /**
     * The bills of a transaction account: 1-3 billers (utilities, telecoms, insurance, subscriptions,
     * rent), fixed for the account, each paid once every month of the window on its day of the month
     * (moved to the next day its channel works, or the one before at the end of a month), at its one
     * amount.
     */
    private static List<Entry> bills(Account account, long fixed, LocalDate from, LocalDate to, Market market, Rng rng,
                                     ZoneId zone, LedgerRules rules) {
        SplittableRandom pick = new SplittableRandom(mix(fixed, "billers"));
        int count = 1 + pick.nextInt(3);
        List<Merchant> billers = new ArrayList<>();
        for (int attempt = 0; attempt < 12 && billers.size() < count; attempt++) {
            Merchant m = market.bill(pick);
            if (billers.stream().noneMatch(b -> b.subcategory().equals(m.subcategory()))) {
                billers.add(m);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Merchant biller : billers) {
            String channel = Math.floorMod(mix(fixed, biller.subcategory() + "-channel"), 5) < 4 ? "ach"
                    : "online";
            int dom = 1 + (int) Math.floorMod(mix(fixed, biller.subcategory() + "-day"), 28);
            String name = biller.names()[(int) Math.floorMod(mix(fixed, biller.subcategory()),
                    biller.names().length)];
            for (java.time.YearMonth month = java.time.YearMonth.from(from); !month.isAfter(java.time.YearMonth.from(to));
                 month = month.plusMonths(1)) {
                // the next day the channel works, or the one before at a month's end: each month has its bill
                LocalDate day = LocalTimes.openInMonth(month.atDay(dom), channel, market);
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                long at = day.atTime(LocalTimes.time(rng, channel, day, market)).atZone(zone).toEpochSecond();
                // keyByHand replaces this flag; the draw keeps the stream as it was
                out.add(new Entry(at, 1, "payment", false, 0, channel, rng.chance(rules.manual()), null, biller, name,
                        null, null, null));
            }
        }
        return out;
    }

    /**
     * A number fixed by an account's own seed and a key, the same wherever the account's ledger is
     * built: a biller's amount and day, a contact, for the account. {@code fixed} comes from the run's
     * seed tree (the account's "ledger-fixed" seed), so another {@code --seed} gives other billers.
     */
    static long mix(long fixed, String key) {
        long h = fixed * 0x9E3779B97F4A7C15L + key.hashCode();
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    /**
     * An own transaction's amount, set by the balance before it: a spending takes at most 30% of it,
     * and one the balance cannot fund at all becomes a mobile deposit; a refund needs an earlier
     * purchase to give back, or it too becomes a deposit.
     */
    static Entry amount(Entry drawn, long balanceCents, Rng rng, long fixed, Account account, Owner owner, Kind kind,
                                List<Entry> purchases, LedgerRules rules, Market market) {
        long cap = (long) Math.floor(balanceCents * rules.spendingCap());
        String type = drawn.type();
        String channel = drawn.channel();
        Merchant merchant = drawn.merchant();
        String name = drawn.merchantName();
        boolean spend = !drawn.credit();
        Entry refunded = null;
        if ("refund".equals(type)) {
            for (int i = purchases.size() - 1; i >= 0 && refunded == null; i--) {
                if (purchases.get(i).channel().equals(channel) || i == 0) {
                    refunded = purchases.get(i);
                }
            }
            if (refunded == null) {
                type = "deposit";
                channel = "mobile";
            } else {
                merchant = refunded.merchant();
                name = refunded.merchantName();
                channel = refunded.channel();
            }
        }
        if (spend && cap < 1) {
            spend = false;
            type = "deposit";
            channel = "mobile";
            merchant = null;
            name = null;
        }
        long amount;
        if (spend) {
            long wanted = switch (type) {
                case "purchase" -> merchant.cents(rng.gaussian());
                case "payment" -> merchant.cents(new SplittableRandom(mix(fixed, merchant.subcategory()))
                        .nextGaussian() * 0.5);
                case "withdrawal" -> market.cents("atm".equals(channel) ? Amount.ATM_WITHDRAWAL_UNIT
                        : Amount.BRANCH_WITHDRAWAL_UNIT) * rng.between(1, 20);
                case "transfer_out" -> kind == Kind.TERM
                        ? Math.max(1, Math.round(balanceCents * account.interestRate().doubleValue() / 100 / 12))
                        : Math.round(rng.logNormal(300 * market.priceLevel(), 0.9) * 100);
                default -> fee(kind, rng, market);
            };
            amount = Math.max(1, Math.min(cap, wanted));
        } else {
            amount = switch (type) {
                case "salary" -> owner.pay().cents();
                case "deposit" -> "ach".equals(channel) && owner.pay() != null && owner.pay().pension()
                        ? owner.pay().cents() : Math.max(100, Math.round(rng.logNormal(400 * market.priceLevel(), 0.9) * 100));
                case "transfer_in" -> Math.max(100, Math.round(rng.logNormal(600 * market.priceLevel(), 0.9) * 100));
                case "interest" -> Math.max(1, Math.round(Math.max(0, balanceCents)
                        * account.interestRate().doubleValue() / 100 / 12));
                case "refund" -> rng.chance(0.7) ? refunded.cents()
                        : Math.max(1, Math.round(refunded.cents() * rng.uniform(0.1, 0.9)));
                default -> Math.max(100, Math.round(rng.logNormal(40 * market.priceLevel(), 0.8) * 100));
            };
        }
        String description = description(type, channel, name, kind, owner, rng, market);
        return new Entry(drawn.at(), 1, type, !spend, amount, channel, drawn.manual(), description,
                "purchase".equals(type) || "payment".equals(type) || "refund".equals(type) ? merchant : null,
                "purchase".equals(type) || "payment".equals(type) || "refund".equals(type) ? name : null, null, null,
                null);
    }

    /** A fee the account's terms charge: maintenance or ATM fees on checking, service or excess-withdrawal fees on savings. */
    private static long fee(Kind kind, Rng rng, Market market) {
        Amount fees = kind == Kind.TRANSACTION ? Amount.CHECKING_FEES : Amount.SAVINGS_FEES;
        return market.bank().cents(fees, rng.between(0, market.bank().count(fees) - 1));
    }

    private static String description(String type, String channel, String merchant, Kind kind, Owner owner, Rng rng,
                                      Market market) {
        return switch (type) {
            case "purchase" -> market.text("pos".equals(channel) ? Text.CARD_PURCHASE : "mobile".equals(channel)
                    ? Text.PHONE_PURCHASE : Text.ONLINE_PURCHASE, merchant);
            case "payment" -> market.text("ach".equals(channel) ? Text.BILL_COLLECTED : Text.BILL_PAID, merchant);
            case "refund" -> market.text(Text.REFUND, merchant);
            case "withdrawal" -> market.text("atm".equals(channel) ? Text.ATM_WITHDRAWAL : Text.BRANCH_WITHDRAWAL);
            case "transfer_out" -> market.text(kind == Kind.TERM ? Text.INTEREST_TO_LINKED : "wire".equals(channel)
                    ? Text.WIRE_OUT : Text.TRANSFER_TO_OTHER_BANK);
            case "fee" -> rng.pick(market.bank().texts(kind == Kind.TRANSACTION ? Text.CHECKING_FEE_NAMES
                    : Text.SAVINGS_FEE_NAMES));
            case "salary" -> market.text(Text.PAYROLL_DEPOSIT, owner.pay().payer());
            case "deposit" -> "ach".equals(channel) && owner.pay() != null && owner.pay().pension()
                    ? market.text(Text.BENEFIT_DEPOSIT, owner.pay().payer()) : market.text(switch (channel) {
                        case "atm" -> Text.ATM_DEPOSIT;
                        case "branch" -> Text.BRANCH_DEPOSIT;
                        default -> Text.MOBILE_DEPOSIT;
                    });
            case "transfer_in" -> market.text("wire".equals(channel) ? Text.WIRE_IN : Text.TRANSFER_FROM_OTHER_BANK);
            default -> market.text(Text.INTEREST_CREDIT);
        };
    }

    /** Contacts per account at other banks: the people its transfers and wires go to and come from. */
    static final int CONTACTS = 3;
    /** The share of wires that cross a border [chosen]. */
    static final double INTERNATIONAL_WIRES = 0.15;

    /**
     * The counterparty of an own transfer or wire, fixed by the account and the transaction's place in
     * the ledger (no draw from the ledger's stream, so nothing else moves): a term deposit pays its
     * interest to the owner's account elsewhere; transfers out go to one of the account's three
     * contacts, transfers in come from the owner's account elsewhere half the time and from a contact
     * otherwise; 15% of wires cross a border, to or from a country of the market's remittances.
     */
    static Party party(String type, String channel, Kind kind, Account account, long fixed, Owner owner,
                               Market market,
                               int index) {
        if (!"transfer_out".equals(type) && !"transfer_in".equals(type)) {
            return null;
        }
        long h = mix(fixed, "party-" + index);
        if (kind == Kind.TERM || "transfer_in".equals(type) && !"wire".equals(channel) && (h & 1) == 0) {
            return new Party(null, owner.holder(), market.country());
        }
        SplittableRandom contact = new SplittableRandom(mix(fixed, "contact-" + Math.floorMod(h >> 1, CONTACTS)));
        String name = market.firstName(contact, contact.nextBoolean(), 1950 + contact.nextInt(50)) + " "
                + market.surname(contact);
        boolean abroad = "wire".equals(channel) && Math.floorMod(h >> 8, 1000) < INTERNATIONAL_WIRES * 1000;
        return new Party(null, name, abroad ? market.wireCountry(new SplittableRandom(h)) : market.country());
    }

    /** {@code TX} and the id on 14 digits, without String.format in this hot path. */
    static String reference(long id) {
        return "TX" + io.dhub.generators.ids.UniqueValues.pad(id, 14);
    }
}
