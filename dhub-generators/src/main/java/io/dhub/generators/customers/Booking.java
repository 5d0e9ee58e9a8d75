package io.dhub.generators.customers;

import io.dhub.generators.ids.Ids;
import io.dhub.generators.market.Amount;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.Text;
import io.dhub.generators.spi.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The booking loop of one account's ledger: it takes the planned entries in time order and owns the
 * invariants every planner relies on. The running balance never goes below the floor (zero, or an
 * uncapped profile's overdraft): a debit the balance cannot carry is first covered by a transfer in.
 * An own spending takes at most the rules' cap of the balance before it (the amounts of own entries
 * are set here, from the balance, by {@link Ledger#amount}). Money of a laundering case passing
 * through is held apart from the holder's own spending. A profile's returned debit is booked with the
 * balance unchanged, then the bank's fee. A standing instruction the balance cannot carry fails: nothing
 * is booked. A recurring deposit's quarter's interest is the rate's twelfth of its monthly product. Rows
 * are numbered in booking order.
 */
final class Booking {
    private final Account account;
    private final Ledger.Owner owner;
    private final Life life;
    private final Rng rng;
    private final long fixed;
    private final LocalDate asOf;
    private final Market market;
    private final LedgerRules rules;
    private final int historyMonths;
    private final Ledger.Kind kind;
    private final ZoneId zone;
    private final long pendingFrom;
    /** The transfers out to the main account the seed rules drew, by their entry (a draw may be cut). */
    private final Map<Ledger.Entry, Ledger.Transfer> drawn;
    /** The lowest balance: zero, or minus the overdraft limit for an uncapped profile's main account. */
    private final long floor;
    /** The standing instructions the account pays, by their entry: made only when the balance carries them. */
    private final Map<Ledger.Entry, Ledger.Transfer> standing;
    /** A recurring deposit's month ends of the current quarter, summed, and the next month to add. */
    private long product;
    private java.time.YearMonth productMonth;

    private long cents;
    private long lastAt;
    /** Money of a laundering case on the account: the holder's own spending never touches it. */
    private long held;
    private final List<Transaction> out;
    private final List<Ledger.Entry> purchases = new ArrayList<>();
    private final List<Ledger.Transfer> sent = new ArrayList<>();
    private final List<Ledger.Cut> uncovered = new ArrayList<>();

    Booking(Account account, Ledger.Owner owner, Rng rng, long fixed, LocalDate asOf, Market market, LedgerRules rules,
            int historyMonths, LocalDate firstDay, boolean lived, Map<Ledger.Entry, Ledger.Transfer> drawn,
            Map<Ledger.Entry, Ledger.Transfer> standing, int size) {
        this.account = account;
        this.owner = owner;
        this.life = owner.life();
        this.rng = rng;
        this.fixed = fixed;
        this.asOf = asOf;
        this.market = market;
        this.rules = rules;
        this.historyMonths = historyMonths;
        this.kind = Ledger.Kind.of(account.type());
        this.zone = owner.zone();
        this.pendingFrom = asOf.minusDays(3).atStartOfDay(zone).toEpochSecond() - 1;
        this.drawn = drawn;
        this.floor = lived && life.uncapped() ? -account.overdraftLimit().movePointRight(2).longValueExact() : 0;
        this.cents = account.openingBalance().movePointRight(2).longValueExact();
        this.lastAt = firstDay.atStartOfDay(zone).toEpochSecond();
        this.out = new ArrayList<>(size + 8);
        this.standing = standing;
        if (owner.deposit() != null) {
            this.product = owner.deposit().productCents();
            this.productMonth = owner.deposit().firstMonth();
        }
    }

    /** Books the entries, in their order, and gives the ledger from the first day of the window. */
    Ledger book(List<Ledger.Entry> entries, LocalDate firstDay) {
        for (Ledger.Entry e : entries) {
            if (e.plan() != null) {
                planned(e.plan());
            } else {
                own(e);
            }
        }
        return Ledger.of(List.copyOf(out), BigDecimal.valueOf(cents, 2), List.copyOf(sent), firstDay,
                List.copyOf(uncovered));
    }

    /** The holder moves money in from another bank: a transfer in at that instant. */
    private void moveIn(long topUp, long at) {
        cents += topUp;
        out.add(row(at, "transfer_in", true, topUp, cents, "online", false, market.text(Text.TRANSFER_FROM_OTHER_BANK),
                null, null, null, holder(), null, null, null));
    }

    private Ledger.Party holder() {
        return new Ledger.Party(null, owner.holder(), market.country());
    }

    /** A round top-up of one to five hundreds on top of what is missing. */
    private long roundUp(long missing) {
        return missing + 100 * rng.between(1, 5) * 100;
    }

    /** One entry of a profile's plan: a sweep to a level, a returned debit, or a planned transaction. */
    private void planned(LifeLedger.Planned p) {
        if (p.flag() == LifeLedger.Flag.SWEEP) {
            sweep(p);
        } else if (p.flag() == LifeLedger.Flag.RETURNED) {
            returned(p);
        } else {
            plannedTransaction(p);
        }
    }

    /** The balance is brought to the plan's level by a transfer in or out, at that instant. */
    private void sweep(LifeLedger.Planned p) {
        long delta = cents - p.cents();
        if (delta != 0) {
            boolean in = delta < 0;
            cents = p.cents();
            lastAt = Math.max(lastAt, p.at());
            out.add(row(lastAt, in ? "transfer_in" : "transfer_out", in, Math.abs(delta), cents, "online", false,
                    in ? market.text(Text.TRANSFER_FROM_OTHER_BANK) : market.text(Text.TRANSFER_TO_OTHER_BANK), null,
                    null, null, holder(), null, null, null));
        }
    }

    /** Presented and returned unpaid: booked with the balance unchanged, then the bank's fee. */
    private void returned(LifeLedger.Planned p) {
        lastAt = Math.max(lastAt, p.at());
        Transaction returned = row(lastAt, p.type(), false, p.cents(), cents, p.channel(), false, p.description(),
                null, null, null, null, p.counterpartyId(), p.returnReason(), null);
        out.add(returned);
        long fee = market.cents(Amount.RETURNED_ITEM_FEE);
        lastAt += 1;
        if (cents - fee < floor) {
            moveIn(roundUp(fee - (cents - floor)), lastAt);
            lastAt += 1;
        }
        cents -= fee;
        out.add(row(lastAt, "fee", false, fee, cents, "system", false, market.text(Text.RETURNED_ITEM), null, null,
                null, null, null, null, returned.id()));
    }

    /** A planned transaction, within the cap unless the profile is uncapped, covered when short. */
    private void plannedTransaction(LifeLedger.Planned p) {
        long amount = p.cents();
        boolean debt = p.counterpartyId() != null && !p.credit();
        if (p.merchant() == LifeLedger.SUBSCRIPTION && !life.uncapped()
                && amount > Math.floor((cents - held) * rules.spendingCap())) {
            // a subscription bills its amount: the holder first moves in what keeps it inside the cap
            long topUp = roundUp((long) Math.ceil(amount / rules.spendingCap()) - (cents - held));
            lastAt = Math.max(lastAt, p.at() - 3600);
            moveIn(topUp, lastAt);
        }
        if (!p.credit() && !debt && !life.uncapped()) {
            amount = Math.min(amount, (long) Math.floor((cents - held) * rules.spendingCap()));
        }
        if (amount < 1) {
            return;            // nothing left to spend this time
        }
        if (!p.credit() && cents - amount < floor) {
            long topUp = roundUp(amount - (cents - floor));
            lastAt = Math.max(lastAt, p.at() - 3600);
            moveIn(topUp, lastAt);
        }
        cents += p.credit() ? amount : -amount;
        lastAt = Math.max(lastAt, p.at());
        Ledger.Party party = null;
        if (p.flag() == LifeLedger.Flag.SAVINGS) {
            Account target = owner.transferTargets().get(0);
            sent.add(new Ledger.Transfer(account.id(), account.number(), target.id(), target.number(), lastAt, amount,
                    p.channel(), false));
            party = new Ledger.Party(target.id(), null, market.country());
        }
        out.add(row(lastAt, p.type(), p.credit(), amount, cents, p.channel(), false, p.description(), p.merchantName(),
                p.merchant() == null ? null : p.merchant().subcategory(), null, party, p.counterpartyId(), null,
                null));
    }

    /** An entry of the seed rules (its amount set now, from the balance) or another domain's flow. */
    private void own(Ledger.Entry e) {
        Ledger.Transfer instruction = standing.get(e);
        if (instruction != null) {
            if (e.cents() > cents - held) {
                return;                    // the instruction fails for want of funds: the instalment is missed
            }
            sent.add(instruction);
        }
        if (kind == Ledger.Kind.RECURRING) {
            accrue(e.at());
        }
        Ledger.Entry entry = e.order() == 1 && kind == Ledger.Kind.RECURRING ? quarterInterest(e) : e.order() == 1
                ? Ledger.amount(e, cents - held, rng, fixed, account, owner, kind, purchases, rules, market) : e;
        if (entry == null) {
            return;
        }
        if (e.order() == 1 && "transfer_out".equals(entry.type()) && !"wire".equals(entry.channel())
                && !owner.transferTargets().isEmpty() && rng.chance(Ledger.TO_OWN_SAVINGS)) {
            entry = toOwnSavings(entry);
        }
        // a draw back to the main account stays within the 30% a debit may take of the balance before it
        if (drawn.containsKey(e) && entry.cents() * 10 > cents * 3) {
            long unit = Ledger.drawUnit(market);
            uncovered.add(new Ledger.Cut(drawn.get(e), cents <= 0 ? 0 : cents * 3 / 10 / unit * unit));
        }
        if (!entry.credit() && entry.cents() > cents) {
            cover(entry);
        }
        if ("purchase".equals(entry.type())) {
            purchases.add(entry);
        }
        cents += entry.credit() ? entry.cents() : -entry.cents();
        if (entry.reference() != null && entry.reference().tag() == LedgerFlow.Tag.CASE) {
            held = Math.max(0, held + (entry.credit() ? entry.cents() : -entry.cents()));
        }
        lastAt = entry.at();
        Ledger.Party party = entry.party() != null || entry.order() != 1 ? entry.party()
                : Ledger.party(entry.type(), entry.channel(), kind, account, fixed, owner, market, out.size());
        out.add(row(entry.at(), entry.type(), entry.credit(), entry.cents(), cents, entry.channel(), entry.manual(),
                entry.description(), entry.merchantName(), entry.merchant() == null ? null
                        : entry.merchant().subcategory(), entry.reference(), party, null, null, null));
    }

    /** Adds the balance at each month end passed before this instant to the recurring deposit's product. */
    private void accrue(long at) {
        java.time.YearMonth month = java.time.YearMonth.from(java.time.Instant.ofEpochSecond(at).atZone(zone));
        for (; productMonth.isBefore(month); productMonth = productMonth.plusMonths(1)) {
            product += cents;
        }
    }

    /**
     * A recurring deposit's quarter's interest, credited at the end of the quarter's last month: the
     * rate's twelfth of the product with this month's end (the balance now); null when it comes to nothing.
     */
    private Ledger.Entry quarterInterest(Ledger.Entry e) {
        long interest = RecurringDeposit.interest(product + cents, account.interestRate().doubleValue());
        product = 0;
        productMonth = productMonth.plusMonths(1);
        if (interest <= 0) {
            return null;
        }
        return new Ledger.Entry(e.at(), 1, "interest", true, interest, e.channel(), false,
                market.text(Text.INTEREST_CREDIT), null, null, null, null, null);
    }

    /** Money put aside goes to one of the holder's savings accounts open that day, most of the time. */
    private Ledger.Entry toOwnSavings(Ledger.Entry entry) {
        long day = java.time.Instant.ofEpochSecond(entry.at()).atZone(zone).toLocalDate().toEpochDay();
        List<Account> open = owner.transferTargets().stream()
                .filter(t -> Ledger.windowStart(t, asOf, historyMonths).toEpochDay() <= day).toList();
        if (open.isEmpty()) {
            return entry;
        }
        Account target = open.get(rng.between(0, open.size() - 1));
        sent.add(new Ledger.Transfer(account.id(), account.number(), target.id(), target.number(), entry.at(),
                entry.cents(), entry.channel(), entry.manual()));
        return new Ledger.Entry(entry.at(), 1, entry.type(), false, entry.cents(), entry.channel(),
                entry.manual(), market.text(Text.TRANSFER_TO_ACCOUNT, target.number()), null, null, null, null,
                new Ledger.Party(target.id(), null, market.country()));
    }

    /** The holder moves in what a debit lacks, an hour before it, tagged with its loan or policy. */
    private void cover(Ledger.Entry entry) {
        long topUp = roundUp(entry.cents() - cents);
        cents += topUp;
        lastAt = Math.max(lastAt, entry.at() - 3600);
        // the cover is the customer's own money: it belongs to a loan or policy, never to a case
        Ledger.Tagged cover = entry.reference() != null && entry.reference().tag() == LedgerFlow.Tag.CASE ? null
                : entry.reference();
        out.add(row(lastAt, "transfer_in", true, topUp, cents, "online", false, entry.coverDescription(), null, null,
                cover, holder(), null, null, null));
    }

    /** The next row of the account, numbered in booking order; pending in the last three days. */
    private Transaction row(long at, String type, boolean credit, long amount, long balance, String channel,
                            boolean manual, String description, String merchantName, String merchantCategory,
                            Ledger.Tagged ref, Ledger.Party party, Long counterpartyId, String returnReason,
                            Long parentId) {
        long id = Ids.transaction(account.id(), out.size());
        return new Transaction(id, account.id(), type, credit, BigDecimal.valueOf(amount, 2),
                BigDecimal.valueOf(balance, 2), OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(at),
                ZoneOffset.UTC), channel, manual, returnReason != null ? "reversed" : at > pendingFrom ? "pending"
                : "posted", Ledger.reference(id), description, merchantName, merchantCategory,
                tagged(ref, LedgerFlow.Tag.LOAN), tagged(ref, LedgerFlow.Tag.POLICY), tagged(ref, LedgerFlow.Tag.CLAIM),
                party == null ? null : party.accountId(), party == null ? null : party.name(),
                party == null ? null : party.country(), tagged(ref, LedgerFlow.Tag.CASE), counterpartyId, returnReason,
                parentId);
    }

    private static Long tagged(Ledger.Tagged ref, LedgerFlow.Tag tag) {
        return ref != null && ref.tag() == tag ? ref.id() : null;
    }
}
