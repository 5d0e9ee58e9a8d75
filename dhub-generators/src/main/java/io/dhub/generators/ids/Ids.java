package io.dhub.generators.ids;

/**
 * Where every row's id comes from. Customer ids run 1..N; a customer's accounts, loans and
 * interactions take ids inside a block reserved for that customer, and their children inside
 * blocks reserved for them. Blocks are sized for the most the rules ever make.
 *
 * <p>Five kinds of row grow with the history rather than with a fixed rule: transactions, monitoring
 * alerts, suspicious activity reports, currency transaction reports and audit rows. Their first
 * block keeps the ids every ordinary bank has; a row beyond it takes an id in a tail space of its
 * own, far above every first block at the largest size, with a block per owner sized for the most
 * {@link io.dhub.generators.api.RunSettings#MAX_HISTORY_MONTHS} months can make (a rule fires at
 * most once per account and calendar month; a report at most once per customer and month; a
 * currency report at most twice per customer and day). An id stays a function of the owner and the
 * index alone, so customer k keeps its ids at every scale.
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
    /** KYC documents per customer block: ids customer × 8 + i (a rejection, the document, a proof of address, renewals). */
    public static final int KYC_DOCUMENTS_PER_CUSTOMER = 8;
    /** KYC reviews per customer block: ids customer × 32 + r (onboarding, 20 years of yearly reviews, the next one). */
    public static final int KYC_REVIEWS_PER_CUSTOMER = 32;
    /** Screenings per review block: ids 2 × (review × 4 + t), even (three types). */
    public static final int SCREENINGS_PER_REVIEW = 4;
    /** Monitoring alerts per account block: ids 2 × (account × 64 + n) + 1, odd beside the screenings. */
    public static final int ALERTS_PER_ACCOUNT = 64;
    /** Consents per customer block: ids customer × 8 + type (five types). */
    public static final int CONSENTS_PER_CUSTOMER = 8;
    /** Suspicious activity reports per customer block: ids customer × 8 + n (one per month of alerts at most). */
    public static final int SARS_PER_CUSTOMER = 8;
    /** Currency transaction reports per customer block: ids customer × 64 + n. */
    public static final int CTRS_PER_CUSTOMER = 64;
    /** Audit rows per customer block: ids customer × 256 + i, in time order. */
    public static final int AUDIT_ROWS_PER_CUSTOMER = 256;
    /** Laundering cases per block of customers: ids 3 × block + j + 1 (the case, then two look-alikes). */
    public static final int CASES_PER_BLOCK = 3;
    /** Members per laundering case block: ids case × 16 + m (at most 10). */
    public static final int MEMBERS_PER_CASE = 16;
    /** A profiled customer's counterparties (payers and lenders): ids customer × 32 + i (at most 25). */
    public static final int COUNTERPARTIES_PER_CUSTOMER = 32;
    /** A profiled customer's subscriptions: ids customer × 16 + i (at most 12). */
    public static final int SUBSCRIPTIONS_PER_CUSTOMER = 16;
    /** A profiled customer's credit cards: ids customer × 4 + i (at most 3). */
    public static final int CARDS_PER_CUSTOMER = 4;

    /** Calendar months the longest history touches (both ends partial). */
    static final int MONTHS = io.dhub.generators.api.RunSettings.MAX_HISTORY_MONTHS + 2;
    /** Tail spaces: each base lies above the first blocks of the largest bank dhub accepts. */
    static final long TRANSACTION_TAIL = 1_000_000_000_000L;
    static final int TRANSACTION_TAIL_BLOCK = 1 << 16;
    static final long ALERT_TAIL = 1_000_000_000_000L;
    static final int ALERT_TAIL_BLOCK = 8 * MONTHS;
    static final long SAR_TAIL = 1_000_000_000L;
    static final int SAR_TAIL_BLOCK = MONTHS;
    static final long CTR_TAIL = 10_000_000_000L;
    static final int CTR_TAIL_BLOCK = 2 * 31 * MONTHS;
    static final long AUDIT_TAIL = 1_000_000_000_000L;
    static final int AUDIT_TAIL_BLOCK = 1 << 16;

    private Ids() {
    }

    public static long account(long customerId, int index) {
        check(index, ACCOUNTS_PER_CUSTOMER, "account");
        return customerId * ACCOUNTS_PER_CUSTOMER + index;
    }

    public static long transaction(long accountId, int index) {
        return blockOrTail(accountId, index, TRANSACTIONS_PER_ACCOUNT, TRANSACTION_TAIL, TRANSACTION_TAIL_BLOCK,
                "transaction");
    }

    public static long relationship(long accountId, int index) {
        check(index, RELATIONSHIPS_PER_ACCOUNT, "relationship");
        return accountId * RELATIONSHIPS_PER_ACCOUNT + index;
    }

    /**
     * Government scheme memberships (India's PMJJBY and PMSBY) are numbered apart from the bank's own
     * policies, from 10^12: 10^12 + customer × 2 + the scheme's index, so that the bank's policies keep
     * their numbers in every market.
     */
    public static final long SCHEME_POLICIES = 1_000_000_000_000L;

    /** Insured members per policy block: ids policy × 8 + m (a floater's holder, spouse and up to three children). */
    public static final int MEMBERS_PER_POLICY = 8;

    public static long insuredMember(long policyId, int index) {
        check(index, MEMBERS_PER_POLICY, "insured member");
        return policyId * MEMBERS_PER_POLICY + index;
    }

    public static long schemePolicy(long customerId, int index) {
        check(index, 2, "scheme policy");
        return SCHEME_POLICIES + customerId * 2 + index;
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

    public static long kycDocument(long customerId, int index) {
        check(index, KYC_DOCUMENTS_PER_CUSTOMER, "KYC document");
        return customerId * KYC_DOCUMENTS_PER_CUSTOMER + index;
    }

    public static long kycReview(long customerId, int index) {
        check(index, KYC_REVIEWS_PER_CUSTOMER, "KYC review");
        return customerId * KYC_REVIEWS_PER_CUSTOMER + index;
    }

    public static long screening(long reviewId, int type) {
        check(type, SCREENINGS_PER_REVIEW, "screening");
        return 2 * (reviewId * SCREENINGS_PER_REVIEW + type);
    }

    public static long alert(long accountId, int index) {
        return 2 * blockOrTail(accountId, index, ALERTS_PER_ACCOUNT, ALERT_TAIL, ALERT_TAIL_BLOCK, "alert") + 1;
    }

    public static long consent(long customerId, int type) {
        check(type, CONSENTS_PER_CUSTOMER, "consent");
        return customerId * CONSENTS_PER_CUSTOMER + type;
    }

    public static long sar(long customerId, int index) {
        return blockOrTail(customerId, index, SARS_PER_CUSTOMER, SAR_TAIL, SAR_TAIL_BLOCK,
                "suspicious activity report");
    }

    public static long ctr(long customerId, int index) {
        return blockOrTail(customerId, index, CTRS_PER_CUSTOMER, CTR_TAIL, CTR_TAIL_BLOCK,
                "currency transaction report");
    }

    public static long auditRow(long customerId, int index) {
        return blockOrTail(customerId, index, AUDIT_ROWS_PER_CUSTOMER, AUDIT_TAIL, AUDIT_TAIL_BLOCK, "audit row");
    }

    public static long laundering(long block, int index) {
        check(index, CASES_PER_BLOCK, "laundering case");
        return block * CASES_PER_BLOCK + index + 1;
    }

    public static long caseMember(long caseId, int index) {
        check(index, MEMBERS_PER_CASE, "case member");
        return caseId * MEMBERS_PER_CASE + index;
    }

    public static long counterparty(long customerId, int index) {
        check(index, COUNTERPARTIES_PER_CUSTOMER, "counterparty");
        return customerId * COUNTERPARTIES_PER_CUSTOMER + index;
    }

    public static long subscription(long customerId, int index) {
        check(index, SUBSCRIPTIONS_PER_CUSTOMER, "subscription");
        return customerId * SUBSCRIPTIONS_PER_CUSTOMER + index;
    }

    public static long card(long customerId, int index) {
        check(index, CARDS_PER_CUSTOMER, "credit card");
        return customerId * CARDS_PER_CUSTOMER + index;
    }

    /** owner × block + index inside the first block; tailBase + owner × tailBlock + the rest beyond it. */
    private static long blockOrTail(long owner, int index, int block, long tailBase, int tailBlock, String what) {
        if (index >= 0 && index < block) {
            return owner * block + index;
        }
        check(index - block, tailBlock, what + " (beyond the first " + block + ")");
        return tailBase + owner * tailBlock + (index - block);
    }

    /** The largest id of a first block and its tail for this many owners. */
    static long largest(long owners, int block, long tailBase, int tailBlock) {
        return Math.max(Math.multiplyExact(owners, (long) block), Math.addExact(tailBase,
                Math.multiplyExact(owners, (long) tailBlock)));
    }

    private static void check(int index, int block, String what) {
        if (index < 0 || index >= block) {
            throw new IllegalArgumentException(what + " index " + index + " outside its block of " + block);
        }
    }
}
