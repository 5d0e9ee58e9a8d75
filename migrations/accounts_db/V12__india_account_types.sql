-- accounts_db V12: India's deposit products. A bank seeded in India (--market in) stores its accounts
-- as Indian banks name them: the everyday account a savings account (it pays interest and carries
-- salaries, UPI and cards), a business's a current account (no interest, as RBI's Master Direction on
-- interest rate on deposits has it), a term deposit a fixed deposit, and the surplus a customer saves
-- besides a sweep deposit (a savings account's balance above a threshold swept into deposits and back
-- when the account runs short: SBI's Multi Option Deposit, other banks' auto-sweep). The US market
-- keeps the specification's names. `dhub seed verify` reads the everyday, business, saving and term
-- accounts by each market's names.
--
-- The list was an unnamed column CHECK in V1: PostgreSQL named it accounts_account_type_check, the H2
-- model jOOQ builds of these files CONSTRAINT_809D. Each side drops its own name (see V8).
/* [jooq ignore start] */
ALTER TABLE accounts DROP CONSTRAINT accounts_account_type_check;
/* [jooq ignore stop] */
ALTER TABLE accounts DROP CONSTRAINT IF EXISTS "CONSTRAINT_809D";
ALTER TABLE accounts ADD CONSTRAINT accounts_account_type_check CHECK (account_type IN (
    'checking', 'savings', 'money_market', 'certificate_of_deposit', 'business_checking', 'current',
    'fixed_deposit', 'sweep_deposit'));
COMMENT ON COLUMN accounts.account_type IS 'In the US checking, savings, money_market, certificate_of_deposit or business_checking; in India savings (the everyday account), current (a business''s), fixed_deposit or sweep_deposit (a savings account''s surplus swept into deposits).';
