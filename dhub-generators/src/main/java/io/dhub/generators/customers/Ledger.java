package io.dhub.generators.customers;

import io.dhub.generators.engine.Rng;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.market.Market;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An account's transactions with their running balance. The rules of the specification: 10-20
 * transactions per account, 70% spending and 30% income, in time order, a spending never more
 * than 30% of the balance before it, salaries in the market's range (1,000-8,000 dollars in the
 * US), 30% keyed in by hand. Beyond it:
 * opening balance + credits − debits = balance after each transaction = the account's balance.
 */
public final class Ledger {
    private static final String[][] MERCHANTS = {
        {"FreshMart Grocery", "groceries"}, {"Corner Market", "groceries"}, {"City Fuel", "fuel"},
        {"QuickGas", "fuel"}, {"Bistro 21", "restaurants"}, {"Noodle House", "restaurants"},
        {"Daily Grind Coffee", "restaurants"}, {"MegaStore Online", "online_retail"}, {"ShopNow", "online_retail"},
        {"Home & Garden Depot", "home"}, {"Urban Apparel", "clothing"}, {"PharmaPlus", "health"},
        {"Metro Transit", "transport"}, {"RideShare", "transport"}, {"StreamFlix", "subscriptions"},
        {"CloudTunes", "subscriptions"}, {"City Power & Light", "utilities"}, {"AquaWorks Water", "utilities"},
        {"TeleCom Mobile", "telecom"}, {"Sunrise Insurance", "insurance"}, {"FitLife Gym", "fitness"},
        {"BookNook", "entertainment"}, {"CinemaCity", "entertainment"}, {"TravelWise", "travel"}};
    private static final String[] EMPLOYERS = {"Northwind Traders", "Contoso Ltd", "Globex Corporation",
        "Initech", "Umbrella Health", "Stark Logistics", "Wayne Services", "Acme Manufacturing",
        "Blue Sky Airlines", "City School District"};

    private final List<Transaction> transactions;
    private final BigDecimal balance;

    private Ledger(List<Transaction> transactions, BigDecimal balance) {
        this.transactions = transactions;
        this.balance = balance;
    }

    public List<Transaction> transactions() {
        return transactions;
    }

    /** The balance after the last transaction (the opening balance when there is none). */
    public BigDecimal balance() {
        return balance;
    }

    /** An entry before ids are given: its time, then its place among same-time entries. */
    private record Entry(long at, int order, String type, boolean credit, long cents, String channel, boolean manual,
                         String description, String[] merchant, Long loanId, String coverDescription) {
    }

    /**
     * Runs the ledger: the account's own 10-20 transactions, merged in time with the other domains'
     * flows. Each own transaction's type and channel are drawn first, then its day and local time of
     * day from the channel's shape ({@link LocalTimes}) in the owner's time zone; its amount follows
     * from the balance when its turn comes. When a flow's debit would overdraw the account, the
     * customer first moves the missing money in (a transfer_in tagged with the flow's reference), so
     * the balance never goes below zero.
     */
    static Ledger run(Account account, Rng rng, LocalDate asOf, List<LedgerFlow> flows, Market market,
                      LedgerRules rules, ZoneId zone) {
        int n = rng.between(rules.minTransactions(), rules.maxTransactions());
        LocalDate firstDay = account.openedDate().plusDays(1);
        LocalDate lastDay = asOf.minusDays(1);
        if ("dormant".equals(account.status())) {
            // a dormant account has been quiet for the last year (or since soon after opening), never past as-of
            LocalDate quiet = lastDay.minusDays(366);
            lastDay = quiet.isAfter(firstDay.plusDays(30)) ? quiet : firstDay.plusDays(30);
            lastDay = lastDay.isAfter(asOf.minusDays(1)) ? asOf.minusDays(1) : lastDay;
        }
        long start = firstDay.atStartOfDay(zone).toEpochSecond();
        long pendingFrom = asOf.minusDays(3).atStartOfDay(zone).toEpochSecond() - 1;
        List<Entry> entries = new ArrayList<>(n + flows.size());
        for (int i = 0; i < n; i++) {
            boolean spend = rng.chance(rules.spending());
            String type = spend ? rules.spendingType().draw(rng) : rules.incomeType().draw(rng);
            String channel = channel(type, rng);
            LocalDate day = LocalTimes.day(rng, firstDay, lastDay, channel, market);
            long at = day.atTime(LocalTimes.time(rng, channel, day)).atZone(zone).toEpochSecond();
            entries.add(new Entry(at, 1, type, !spend, 0, channel, rng.chance(rules.manual()), null, null, null,
                    null));
        }
        for (LedgerFlow flow : flows) {
            long at = flow.day().atTime(flow.hour(), 0).atZone(zone).toEpochSecond();
            entries.add(new Entry(at, 0, flow.type(), flow.credit(), flow.cents(), flow.channel(), false,
                    flow.description(), null, flow.reference(), flow.coverDescription()));
        }
        entries.sort(Comparator.comparingLong(Entry::at).thenComparingInt(Entry::order));
        long cents = account.openingBalance().movePointRight(2).longValueExact();
        List<Transaction> out = new ArrayList<>(entries.size() + 8);
        long lastAt = start;
        for (Entry e : entries) {
            Entry entry = e.order() == 1 ? ordinary(e, cents, rng, account, market, rules) : e;
            if (!entry.credit() && entry.cents() > cents) {
                long topUp = entry.cents() - cents + 100 * rng.between(1, 5) * 100;
                cents += topUp;
                lastAt = Math.max(lastAt, entry.at() - 3600);
                out.add(row(account, out.size(), lastAt, "transfer_in", true, topUp, cents, "online", false,
                        entry.coverDescription(), null, entry.loanId(), pendingFrom));
            }
            cents += entry.credit() ? entry.cents() : -entry.cents();
            lastAt = entry.at();
            out.add(row(account, out.size(), entry.at(), entry.type(), entry.credit(), entry.cents(), cents,
                    entry.channel(), entry.manual(), entry.description(), entry.merchant(), entry.loanId(), pendingFrom));
        }
        return new Ledger(List.copyOf(out), BigDecimal.valueOf(cents, 2));
    }

    /**
     * One of the account's own transactions, its amount set by the balance before it: a spending
     * takes at most 30% of it; a spending the balance cannot fund at all becomes a mobile deposit.
     */
    private static Entry ordinary(Entry drawn, long balanceCents, Rng rng, Account account, Market market,
                                  LedgerRules rules) {
        long cap = (long) Math.floor(balanceCents * rules.spendingCap());
        String type = drawn.type();
        String channel = drawn.channel();
        boolean spend = !drawn.credit();
        if (spend && cap < 1) {
            spend = false;
            type = "deposit";
            channel = "mobile";
        }
        long amount = spend ? Math.max(1, Math.min(cap, spendingCents(type, rng)))
                : incomeCents(type, rng, balanceCents, account, market);
        String[] merchant = "purchase".equals(type) || "payment".equals(type) || "refund".equals(type)
                ? MERCHANTS[rng.between(0, MERCHANTS.length - 1)] : null;
        return new Entry(drawn.at(), 1, type, !spend, amount, channel, drawn.manual(),
                description(type, merchant, rng), merchant, null, null);
    }

    private static Transaction row(Account account, int index, long at, String type, boolean credit, long cents,
                                   long balance, String channel, boolean manual, String description,
                                   String[] merchant, Long loanId, long pendingFrom) {
        long id = Ids.transaction(account.id(), index);
        return new Transaction(id, account.id(), type, credit, BigDecimal.valueOf(cents, 2),
                BigDecimal.valueOf(balance, 2), OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(at),
                ZoneOffset.UTC), channel, manual, at > pendingFrom ? "pending" : "posted",
                reference(id), description, merchant == null ? null : merchant[0],
                merchant == null ? null : merchant[1], loanId);
    }

    /** {@code TX} and the id on 14 digits, without String.format in this hot path. */
    static String reference(long id) {
        String digits = Long.toString(id);
        return "TX" + "0".repeat(Math.max(0, 14 - digits.length())) + digits;
    }

    private static long spendingCents(String type, Rng rng) {
        double dollars = switch (type) {
            case "purchase" -> rng.logNormal(45, 0.9);
            case "payment" -> rng.logNormal(120, 0.8);
            case "withdrawal" -> 20 * rng.between(1, 20);
            case "transfer_out" -> rng.logNormal(300, 0.9);
            default -> new double[] {2.5, 5, 12, 35}[rng.between(0, 3)];
        };
        return Math.round(dollars * 100);
    }

    private static long incomeCents(String type, Rng rng, long balanceCents, Account account, Market market) {
        return switch (type) {
            case "salary" -> rng.between(market.salaryMin() * 100L, market.salaryMax() * 100L);
            case "deposit" -> Math.max(100, Math.round(rng.logNormal(400, 0.9) * 100));
            case "transfer_in" -> Math.max(100, Math.round(rng.logNormal(600, 0.9) * 100));
            case "interest" -> Math.max(1, Math.round(Math.max(0, balanceCents)
                    * account.interestRate().doubleValue() / 100 / 12));
            default -> Math.max(100, Math.round(rng.logNormal(40, 0.8) * 100));
        };
    }

    private static String channel(String type, Rng rng) {
        return switch (type) {
            case "withdrawal" -> rng.chance(0.7) ? "atm" : "branch";
            case "purchase" -> new String[] {"pos", "pos", "pos", "online", "mobile"}[rng.between(0, 4)];
            case "payment" -> new String[] {"online", "mobile", "ach"}[rng.between(0, 2)];
            case "transfer_out" -> new String[] {"online", "mobile", "wire"}[rng.between(0, 2)];
            case "deposit" -> new String[] {"branch", "atm", "mobile"}[rng.between(0, 2)];
            case "transfer_in" -> new String[] {"online", "ach", "wire"}[rng.between(0, 2)];
            case "refund" -> rng.chance(0.5) ? "pos" : "online";
            case "salary" -> "ach";
            default -> "system";
        };
    }

    private static String description(String type, String[] merchant, Rng rng) {
        return switch (type) {
            case "purchase" -> "Card purchase at " + merchant[0];
            case "payment" -> "Bill payment to " + merchant[0];
            case "refund" -> "Refund from " + merchant[0];
            case "withdrawal" -> "Cash withdrawal";
            case "transfer_out" -> "Transfer to another account";
            case "fee" -> rng.pick(new String[] {"Monthly maintenance fee", "Overdraft fee", "Wire transfer fee",
                "Foreign transaction fee"});
            case "salary" -> "Salary from " + rng.pick(EMPLOYERS);
            case "deposit" -> "Deposit";
            case "transfer_in" -> "Transfer from another account";
            default -> "Interest credit";
        };
    }
}
