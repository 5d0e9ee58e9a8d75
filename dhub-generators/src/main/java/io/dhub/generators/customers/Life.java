package io.dhub.generators.customers;

import io.dhub.generators.ids.Ids;
import io.dhub.generators.market.BankFile;
import io.dhub.generators.market.Catalogue;
import io.dhub.generators.market.Market;
import io.dhub.generators.profiles.Profile;
import io.dhub.generators.spi.Rng;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A profiled customer's life: the parameters a behaviour profile sets (docs/profiles.md), drawn once
 * per customer from its own stream. They replace the seed document's own-transaction rules on the
 * customer's main account (and, for a savings builder, on the savings account it feeds); the other
 * accounts keep those rules.
 *
 * <p>The monthly model: the income of month m (0 at the as-of month, negative before it) is
 * {@code base · (1+growth)^(m/12) · season(month) · (1 + sigma·z)}, z a standard normal clipped at
 * ±3, split across the payers by their weights; spending is {@code spendRatio} of it, in card
 * purchases at the market's merchants; subscriptions, debt payments and savings transfers come on
 * their days.
 *
 * @param mainAccountId    the account income lands in and spending leaves (the first checking or
 *                         business checking account)
 * @param savingsAccountId a savings builder's savings account, else null
 * @param baseCents        the monthly income level at the as-of month
 * @param growth           yearly growth of the income level
 * @param amplitude        the seasonal sinusoid's amplitude (0 for none)
 * @param phase            its phase, radians
 * @param festive          the festive pattern instead: 0.35 for nine months, 3.5/5.0/3.5 in October-December
 * @param sigma            monthly noise
 * @param spendRatio       spending ÷ income
 * @param purchases        card purchases in a full month
 * @param impulse          the share of purchases that are impulse buys at 2-3× their amount
 * @param uncapped         the seed rules a profile scopes out: spending may take more than 30% of the
 *                         balance, and the balance may go below zero down to the overdraft limit
 * @param gapMin           variable income: fewest days between deposits (0 otherwise)
 * @param gapMax           variable income: most days between deposits
 * @param buffer           variable income: months of spending left in checking at as-of (0 otherwise)
 * @param savingsRate      savings builder: monthly growth of the transfer and the savings (0 otherwise)
 * @param savingsCents     savings builder: the transfer on the 5th in the as-of month
 * @param payers           who pays the income, with their weights
 * @param emis             debt payments to lenders elsewhere, monthly
 * @param returnChance     the chance a debt payment is returned unpaid on first presentment
 * @param subscriptions    the customer's subscriptions
 * @param subscriptionShare a subscription-heavy customer's subscriptions' share of spending (0 otherwise)
 * @param payDay           a monthly payer's day of the month (stable income)
 * @param cards            a high-utilisation customer's credit cards and their statements (none otherwise)
 */
public record Life(Profile profile, Profile.Earner earner, boolean showcase, long mainAccountId, Long savingsAccountId,
                   long baseCents, double growth, double amplitude, double phase, boolean festive, double sigma,
                   double spendRatio, int purchases, double impulse, boolean uncapped, int gapMin, int gapMax,
                   double buffer, double savingsRate, long savingsCents, List<Counterparty> payers, List<Emi> emis,
                   double returnChance, List<Subscription> subscriptions, double subscriptionShare, int payDay,
                   List<Cards.Card> cards) {

    /** A payer or lender of a profiled customer: accounts_db.counterparties. */
    public record Counterparty(long id, long customerId, String name, String kind, double weight) {
    }

    /** A monthly debt payment to a lender elsewhere, on a day of the month. */
    public record Emi(Counterparty lender, long cents, int day) {
    }

    /**
     * A subscription: accounts_db.subscriptions. {@code cycle} is {@code monthly} (billed on
     * {@code billingDay} of the month) or {@code weekly} (on ISO weekday {@code billingDay}).
     */
    public record Subscription(long id, long customerId, long accountId, String merchant, long cents, String cycle,
                               int billingDay, LocalDate start, LocalDate end, LocalDate lastUsed) {
    }

    /** The festive pattern's months, January to December, before normalising to a mean of 1. */
    private static final double[] FESTIVE = {.35, .35, .35, .35, .35, .35, .35, .35, .35, 3.5, 5.0, 3.5};
    private static final double FESTIVE_MEAN = (9 * .35 + 12) / 12;

    // the subscriptions (names, prices, cycles), platforms, lenders and firm names are the market's
    // (BankFile.offers(), Catalogue.PLATFORMS, LENDERS, BUSINESS_LENDERS, FIRMS)

    /** Net monthly pay as a share of gross yearly income / 12 (as {@link Customers}' pay). */
    /** The lowest monthly income level a profile is given [chosen]. */
    private static final long MIN_BASE_CENTS = 150_000;

    /**
     * Draws a customer's life for the profile: its parameters per docs/profiles.md, its payers,
     * lenders and subscriptions; a high-utilisation customer's cards come from {@code cardRng}, so
     * that they leave the rest of the life as it is drawn.
     *
     * @param windowStart the first day of the ledgers' window
     */
    static Life draw(Customer c, Profile p, Profile.Earner earner, boolean showcase, Account main, Account savings,
                     Rng rng, Market market, LocalDate asOf, LocalDate windowStart, Rng cardRng) {
        double yearly = c.annualIncome().doubleValue();
        long base = Math.max(MIN_BASE_CENTS, Math.round((earner == Profile.Earner.BUSINESS ? 1.2 : market.netOfGross()) * yearly / 12 * 100));
        // the profile's parameters, drawn in the order of profile-parameters.csv
        ProfileParameters.Drawn v = ProfileParameters.draw(p, rng);
        double growth = v.get("growth");
        double amplitude = v.get("amplitude");
        double sigma = v.get("sigma");
        double spend = v.get("spend");
        int purchases = v.whole("purchases");
        double phase = v.get("phase");
        boolean festive = v.on("festive");
        double impulse = v.get("impulse");
        int gapMin = v.whole("gap_min");
        int gapMax = v.whole("gap_max");
        double buffer = v.get("buffer");
        double savingsRate = v.get("savings_rate");
        // the transfer, but no more than a quarter of the income, which must also fund the spending [chosen]
        long savingsCents = v.has("savings_transfer") ? 100L * Math.min(v.whole("savings_transfer"),
                Math.max(300, base / 400)) : 0;
        double returnChance = v.get("return_chance");
        double top3 = v.get("top3");
        double emiShare = v.get("emi_share");
        int lenders = v.whole("lenders");
        int subscriptions = v.whole("subscriptions");
        double subscriptionShare = v.get("subscription_share");
        boolean uncapped = v.on("uncapped");
        int payDay = rng.between(1, 28);
        List<Counterparty> payers = payers(c, p, earner, rng, market, top3);
        List<Emi> emis = new ArrayList<>();
        for (int i = 0; i < lenders; i++) {
            List<String> names = market.catalogue(earner == Profile.Earner.BUSINESS ? Catalogue.BUSINESS_LENDERS
                    : Catalogue.LENDERS);
            String name = names.get(Math.floorMod(i + rng.between(0, names.size() - 1), names.size()));
            if (i > 0 && emis.stream().anyMatch(e -> e.lender().name().equals(name))) {
                continue;
            }
            Counterparty lender = new Counterparty(Ids.counterparty(c.id(), payers.size() + emis.size()), c.id(), name,
                    "lender", 0);
            emis.add(new Emi(lender, 0, rng.between(1, 28)));
        }
        // split the debt service across the lenders (weights 1 to 2), in whole cents
        List<Emi> sized = new ArrayList<>();
        double[] w = new double[emis.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.uniform(1, 2);
            total += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            Emi e = emis.get(i);
            long cents = Math.round(emiShare * base * w[i] / total);
            Counterparty lender = new Counterparty(e.lender().id(), c.id(), e.lender().name(), "lender",
                    Math.round(w[i] / total * 10_000) / 10_000.0);
            sized.add(new Emi(lender, cents, e.day()));
        }
        List<Subscription> subs = subscriptions(c, main, rng, subscriptions, subscriptionShare, spend, base, asOf,
                market);
        List<Cards.Card> cards = p == Profile.HIGH_UTILIZATION
                ? Cards.draw(c, main.id(), base, payers.size() + sized.size(), windowStart, asOf, cardRng, market) : List.of();
        return new Life(p, earner, showcase, main.id(), savings == null ? null : savings.id(), base, growth, amplitude,
                phase, festive, sigma, spend, purchases, impulse, uncapped, gapMin, gapMax, buffer, savingsRate,
                savingsCents, payers, List.copyOf(sized), returnChance, subs, subscriptionShare, payDay, cards);
    }

    /**
     * The income's payers: a retail customer's employer or pension fund; a gig worker's platforms
     * (one for a stable or variable earner, else two to five, as many as offer its work: the market's
     * {@link Market#platforms}); a business's buyers, weighted so that the three largest take
     * {@code top3} of the income (a Dirichlet-like split: the top three near equal, the rest below the
     * smallest of them).
     */
    private static List<Counterparty> payers(Customer c, Profile p, Profile.Earner earner, Rng rng, Market market,
                                             double top3) {
        List<Counterparty> out = new ArrayList<>();
        switch (earner) {
            case RETAIL -> out.add(new Counterparty(Ids.counterparty(c.id(), 0), c.id(), c.pay() != null
                    ? c.pay().payer() : firm(market, rng),
                    "employer", 1.0));
            case GIG -> {
                int n = p == Profile.STABLE_INCOME || p == Profile.VARIABLE_INCOME ? 1 : rng.between(2, 5);
                List<String> platforms = market.platforms(c.occupation());
                if (p == Profile.VARIABLE_INCOME) {
                    // lumps every 45-90 days come from work paid by the piece: a freelance marketplace, where
                    // the market has one
                    List<String> lumpy = platforms.stream().filter(name -> market.payoutCadence(name)
                            .equals("milestone")).toList();
                    platforms = lumpy.isEmpty() ? platforms : lumpy;
                }
                int start = rng.between(0, platforms.size() - 1);
                n = Math.min(n, platforms.size());      // each platform once: a worker has one account with it
                double[] w = new double[n];
                double total = 0;
                for (int i = 0; i < n; i++) {
                    w[i] = rng.uniform(0.5, 1.5);
                    total += w[i];
                }
                for (int i = 0; i < n; i++) {
                    out.add(new Counterparty(Ids.counterparty(c.id(), i), c.id(),
                            platforms.get((start + i) % platforms.size()), "platform", round4(w[i] / total)));
                }
            }
            default -> {
                // enough buyers that the fourth and later stay below the smallest of the top three
                int rest = Math.max(2, (int) Math.ceil(3 * (1 - top3) / top3 * 1.25));
                int n = Math.min(Ids.COUNTERPARTIES_PER_CUSTOMER - 8, 3 + rest);
                double[] w = new double[n];
                double head = 0;
                for (int i = 0; i < 3; i++) {
                    w[i] = rng.uniform(0.9, 1.1);
                    head += w[i];
                }
                for (int i = 0; i < 3; i++) {
                    w[i] = w[i] / head * top3;
                }
                double tail = 0;
                for (int i = 3; i < n; i++) {
                    w[i] = rng.uniform(0.5, 1.0);
                    tail += w[i];
                }
                for (int i = 3; i < n; i++) {
                    w[i] = w[i] / tail * (1 - top3);
                }
                for (int i = 0; i < n; i++) {
                    String name = firm(market, rng);
                    out.add(new Counterparty(Ids.counterparty(c.id(), i), c.id(), name, "buyer", round4(w[i])));
                }
            }
        }
        return out;
    }

    /** An invented firm: a surname in one of the market's patterns of firm names. */
    private static String firm(Market market, Rng rng) {
        String surname = market.surname(rng.random());
        List<String> firms = market.catalogue(Catalogue.FIRMS);
        return market.bank().fill(firms.get(rng.between(0, firms.size() - 1)), surname);
    }

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    /**
     * The customer's subscriptions, distinct merchants from the catalogue. A subscription-heavy
     * customer's come to $100-400 a month and {@code share} of the month's spending; everyone
     * else's are cheap ones, 0-3 of them (dollars at the market's price level).
     */
    private static List<Subscription> subscriptions(Customer c, Account main, Rng rng, int count, double share,
                                                    double spend, long base, LocalDate asOf, Market market) {
        List<BankFile.Offer> offers = market.bank().offers();
        double level = market.subscriptionPriceLevel();         // the rules' dollars in the market's money
        List<Subscription> out = new ArrayList<>();
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            if (share > 0 || offers.get(i).cents() <= Math.round(2_000 * level)) {
                pool.add(i);
            }
        }
        // a heavy subscriber's monthly total: $110-380 (inside the $100-400 the profile promises, with room for
        // the months that bill five weeks), no more than their spending allows
        long floor = share > 0 ? Math.round(11_000 * level) : 0;
        long budget = share > 0 ? Math.max(floor, Math.round(Math.min(rng.uniform(11_000 * level, 38_000 * level),
                0.85 * spend * base * share))) : Long.MAX_VALUE;
        long monthly = 0;
        for (int n = 0; !pool.isEmpty() && out.size() < 12 && (n < count || monthly < floor
                || share > 0 && out.size() < 4); n++) {
            int pick = pool.remove(rng.between(0, pool.size() - 1));
            BankFile.Offer offer = offers.get(pick);
            boolean weekly = offer.weekly();
            long perMonth = weekly ? Math.round(offer.cents() * 52 / 12.0) : offer.cents();
            if (share > 0 && monthly + perMonth > budget) {
                continue;
            }
            monthly += perMonth;
            LocalDate start = asOf.minusDays(rng.between(200, 1_500));
            LocalDate used = rng.chance(0.8) ? asOf.minusDays(rng.between(1, 30)) : asOf.minusDays(rng.between(61, 180));
            if (used.isBefore(start)) {
                used = start;
            }
            out.add(new Subscription(Ids.subscription(c.id(), out.size()), c.id(), main.id(), offer.name(),
                    offer.cents(), weekly ? "weekly" : "monthly", weekly ? rng.between(1, 5)
                    : rng.between(1, 28), start, null, used));
        }
        return List.copyOf(out);
    }

    /** The subscriptions' spending in a full month (weekly ones at 52/12 charges). */
    long subscriptionCentsPerMonth() {
        long total = 0;
        for (Subscription s : subscriptions) {
            total += "weekly".equals(s.cycle()) ? Math.round(s.cents() * 52 / 12.0) : s.cents();
        }
        return total;
    }

    /** The seasonal factor of a calendar month. */
    double season(YearMonth month) {
        if (festive) {
            return FESTIVE[month.getMonthValue() - 1] / FESTIVE_MEAN;
        }
        return 1 + amplitude * Math.sin(2 * Math.PI * (month.getMonthValue() - 1) / 12 + phase);
    }

    /** The income level of a month, before noise: base × growth since the as-of month × season. */
    double level(YearMonth month, YearMonth asOfMonth) {
        long m = java.time.temporal.ChronoUnit.MONTHS.between(asOfMonth, month);
        return baseCents * Math.pow(1 + growth, m / 12.0) * season(month);
    }

    /** The parameters as JSON for accounts_db.customer_behaviour.params, keys in a fixed order. */
    String paramsJson() {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "base_monthly_income", baseCents / 100.0);
        field(sb, "growth_per_year", growth);
        field(sb, "season", festive ? "festive" : "sinusoid");
        field(sb, "amplitude", amplitude);
        field(sb, "noise", sigma);
        field(sb, "spend_ratio", spendRatio);
        field(sb, "purchases_per_month", purchases);
        field(sb, "impulse_share", impulse);
        field(sb, "seed_rules_scoped_out", uncapped);
        if (gapMax > 0) {
            field(sb, "pay_gap_days", "[" + gapMin + "," + gapMax + "]");
            field(sb, "buffer_months", buffer);
        }
        if (savingsRate > 0) {
            field(sb, "savings_growth_per_month", savingsRate);
            field(sb, "savings_transfer", savingsCents / 100.0);
        }
        if (!emis.isEmpty()) {
            long total = 0;
            for (Emi e : emis) {
                total += e.cents();
            }
            field(sb, "debt_payments_per_month", total / 100.0);
            field(sb, "return_chance", returnChance);
        }
        field(sb, "payers", payers.size());
        field(sb, "subscriptions", subscriptions.size());
        if (subscriptionShare > 0) {
            field(sb, "subscription_share", subscriptionShare);
        }
        if (!cards.isEmpty()) {
            field(sb, "cards", cards.size());
            field(sb, "card_payments", cards.get(0).paying());
        }
        sb.setLength(sb.length() - 1);
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String key, Object value) {
        sb.append('"').append(key).append("\":");
        if (value instanceof String s && !s.startsWith("[")) {
            sb.append('"').append(s).append('"');
        } else if (value instanceof Double d) {
            sb.append(String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", ".0"));
        } else {
            sb.append(value);
        }
        sb.append(',');
    }
}
