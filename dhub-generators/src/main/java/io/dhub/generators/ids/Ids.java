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

    private static void check(int index, int block, String what) {
        if (index < 0 || index >= block) {
            throw new IllegalArgumentException(what + " index " + index + " outside its block of " + block);
        }
    }
}
