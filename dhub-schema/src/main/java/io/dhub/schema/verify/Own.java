package io.dhub.schema.verify;

/**
 * The customer's own transactions: those that carry no other domain's money (a loan's, a policy's
 * or a claim's, with the transfers in that cover them) and are no leg of an injected laundering case
 * or its look-alike (compliance_db's ground truth, {@link Import#CASE_TRANSACTIONS}, which a check
 * using this must import). The specification's ledger rules (10-20 per account, 70/30, 30% manual,
 * the 30% spending cap) measure only these.
 */
final class Own {
    private Own() {
    }

    /** SQL true for an own transaction; {@code alias} is the transactions table's alias, or empty. */
    static String transactions(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        String id = alias.isEmpty() ? "transactions.transaction_id" : alias + ".transaction_id";
        return "(" + p + "loan_id IS NULL AND " + p + "policy_id IS NULL AND " + p + "claim_id IS NULL AND NOT EXISTS "
                + "(SELECT 1 FROM verify_case_transactions c WHERE c.transaction_id = " + id + "))";
    }
}
