package io.dhub.generators.employees;

import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed-size entities: 12 departments, 16-20 training programmes and 15-20 branch codes.
 * Their number and content depend on the seed only, never on the scale.
 */
public final class Catalogs {
    /** The 12 departments (the specification fixes their number). */
    public static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"EXE", "Executive Office", "New York"},
            new String[] {"RET", "Retail Banking", "Chicago"},
            new String[] {"CLN", "Consumer Lending", "Charlotte"},
            new String[] {"MTG", "Mortgage Services", "Dallas"},
            new String[] {"WLM", "Wealth Management", "Boston"},
            new String[] {"INS", "Insurance Services", "Hartford"},
            new String[] {"RSK", "Risk Management", "New York"},
            new String[] {"CMP", "Compliance", "Washington"},
            new String[] {"CSV", "Customer Service", "Phoenix"},
            new String[] {"OPS", "Operations", "Columbus"},
            new String[] {"ITS", "Information Technology", "Austin"},
            new String[] {"HRS", "Human Resources", "Denver"});

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

    private final int programCount;
    private final List<String> branchCodes;

    public Catalogs(SeedTree seeds) {
        Rng rng = seeds.stream("catalog-sizes", 0);
        this.programCount = rng.between(16, 20);
        int branches = rng.between(15, 20);
        List<String> codes = new ArrayList<>(branches);
        for (int i = 1; i <= branches; i++) {
            codes.add(String.format(java.util.Locale.ROOT, "BR%03d", i));
        }
        this.branchCodes = List.copyOf(codes);
    }

    public int programCount() {
        return programCount;
    }

    public List<String> branchCodes() {
        return branchCodes;
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
