package io.dhub.generators.compliance;

import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.Ledger;
import io.dhub.generators.customers.Transaction;
import io.dhub.generators.market.Amount;
import io.dhub.generators.market.Market;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Transaction monitoring over one customer's stored transactions: every rule explicit, with its
 * threshold, so that `seed verify` can recompute the same alerts in SQL. Days are UTC calendar days
 * (the bank's processing date). A rule fires at most once per account (per customer for the
 * customer-level rules) and calendar month: on the first transaction, by time and id, that meets it.
 *
 * <ul>
 *   <li>CTR: cash in (branch and ATM deposits), or cash out (branch and ATM withdrawals), above
 *       $10,000 for the customer on one day: a currency transaction report, not an alert (in India
 *       above Rs 10 lakh in a calendar month, FIU-IND's cash transaction report).</li>
 *   <li>STRUCT: a cash deposit of $3,000-9,999.99 on a day when the customer's cash deposits of that
 *       size over that day and the six before number three or more and total over $10,000.</li>
 *   <li>HRWIRE: a wire of $10,000 or more to or from a high-risk country (KP, IR, MM: FATF's call for
 *       action).</li>
 *   <li>RAPID: a credit of $5,000 or more of which 80% or more leaves the account within 72 hours.</li>
 *   <li>DORMANT: a credit of $5,000 or more on an account whose previous transaction is 180 days or
 *       more before it.</li>
 *   <li>FANIN / FANOUT: a credit (debit) with a counterparty outside the customer, on a day when the
 *       account's credits (debits) of that day and the six before have five or more distinct such
 *       counterparties.</li>
 *   <li>CYCLE: the credit that brings money back to an account that sent it out, through transfers
 *       between customers' accounts of the bank, each later than the one before, in two to twelve hops
 *       through distinct accounts within 30 days of the first.</li>
 *   <li>PROFILE: the credit that takes the customer's credits of a month (not counting transfers
 *       between the customer's own accounts and loan disbursements) above three times their monthly
 *       income; customers with no income are not judged.</li>
 * </ul>
 */
final class Monitoring {
    private Monitoring() {
    }

    /** An alert: the rule, the account and transaction it fired on, its day and the amount behind it. */
    record Alert(String rule, long accountId, long transactionId, LocalDate day, BigDecimal amount, long order,
                 Long caseId) {
    }

    /** A currency transaction report: the customer's cash in or out on one day. */
    record Ctr(LocalDate day, String direction, BigDecimal total, int count) {
    }

    /** What the rules found for one customer. */
    record Findings(List<Alert> alerts, List<Ctr> ctrs) {
    }

    /**
     * The market's thresholds, in cents (its {@link Amount}s): cash reported above {@code ctr} a day;
     * structuring counts cash deposits from {@code structMin} up to the report threshold; {@code large}
     * cash starts the rapid-movement rule; wires of {@code wire} or more to or from a high-risk country
     * are reviewed.
     */
    record Limits(long ctr, long structMin, long large, long wire, boolean monthly, LocalDate asOf) {
        /**
         * The market's limits; {@code monthly} when its cash reports count a calendar month's cash (India's
         * FIU-IND) rather than a day's, reported only for months ended by {@code asOf}.
         */
        static Limits of(Market market, LocalDate asOf) {
            return new Limits(market.cents(Amount.CASH_REPORT), market.cents(Amount.STRUCTURING_MIN),
                    market.cents(Amount.LARGE_CASH), market.cents(Amount.WIRE_REVIEW), market.monthlyCashReports(),
                    asOf);
        }
    }

    static final int STRUCT_COUNT = 3;
    static final List<String> HIGH_RISK = List.of("KP", "IR", "MM");
    static final double RAPID_SHARE = 0.8;
    static final long RAPID_SECONDS = 72 * 3600;
    static final long DORMANT_SECONDS = 180L * 86_400;
    static final int FAN_PARTIES = 5;
    static final int WINDOW_DAYS = 7;
    static final double PROFILE_TIMES = 3;
    /** Rules in the order an account's alerts of one instant are numbered. */
    static final List<String> RULES = List.of("STRUCT", "HRWIRE", "RAPID", "DORMANT", "FANIN", "FANOUT", "CYCLE",
            "PROFILE");

    /** One stored transaction with what the rules read. */
    private record Row(Transaction t, long cents, long epoch, LocalDate day) {
        boolean credit() {
            return t.credit();
        }

        boolean cash() {
            return ("deposit".equals(t.type()) || "withdrawal".equals(t.type()))
                    && ("branch".equals(t.channel()) || "atm".equals(t.channel()));
        }
    }

    /**
     * @param closings where money each account sent out came back to it through other customers'
     *                 accounts (the cycle search runs over the transfers between customers, which
     *                 only the laundering book makes)
     */
    static Findings of(Customer c, List<Account> accounts, Map<Long, Ledger> ledgers,
                       Function<Long, List<LaunderingBook.Closing>> closings, Limits limits) {
        Set<Long> own = new HashSet<>();
        accounts.forEach(a -> own.add(a.id()));
        List<Row> all = new ArrayList<>();
        Map<Long, List<Row>> byAccount = new HashMap<>();
        for (Account a : accounts) {
            List<Row> rows = new ArrayList<>();
            for (Transaction t : ledgers.get(a.id()).transactions()) {
                long epoch = t.at().toEpochSecond();
                rows.add(new Row(t, t.amount().movePointRight(2).longValueExact(), epoch,
                        t.at().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()));
            }
            byAccount.put(a.id(), rows);
            all.addAll(rows);
        }
        all.sort(Comparator.comparingLong(Row::epoch).thenComparingLong(r -> r.t().id()));
        List<Alert> hits = new ArrayList<>();
        structuring(all, hits, limits);
        for (Account a : accounts) {
            List<Row> rows = byAccount.get(a.id());
            for (int i = 0; i < rows.size(); i++) {
                Row x = rows.get(i);
                if (highRiskWire(x, limits)) {
                    hits.add(alert("HRWIRE", x, x.cents()));
                }
                if (x.credit() && x.cents() >= limits.large()) {
                    long out = 0;
                    for (int j = i + 1; j < rows.size() && rows.get(j).epoch() <= x.epoch() + RAPID_SECONDS; j++) {
                        Row y = rows.get(j);
                        if (!y.credit() && y.epoch() > x.epoch()) {
                            out += y.cents();
                        }
                    }
                    if (out >= RAPID_SHARE * x.cents()) {
                        hits.add(alert("RAPID", x, x.cents()));
                    }
                    if (i > 0 && rows.get(i - 1).epoch() <= x.epoch() - DORMANT_SECONDS) {
                        hits.add(alert("DORMANT", x, x.cents()));
                    }
                }
            }
            fan(rows, own, true, hits);
            fan(rows, own, false, hits);
            for (LaunderingBook.Closing closing : closings.apply(a.id())) {
                for (Row x : rows) {
                    if (x.credit() && x.epoch() == closing.at() && Long.valueOf(closing.from())
                            .equals(x.t().counterpartyAccountId())) {
                        hits.add(alert("CYCLE", x, x.cents()));
                    }
                }
            }
        }
        profile(c, all, own, hits);
        return new Findings(firstPerMonth(hits), ctrs(all, limits));
    }

    private static boolean highRiskWire(Row x, Limits limits) {
        return "wire".equals(x.t().channel()) && x.cents() >= limits.wire() && x.t().counterpartyCountry() != null
                && HIGH_RISK.contains(x.t().counterpartyCountry());
    }

    private static Alert alert(String rule, Row x, long cents) {
        return new Alert(rule, x.t().accountId(), x.t().id(), x.day(), BigDecimal.valueOf(cents, 2), x.epoch(),
                x.t().caseId());
    }

    /** Whether y falls on x's day or one of the six before it: the seven-day window STRUCT and FAN read. */
    private static boolean inWindow(Row y, Row x) {
        return !y.day().isBefore(x.day().minusDays(WINDOW_DAYS - 1)) && !y.day().isAfter(x.day());
    }

    private static void structuring(List<Row> all, List<Alert> hits, Limits limits) {
        List<Row> deposits = all.stream().filter(r -> r.cash() && r.credit() && r.cents() >= limits.structMin()
                && r.cents() < limits.ctr()).toList();
        for (Row x : deposits) {
            int n = 0;
            long total = 0;
            for (Row y : deposits) {
                if (inWindow(y, x)) {
                    n++;
                    total += y.cents();
                }
            }
            if (n >= STRUCT_COUNT && total > limits.ctr()) {
                hits.add(alert("STRUCT", x, total));
            }
        }
    }

    /** Fan-in (credits) or fan-out (debits): five or more distinct outside counterparties in seven days. */
    private static void fan(List<Row> rows, Set<Long> own, boolean in, List<Alert> hits) {
        List<Row> legs = rows.stream().filter(r -> r.credit() == in && party(r, own) != null).toList();
        for (Row x : legs) {
            Set<String> parties = new HashSet<>();
            long total = 0;
            for (Row y : legs) {
                if (inWindow(y, x)) {
                    parties.add(party(y, own));
                    total += y.cents();
                }
            }
            if (parties.size() >= FAN_PARTIES) {
                hits.add(alert(in ? "FANIN" : "FANOUT", x, total));
            }
        }
    }

    /** A transaction's counterparty outside the customer, as a key; null for none or the customer's own account. */
    private static String party(Row r, Set<Long> own) {
        Long account = r.t().counterpartyAccountId();
        if (account != null) {
            return own.contains(account) ? null : "account " + account;
        }
        return r.t().counterpartyName() == null ? null : "name " + r.t().counterpartyName();
    }

    private static void profile(Customer c, List<Row> all, Set<Long> own, List<Alert> hits) {
        if (c.annualIncome().signum() <= 0) {
            return;
        }
        // credits above three times the monthly income: cents > 3 × income × 100 / 12 = income × 25
        BigDecimal limit = c.annualIncome().multiply(BigDecimal.valueOf(25));
        Map<YearMonth, Long> running = new HashMap<>();
        Set<YearMonth> fired = new HashSet<>();
        for (Row x : all) {
            Long account = x.t().counterpartyAccountId();
            if (!x.credit() || "loan_disbursement".equals(x.t().type()) || account != null && own.contains(account)) {
                continue;
            }
            YearMonth month = YearMonth.from(x.day());
            long sum = running.merge(month, x.cents(), Long::sum);
            if (!fired.contains(month) && BigDecimal.valueOf(sum).compareTo(limit) > 0) {
                fired.add(month);
                hits.add(alert("PROFILE", x, sum));
            }
        }
    }

    /**
     * Each rule's first hit per account and month (per customer and month for the customer-level
     * rules, STRUCT and PROFILE), by time and transaction id.
     */
    private static List<Alert> firstPerMonth(List<Alert> hits) {
        List<Alert> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingLong(Alert::order).thenComparingLong(Alert::transactionId)
                .thenComparingInt(a -> RULES.indexOf(a.rule())));
        Set<String> seen = new HashSet<>();
        List<Alert> out = new ArrayList<>();
        for (Alert a : sorted) {
            boolean customerLevel = "STRUCT".equals(a.rule()) || "PROFILE".equals(a.rule());
            String key = a.rule() + "|" + (customerLevel ? "customer" : a.accountId()) + "|" + YearMonth.from(a.day());
            if (seen.add(key)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Cash in and cash out per day, reported when above the market's threshold ($10,000 in the US); in a
     * market of monthly reports, per calendar month (dated its last day, for months ended by the as-of
     * date): India's cash above Rs 10 lakh in a month, alone or integrally connected.
     */
    private static List<Ctr> ctrs(List<Row> all, Limits limits) {
        Map<String, long[]> days = new TreeMap<>();
        for (Row r : all) {
            LocalDate period = limits.monthly() ? YearMonth.from(r.day()).atEndOfMonth() : r.day();
            if (r.cash() && (!limits.monthly() || !period.isAfter(limits.asOf()))) {
                long[] sum = days.computeIfAbsent(period + (r.credit() ? " cash_in" : " cash_out"), k -> new long[2]);
                sum[0] += r.cents();
                sum[1]++;
            }
        }
        List<Ctr> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : days.entrySet()) {
            if (e.getValue()[0] > limits.ctr()) {
                String[] key = e.getKey().split(" ");
                out.add(new Ctr(LocalDate.parse(key[0]), key[1], BigDecimal.valueOf(e.getValue()[0], 2),
                        (int) e.getValue()[1]));
            }
        }
        return out;
    }
}
