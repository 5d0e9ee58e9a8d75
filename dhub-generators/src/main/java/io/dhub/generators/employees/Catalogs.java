package io.dhub.generators.employees;

import io.dhub.generators.market.Catalogue;
import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The fixed-size entities: 12 departments, 16-20 training programmes and 15-20 branches.
 * Their number and content depend on the seed only, never on the scale.
 */
public final class Catalogs {
    /** The 12 departments (the specification fixes their number); the market gives their cities. */
    public static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"EXE", "Executive Office"},
            new String[] {"RET", "Retail Banking"},
            new String[] {"CLN", "Consumer Lending"},
            new String[] {"MTG", "Mortgage Services"},
            new String[] {"WLM", "Wealth Management"},
            new String[] {"INS", "Insurance Services"},
            new String[] {"RSK", "Risk Management"},
            new String[] {"CMP", "Compliance"},
            new String[] {"CSV", "Customer Service"},
            new String[] {"OPS", "Operations"},
            new String[] {"ITS", "Information Technology"},
            new String[] {"HRS", "Human Resources"});

    /** Programme catalogue: code, name, category, mandatory; the first 16-20 are used. */
    static final List<String[]> PROGRAMS = List.of(
            new String[] {"AML-101", "Anti-Money Laundering Essentials", "compliance", "t"},
            new String[] {"KYC-110", "Know Your Customer in Practice", "compliance", "t"},
            new String[] {"PRV-120", "Data Privacy and Customer Consent", "compliance", "t"},
            new String[] {"FRD-130", "Fraud Detection and Reporting", "risk", "t"},
            new String[] {"CRD-200", "Credit Analysis Fundamentals", "risk", "f"},
            new String[] {"RSK-210", "Operational Risk Management", "risk", "f"},
            new String[] {"MTG-220", "Mortgage Underwriting", "product", "f"},
            new String[] {"INS-230", "Insurance Products Overview", "product", "f"},
            new String[] {"DEP-240", "Deposit Products and Pricing", "product", "f"},
            new String[] {"CSX-300", "Customer Experience Excellence", "customer_service", "f"},
            new String[] {"CMP-310", "Complaint Handling", "customer_service", "t"},
            new String[] {"LDR-400", "Leading High-Performing Teams", "leadership", "f"},
            new String[] {"LDR-410", "Coaching and Feedback", "leadership", "f"},
            new String[] {"SQL-500", "SQL for Banking Analytics", "technical", "f"},
            new String[] {"CYB-510", "Cybersecurity Awareness", "technical", "t"},
            new String[] {"COM-600", "Negotiation and Persuasion", "soft_skills", "f"},
            new String[] {"COM-610", "Business Writing", "soft_skills", "f"},
            new String[] {"ETH-620", "Ethics in Financial Services", "compliance", "t"},
            new String[] {"WLM-630", "Financial Planning Basics", "product", "f"},
            new String[] {"DIG-640", "Digital Banking Channels", "technical", "f"});

    private static final String[] PROVIDERS = {"DataHub Academy", "Institute of Banking", "Compliance Partners LLC",
        "Leadership Works", "Online Learning Hub"};

    private final SeedTree seeds;
    private final LocalDate founded;
    private final int programCount;
    private final Branches branches;

    /** A department: its catalogue entry, cost centre and budget. */
    public record Department(long id, String code, String name, String costCenter, String location,
                             BigDecimal annualBudget, OffsetDateTime createdAt) {
    }

    /** A training programme: its catalogue entry, provider, length and price. */
    public record Program(long id, String code, String name, String category, String provider, int hours,
                          boolean mandatory, BigDecimal costPerPerson, OffsetDateTime createdAt) {
    }

    /**
     * The catalogues of a bank founded on 1 January, 30 years before the as-of date, with 15-20
     * branches in the market's cities (see {@link Branches}).
     */
    private final Market market;

    public Catalogs(SeedTree seeds, LocalDate asOf, Market market) {
        this.seeds = seeds;
        this.market = market;
        this.founded = asOf.minusYears(FOUNDED_YEARS_AGO).withDayOfYear(1);
        Rng rng = seeds.stream("catalog-sizes", 0);
        this.programCount = rng.between(16, 20);
        int count = rng.between(15, 20);
        Rng sites = seeds.stream("branch-sites", 0);
        this.branches = new Branches(market.branchSites(sites.random(), count), founded, sites);
    }

    /** The bank was founded this many years before the as-of date; its departments date from then. */
    static final int FOUNDED_YEARS_AGO = 30;

    /** Department id (1-12): cost centre CC-(100 + 10·id), a budget of 2-30 million in steps of 250,000. */
    public Department department(long id) {
        String[] d = DEPARTMENTS.get((int) id - 1);
        Rng rng = seeds.stream("department", id);
        return new Department(id, d[0], d[1], "CC-" + (100 + id * 10),
                market.catalogue(Catalogue.DEPARTMENT_CITIES).get((int) id - 1),
                BigDecimal.valueOf(rng.between(8, 120) * 250_000L).setScale(2),
                founded.atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC));
    }

    /** Programme id: 2-40 hours, 0-1,500 a person in steps of 50, created 5-25 years after the founding. */
    public Program program(long id) {
        String[] p = PROGRAMS.get((int) id - 1);
        Rng rng = seeds.stream("training-program", id);
        String provider = provider(rng);
        int hours = rng.between(2, 40);
        BigDecimal cost = BigDecimal.valueOf(rng.between(0, 30) * 50L).setScale(2);
        return new Program(id, p[0], p[1], p[2], provider, hours, "t".equals(p[3]), cost,
                founded.plusYears(rng.between(5, 25)).atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC));
    }

    public int programCount() {
        return programCount;
    }

    public List<String> branchCodes() {
        return branches.codes();
    }

    public Branches branches() {
        return branches;
    }

    static String provider(Rng rng) {
        return rng.pick(PROVIDERS);
    }

    /** Department id (1-based) by name. */
    static long departmentId(String name) {
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            if (DEPARTMENTS.get(i)[1].equals(name)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no department " + name);
    }
}
