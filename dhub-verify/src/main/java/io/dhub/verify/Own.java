package io.dhub.verify;

/**
 * The customer's own transactions: those that carry no other domain's money (a loan's, a policy's
 * or a claim's, with the transfers in that cover them) and are no leg of an injected laundering case
 * or its look-alike (compliance_db's ground truth, {@link Import#CASE_TRANSACTIONS}, which a check
 * using this must import), and are neither on a recurring deposit nor an instalment paid to one (the
 * deposit's terms write its statement: realism.recurring_deposits). The specification's ledger rules
 * (10-20 per account, 70/30, 30% manual, the 30% spending cap) measure only these.
 */
final class Own {
    private Own() {
    }

    /** SQL true for an own transaction; {@code alias} is the transactions table's alias, or empty. */
    static String transactions(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        String id = alias.isEmpty() ? "transactions.transaction_id" : alias + ".transaction_id";
        String account = alias.isEmpty() ? "transactions.account_id" : alias + ".account_id";
        return "(" + p + "loan_id IS NULL AND " + p + "policy_id IS NULL AND " + p + "claim_id IS NULL AND NOT EXISTS "
                + "(SELECT 1 FROM verify_case_transactions c WHERE c.transaction_id = " + id + ") AND " + account
                + " NOT IN " + RECURRING + " AND coalesce(" + p + "counterparty_account_id NOT IN " + RECURRING
                + ", true))";
    }

    /** The recurring deposits, as an SQL list of account ids. */
    private static final String RECURRING = "(SELECT account_id FROM public.accounts WHERE account_type = {recurring})";

    /**
     * SQL true for an own transaction on an account that follows the seed documents' ledger rules: a
     * behaviour profile's accounts (the profiled customer's main account, a savings builder's savings)
     * follow their profile's rules instead (accounts_db.customer_behaviour, empty without profiles).
     */
    static String outsideProfiles(String alias) {
        String account = alias.isEmpty() ? "transactions.account_id" : alias + ".account_id";
        return "(" + transactions(alias) + " AND " + account + " NOT IN (SELECT main_account_id FROM "
                + "public.customer_behaviour UNION ALL SELECT savings_account_id FROM public.customer_behaviour WHERE "
                + "savings_account_id IS NOT NULL))";
    }

    /**
     * {@link #outsideProfiles}, and not the other leg of a transfer a profile made from a main account
     * (a profiled customer putting money aside): the seed rules' mixes (70/30, 30% by hand) measure
     * only what those rules drew.
     */
    static String seedRules(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        return "(" + outsideProfiles(alias) + " AND coalesce(" + p + "counterparty_account_id NOT IN (SELECT "
                + "main_account_id FROM public.customer_behaviour), true))";
    }

    /**
     * SQL true for an account where a profile scopes out the 30% spending cap and the no-overdraft rule:
     * the main account of a variable earner, a high bouncer or an overspender.
     */
    static String scopedOut(String accountId) {
        return accountId + " IN (SELECT b.main_account_id FROM public.customer_behaviour b WHERE b.profile IN "
                + SCOPED_PROFILES + ")";
    }

    /** The profiles that scope out the spending cap and the no-overdraft rule. */
    static final String SCOPED_PROFILES = "('variable_income', 'high_bounce', 'overspender')";
}
