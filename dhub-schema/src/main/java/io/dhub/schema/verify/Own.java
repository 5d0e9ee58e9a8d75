package io.dhub.schema.verify;

/**
 * The customer's own transactions: those that carry no other domain's money (a loan's, a policy's
 * or a claim's, with the transfers in that cover them). The specification's ledger rules (10-20 per
 * account, 70/30, 30% manual, the 30% spending cap) measure only these.
 */
final class Own {
    private Own() {
    }

    /** SQL true for an own transaction; {@code alias} is the transactions table's alias, or empty. */
    static String transactions(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        return "(" + p + "loan_id IS NULL AND " + p + "policy_id IS NULL AND " + p + "claim_id IS NULL)";
    }
}
