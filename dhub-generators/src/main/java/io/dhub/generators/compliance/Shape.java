package io.dhub.generators.compliance;

import io.dhub.generators.compliance.LaunderingBook.Leg;
import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.market.Amount;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.Text;
import io.dhub.generators.spi.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A case's legs, built hop by hop; each account passes on 90% of what it received. */
final class Shape {
    final Rng rng;
    final Clock clock;
    final List<Account> accounts;
    final Market market;
    final List<Leg> legs = new ArrayList<>();
    final List<String> roles = new ArrayList<>();

    Shape(Rng rng, Clock clock, List<Account> accounts, Market market) {
        this.rng = rng;
        this.clock = clock;
        this.accounts = accounts;
        this.market = market;
        accounts.forEach(a -> roles.add("member"));
    }

    long id(int m) {
        return accounts.get(m).id();
    }

    static long kept(long cents) {
        return cents * 9 / 10;
    }

    void role(int m, String role) {
        roles.set(m, role);
    }

    String person() {
        SplittableRandom r = new SplittableRandom(rng.nextSeed());
        return market.firstName(r, r.nextBoolean(), 1950 + r.nextInt(50)) + " " + market.surname(r);
    }

    String abroad() {
        return market.wireCountry(new SplittableRandom(rng.nextSeed()));
    }

    void in(int m, long cents, String channel) {
        clock.advance(rng, 1, 3);
        boolean foreign = "wire".equals(channel) && rng.chance(0.5);
        legs.add(new Leg(null, id(m), cents, clock.day(), clock.minute(), channel,
                "branch".equals(channel) ? null : person(), "branch".equals(channel) ? null
                : foreign ? abroad() : market.country()));
    }

    void move(int from, int to, long cents) {
        clock.advance(rng, 1, 4);
        legs.add(new Leg(id(from), id(to), cents, clock.day(), clock.minute(), rng.chance(0.3) ? "wire" : "online",
                null, null));
    }

    void out(int m, long cents, String country) {
        clock.advance(rng, 1, 4);
        boolean wire = country != null || rng.chance(0.6);
        legs.add(new Leg(id(m), null, cents, clock.day(), clock.minute(), wire ? "wire" : "online", person(),
                country != null ? country : wire && rng.chance(0.4) ? abroad() : market.country()));
    }

    /** Splits an amount into n parts of about equal size, in cents. */
    long[] split(long cents, int n) {
        long[] parts = new long[n];
        long left = cents;
        for (int i = 0; i < n; i++) {
            parts[i] = i == n - 1 ? left : Math.max(100, Math.round(cents / (double) n * rng.uniform(0.85, 1.15)));
            parts[i] = Math.min(parts[i], left - 100L * (n - 1 - i));
            left -= parts[i];
        }
        return parts;
    }

    void fanOut(long total) {
        int n = accounts.size();
        role(0, "origin");
        in(0, total, "wire");
        long[] parts = split(kept(total), n - 1);
        for (int m = 1; m < n; m++) {
            move(0, m, parts[m - 1]);
        }
        for (int m = 1; m < n; m++) {
            role(m, "mule");
            out(m, kept(parts[m - 1]), null);
        }
    }

    void fanIn() {
        int n = accounts.size();
        role(0, "collector");
        long sum = 0;
        for (int m = 1; m < n; m++) {
            role(m, "mule");
            long cents = 100L * rng.between(LaunderingBook.units(market, Amount.STRUCTURING_MIN, 100),
                    LaunderingBook.units(market, Amount.CASH_REPORT, 95));
            in(m, cents, "branch");
            move(m, 0, kept(cents));
            sum += kept(cents);
        }
        out(0, kept(sum), null);
    }

    void cycle(long total) {
        int n = accounts.size();
        role(0, "origin");
        in(0, total, "wire");
        long cents = total;
        for (int m = 0; m < n; m++) {
            cents = kept(cents);
            move(m, (m + 1) % n, cents);
            if (m > 0) {
                role(m, "intermediary");
            }
        }
        out(0, kept(cents), null);
    }

    void scatterGather(long total) {
        int n = accounts.size();
        role(0, "origin");
        role(n - 1, "collector");
        in(0, total, "wire");
        long[] parts = split(kept(total), n - 2);
        long gathered = 0;
        for (int m = 1; m < n - 1; m++) {
            role(m, "intermediary");
            move(0, m, parts[m - 1]);
        }
        for (int m = 1; m < n - 1; m++) {
            move(m, n - 1, kept(parts[m - 1]));
            gathered += kept(parts[m - 1]);
        }
        out(n - 1, kept(gathered), null);
    }

    void gatherScatter() {
        int n = accounts.size();
        int sources = Math.max(2, (n - 1) / 2);
        int hub = sources;
        role(hub, "hub");
        long gathered = 0;
        for (int m = 0; m < sources; m++) {
            role(m, "source");
            long cents = Math.round(rng.logNormal(15_000 * market.priceLevel(), 0.4) * 100);
            in(m, cents, "wire");
            move(m, hub, kept(cents));
            gathered += kept(cents);
        }
        int sinks = n - sources - 1;
        long[] parts = split(kept(gathered), Math.max(1, sinks));
        if (sinks == 0) {
            out(hub, parts[0], null);
            return;
        }
        for (int i = 0; i < sinks; i++) {
            int m = hub + 1 + i;
            role(m, "sink");
            move(hub, m, parts[i]);
            out(m, kept(parts[i]), null);
        }
    }

    void bipartite() {
        int n = accounts.size();
        int left = n / 2;
        long[] received = new long[n];
        for (int m = 0; m < left; m++) {
            role(m, "source");
            long cents = Math.round(rng.logNormal(20_000 * market.priceLevel(), 0.4) * 100);
            in(m, cents, "wire");
            long[] parts = split(kept(cents), n - left);
            for (int t = left; t < n; t++) {
                move(m, t, parts[t - left]);
                received[t] += parts[t - left];
            }
        }
        for (int t = left; t < n; t++) {
            role(t, "sink");
            out(t, kept(received[t]), null);
        }
    }

    void stack() {
        int n = accounts.size();
        int first = n / 3;
        int second = (n - first) / 2;
        long[] received = new long[n];
        for (int m = 0; m < first; m++) {
            role(m, "source");
            long cents = Math.round(rng.logNormal(20_000 * market.priceLevel(), 0.4) * 100);
            in(m, cents, "wire");
            received[m] = cents;
        }
        layer(0, first, first, first + second, received);
        layer(first, first + second, first + second, n, received);
        for (int m = first + second; m < n; m++) {
            role(m, "sink");
            out(m, kept(received[m]), null);
        }
    }

    private void layer(int from, int to, int nextFrom, int nextTo, long[] received) {
        for (int m = from; m < to; m++) {
            if (m >= nextFrom - (to - from) && !"source".equals(roles.get(m))) {
                role(m, "intermediary");
            }
            long[] parts = split(kept(received[m]), nextTo - nextFrom);
            for (int t = nextFrom; t < nextTo; t++) {
                move(m, t, parts[t - nextFrom]);
                received[t] += parts[t - nextFrom];
            }
        }
    }

    void random(long total) {
        int n = accounts.size();
        role(0, "origin");
        in(0, total, "wire");
        int at = 0;
        long cents = total;
        int hops = rng.between(5, 9);
        for (int h = 0; h < hops; h++) {
            int next = (at + rng.between(1, n - 1)) % n;
            cents = kept(cents);
            move(at, next, cents);
            at = next;
        }
        for (int m = 1; m < n; m++) {
            role(m, "intermediary");
        }
        out(at, kept(cents), null);
    }

    void structuring() {
        role(0, "depositor");
        int n = rng.between(3, 6);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            clock.advance(rng, 4, 10);
            long cents = 100L * rng.between(LaunderingBook.units(market, Amount.STRUCTURING_MIN, 100),
                    LaunderingBook.units(market, Amount.CASH_REPORT, 98)) + rng.between(0, 99);
            legs.add(new Leg(null, id(0), cents, clock.day(), clock.minute(), "branch", null, null));
            sum += cents;
        }
        out(0, kept(sum), abroad());
    }

    void dormant(long total) {
        role(0, "reactivated");
        long least = market.cents(Amount.LARGE_CASH) * 6 / 5;        // a fifth above the rule's large credit
        in(0, Math.max(total, least), "wire");
        out(0, kept(Math.max(total, least)), null);
    }

    void highRiskWire(long total) {
        // 1.6 times the review threshold: still above it after two accounts keep their tenth
        long cents = Math.max(total, market.cents(Amount.WIRE_REVIEW) * 8 / 5);
        role(0, "origin");
        in(0, cents, "wire");
        if (accounts.size() > 1) {
            role(1, "intermediary");
            move(0, 1, kept(cents));
            out(1, kept(kept(cents)), LaunderingBook.HIGH_RISK[rng.between(0, LaunderingBook.HIGH_RISK.length - 1)]);
        } else {
            out(0, kept(cents), LaunderingBook.HIGH_RISK[rng.between(0, LaunderingBook.HIGH_RISK.length - 1)]);
        }
    }

    void houseSale(String escrow) {
        role(0, "seller");
        long cents = Math.round(rng.logNormal(350_000 * market.priceLevel(), 0.4) * 100);
        clock.advance(rng, 1, 3);
        legs.add(new Leg(null, id(0), cents, clock.day(), clock.minute(), "wire", escrow,
                market.country()));
        clock.advance(rng, 2, 12);
        legs.add(new Leg(id(0), null, Math.round(cents * rng.uniform(0.85, 0.95)), clock.day(), clock.minute(),
                "wire", escrow, market.country()));
    }

    void inheritance() {
        role(0, "heir");
        long cents = Math.round(rng.logNormal(60_000 * market.priceLevel(), 0.7) * 100);
        clock.advance(rng, 1, 3);
        legs.add(new Leg(null, id(0), cents, clock.day(), clock.minute(), "ach", market.text(Text.ESTATE_OF, person()),
                market.country()));
        clock.advance(rng, 24, 80);
        legs.add(new Leg(id(0), null, Math.round(cents * rng.uniform(0.3, 0.6)), clock.day(), clock.minute(),
                "online", person(), market.country()));
    }

    void bonus(Customer c) {
        role(0, "employee");
        long cents = Math.round(rng.logNormal(15_000 * market.priceLevel(), 0.5) * 100);
        clock.advance(rng, 1, 3);
        String payer = c.pay() != null && !c.pay().pension() ? c.pay().payer() : "employer";
        legs.add(new Leg(null, id(0), cents, clock.day(), clock.minute(), "ach",
                market.text(Text.BONUS_PAYMENT, payer), market.country(), true));
    }
}
