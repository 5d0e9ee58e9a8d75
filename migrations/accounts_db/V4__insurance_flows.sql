-- accounts_db V4: insurance money in the ledgers. An insurance_premium is a debit for one premium of
-- an insurance_db policy; a claim_payout a credit of a claim's first-party payout. policy_id and
-- claim_id name them (insurance_db ids; dhub keeps the link, `seed verify` checks it); a transfer in
-- that covers a premium the balance cannot carries the policy too.
--
-- The type list was an unnamed column CHECK in V1. PostgreSQL named it
-- transactions_transaction_type_check; the H2 model jOOQ builds of these files (for the generated
-- classes and `seed verify`'s ranges check) named it CONSTRAINT_747. Each side drops its own name:
-- jOOQ skips the first statement, and PostgreSQL finds nothing to drop in the second.
/* [jooq ignore start] */
ALTER TABLE transactions DROP CONSTRAINT transactions_transaction_type_check;
/* [jooq ignore stop] */
ALTER TABLE transactions DROP CONSTRAINT IF EXISTS "CONSTRAINT_747";
ALTER TABLE transactions ADD CONSTRAINT transactions_transaction_type_check CHECK (transaction_type IN (
    'withdrawal', 'payment', 'fee', 'purchase', 'transfer_out', 'loan_payment', 'insurance_premium',
    'deposit', 'salary', 'interest', 'transfer_in', 'refund', 'loan_disbursement', 'claim_payout'));
ALTER TABLE transactions DROP CONSTRAINT transactions_direction_by_type;
ALTER TABLE transactions ADD CONSTRAINT transactions_direction_by_type CHECK (
    (transaction_type IN ('deposit', 'salary', 'interest', 'transfer_in', 'refund', 'loan_disbursement',
                          'claim_payout')) = (direction = 'credit'));
ALTER TABLE transactions ADD COLUMN policy_id BIGINT;
ALTER TABLE transactions ADD COLUMN claim_id BIGINT;
CREATE INDEX transactions_policy_idx ON transactions (policy_id);
CREATE INDEX transactions_claim_idx ON transactions (claim_id);
