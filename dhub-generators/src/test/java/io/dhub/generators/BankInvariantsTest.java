package io.dhub.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.api.RunSettings;
import io.dhub.schema.connect.RetryPolicy;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bank's invariants over a whole bank of 10,500 customers (10,000 accounts) generated in memory, without a
 * database, each checked by code written here from the rule's words (docs/generation.md, docs/aml.md)
 * rather than by the generator's own: every ledger reconciles and keeps the spending cap; every
 * laundering case's account receives before it pays; and transaction monitoring's alerts and the
 * currency transaction reports are exactly what a brute-force reading of the stored transactions
 * raises, rule by rule. Laundering cases are injected at 30 per 1,000 customers, so that every rule
 * has hits to compare.
 */
class BankInvariantsTest {
    private static final long CUSTOMERS = 10_500;
    private static final long CTR = 1_000_000;
    private static final long STRUCT_MIN = 300_000;
    private static final long LARGE = 500_000;
    private static final long WIRE = 1_000_000;
    private static final Set<String> HIGH_RISK = Set.of("KP", "IR", "MM");
    private static final long HOUR = 3_600;

    /** A stored transaction, with what the checks read; amounts in cents. */
    private record Tx(long id, long account, String type, boolean credit, long cents, long after, long epoch,
                      LocalDate day, String channel, boolean product, Long other, String otherName, String country) {
        boolean cash() {
            return ("deposit".equals(type) || "withdrawal".equals(type))
                    && ("branch".equals(channel) || "atm".equals(channel));
        }
    }

    private static final Map<Long, long[]> ACCOUNTS = new HashMap<>();
    private static final Map<Long, Long> OWNER = new HashMap<>();
    private static final Map<Long, List<Tx>> LEDGERS = new TreeMap<>();
    private static final Map<Long, Long> INCOME = new HashMap<>();
    private static final Map<Long, List<long[]>> CASE_LEGS = new TreeMap<>();
    private static final Set<Long> CASE_TX = new HashSet<>();
    private static final Set<String> ALERTS = new TreeSet<>();
    private static final Set<String> CTRS = new TreeSet<>();

    @BeforeAll
    static void generate() {
        RunSettings settings = new RunSettings(11, LocalDate.of(2025, 9, 30), 1, CUSTOMERS, 0, 2, RetryPolicy.NONE)
                .withAmlCases(30);
        InMemoryBank.write(settings, Integer.MAX_VALUE, (table, f) -> {
            switch (table.name()) {
                case "accounts" -> {
                    ACCOUNTS.put(Long.parseLong(f[0]), new long[] {cents(f[6]), cents(f[7])});
                    OWNER.put(Long.parseLong(f[0]), Long.parseLong(f[2]));
                }
                case "transactions" -> {
                    OffsetDateTime at = OffsetDateTime.parse(f[6].replace(' ', 'T'));
                    Tx t = new Tx(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], "credit".equals(f[3]), cents(f[4]),
                            cents(f[5]), at.toEpochSecond(), at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                            f[7], !nul(f[14]) || !nul(f[15]) || !nul(f[16]), nul(f[17]) ? null : Long.parseLong(f[17]),
                            nul(f[18]) ? null : f[18], nul(f[19]) ? null : f[19]);
                    LEDGERS.computeIfAbsent(t.account(), k -> new ArrayList<>()).add(t);
                }
                case "customer_profiles" -> INCOME.put(Long.parseLong(f[0]), cents(f[13]));
                case "laundering_case_transactions" -> {
                    CASE_LEGS.computeIfAbsent(Long.parseLong(f[0]), k -> new ArrayList<>()).add(new long[] {
                        Long.parseLong(f[1]), Long.parseLong(f[2]), "credit".equals(f[3]) ? 1 : 0, cents(f[4])});
                    CASE_TX.add(Long.parseLong(f[1]));
                }
                case "aml_checks" -> {
                    if ("transaction_monitoring".equals(f[3])) {
                        ALERTS.add(key(f[9], Long.parseLong(f[10]), Long.parseLong(f[2]), LocalDate.parse(f[11]),
                                cents(f[12])));
                    }
                }
                case "ctr_filings" -> CTRS.add(f[1] + " " + f[2] + " " + f[3] + " " + cents(f[4]) + " " + f[5]);
                default -> {
                }
            }
        });
        // the ledger's order: time, then id
        LEDGERS.values().forEach(l -> l.sort(Comparator.comparingLong(Tx::epoch).thenComparingLong(Tx::id)));
    }

    @Test
    void everyLedgerReconcilesAndKeepsTheSpendingCap() {
        assertTrue(ACCOUNTS.size() >= 10_000, "accounts: " + ACCOUNTS.size());
        long checked = 0;
        for (Map.Entry<Long, long[]> a : ACCOUNTS.entrySet()) {
            long balance = a.getValue()[0];
            for (Tx t : LEDGERS.getOrDefault(a.getKey(), List.of())) {
                long before = balance;
                balance += t.credit() ? t.cents() : -t.cents();
                assertEquals(balance, t.after(), "transaction " + t.id() + ": balance_after is the running balance");
                assertTrue(balance >= 0, "transaction " + t.id() + " takes account " + a.getKey() + " below zero");
                // the customer's own spending (no loan, policy or claim payment, no laundering leg): at most 30%
                if (!t.credit() && !t.product() && !CASE_TX.contains(t.id())) {
                    assertTrue(t.cents() * 10 <= before * 3, "transaction " + t.id() + " spends " + t.cents()
                            + " of " + before);
                }
                checked++;
            }
            assertEquals(a.getValue()[1], balance, "account " + a.getKey() + ": opening + credits − debits = balance");
        }
        assertTrue(checked > 100_000, "transactions: " + checked);
    }

    @Test
    void everyCaseAccountReceivesBeforeItPays() {
        assertTrue(CASE_LEGS.size() >= 100, "cases: " + CASE_LEGS.size());
        Map<Long, Long> epochs = new HashMap<>();
        LEDGERS.values().forEach(l -> l.forEach(t -> epochs.put(t.id(), t.epoch())));
        for (Map.Entry<Long, List<long[]>> c : CASE_LEGS.entrySet()) {
            List<long[]> legs = new ArrayList<>(c.getValue());
            // by time; at one instant, what comes in before what goes out
            legs.sort(Comparator.<long[]>comparingLong(l -> epochs.get(l[0])).thenComparingLong(l -> -l[2]));
            Map<Long, Long> held = new HashMap<>();
            for (long[] leg : legs) {
                long now = held.merge(leg[1], leg[2] == 1 ? leg[3] : -leg[3], Long::sum);
                assertTrue(now >= 0, "case " + c.getKey() + ": account " + leg[1] + " pays out more than it has "
                        + "received by transaction " + leg[0]);
            }
        }
    }

    @Test
    void monitoringRaisesExactlyWhatTheRulesReadInTheTransactions() {
        Map<Long, List<Long>> accountsOf = new TreeMap<>();
        OWNER.forEach((account, customer) -> accountsOf.computeIfAbsent(customer, k -> new ArrayList<>()).add(account));
        List<Hit> hits = new ArrayList<>();
        Set<String> ctrs = new TreeSet<>();
        for (Map.Entry<Long, List<Long>> c : accountsOf.entrySet()) {
            Set<Long> own = new HashSet<>(c.getValue());
            List<Tx> all = new ArrayList<>();
            for (long account : c.getValue()) {
                List<Tx> ledger = LEDGERS.getOrDefault(account, List.of());
                all.addAll(ledger);
                perAccount(ledger, own, hits);
            }
            all.sort(Comparator.comparingLong(Tx::epoch).thenComparingLong(Tx::id));
            structuring(all, hits);
            profile(all, own, INCOME.get(c.getKey()), hits);
            cashReports(c.getKey(), all, ctrs);
        }
        cycles(hits);
        Set<String> expected = firstPerMonth(hits);
        Map<String, Integer> byRule = new TreeMap<>();
        expected.forEach(k -> byRule.merge(k.substring(0, k.indexOf(' ')), 1, Integer::sum));
        for (String rule : List.of("STRUCT", "HRWIRE", "RAPID", "DORMANT", "FANIN", "FANOUT", "CYCLE", "PROFILE")) {
            assertTrue(byRule.getOrDefault(rule, 0) > 0, rule + " has nothing to compare: " + byRule);
        }
        assertEquals(difference(expected, ALERTS), difference(ALERTS, expected),
                "alerts the rules raise and none is stored ⇔ alerts stored the rules do not raise");
        assertEquals(expected, ALERTS);
        assertTrue(ctrs.size() >= 5, "reports: " + ctrs.size());
        assertEquals(ctrs, CTRS, "currency transaction reports");
    }

    /** A rule's hit before the first-per-month filter: who it is counted against, and the alert. */
    private record Hit(String rule, String scope, long epoch, long tx, String alert, YearMonth month) {
    }

    private static Hit hit(String rule, boolean customerLevel, Tx t, long cents) {
        return new Hit(rule, customerLevel ? "customer " + OWNER.get(t.account()) : "account " + t.account(),
                t.epoch(), t.id(), key(rule, t.account(), t.id(), t.day(), cents), YearMonth.from(t.day()));
    }

    /** HRWIRE, RAPID, DORMANT, FANIN, FANOUT on one account's ledger. */
    private static void perAccount(List<Tx> ledger, Set<Long> own, List<Hit> hits) {
        for (int i = 0; i < ledger.size(); i++) {
            Tx x = ledger.get(i);
            if ("wire".equals(x.channel()) && x.cents() >= WIRE && x.country() != null && HIGH_RISK.contains(x.country())) {
                hits.add(hit("HRWIRE", false, x, x.cents()));
            }
            if (x.credit() && x.cents() >= LARGE) {
                long out = 0;
                for (Tx y : ledger) {
                    if (!y.credit() && y.epoch() > x.epoch() && y.epoch() <= x.epoch() + 72 * HOUR) {
                        out += y.cents();
                    }
                }
                if (out * 10 >= x.cents() * 8) {
                    hits.add(hit("RAPID", false, x, x.cents()));
                }
                if (i > 0 && ledger.get(i - 1).epoch() <= x.epoch() - 180 * 24 * HOUR) {
                    hits.add(hit("DORMANT", false, x, x.cents()));
                }
            }
            String party = party(x, own);
            if (party != null) {
                Set<String> parties = new HashSet<>();
                long total = 0;
                for (Tx y : ledger) {
                    String other = party(y, own);
                    if (y.credit() == x.credit() && other != null && inWeek(y, x)) {
                        parties.add(other);
                        total += y.cents();
                    }
                }
                if (parties.size() >= 5) {
                    hits.add(hit(x.credit() ? "FANIN" : "FANOUT", false, x, total));
                }
            }
        }
    }

    private static String party(Tx t, Set<Long> own) {
        if (t.other() != null) {
            return own.contains(t.other()) ? null : "account " + t.other();
        }
        return t.otherName() == null ? null : "name " + t.otherName();
    }

    /** y on x's UTC day or one of the six before. */
    private static boolean inWeek(Tx y, Tx x) {
        return !y.day().isBefore(x.day().minusDays(6)) && !y.day().isAfter(x.day());
    }

    private static void structuring(List<Tx> all, List<Hit> hits) {
        for (Tx x : all) {
            if (!sized(x)) {
                continue;
            }
            int n = 0;
            long total = 0;
            for (Tx y : all) {
                if (sized(y) && inWeek(y, x)) {
                    n++;
                    total += y.cents();
                }
            }
            if (n >= 3 && total > CTR) {
                hits.add(hit("STRUCT", true, x, total));
            }
        }
    }

    private static boolean sized(Tx t) {
        return t.cash() && t.credit() && t.cents() >= STRUCT_MIN && t.cents() < CTR;
    }

    /** Credits of a month (not between own accounts, not loan disbursements) above three months' income. */
    private static void profile(List<Tx> all, Set<Long> own, long incomeCents, List<Hit> hits) {
        if (incomeCents <= 0) {
            return;
        }
        Map<YearMonth, Long> sums = new HashMap<>();
        Set<YearMonth> fired = new HashSet<>();
        for (Tx x : all) {
            if (!x.credit() || "loan_disbursement".equals(x.type()) || x.other() != null && own.contains(x.other())) {
                continue;
            }
            YearMonth m = YearMonth.from(x.day());
            long sum = sums.merge(m, x.cents(), Long::sum);
            if (sum * 4 > incomeCents && fired.add(m)) {
                hits.add(hit("PROFILE", true, x, sum));
            }
        }
    }

    /**
     * CYCLE by brute force: every path of transfers between different customers' accounts that
     * leaves an account and comes back to it, each transfer later than the one before, through
     * distinct accounts, in 2-12 transfers within 30 days of the first; the alert is on the credit
     * that closes it.
     */
    private static void cycles(List<Hit> hits) {
        List<Tx> transfers = new ArrayList<>();
        Map<Long, List<Tx>> from = new HashMap<>();
        for (List<Tx> ledger : LEDGERS.values()) {
            for (Tx t : ledger) {
                if (!t.credit() && t.other() != null && OWNER.containsKey(t.other())
                        && !OWNER.get(t.other()).equals(OWNER.get(t.account()))) {
                    transfers.add(t);
                    from.computeIfAbsent(t.account(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        Set<String> closings = new HashSet<>();
        for (Tx first : transfers) {
            List<Long> path = new ArrayList<>(List.of(first.account()));
            follow(first, first, path, from, closings);
        }
        for (List<Tx> ledger : LEDGERS.values()) {
            for (Tx t : ledger) {
                if (t.credit() && t.other() != null && closings.contains(t.account() + " " + t.other() + " " + t.epoch())) {
                    hits.add(hit("CYCLE", false, t, t.cents()));
                }
            }
        }
    }

    private static void follow(Tx first, Tx last, List<Long> path, Map<Long, List<Tx>> from, Set<String> closings) {
        if (last.other() == first.account()) {
            if (path.size() >= 2) {
                closings.add(first.account() + " " + last.account() + " " + last.epoch());
            }
            return;
        }
        if (path.size() >= 12 || path.contains(last.other())) {
            return;
        }
        path.add(last.other());
        for (Tx next : from.getOrDefault(last.other(), List.of())) {
            if (next.epoch() > last.epoch() && next.epoch() <= first.epoch() + 720 * HOUR) {
                follow(first, next, path, from, closings);
            }
        }
        path.remove(path.size() - 1);
    }

    /** Cash in, and cash out, above the report threshold per customer and UTC day. */
    private static void cashReports(long customer, List<Tx> all, Set<String> out) {
        Map<String, long[]> days = new TreeMap<>();
        for (Tx t : all) {
            if (t.cash()) {
                long[] sum = days.computeIfAbsent(t.day() + " " + (t.credit() ? "cash_in" : "cash_out"), k -> new long[2]);
                sum[0] += t.cents();
                sum[1]++;
            }
        }
        days.forEach((day, sum) -> {
            if (sum[0] > CTR) {
                out.add(customer + " " + day + " " + sum[0] + " " + sum[1]);
            }
        });
    }

    /** Each rule's first hit per account (per customer for STRUCT and PROFILE) and month, by time and id. */
    private static Set<String> firstPerMonth(List<Hit> hits) {
        hits.sort(Comparator.comparingLong(Hit::epoch).thenComparingLong(Hit::tx));
        Set<String> seen = new HashSet<>();
        Set<String> out = new TreeSet<>();
        for (Hit h : hits) {
            if (seen.add(h.rule() + " " + h.scope() + " " + h.month())) {
                out.add(h.alert());
            }
        }
        return out;
    }

    private static String key(String rule, long account, long tx, LocalDate day, long cents) {
        return rule + " account " + account + " tx " + tx + " " + day + " " + cents;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out.size() > 20 ? Set.of(out.size() + " alerts, first " + out.iterator().next()) : out;
    }

    private static long cents(String amount) {
        return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
    }

    private static boolean nul(String field) {
        return "\\N".equals(field);
    }
}
