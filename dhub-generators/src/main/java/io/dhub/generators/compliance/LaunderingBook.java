package io.dhub.generators.compliance;

import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.CustomerFile;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.customers.LedgerFlow;
import io.dhub.generators.customers.LedgerFlows;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.market.Amount;
import io.dhub.generators.market.Catalogue;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.Text;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Weighted;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Laundering injected into the bank's real accounts, with its ground truth, and benign activity that
 * looks like it. The customers are cut into blocks by number ({@link #BLOCK}, or 1,000 over
 * {@code --aml-cases} when that is smaller); each block holds two look-alikes, and a share of the
 * blocks, spread evenly from a phase the run's seed draws, one laundering case in a slot the seed
 * draws too (one block in ten by default: one case per 1,200 customers, about 0.1% of transactions
 * illicit, as in IBM's AMLworld HI-Small). A case's members are customers of its block only, so a
 * block present in full holds the same cases at every scale; a last, partial block draws from the
 * customers it has.
 *
 * <p>A laundering case follows AMLSim's shapes: 5-10 accounts (one to three for structuring, dormant
 * reactivation and high-risk wires), over 5-20 days, money coming in from outside, each account
 * passing on 90% of what it received (10% kept at each hop) and the last ones sending it out. Every
 * account receives before it pays, so no balance goes below zero; the statement texts are the
 * ledger's ordinary ones. The cases start anywhere from 25 days before the as-of date back to the
 * start of the stored history ({@code --history-months}; the last 25-50 days with the default
 * density, whose checking ledgers cover two months), through active checking accounts whose stored
 * ledgers cover them; a dormant reactivation in the last 25-50 days, on an account quiet for a year.
 *
 * <p>Contributed to the customers' phase, whose ledgers carry the money: each leg is a flow of the
 * account it moves through, an internal one on both accounts, naming the other.
 */
public final class LaunderingBook implements LedgerFlows {
    /** Customers per block at most: two decoys each, and room for one case. */
    public static final int BLOCK = io.dhub.generators.api.RunSettings.MAX_AML_BLOCK;

    private final SeedTree seeds;
    private final LocalDate asOf;
    private final long count;
    private final Market market;
    private final Monitoring.Limits limits;
    private final int block;
    /** The share of blocks holding a laundering case, and where the even spacing starts (from the seed). */
    private final double share;
    private final double phase;
    /** The months of stored history the cases spread over, or 0 for the default density's last weeks. */
    private final int historyMonths;
    /**
     * Each block's plan, built when a customer of the block first needs it: a block's cases draw only
     * on its own customers, and money moves only between their accounts, so a run that writes some
     * customers (a part, one customer) builds only their blocks.
     */
    private final Map<Long, Plan> plans = new java.util.concurrent.ConcurrentHashMap<>();
    private Customers customers;
    /** What the customers' phase found in the ledgers it booked, for phase 7. */
    private final Booked.Store booked;

    static final Weighted<String> TYPOLOGY = Weighted.of("fan_in", 15, "fan_out", 15, "cycle", 15,
            "scatter_gather", 10, "gather_scatter", 10, "bipartite", 5, "stack", 5, "random", 5, "structuring", 10,
            "dormant", 5, "high_risk_wire", 5);
    static final Weighted<String> DECOY = Weighted.of("house_sale", 1, "inheritance", 1, "bonus", 1);
    /** FATF's call for action (black list). */
    static final String[] HIGH_RISK = {"IR", "KP", "MM"};

    /**
     * @param block         customers per block (two look-alikes each, and room for one case), or 0 for no
     *                      case at all
     * @param share         the share of blocks that hold a laundering case (1 when every block does)
     * @param historyMonths the months of stored history, or 0 for the default density
     */
    public LaunderingBook(SeedTree seeds, LocalDate asOf, long count, Market market, int block, double share,
                          int historyMonths) {
        this.block = block;
        this.share = share;
        this.phase = seeds.stream("aml-phase", 0).uniform(0, 1);
        this.historyMonths = historyMonths;
        this.seeds = seeds;
        this.asOf = asOf;
        this.count = count;
        this.market = market;
        this.limits = Monitoring.Limits.of(market, asOf);
        this.booked = new Booked.Store(count);
    }

    /** A member of a case: the account, its holder and its part. */
    public record Member(long id, long accountId, long customerId, String role) {
    }

    /**
     * One movement of a case: from an account of the bank (or from outside), to one (or outside), on a
     * day at a minute of the day in the time zone of the case's lead.
     */
    public record Leg(Long from, Long to, long cents, LocalDate day, int minute, String channel, String party,
                      String country, boolean deposit) {
        /** A leg the account receives or sends as a transfer (not as a deposit). */
        public Leg(Long from, Long to, long cents, LocalDate day, int minute, String channel, String party,
                   String country) {
            this(from, to, cents, day, minute, channel, party, country, false);
        }

        /** The hour of the day the leg is booked at, in the lead's time zone. */
        public int hour() {
            return minute / 60;
        }
    }

    /** A case: its typology, whether it is laundering, its period, members and legs. */
    public record Case(long id, String typology, boolean illicit, LocalDate start, LocalDate end,
                       List<Member> members, List<Leg> legs) {
        /** The customer who leads the case and writes its rows: the first member's holder. */
        public long lead() {
            return members.get(0).customerId();
        }

        public long cents() {
            return legs.stream().filter(l -> l.from() == null).mapToLong(Leg::cents).sum();
        }
    }

    private record Plan(List<Case> cases, Map<Long, List<LedgerFlow>> flows, Map<Long, List<Case>> led,
                        Set<Long> illicit, Map<Long, List<Closing>> closings) {
    }

    @Override
    public void bind(Customers customers) {
        this.customers = customers;
    }

    @Override
    public void booked(CustomerFile file) {
        booked.put(file.customer().id(), Booked.of(file, this::closings, limits));
    }

    /** What monitoring and the ground truth read in customer k's ledgers, from the customers' phase when it wrote them. */
    Booked.Of read(CustomerFile file) {
        Booked.Of known = booked.get(file.customer().id());
        return known != null ? known : Booked.of(file, this::closings, limits);
    }

    @Override
    public List<LedgerFlow> flows(long accountId, CustomerFile file) {
        return ofCustomer(file.customer().id()).flows().getOrDefault(accountId, List.of());
    }

    /** The cases customer k leads (writes the rows of). */
    public List<Case> led(long k) {
        return ofCustomer(k).led().getOrDefault(k, List.of());
    }

    /** Every case, in id order. */
    public List<Case> cases() {
        List<Case> all = new ArrayList<>();
        for (long b = 0; b < blocks(); b++) {
            all.addAll(plan(b).cases());
        }
        return all;
    }

    /** Where money the account sent out came back to it (the cycle rule's hits), in no particular order. */
    public List<Closing> closings(long accountId) {
        return ofCustomer(accountId / Ids.ACCOUNTS_PER_CUSTOMER).closings().getOrDefault(accountId, List.of());
    }

    /** Whether the case is laundering (false for a look-alike or no case). */
    public boolean illicit(Long caseId) {
        return caseId != null && plan((caseId - 1) / Ids.CASES_PER_BLOCK).illicit().contains(caseId);
    }

    /**
     * Whether block b holds a laundering case: with the blocks laid on a line of unit steps from the
     * seed's phase, those where the running count of {@code share} per block passes a whole number.
     */
    boolean launders(long b) {
        return share >= 1 || Math.floor((b + 1) * share + phase) > Math.floor(b * share + phase);
    }

    /**
     * A case's first day: 25-50 days before the as-of date, or with a stored history anywhere from 25
     * days before it back to five days after the history's start (a dormant reactivation always recent).
     */
    private LocalDate start(Rng rng, boolean recent) {
        int earliest = 50;
        if (historyMonths > 0 && !recent) {
            earliest = Math.max(earliest, (int) java.time.temporal.ChronoUnit.DAYS.between(
                    asOf.minusMonths(historyMonths).plusDays(5), asOf));
        }
        return asOf.minusDays(rng.between(25, earliest));
    }

    private long blocks() {
        return block == 0 ? 0 : (count + block - 1) / block;
    }

    private static final Plan NONE = new Plan(List.of(), Map.of(), Map.of(), Set.of(), Map.of());

    /** The plan of customer k's block. */
    private Plan ofCustomer(long k) {
        return block == 0 || k < 1 || k > count ? NONE : plan((k - 1) / block);
    }

    /**
     * Block b's plan. Two threads asking at once may both build it; the plans are equal (the block's
     * own seeds), and the first one stored is kept.
     */
    private Plan plan(long b) {
        Plan p = plans.get(b);
        if (p == null) {
            p = build(b);
            Plan earlier = plans.putIfAbsent(b, p);
            if (earlier != null) {
                p = earlier;
            }
        }
        return p;
    }

    /** A customer of a block with their accounts, read once for the block's three cases. */
    private record Holder(Customer customer, List<Account> accounts) {
    }

    private Plan build(long b) {
        List<Case> cases = new ArrayList<>();
        Map<Long, String> numbers = new HashMap<>();
        Map<Long, ZoneId> zones = new HashMap<>();
        {
            long lo = b * block + 1;
            long hi = Math.min(count, lo + block - 1);
            List<Holder> holders = new ArrayList<>((int) (hi - lo + 1));
            for (long k = lo; k <= hi; k++) {
                Customer c = customers.customer(k);
                holders.add(new Holder(c, customers.accounts(c)));
            }
            Set<Long> used = new HashSet<>();
            // which slot would hold the block's laundering case, drawn from the seed: the others hold look-alikes
            int slot = seeds.stream("aml-block", b).between(0, Ids.CASES_PER_BLOCK - 1);
            boolean laundering = launders(b);
            // the laundering case chooses its accounts first, the look-alikes from the customers it leaves
            for (int i = 0; i < Ids.CASES_PER_BLOCK; i++) {
                int j = (slot + i) % Ids.CASES_PER_BLOCK;
                long id = Ids.laundering(b, j);
                Case c = j != slot ? decoy(id, holders, used) : laundering ? laundering(id, holders, used) : null;
                if (c != null) {
                    cases.add(c);
                    for (Member m : c.members()) {
                        Holder h = holder(m.customerId(), holders);
                        h.accounts().stream().filter(a -> a.id() == m.accountId())
                                .forEach(a -> numbers.put(a.id(), a.number()));
                        zones.put(m.accountId(), ZoneId.of(h.customer().timeZone()));
                    }
                }
            }
        }
        cases.sort(java.util.Comparator.comparingLong(Case::id));
        Map<Long, List<LedgerFlow>> flows = new HashMap<>();
        Map<Long, List<Case>> led = new HashMap<>();
        List<Cycles.Edge> edges = new ArrayList<>();
        for (Case c : cases) {
            led.computeIfAbsent(c.lead(), k -> new ArrayList<>()).add(c);
            for (Leg leg : c.legs()) {
                // one clock for the whole case, in its lead's time zone: both legs of a transfer share the
                // instant, and every account receives before it pays whatever zone its holder lives in
                long at = leg.day().atTime(leg.hour(), leg.minute() % 60)
                        .atZone(zones.get(c.members().get(0).accountId())).toEpochSecond();
                if (leg.from() != null) {
                    flows.computeIfAbsent(leg.from(), k -> new ArrayList<>()).add(debit(c, leg, numbers, at));
                    if (leg.to() != null) {
                        edges.add(new Cycles.Edge(leg.from(), leg.to(), at));
                    }
                }
                if (leg.to() != null) {
                    flows.computeIfAbsent(leg.to(), k -> new ArrayList<>()).add(credit(c, leg, numbers, at));
                }
            }
        }
        Set<Long> illicit = new HashSet<>();
        cases.stream().filter(Case::illicit).forEach(c -> illicit.add(c.id()));
        return new Plan(List.copyOf(cases), flows, led, illicit, Cycles.closings(edges));
    }


    /**
     * That percentage of one of the market's thresholds, in whole units of its currency: cash under
     * the report threshold is a sum of notes (3,000 to 9,500 or 9,800 dollars in the US).
     */
    static int units(Market market, Amount threshold, int percent) {
        return Math.toIntExact(market.cents(threshold) * percent / 100 / 100);
    }

    /** Money coming back to an account that sent it out: the instant it came back and the account it came from. */
    public record Closing(long at, long from) {
    }

    /** The text of the transfer in that covers a case's debit the balance cannot. */
    private String cover() {
        return market.text(Text.TRANSFER_FROM_OTHER_BANK);
    }

    /** The escrow account of one of the market's settlement agents. */
    private String agent(Rng rng) {
        List<String> agents = market.catalogue(Catalogue.SETTLEMENT_AGENTS);
        return agents.get(rng.between(0, agents.size() - 1));
    }

    private LedgerFlow debit(Case c, Leg leg, Map<Long, String> numbers, long at) {
        if (leg.to() != null) {
            return new LedgerFlow(leg.day(), leg.day(), leg.hour(), false, leg.cents(), "transfer_out", leg.channel(),
                    c.id(), LedgerFlow.Tag.CASE, market.text(Text.TRANSFER_TO_ACCOUNT, numbers.get(leg.to())), cover(),
                    leg.to(), null, null, at);
        }
        String text = market.text("wire".equals(leg.channel()) ? Text.WIRE_OUT : Text.TRANSFER_TO_OTHER_BANK);
        return new LedgerFlow(leg.day(), leg.day(), leg.hour(), false, leg.cents(), "transfer_out", leg.channel(),
                c.id(), LedgerFlow.Tag.CASE, text, cover(), null, leg.party(), leg.country(), at);
    }

    private LedgerFlow credit(Case c, Leg leg, Map<Long, String> numbers, long at) {
        if (leg.from() != null) {
            return new LedgerFlow(leg.day(), leg.day(), leg.hour(), true, leg.cents(), "transfer_in", leg.channel(),
                    c.id(), LedgerFlow.Tag.CASE, market.text(Text.TRANSFER_FROM_ACCOUNT, numbers.get(leg.from())),
                    cover(), leg.from(), null, null, at);
        }
        return switch (leg.channel()) {
            case "branch" -> new LedgerFlow(leg.day(), leg.day(), leg.hour(), true, leg.cents(), "deposit", "branch",
                    c.id(), LedgerFlow.Tag.CASE, market.text(Text.BRANCH_DEPOSIT), cover(), null, null, null, at);
            case "wire" -> new LedgerFlow(leg.day(), leg.day(), leg.hour(), true, leg.cents(), "transfer_in", "wire",
                    c.id(), LedgerFlow.Tag.CASE, market.text(Text.WIRE_IN), cover(), null, leg.party(), leg.country(), at);
            default -> new LedgerFlow(leg.day(), leg.day(), leg.hour(), true, leg.cents(),
                    leg.deposit() ? "deposit" : "transfer_in", "ach", c.id(), LedgerFlow.Tag.CASE,
                    leg.deposit() ? leg.party() : cover(), cover(), null, leg.deposit() ? null : leg.party(),
                    leg.country(), at);
        };
    }


    /**
     * Accounts for a case: customers of the block in an order drawn from the case's stream, each
     * giving its first account that can carry the case (checking, in the state asked, opened and
     * stored in its ledger from before the start, a dormant one quiet for a year); at most one per
     * customer, none used by another case of the block; all of one time zone when one has enough,
     * else of zones that share {@link #MIN_WINDOW} minutes of business hours.
     */
    private List<Account> pick(Rng rng, List<Holder> holders, int wanted, LocalDate start, String status,
                               Set<Long> used) {
        int size = holders.size();
        int step = 1 + rng.between(0, size - 1);
        while (gcd(step, size) != 1) {
            step++;
        }
        int offset = rng.between(0, size - 1);
        // every eligible account of the block, in the drawn order, by its holder's time zone (first seen first)
        Map<String, List<Account>> byZone = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            Holder h = holders.get((int) ((offset + (long) i * step) % size));
            Customer c = h.customer();
            if (used.contains(c.id())) {
                continue;
            }
            for (Account a : h.accounts()) {
                // a dormant account opened long enough ago to have been quiet for a year (its ledger's last day)
                LocalDate openedBefore = "dormant".equals(status) ? asOf.minusDays(DORMANT_OPENED_DAYS) : start;
                if ((a.type().equals("checking") || a.type().equals("business_checking")) && status.equals(a.status())
                        && a.openedDate().isBefore(openedBefore) && !customers.ledgerFrom(a).isAfter(start)) {
                    byZone.computeIfAbsent(c.timeZone(), z -> new ArrayList<>()).add(a);
                    break;
                }
            }
        }
        // the members share a time zone where one has enough accounts, so the case's clock has the whole
        // business day: the first such zone
        List<Account> chosen = List.of();
        for (List<Account> zone : byZone.values()) {
            if (zone.size() >= wanted) {
                chosen = zone;
                break;
            }
            chosen = zone.size() > chosen.size() ? zone : chosen;
        }
        List<Account> out = new ArrayList<>(chosen.subList(0, Math.min(wanted, chosen.size())));
        if (out.size() < wanted && !out.isEmpty()) {
            // else the zone with most, then accounts of other zones in the drawn order while the members
            // still share MIN_WINDOW minutes of business hours a day (a small block, or a thin zone)
            Set<String> zones = new LinkedHashSet<>(List.of(zone(out.get(0), holders)));
            for (List<Account> zone : byZone.values()) {
                if (zone == chosen || out.size() >= wanted) {
                    continue;
                }
                Set<String> with = new LinkedHashSet<>(zones);
                with.add(zone(zone.get(0), holders));
                if (window(with, start)[1] >= MIN_WINDOW) {
                    zones = with;
                    out.addAll(zone.subList(0, Math.min(wanted - out.size(), zone.size())));
                }
            }
        }
        out.forEach(a -> used.add(a.customerId()));
        return List.copyOf(out);
    }

    /** The fewest minutes of a business day that a case's members share (three hours: Eastern with Alaska). */
    static final int MIN_WINDOW = 180;

    /** The holder of a block who is customer k (the holders are the block's customers in number order). */
    private static Holder holder(long k, List<Holder> holders) {
        return holders.get((int) (k - holders.get(0).customer().id()));
    }

    private static String zone(Account a, List<Holder> holders) {
        return holder(a.customerId(), holders).customer().timeZone();
    }

    /**
     * The part of the day that is 9:00-16:00 in every zone, in the first zone's time: its first minute and
     * its length in minutes (negative when there is none), over the case's first days and 45 days on,
     * so a change of daylight saving time inside the case keeps it.
     */
    static int[] window(Set<String> zones, LocalDate start) {
        return window(zones, start, 9, 16);
    }

    /**
     * The same within a market's branch hours ({@link Market#branchHours}): from its opening to the hour
     * before it closes, 9:00-16:00 in the US, 10:00-15:00 in India.
     */
    static int[] window(Set<String> zones, LocalDate start, int open, int last) {
        int from = open * 60;
        int to = last * 60;
        ZoneId lead = ZoneId.of(zones.iterator().next());
        for (LocalDate day : List.of(start, start.plusDays(45))) {
            java.time.Instant noon = day.atTime(12, 0).atZone(lead).toInstant();
            int leadOffset = lead.getRules().getOffset(noon).getTotalSeconds() / 60;
            for (String z : zones) {
                int ahead = ZoneId.of(z).getRules().getOffset(noon).getTotalSeconds() / 60 - leadOffset;
                from = Math.max(from, open * 60 - ahead);
                to = Math.min(to, last * 60 - ahead);
            }
        }
        return new int[] {from, to - from};
    }

    private int[] window(List<Account> accounts, List<Holder> holders, LocalDate start) {
        Set<String> zones = new LinkedHashSet<>();
        accounts.forEach(a -> zones.add(zone(a, holders)));
        int[] hours = market.branchHours();
        return window(zones, start, hours[0], Math.min(16, hours[1] - 1));
    }

    /** A dormant account opened this many days before the as-of date has been quiet for a year. */
    static final int DORMANT_OPENED_DAYS = 400;

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private Case laundering(long id, List<Holder> holders, Set<Long> used) {
        Rng rng = seeds.stream("aml-case", id);
        String typology = TYPOLOGY.draw(rng);
        LocalDate start = start(rng, "dormant".equals(typology));
        int wanted = switch (typology) {
            case "structuring", "dormant" -> 1;
            case "high_risk_wire" -> 2;
            default -> rng.between(5, 10);
        };
        String status = "dormant".equals(typology) ? "dormant" : "active";
        // a graph shape needs three accounts at least (gather-scatter four: two sources, a hub, a sink)
        int least = switch (typology) {
            case "structuring", "dormant", "high_risk_wire" -> 1;
            case "gather_scatter" -> 4;
            default -> 3;
        };
        List<Account> accounts = pick(rng, holders, wanted, start, status, used);
        if (accounts.size() < least && historyMonths > 0 && !"dormant".equals(typology)) {
            // early in a long history too few of a small block's accounts were open yet: the case comes in the
            // last weeks instead, when all of them are
            accounts.forEach(a -> used.remove(a.customerId()));
            start = asOf.minusDays(rng.between(25, 50));
            accounts = pick(rng, holders, wanted, start, status, used);
        }
        if (accounts.size() < least) {
            return null;
        }
        long total = Math.round(rng.logNormal(60_000 * market.priceLevel(), 0.6) * 100);
        Shape shape = new Shape(rng, new Clock(start, market, window(accounts, holders, start)), accounts, market);
        switch (typology) {
            case "fan_out" -> shape.fanOut(total);
            case "fan_in" -> shape.fanIn();
            case "cycle" -> shape.cycle(total);
            case "scatter_gather" -> shape.scatterGather(total);
            case "gather_scatter" -> shape.gatherScatter();
            case "bipartite" -> shape.bipartite();
            case "stack" -> shape.stack();
            case "random" -> shape.random(total);
            case "structuring" -> shape.structuring();
            case "dormant" -> shape.dormant(total);
            default -> shape.highRiskWire(total);
        }
        return made(id, typology, true, shape);
    }

    private Case decoy(long id, List<Holder> holders, Set<Long> used) {
        Rng rng = seeds.stream("aml-case", id);
        String typology = DECOY.draw(rng);
        LocalDate start = start(rng, false);
        List<Account> accounts = pick(rng, holders, 1, start, "active", used);
        if (accounts.isEmpty()) {
            return null;
        }
        Shape shape = new Shape(rng, new Clock(start, market, window(accounts, holders, start)), accounts, market);
        switch (typology) {
            case "house_sale" -> shape.houseSale(agent(rng));
            case "inheritance" -> shape.inheritance();
            default -> shape.bonus(holder(accounts.get(0).customerId(), holders).customer());
        }
        return made(id, typology, false, shape);
    }

    private static Case made(long id, String typology, boolean illicit, Shape shape) {
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < shape.accounts.size(); m++) {
            Account a = shape.accounts.get(m);
            members.add(new Member(Ids.caseMember(id, m), a.id(), a.customerId(), shape.roles.get(m)));
        }
        LocalDate first = shape.legs.stream().map(Leg::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = shape.legs.stream().map(Leg::day).max(LocalDate::compareTo).orElseThrow();
        return new Case(id, typology, illicit, first, end, List.copyOf(members), List.copyOf(shape.legs));
    }
}
