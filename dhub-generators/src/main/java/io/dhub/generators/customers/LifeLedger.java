package io.dhub.generators.customers;

import io.dhub.generators.market.Market;
import io.dhub.generators.market.Merchant;
import io.dhub.generators.market.Text;
import io.dhub.generators.profiles.Profile;
import io.dhub.generators.spi.Rng;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The own transactions of a profiled customer's main account, month by month from its {@link Life}:
 * income from the payers, card purchases sized to the month's spending, subscriptions on their
 * billing days, debt payments (some returned unpaid and presented again), payments towards credit
 * cards, savings transfers on the 5th, and for a variable earner a last transfer that leaves the
 * chosen buffer in checking. {@link Ledger} merges them with the other domains' flows and keeps the
 * running balance.
 */
final class LifeLedger {
    private LifeLedger() {
    }

    /** What the ledger does with a planned entry beyond booking it. */
    enum Flag {
        /** booked as it is */
        NONE,
        /** a debit returned unpaid: status reversed with its reason, the balance unchanged, a returned-item fee after it */
        RETURNED,
        /** a transfer to the savings account named, which books it in */
        SAVINGS,
        /** a transfer to or from the holder's account elsewhere that leaves {@code cents} in the account */
        SWEEP
    }

    /** A planned own transaction: amounts fixed here (a sweep's target balance), except as capped by the ledger. */
    record Planned(long at, String type, boolean credit, long cents, String channel, String description,
                   Merchant merchant, String merchantName, Long counterpartyId, Flag flag, String returnReason) {
    }

    /** The returned-item (NSF) fee a bank charges for a returned debit [chosen: the common US $35]. */
    /** The share of a month's income other profiled customers with a savings account move there each quarter [chosen]. */
    static final double SAVING_HABIT = 0.03;
    /** The rows an account's id block leaves for own transactions after other domains' flows (of 4,096). */
    private static final int ROW_BUDGET = 3_800;

    /**
     * @param savings     a savings builder's savings account, else null
     * @param savingsFrom the first day of that account's ledger: no transfer goes to it before
     */
    static List<Planned> plan(Life life, Account main, Account savings, LocalDate savingsFrom, LocalDate firstDay,
                              LocalDate lastDay, LocalDate asOf, ZoneId zone, Market market, Rng rng, int flowCount) {
        List<Planned> out = new ArrayList<>();
        YearMonth asOfMonth = YearMonth.from(asOf);
        YearMonth first = YearMonth.from(firstDay);
        YearMonth last = YearMonth.from(lastDay);
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        int payouts = 0;
        for (Life.Counterparty payer : life.payers()) {
            // a month's payouts: up to 23 banking days from a daily platform, up to 5 weeks from a weekly one
            payouts += life.earner() != Profile.Earner.GIG ? 2 : market.payoutCadence(payer.name()).equals("daily") ? 23 : 5;
        }
        int fixed = payouts + life.emis().size() * 3
                + life.subscriptions().size() * 5 + life.cards().size() + 2;
        int perMonth = Math.max(5, Math.min(life.purchases(), (ROW_BUDGET - flowCount) / months - fixed));
        double expectedSpend = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            double z = Math.max(-3, Math.min(3, rng.gaussian()));
            double level = Math.max(0.05 * life.baseCents(), life.level(m, asOfMonth) * (1 + life.sigma() * z));
            LocalDate from = max(m.atDay(1), firstDay);
            LocalDate to = min(m.atEndOfMonth(), lastDay);
            double covered = (to.toEpochDay() - from.toEpochDay() + 1) / (double) m.lengthOfMonth();
            if (life.gapMax() == 0) {
                income(life, m, level, from, to, zone, market, rng, out);
            }
            // spending: the month's card purchases, sized so that they (with the subscriptions) make the ratio
            double spend = (life.gapMax() > 0 ? life.baseCents() : level) * life.spendRatio();
            long subs = life.subscriptionCentsPerMonth();
            double target;
            if (life.subscriptionShare() > 0) {
                target = subs / life.subscriptionShare() - subs;      // the rest of the spending, for the share
            } else {
                target = Math.max(0, spend - subs);
            }
            expectedSpend = target + subs;
            purchases(life, from, to, target * covered, (int) Math.round(perMonth * covered), zone, market, rng, out);
            subscriptions(life, m, from, to, zone, market, rng, out);
            emis(life, m, from, to, lastDay, zone, market, rng, out);
            if (life.savingsRate() == 0 && savings != null && Math.floorMod(m.getMonthValue() + main.id(), 3) == 0) {
                // the habit of everyone else with savings: every third month a little of the income, after mid-month
                // pay [chosen: about as often as the seed rules' transfers to savings]
                LocalDate day = banking(m.atDay(16), market, true);
                if (!day.isBefore(from) && !day.isAfter(to) && !day.isBefore(savingsFrom)) {
                    out.add(new Planned(at(day, "online", zone, rng), "transfer_out", false,
                            Math.max(100, Math.round(level * SAVING_HABIT)), "online",
                            market.text(Text.TRANSFER_TO_ACCOUNT, savings.number()), null, null, null, Flag.SAVINGS, null));
                }
            }
            if (life.savingsRate() > 0 && savings != null) {
                LocalDate day = banking(m.atDay(5), market, true);
                if (!day.isBefore(from) && !day.isAfter(to) && !day.isBefore(savingsFrom)) {
                    long m2 = java.time.temporal.ChronoUnit.MONTHS.between(asOfMonth, m);
                    long cents = Math.max(100, Math.round(life.savingsCents() * Math.pow(1 + life.savingsRate(), m2)));
                    out.add(new Planned(at(day, "online", zone, rng), "transfer_out", false, cents, "online",
                            market.text(Text.TRANSFER_TO_ACCOUNT, savings.number()), null, null, null, Flag.SAVINGS, null));
                }
            }
        }
        for (Cards.Card card : life.cards()) {
            cardPayment(card, card.carried(), firstDay, lastDay, zone, market, rng, out);
            for (Cards.Statement st : card.statements()) {
                if (st.paid() != null && st.paid() > 0) {
                    cardPayment(card, new Cards.Payment(st.paidDate(), st.paid()), firstDay, lastDay, zone, market, rng, out);
                }
            }
        }
        if (life.gapMax() > 0) {
            variableIncome(life, firstDay, lastDay, zone, market, rng, out);
            LocalDate day = lastDay;
            long at = day.atTime(21, 30).atZone(zone).toEpochSecond();
            out.add(new Planned(at, "transfer_out", false, Math.round(life.buffer() * expectedSpend), "online", null,
                    null, null, null, Flag.SWEEP, null));
        }
        return out;
    }

    private static void income(Life life, YearMonth m, double level, LocalDate from, LocalDate to, ZoneId zone,
                               Market market, Rng rng, List<Planned> out) {
        switch (life.earner()) {
            case RETAIL -> {
                Life.Counterparty payer = life.payers().get(0);
                String text = market.text(Text.DIRECT_DEPOSIT, payer.name());
                if (life.profile() == Profile.STABLE_INCOME) {
                    deposit(banking(m.atDay(Math.min(life.payDay(), m.lengthOfMonth())), market, false), level,
                            payer, text, from, to, zone, rng, out);
                } else {
                    deposit(banking(m.atDay(15), market, false), level / 2, payer, text, from, to, zone, rng, out);
                    deposit(banking(m.atEndOfMonth(), market, false), level - Math.round(level / 2), payer, text, from,
                            to, zone, rng, out);
                }
            }
            case GIG -> {
                for (int i = 0; i < life.payers().size(); i++) {
                    Life.Counterparty platform = life.payers().get(i);
                    List<LocalDate> days = payoutDays(market.payoutCadence(platform.name()), platform, m, market);
                    for (LocalDate d : days) {
                        deposit(banking(d, market, false), level * platform.weight() / days.size(), platform,
                                market.text(Text.PLATFORM_PAYOUT, platform.name()), from, to, zone, rng, out);
                    }
                }
            }
            default -> {
                for (Life.Counterparty buyer : life.payers()) {
                    int dom = 1 + (int) Math.floorMod(buyer.id() * 7919L, 28L);
                    double jitter = 1 + 0.03 * Math.max(-3, Math.min(3, rng.gaussian()));
                    deposit(banking(m.atDay(dom), market, false), level * buyer.weight() * jitter, buyer,
                            market.text(Text.BATCH_CREDIT, buyer.name()), from, to, zone, rng, out);
                }
            }
        }
    }

    /**
     * The days a platform pays out in the month, by its cadence: weekly on the platform's weekday (one of
     * Monday to Friday, from its id), daily on every banking day, or at two milestones (a day of each
     * half of the month, from its id).
     */
    private static List<LocalDate> payoutDays(String cadence, Life.Counterparty platform, YearMonth m, Market market) {
        List<LocalDate> days = new ArrayList<>();
        switch (cadence) {
            case "daily" -> {
                for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
                    if (market.bankingDay(d)) {
                        days.add(d);
                    }
                }
            }
            case "milestone" -> {
                days.add(m.atDay(1 + (int) Math.floorMod(platform.id() * 7919L, 14L)));
                days.add(m.atDay(15 + (int) Math.floorMod(platform.id() * 104_729L, 14L)));
            }
            default -> {
                DayOfWeek dow = DayOfWeek.of(1 + (int) Math.floorMod(platform.id(), 5L));
                for (LocalDate d = m.atDay(1).with(TemporalAdjusters.nextOrSame(dow)); !d.isAfter(m.atEndOfMonth());
                     d = d.plusWeeks(1)) {
                    days.add(d);
                }
            }
        }
        return days;
    }

    /** Deposits every 45-90 days from one payer, each a log-normal amount around the income of the gap. */
    private static void variableIncome(Life life, LocalDate firstDay, LocalDate lastDay, ZoneId zone, Market market,
                                       Rng rng, List<Planned> out) {
        Life.Counterparty payer = life.payers().get(0);
        LocalDate d = firstDay.plusDays(rng.between(0, life.gapMax()) - life.gapMax() / 2);
        while (!d.isAfter(lastDay)) {
            int gap = rng.between(life.gapMin(), life.gapMax());
            double amount = life.baseCents() * gap / 30.4375 * Math.exp(life.sigma() * rng.gaussian() - life.sigma()
                    * life.sigma() / 2);
            LocalDate day = banking(d, market, false);
            if (!day.isBefore(firstDay)) {
                deposit(day, amount, payer, market.text(payer.kind().equals("platform") ? Text.PLATFORM_PAYOUT
                        : Text.DIRECT_DEPOSIT, payer.name()), firstDay, lastDay, zone, rng, out);
            }
            d = d.plusDays(gap);
        }
    }

    private static void deposit(LocalDate day, double cents, Life.Counterparty payer, String text, LocalDate from,
                                LocalDate to, ZoneId zone, Rng rng, List<Planned> out) {
        if (day.isBefore(from) || day.isAfter(to) || cents < 100) {
            return;
        }
        out.add(new Planned(at(day, "ach", zone, rng), "deposit", true, Math.round(cents), "ach", text, null, null,
                payer.id(), Flag.NONE, null));
    }

    /**
     * The month's card purchases: {@code count} of them, whose amounts add up to the month's target.
     * Each is drawn from its merchant category's amounts, so that a purchase stays what its category
     * sells: when the everyday mix of categories cannot carry the target (a high earner's month), each
     * purchase is drawn as the dearest of more categories (up to {@value #MAX_TILT}), as people who spend
     * more buy dearer things rather than dearer coffee; when the target cannot carry them at half their
     * drawn amounts ({@value #MIN_SCALE}), the last ones are not made, as people with less money make fewer
     * purchases; the amounts are then scaled to the target, none beyond its category's 99th percentile
     * ({@link #ceiling}), the excess going to the others.
     */
    private static void purchases(Life life, LocalDate from, LocalDate to, double target, int count, ZoneId zone,
                                  Market market, Rng rng, List<Planned> out) {
        if (count < 1 || target < 100) {
            return;
        }
        List<Planned> month = new ArrayList<>(count);
        long[] wanted = new long[count];
        Merchant[] merchants = new Merchant[count];
        double raw = 0;
        for (int tilt = 1; tilt <= MAX_TILT; tilt++) {
            raw = 0;
            for (int i = 0; i < count; i++) {
                Merchant pick = market.purchase(rng.random());
                for (int k = 1; k < tilt; k++) {
                    Merchant other = market.purchase(rng.random());
                    pick = other.mu() > pick.mu() ? other : pick;
                }
                merchants[i] = pick;
                double x = pick.cents(rng.gaussian());
                if (life.impulse() > 0 && rng.chance(life.impulse())) {
                    x *= rng.uniform(2, 3);
                }
                wanted[i] = Math.max(1, Math.round(x));
                raw += wanted[i];
            }
            if (target / raw <= MAX_SCALE) {
                break;
            }
        }
        // a month too small for its purchases makes fewer of them rather than cheaper ones
        int kept = count;
        while (kept > 0 && target / raw < MIN_SCALE) {
            kept--;
            raw -= wanted[kept];
        }
        if (kept == 0) {
            return;                          // not even one purchase: the month's little money stays put
        }
        long[] cents = fill(java.util.Arrays.copyOf(wanted, kept), java.util.Arrays.copyOf(merchants, kept), target);
        for (int i = 0; i < kept; i++) {
            Merchant merchant = merchants[i];
            String timing = "in_person".equals(merchant.channel()) ? "pos" : rng.chance(0.6) ? "online" : "mobile";
            // a shop's hours, whether paid by card or from a phone
            String channel = Ledger.phonePaid("purchase", timing, market, rng);
            LocalDate day = LocalTimes.day(rng, from, to, timing, market);
            String name = merchant.names()[rng.between(0, merchant.names().length - 1)];
            month.add(new Planned(at(day, timing, zone, rng), "purchase", false, Math.max(1, cents[i]), channel,
                    market.text("pos".equals(channel) ? Text.CARD_PURCHASE : "mobile".equals(channel) ? Text.PHONE_PURCHASE
                            : Text.ONLINE_PURCHASE, name), merchant, name, null,
                    Flag.NONE, null));
        }
        out.addAll(month);
    }

    /** The most categories a purchase is drawn as the dearest of [chosen]. */
    static final int MAX_TILT = 8;
    /** How far a month's purchases are scaled before dearer categories are drawn [chosen]. */
    static final double MAX_SCALE = 2;
    /**
     * How far down a month's purchases are scaled before fewer are made: each keeps at least half of
     * what its category drew [chosen], so that a small budget buys fewer cups of tea, not tea at a
     * twentieth of its price (India's lowest incomes bought Rs 0.51 snacks before).
     */
    static final double MIN_SCALE = 0.5;

    /**
     * A category's most for one purchase of a profiled month: its 99th percentile (the spending beyond
     * goes to other purchases and dearer categories, not to a $15,000 television).
     */
    static long ceiling(Merchant m) {
        return m.cents(2.326);
    }

    /**
     * The amounts scaled by one factor so that they add up to the target, each at most its ceiling:
     * the factor is found by bisection over the capped sum (which rises with it). When every purchase
     * is at its ceiling the month spends less than its target.
     */
    static long[] fill(long[] wanted, Merchant[] merchants, double target) {
        long[] ceilings = new long[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            ceilings[i] = ceiling(merchants[i]);
        }
        double lo = 0;
        double hi = 1;
        while (capped(wanted, ceilings, hi) < target && hi < 1e6) {
            hi *= 2;
        }
        for (int step = 0; step < 50; step++) {
            double mid = (lo + hi) / 2;
            if (capped(wanted, ceilings, mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        long[] out = new long[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            out[i] = Math.min(ceilings[i], Math.round(wanted[i] * hi));
        }
        return out;
    }

    private static double capped(long[] wanted, long[] ceilings, double factor) {
        double sum = 0;
        for (int i = 0; i < wanted.length; i++) {
            sum += Math.min(ceilings[i], wanted[i] * factor);
        }
        return sum;
    }

    /** The merchant category subscriptions are stored under (MCC 5968, continuity and subscription merchants). */
    static final Merchant SUBSCRIPTION = new Merchant("subscriptions", "subscriptions", "5968", "recurring", 0, 0,
            new String[0]);

    private static void subscriptions(Life life, YearMonth m, LocalDate from, LocalDate to, ZoneId zone, Market market,
                                      Rng rng, List<Planned> out) {
        for (Life.Subscription s : life.subscriptions()) {
            List<LocalDate> days = new ArrayList<>();
            if ("weekly".equals(s.cycle())) {
                for (LocalDate d = m.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.of(s.billingDay())));
                     !d.isAfter(m.atEndOfMonth()); d = d.plusWeeks(1)) {
                    days.add(d);
                }
            } else {
                days.add(m.atDay(Math.min(s.billingDay(), m.lengthOfMonth())));
            }
            for (LocalDate d : days) {
                if (d.isBefore(from) || d.isAfter(to) || d.isBefore(s.start()) || s.end() != null && d.isAfter(s.end())) {
                    continue;
                }
                long at = d.atTime(LocalTimes.time(rng, "online", d)).atZone(zone).toEpochSecond();
                out.add(new Planned(at, "purchase", false, s.cents(), "online", market.text(Text.SUBSCRIPTION, s.merchant()),
                        SUBSCRIPTION, s.merchant(), null, Flag.NONE, null));
            }
        }
    }

    /**
     * Debt payments on their day (the banking day on or after it). A returned one is presented again
     * 3-10 days later, and that presentment is paid.
     */
    private static void emis(Life life, YearMonth m, LocalDate from, LocalDate to, LocalDate lastDay, ZoneId zone,
                             Market market, Rng rng, List<Planned> out) {
        for (Life.Emi e : life.emis()) {
            LocalDate day = banking(m.atDay(Math.min(e.day(), m.lengthOfMonth())), market, true);
            if (day.isBefore(from) || day.isAfter(to) || e.cents() < 100) {
                continue;
            }
            String text = market.text(Text.LOAN_DEBIT, e.lender().name());
            boolean returned = rng.chance(life.returnChance());
            out.add(new Planned(at(day, "ach", zone, rng), "payment", false, e.cents(), "ach", text, null, null,
                    e.lender().id(), returned ? Flag.RETURNED : Flag.NONE, returned ? market.text(Text.RETURN_UNPAID) : null));
            if (returned) {
                LocalDate again = banking(day.plusDays(rng.between(3, 10)), market, true);
                if (!again.isAfter(lastDay)) {
                    out.add(new Planned(at(again, "ach", zone, rng), "payment", false, e.cents(), "ach",
                            market.text(Text.PRESENTED_AGAIN, text), null, null, e.lender().id(), Flag.NONE, null));
                }
            }
        }
    }

    /** A payment towards a card, out of the main account, on its day (online, to the card's issuer). */
    private static void cardPayment(Cards.Card card, Cards.Payment p, LocalDate firstDay, LocalDate lastDay,
                                    ZoneId zone, Market market, Rng rng, List<Planned> out) {
        if (p.cents() < 1 || p.day().isBefore(firstDay) || p.day().isAfter(lastDay)) {
            return;
        }
        out.add(new Planned(at(p.day(), "online", zone, rng), "payment", false, p.cents(), "online",
                market.text(Text.CARD_PAYMENT, card.last4()), null, null, card.issuer().id(), Flag.NONE, null));
    }

    private static long at(LocalDate day, String channel, ZoneId zone, Rng rng) {
        return day.atTime(LocalTimes.time(rng, channel, day)).atZone(zone).toEpochSecond();
    }

    /**
     * The banking day on or before the day (or on or after it, {@code forward}); never into another
     * month: a pay day early in a month whose banking day before falls in the month before moves
     * forward instead, so that each month gets its pay.
     */
    private static LocalDate banking(LocalDate day, Market market, boolean forward) {
        LocalDate d = day;
        while (!market.bankingDay(d)) {
            d = forward ? d.plusDays(1) : d.minusDays(1);
        }
        if (d.getMonthValue() != day.getMonthValue()) {
            d = day;
            while (!market.bankingDay(d)) {
                d = forward ? d.minusDays(1) : d.plusDays(1);
            }
        }
        return d;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
