package io.dhub.generators.customers;

import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.ids.UniqueValues;
import io.dhub.generators.market.Market;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Customers and their accounts. Customer k's profile and accounts come from streams keyed by k
 * and its account ids alone; only references into scale-sized pools (another customer on a joint
 * account, the branch) use streams of their own, so they may differ between scales without
 * disturbing the rest.
 */
public final class Customers {
    private final SeedTree seeds;
    private final long count;
    private final LocalDate asOf;
    private final List<String> branches;
    private final List<LedgerFlows> flowSources;
    private final Market market;
    private final CustomerRules rules;
    private NameBook names;

    /**
     * @param flowSources the other domains' money on the customers' accounts, in a fixed order
     * @param market      the country: phone and tax-id formats, currency, dictionaries, incomes
     * @param rules       the mixes and shares ({@link CustomerRules#DEFAULT}: the specification's)
     */
    public Customers(SeedTree seeds, long count, LocalDate asOf, List<String> branches, List<LedgerFlows> flowSources,
                     Market market, CustomerRules rules) {
        this.seeds = seeds;
        this.count = count;
        this.asOf = asOf;
        this.branches = branches;
        this.flowSources = List.copyOf(flowSources);
        this.market = market;
        this.rules = rules;
    }

    public Market market() {
        return market;
    }

    public long count() {
        return count;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The run's sample of Datafaker's dictionaries, made on first use (phase 2 needs it, later phases not). */
    private synchronized NameBook names() {
        if (names == null) {
            names = new NameBook(seeds, market.locale());
        }
        return names;
    }

    /** Customer k in full, with a name, address and occupation from Datafaker's dictionaries. */
    public Customer customer(long k) {
        return customer(k, true);
    }

    /**
     * Customer k without name, address, occupation and e-mail (null there): for the many passes
     * that need only dates, segment or income. Those fields come from a generator of their own,
     * seeded from the customer's stream, so skipping them changes none of the other fields.
     */
    public Customer core(long k) {
        return customer(k, false);
    }

    private Customer customer(long k, boolean identity) {
        Rng rng = seeds.stream("customer", k);
        String gender = rules.gender().draw(rng);
        long fakerSeed = rng.nextSeed();
        String first = null;
        String last = null;
        String state = null;
        String street = null;
        String city = null;
        String zip = null;
        String occupation = null;
        if (identity) {
            NameBook.Identity person = names().draw(gender, new Rng(fakerSeed));
            first = person.first();
            last = person.last();
            state = person.state();
            street = person.street();
            city = person.city();
            zip = person.zip();
            occupation = person.occupation();
        }
        String segment = rules.segment().draw(rng);
        LocalDate born = rng.dateBetween(asOf.minusYears(85), asOf.minusYears(19));
        LocalDate adult = born.plusYears(18);
        LocalDate earliest = adult.isAfter(asOf.minusYears(20)) ? adult : asOf.minusYears(20);
        LocalDate since = rng.dateBetween(earliest, asOf.minusDays(30));
        double median = market.incomeMedian(segment);
        BigDecimal income = BigDecimal.valueOf(Math.round(rng.logNormal(median, 0.45) / 100) * 100L).setScale(2);
        return new Customer(k, String.format(Locale.ROOT, "CUS%08d", k), first, last,
                identity ? UniqueValues.email(first, last, k) : null, market.phone(k), market.taxId(k),
                born, gender,
                street, city, state, zip, occupation, income, segment, rules.channel().draw(rng), rng.chance(0.55),
                rng.chance(0.97) ? "active" : "inactive", since,
                since.atTime(LocalTime.of(8, 0)).plusSeconds(rng.between(0, 36_000)).atOffset(ZoneOffset.UTC));
    }

    /** The customer's accounts: none for 25% of customers, several for a quarter of the rest. */
    public List<Account> accounts(Customer c) {
        Rng rng = seeds.stream("customer-accounts", c.id());
        if (!rng.chance(rules.hasAccounts())) {
            return List.of();
        }
        int n = rng.chance(rules.severalAccounts()) ? (rng.chance(0.9) ? 2 : 3) : 1;
        List<Account> accounts = new ArrayList<>(n);
        LocalDate latest = asOf.minusDays(7);
        for (int i = 0; i < n; i++) {
            long id = Ids.account(c.id(), i);
            Rng a = seeds.stream("account", id);
            String type = rules.accountType().draw(a);
            LocalDate opened = a.dateBetween(c.customerSince().plusDays(1), latest);
            double multiplier = switch (c.segment()) {
                case "premium" -> 3;
                case "business" -> 4;
                case "private_banking" -> 10;
                default -> 1;
            };
            double median = switch (type) {
                case "savings" -> 8_000;
                case "money_market" -> 25_000;
                case "certificate_of_deposit" -> 15_000;
                case "business_checking" -> 20_000;
                default -> 1_500;
            };
            BigDecimal opening = BigDecimal.valueOf(Math.max(25, Math.round(a.logNormal(median * multiplier, 0.8))))
                    .setScale(2);
            // annual interest in percent
            BigDecimal rate = switch (type) {
                case "savings" -> BigDecimal.valueOf(a.between(50, 450), 2);
                case "money_market" -> BigDecimal.valueOf(a.between(300, 500), 2);
                case "certificate_of_deposit" -> BigDecimal.valueOf(a.between(350, 550), 2);
                default -> BigDecimal.valueOf(a.between(0, 10), 2);
            };
            int[] overdrafts = {0, 250, 500};
            BigDecimal overdraft = BigDecimal.valueOf(type.endsWith("checking") ? overdrafts[a.between(0, 2)] : 0)
                    .setScale(2);
            accounts.add(new Account(id, UniqueValues.accountNumber(id), c.id(), type, rules.accountStatus().draw(a), opening,
                    rate.setScale(4), overdraft, branches.get((int) (seeds.stream("account-branch", id).between(0,
                    branches.size() - 1))), opened, opened.atTime(LocalTime.of(9, 30)).atOffset(ZoneOffset.UTC)));
        }
        return accounts;
    }

    /** The ledger of one of the customer's accounts: its transactions (other domains' flows included) and its balance. */
    public Ledger ledger(Account account, Customer owner, List<Account> ownAccounts) {
        List<LedgerFlow> flows = new java.util.ArrayList<>();
        for (LedgerFlows source : flowSources) {
            flows.addAll(source.flows(account.id(), owner, ownAccounts));
        }
        return Ledger.run(account, seeds.stream("ledger", account.id()), asOf, flows, market, rules.ledger());
    }

    /**
     * The account's links to people: 20% of accounts have one, 5% two. Joint owners, authorised
     * users and beneficiaries are other customers; a linked_savings link names another account of
     * the same customer.
     */
    public List<Relationship> relationships(Account account, List<Account> ownAccounts) {
        Rng rng = seeds.stream("account-links", account.id());
        double u = rng.uniform(0, 1);
        int n = u < rules.twoLinks() ? 2 : u < rules.twoLinks() + rules.oneLink() ? 1 : 0;
        List<Relationship> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String type = rules.linkType().draw(rng);
            Account other = ownAccounts.stream().filter(a -> a.id() != account.id()).findFirst().orElse(null);
            if ("linked_savings".equals(type) && other == null) {
                type = "joint_owner";
            }
            long customer = account.customerId();
            Long linked = null;
            if ("linked_savings".equals(type)) {
                linked = other.id();
            } else {
                if (count < 2) {
                    continue;
                }
                customer = rng.between(1, count - 1);
                if (customer >= account.customerId()) {
                    customer++;
                }
            }
            final String chosen = type;
            final long person = customer;
            if (links.stream().anyMatch(l -> l.customerId() == person && l.type().equals(chosen))) {
                continue;
            }
            links.add(new Relationship(Ids.relationship(account.id(), i), account.id(), customer, type, linked,
                    rng.dateBetween(account.openedDate(), asOf.minusDays(1))));
        }
        return links;
    }
}
