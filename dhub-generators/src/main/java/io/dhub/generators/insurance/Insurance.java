package io.dhub.generators.insurance;

import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.CustomerFile;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.development.Development;
import io.dhub.generators.employees.Role;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.loans.Lending;
import io.dhub.generators.market.Catalogue;
import io.dhub.generators.market.Text;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Weighted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase 6's rules: what the policy book leaves to the insurance phase, from this phase's streams:
 * the agent who sold each policy and the handler of each claim (employed that day), the beneficiaries
 * of life policies (a scheme's member one nominee), and a home policy's dwelling cover raised to the appraisal of the mortgage it was
 * sold with.
 */
public final class Insurance {
    private final SeedTree seeds;
    private final Customers customers;
    private final PolicyBook book;
    private final Staff staff;
    private final Lending lending;
    private final Development development;
    private final long[] agents;
    private final java.util.Map<String, long[]> branchAgents;

    /** [chosen] Beneficiaries: one 55%, two 30%, three or four 15%. */
    static final Weighted<Integer> BENEFICIARY_COUNT = Weighted.of(1, 55, 2, 30, 3, 8, 4, 7);
    /** [chosen] spouse 45, child 30, parent 10, sibling 5, other relative 4, trust 4, charity 2. */
    static final Weighted<String> RELATIONSHIP = Weighted.of("spouse", 45, "child", 30, "parent", 10, "sibling", 5,
            "other_relative", 4, "trust", 4, "charity", 2);
    /** [chosen] A policy is sold by the customer's home-branch agent 70% of the time when one works there that day. */
    static final double HOME_BRANCH_AGENT = 0.70;

    public Insurance(SeedTree seeds, Customers customers, PolicyBook book, Staff staff, Lending lending,
                     Development development) {
        this.seeds = seeds;
        this.customers = customers;
        this.book = book;
        this.staff = staff;
        this.lending = lending;
        this.development = development;
        this.agents = staff.ids(Role.INSURANCE_AGENT);
        this.branchAgents = staff.byBranch(agents);
    }

    /** A policy as phase 6 writes it. */
    public record Written(Policy policy, long agent, OffsetDateTime issuedAt, long insuredCents,
                          List<Policy.Cover> covers, List<Beneficiary> beneficiaries, List<Long> handlers,
                          List<Member> members) {
    }

    /** A person the policy insures, named: the holder (self) by their own name, a spouse, a child. */
    public record Member(long id, String fullName, String relationship, LocalDate born) {
    }

    /** A beneficiary of a life policy; trusts and charities have no date of birth. */
    public record Beneficiary(long id, String fullName, String relationship, BigDecimal share, LocalDate born) {
    }

    /** Customer k's policies with what phase 6 adds to them. */
    public List<Written> of(long k) {
        return of(customers.file(k), null);
    }

    /**
     * The same, from the customer's file of the phase that asks, for a caller that may have read the
     * customer's loan book already (phase 7 does), so it is not built again for their home policies;
     * null to read it here when needed.
     */
    public List<Written> of(CustomerFile file, List<Lending.Borrowing> known) {
        Customer c = file.customer();
        long k = c.id();
        List<Policy> policies = book.policies(file);
        if (policies.isEmpty()) {
            return List.of();
        }
        List<Written> out = new ArrayList<>(policies.size());
        Development.Assignment portfolio = development.assignment(k, c);
        ZoneId zone = ZoneId.of(c.timeZone());
        List<Lending.Borrowing> borrowings = known;     // the loan book, read once for the customer's home policies
        for (Policy p : policies) {
            Rng rng = seeds.stream("policy-staff", p.id());
            // issued 9:00-13:00 local time, the same calendar day in UTC in every US time zone; drawn before
            // the staff, whose number varies with the scale
            OffsetDateTime issuedAt = p.issued().atTime(LocalTime.of(9, 0)).plusMinutes(rng.between(0, 4 * 60 - 1))
                    .atZone(zone).toOffsetDateTime();
            long agent = agent(p, c, portfolio, rng);
            List<Policy.Cover> covers = p.covers();
            long insured = p.insuredCents();
            if (p.line() == Line.HOME) {
                borrowings = borrowings != null ? borrowings : lending.borrowings(file);
                long appraised = appraisal(borrowings, p.start());
                if (appraised > insured) {
                    insured = (appraised + 99) / 100 * 100;
                    covers = new ArrayList<>(covers);
                    covers.set(0, new Policy.Cover(covers.get(0).id(), "dwelling", insured,
                            covers.get(0).deductibleCents()));
                    covers = List.copyOf(covers);
                }
            }
            List<Long> handlers = new ArrayList<>(p.claims().size());
            for (Policy.Claim claim : p.claims()) {
                handlers.add("submitted".equals(claim.status()) ? null
                        : handler(claim.settled() != null ? claim.settled() : claim.filed(), rng));
            }
            out.add(new Written(p, agent, issuedAt, insured, covers,
                    p.scheme() != null || p.line() == Line.LIFE ? beneficiaries(p, c) : List.of(), handlers,
                    members(p, c)));
        }
        return out;
    }

    /**
     * The highest appraised value of the collateral of the customer's mortgages disbursed 1-30 days
     * before the home policy starts (the home it insures), in cents; 0 when there is none.
     */
    private static long appraisal(List<Lending.Borrowing> borrowings, LocalDate start) {
        long most = 0;
        for (Lending.Borrowing b : borrowings) {
            if (b.loan() != null && b.collateral() != null && b.application().type() == io.dhub.generators.loans.LoanType.MORTGAGE) {
                long days = start.toEpochDay() - b.loan().disbursed().toEpochDay();
                if (days >= 1 && days <= 30) {
                    most = Math.max(most, b.collateral().appraisedCents());
                }
            }
        }
        return most;
    }

    /**
     * An insurance agent employed on the issue day: the customer's own portfolio agent when they have
     * one, else mostly one at the home branch, else any.
     */
    private long agent(Policy p, Customer c, Development.Assignment portfolio, Rng rng) {
        LocalDate day = p.issued();
        if (portfolio != null && staff.role(portfolio.employeeId()) == Role.INSURANCE_AGENT
                && staff.employedOn(portfolio.employeeId(), day)) {
            return portfolio.employeeId();
        }
        Long chosen = rng.chance(HOME_BRANCH_AGENT)
                ? staff.pickEmployedOn(branchAgents.getOrDefault(c.homeBranch(), new long[0]), day, rng) : null;
        if (chosen == null) {
            chosen = staff.pickEmployedOn(agents, day, rng);
        }
        return chosen != null ? chosen : anyone(day, rng);
    }

    /** With no agent on the staff (a bank of one employee), anyone employed that day; failing that, the executive. */
    private long anyone(LocalDate day, Rng rng) {
        if (agents.length > 0) {
            return agents[0];
        }
        Long chosen = staff.pickEmployedOn(java.util.stream.LongStream.rangeClosed(1, staff.count()).toArray(), day, rng);
        return chosen != null ? chosen : 1;
    }

    /** Claims are handled in Insurance Services, by an agent employed on the day of the decision (or the filing). */
    private long handler(LocalDate day, Rng rng) {
        Long chosen = staff.pickEmployedOn(agents, day, rng);
        return chosen != null ? chosen : anyone(day, rng);
    }

    /**
     * 1-4 beneficiaries (a scheme's member one person), at most one spouse and one trust: family mostly with the customer's surname,
     * born where the relationship puts them (a spouse within 8 years and an adult when the policy
     * starts, children 20-40 years after the customer and born by the policy's start, parents 20-40
     * years before, siblings within 10 years); shares of exactly 100.00.
     */
    private List<Beneficiary> beneficiaries(Policy p, Customer c) {
        Rng rng = seeds.stream("beneficiaries", p.id());
        boolean nominee = p.scheme() != null;        // a scheme's member names one person as nominee
        int n = nominee ? 1 : BENEFICIARY_COUNT.draw(rng);
        LocalDate asOf = customers.asOf();
        int age = PolicyBook.age(c, asOf);
        // a child named at the start was born by then: to a parent at least 21 that day
        int ageAtStart = PolicyBook.age(c, p.start());
        List<String> relations = new ArrayList<>();
        for (int tries = 0; relations.size() < n && tries < 20; tries++) {
            String r = RELATIONSHIP.draw(rng);
            if (nominee && ("trust".equals(r) || "charity".equals(r))
                    || ("spouse".equals(r) || "trust".equals(r) || "charity".equals(r)) && relations.contains(r)
                    || "child".equals(r) && ageAtStart < 21 || "parent".equals(r) && age > 60) {
                continue;
            }
            relations.add(r);
        }
        if (relations.isEmpty()) {
            relations.add("sibling");
        }
        long[] shares = shares(relations.size(), rng);
        List<Beneficiary> out = new ArrayList<>(relations.size());
        java.util.random.RandomGenerator random = rng.random();
        for (int i = 0; i < relations.size(); i++) {
            String r = relations.get(i);
            LocalDate born = switch (r) {
                case "spouse" -> adult(c.dateOfBirth().plusDays(rng.between(-8 * 365, 8 * 365)), p.start());
                case "child" -> rng.dateBetween(c.dateOfBirth().plusYears(20),
                        min(c.dateOfBirth().plusYears(40), min(p.start(), asOf).minusDays(1)));
                case "parent" -> rng.dateBetween(c.dateOfBirth().minusYears(40), c.dateOfBirth().minusYears(20));
                case "sibling" -> min(c.dateOfBirth().plusDays(rng.between(-10 * 365, 10 * 365)), asOf.minusDays(1));
                case "other_relative" -> rng.dateBetween(asOf.minusYears(90), asOf.minusYears(1));
                default -> null;
            };
            String name;
            if ("trust".equals(r)) {
                name = customers.market().text(Text.FAMILY_TRUST, c.lastName());
            } else if ("charity".equals(r)) {
                name = customers.market().text(Text.CHARITY, c.city(),
                        rng.pick(customers.market().catalogue(Catalogue.CHARITIES)));
            } else {
                boolean female = "spouse".equals(r) ? !"female".equals(c.gender()) ^ rng.chance(0.05) : rng.chance(0.5);
                String first = customers.market().firstName(random, female, born.getYear());
                String last = rng.chance("other_relative".equals(r) ? 0.5 : 0.9) ? c.lastName()
                        : customers.market().surname(random);
                name = first + " " + last;
            }
            out.add(new Beneficiary(Ids.beneficiary(p.id(), i), name, r, BigDecimal.valueOf(shares[i], 2), born));
        }
        return out;
    }

    /**
     * The insured members with their names, from the policy's own stream: the holder's own name; a
     * spouse of the other sex (one in twenty the same) and, nine in ten, the holder's surname; children
     * of either sex with the holder's surname, nineteen in twenty.
     */
    private List<Member> members(Policy p, Customer c) {
        if (p.members().isEmpty()) {
            return List.of();
        }
        Rng rng = seeds.stream("insured-members", p.id());
        java.util.random.RandomGenerator random = rng.random();
        List<Member> out = new ArrayList<>(p.members().size());
        for (int i = 0; i < p.members().size(); i++) {
            Policy.Member m = p.members().get(i);
            String name;
            if ("self".equals(m.relationship())) {
                name = c.firstName() + " " + c.lastName();
            } else {
                boolean spouse = "spouse".equals(m.relationship());
                boolean female = spouse ? !"female".equals(c.gender()) ^ rng.chance(0.05) : rng.chance(0.5);
                String last = rng.chance(spouse ? 0.9 : 0.95) ? c.lastName() : customers.market().surname(random);
                name = customers.market().firstName(random, female, m.born().getYear()) + " " + last;
            }
            out.add(new Member(Ids.insuredMember(p.id(), i), name, m.relationship(), m.born()));
        }
        return List.copyOf(out);
    }

    /** Shares in hundredths of a percent that sum to exactly 100.00: equal splits, or 50/50, 60/40, 70/30 for two. */
    private static long[] shares(int n, Rng rng) {
        long[] out = new long[n];
        if (n == 2) {
            long first = new long[] {5_000, 5_000, 5_000, 6_000, 7_000}[rng.between(0, 4)];
            out[0] = first;
            out[1] = 10_000 - first;
            return out;
        }
        long each = 10_000 / n;
        for (int i = 0; i < n; i++) {
            out[i] = each;
        }
        out[0] += 10_000 - each * n;
        return out;
    }

    /** The birth date, or the latest that makes an adult (18) on the given day. */
    private static LocalDate adult(LocalDate born, LocalDate day) {
        return born.isAfter(day.minusYears(18)) ? day.minusYears(18) : born;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
