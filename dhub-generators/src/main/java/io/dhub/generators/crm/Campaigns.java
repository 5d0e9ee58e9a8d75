package io.dhub.generators.crm;

import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 10-15 campaigns (a fixed number: it depends on the seed, not the scale). With so few, the
 * type mix (email 40%, digital 30%, cross_sell 20%, direct_mail 10%) is dealt by quota, largest
 * remainder first, rather than drawn, so that it holds for every campaign count.
 */
public final class Campaigns {
    static final String[] TYPES = {"email", "digital", "cross_sell", "direct_mail"};
    static final double[] SHARES = {0.40, 0.30, 0.20, 0.10};
    private static final String[] SEGMENTS = {"retail", "premium", "business", "private_banking"};
    private static final String[] THEMES = {"Spring Savings Boost", "Travel Rewards Card", "Home Equity Days",
        "Refinance and Relax", "Back to School Accounts", "Small Business Starter", "Premium Upgrade",
        "Go Paperless", "Holiday Cashback", "Auto Loan Rate Drop", "Retirement Ready", "Mobile App Launch",
        "Student Banking Week", "Wealth Review Invitation", "Insurance Bundle Offer"};

    /** One campaign. */
    public record Campaign(long id, String type, LocalDate start, LocalDate end) {
    }

    private final List<Campaign> campaigns;
    private final SeedTree seeds;
    private final LocalDate asOf;

    public Campaigns(SeedTree seeds, LocalDate asOf) {
        this.seeds = seeds;
        this.asOf = asOf;
        Rng rng = seeds.stream("campaign-count", 0);
        int count = rng.between(10, 15);
        List<String> types = quota(count);
        for (int i = types.size() - 1; i > 0; i--) {
            int j = rng.between(0, i);
            String t = types.get(i);
            types.set(i, types.get(j));
            types.set(j, t);
        }
        List<Campaign> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Rng c = seeds.stream("campaign", i + 1);
            LocalDate start = c.dateBetween(asOf.minusYears(2), asOf.minusDays(14));
            list.add(new Campaign(i + 1, types.get(i), start, start.plusDays(c.between(14, 90))));
        }
        this.campaigns = List.copyOf(list);
    }

    static List<String> quota(int count) {
        int[] n = new int[TYPES.length];
        double[] remainder = new double[TYPES.length];
        int dealt = 0;
        for (int t = 0; t < TYPES.length; t++) {
            n[t] = (int) Math.floor(SHARES[t] * count);
            remainder[t] = SHARES[t] * count - n[t];
            dealt += n[t];
        }
        while (dealt < count) {
            int best = 0;
            for (int t = 1; t < TYPES.length; t++) {
                if (remainder[t] > remainder[best]) {
                    best = t;
                }
            }
            n[best]++;
            remainder[best] = -1;
            dealt++;
        }
        List<String> out = new ArrayList<>();
        for (int t = 0; t < TYPES.length; t++) {
            for (int i = 0; i < n[t]; i++) {
                out.add(TYPES[t]);
            }
        }
        return out;
    }

    public int count() {
        return campaigns.size();
    }

    public Campaign get(long id) {
        return campaigns.get((int) id - 1);
    }

    /** A campaign as launched: code, name, target segment (half target none), budget and status. */
    public record Launched(Campaign campaign, String code, String name, String segment, BigDecimal budget,
                           String status) {
    }

    /** Campaign id's details, from its own stream: completed once it ended before the as-of date. */
    public Launched launched(long id) {
        Campaign c = get(id);
        Rng rng = seeds.stream("campaign-detail", id);
        String status = c.end().isBefore(asOf) ? "completed" : "active";
        String segment = rng.chance(0.5) ? rng.pick(SEGMENTS) : null;
        return new Launched(c, Crm.code(id), THEMES[(int) (id - 1) % THEMES.length] + " " + c.start().getYear(),
                segment, Crm.budget(rng), status);
    }
}
