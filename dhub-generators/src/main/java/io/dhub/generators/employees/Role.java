package io.dhub.generators.employees;


/** Staff roles, with the department each belongs to and its salary band. */
public enum Role {
    EXECUTIVE("executive", "Executive Office", 180_000, 320_000),
    MANAGER("manager", null, 95_000, 160_000),
    BRANCH_MANAGER("branch_manager", "Retail Banking", 85_000, 130_000),
    LOAN_OFFICER("loan_officer", "Consumer Lending", 55_000, 95_000),
    INSURANCE_AGENT("insurance_agent", "Insurance Services", 45_000, 85_000),
    CUSTOMER_SERVICE_REP("customer_service_rep", "Customer Service", 36_000, 55_000),
    COMPLIANCE_OFFICER("compliance_officer", "Compliance", 65_000, 115_000),
    RISK_ANALYST("risk_analyst", "Risk Management", 70_000, 120_000),
    TELLER("teller", "Retail Banking", 32_000, 45_000),
    FINANCIAL_ADVISOR("financial_advisor", "Wealth Management", 60_000, 140_000),
    ANALYST("analyst", "Operations", 55_000, 90_000),
    HR_SPECIALIST("hr_specialist", "Human Resources", 50_000, 85_000),
    IT_SPECIALIST("it_specialist", "Information Technology", 70_000, 130_000);

    /**
     * Employees 2..8 take these roles, so that even the smallest scale has someone to serve every
     * reference the data makes (officers, agents, assessors, reviewers). Employee 1 is the executive.
     */
    static final Role[] REQUIRED = {MANAGER, LOAN_OFFICER, CUSTOMER_SERVICE_REP, RISK_ANALYST, COMPLIANCE_OFFICER,
        INSURANCE_AGENT, BRANCH_MANAGER};

    private final String code;
    private final String department;
    private final int salaryLow;
    private final int salaryHigh;

    Role(String code, String department, int salaryLow, int salaryHigh) {
        this.code = code;
        this.department = department;
        this.salaryLow = salaryLow;
        this.salaryHigh = salaryHigh;
    }

    public String code() {
        return code;
    }

    /** The department name, or null where it varies (managers lead any department). */
    String department() {
        return department;
    }

    int salaryLow() {
        return salaryLow;
    }

    int salaryHigh() {
        return salaryHigh;
    }

    /** Roles that lead people: the only ones that appear as managers. */
    public boolean leads() {
        return this == EXECUTIVE || this == MANAGER || this == BRANCH_MANAGER;
    }

    /**
     * Roles whose staff may work from a branch (half of them do; tellers and branch managers always
     * work at one).
     */
    boolean customerFacing() {
        return this == TELLER || this == CUSTOMER_SERVICE_REP || this == LOAN_OFFICER || this == FINANCIAL_ADVISOR
                || this == INSURANCE_AGENT;
    }

    /** The departments the role's staff work in away from branches: loan officers in consumer or mortgage lending. */
    java.util.List<String> departments() {
        return switch (this) {
            case LOAN_OFFICER -> java.util.List.of("Consumer Lending", "Mortgage Services");
            case MANAGER -> java.util.List.of();
            default -> java.util.List.of(department);
        };
    }

    String title() {
        return switch (this) {
            case EXECUTIVE -> "Chief Executive Officer";
            case MANAGER -> "Department Manager";
            case BRANCH_MANAGER -> "Branch Manager";
            case LOAN_OFFICER -> "Loan Officer";
            case INSURANCE_AGENT -> "Insurance Agent";
            case CUSTOMER_SERVICE_REP -> "Customer Service Representative";
            case COMPLIANCE_OFFICER -> "Compliance Officer";
            case RISK_ANALYST -> "Risk Analyst";
            case TELLER -> "Teller";
            case FINANCIAL_ADVISOR -> "Financial Advisor";
            case ANALYST -> "Operations Analyst";
            case HR_SPECIALIST -> "HR Specialist";
            case IT_SPECIALIST -> "Systems Engineer";
        };
    }
}
