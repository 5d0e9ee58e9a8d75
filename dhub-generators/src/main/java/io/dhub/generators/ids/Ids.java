package io.dhub.generators.ids;

/**
 * Where every row's id comes from. Customer ids run 1..N; a customer's accounts, loans and
 * interactions take ids inside a block reserved for that customer, and their children inside
 * blocks reserved for them. Blocks are sized for the most the rules ever make.
 */
public final class Ids {
    /** Accounts per customer block (the rules make at most 4). */
    public static final int ACCOUNTS_PER_CUSTOMER = 8;
    /** Transactions per account block (at most 20 ordinary ones plus loan flows and top-ups). */
    public static final int TRANSACTIONS_PER_ACCOUNT = 4096;
    /** Relationship links per account (the rules make at most 2). */
    public static final int RELATIONSHIPS_PER_ACCOUNT = 4;
    /** Interactions per customer block: ids customer × 8 + i (the rules make at most 5). */
    public static final int INTERACTIONS_PER_CUSTOMER = 8;
    /** Campaign responses per customer block: ids customer × 2 + r. */
    public static final int RESPONSES_PER_CUSTOMER = 2;
    /** Loan applications (and so loans) per customer block: ids customer × 4 + i (at most 3). */
    public static final int APPLICATIONS_PER_CUSTOMER = 4;
    /** Guarantors per loan block: ids loan × 2 + g (at most 2). */
    public static final int GUARANTORS_PER_LOAN = 2;
    /** Installments per loan block: ids loan × 512 + installment number (at most 360). */
    public static final int INSTALLMENTS_PER_LOAN = 512;
    /** Risk assessments per application block: origination at × 2, the periodic review at × 2 + 1. */
    public static final int ASSESSMENTS_PER_APPLICATION = 2;
    /** Training enrolments per employee block: ids employee × 4 + i (at most 4). */
    public static final int TRAININGS_PER_EMPLOYEE = 4;
    /** Performance reviews per employee block: ids employee × 4 + i (at most 4). */
    public static final int REVIEWS_PER_EMPLOYEE = 4;
    /** Employee assignments: customer portfolios at even ids (2 × customer), branch coverage at odd ids (2 × j + 1). */
    public static final int ASSIGNMENT_KINDS = 2;
    /** Insurance policies per customer block: ids customer × 4 + i (the rules make at most 3). */
    public static final int POLICIES_PER_CUSTOMER = 4;
    /** Coverages per policy block: ids policy × 8 + c (at most 6, on an auto policy). */
    public static final int COVERAGES_PER_POLICY = 8;
    /** Beneficiaries per policy block: ids policy × 4 + b (at most 4). */
    public static final int BENEFICIARIES_PER_POLICY = 4;
    /** Claims per policy block: ids policy × 8 + c (the rules stop at 8). */
    public static final int CLAIMS_PER_POLICY = 8;
    /** Premium payments per policy block: ids policy × 512 + n (monthly for 30 years is 361). */
    public static final int PREMIUMS_PER_POLICY = 512;

    private Ids() {
    }

    public static long account(long customerId, int index) {
        check(index, ACCOUNTS_PER_CUSTOMER, "account");
        return customerId * ACCOUNTS_PER_CUSTOMER + index;
    }

    public static long transaction(long accountId, int index) {
        check(index, TRANSACTIONS_PER_ACCOUNT, "transaction");
        return accountId * TRANSACTIONS_PER_ACCOUNT + index;
    }

    public static long relationship(long accountId, int index) {
        check(index, RELATIONSHIPS_PER_ACCOUNT, "relationship");
        return accountId * RELATIONSHIPS_PER_ACCOUNT + index;
    }

    public static long policy(long customerId, int index) {
        check(index, POLICIES_PER_CUSTOMER, "policy");
        return customerId * POLICIES_PER_CUSTOMER + index;
    }

    public static long coverage(long policyId, int index) {
        check(index, COVERAGES_PER_POLICY, "coverage");
        return policyId * COVERAGES_PER_POLICY + index;
    }

    public static long beneficiary(long policyId, int index) {
        check(index, BENEFICIARIES_PER_POLICY, "beneficiary");
        return policyId * BENEFICIARIES_PER_POLICY + index;
    }

    public static long claim(long policyId, int index) {
        check(index, CLAIMS_PER_POLICY, "claim");
        return policyId * CLAIMS_PER_POLICY + index;
    }

    public static long premium(long policyId, int index) {
        check(index, PREMIUMS_PER_POLICY, "premium");
        return policyId * PREMIUMS_PER_POLICY + index;
    }

    private static void check(int index, int block, String what) {
        if (index < 0 || index >= block) {
            throw new IllegalArgumentException(what + " index " + index + " outside its block of " + block);
        }
    }
}
