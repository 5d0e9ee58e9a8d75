-- accounts_db V13: India's recurring deposits, and the day a term deposit's term ends. A bank seeded in
-- India (--market in) holds recurring deposits: a fixed instalment every month for 12-120 months, paid by
-- standing instruction from the holder's savings or current account (or in cash at the branch), interest
-- compounded every quarter. A recurring deposit carries the day it matures; an Indian fixed deposit the
-- day its current term ends (it renews for the same term on maturity). The US market's accounts,
-- certificates of deposit among them, carry none: NULL.
--
-- The type list was replaced in V12 under PostgreSQL's name; the H2 model jOOQ builds drops it by the
-- same name there, since V12 gave it one (see V8).
ALTER TABLE accounts DROP CONSTRAINT accounts_account_type_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_account_type_check CHECK (account_type IN (
    'checking', 'savings', 'money_market', 'certificate_of_deposit', 'business_checking', 'current',
    'fixed_deposit', 'sweep_deposit', 'recurring_deposit'));
ALTER TABLE accounts ADD COLUMN maturity_date DATE;
ALTER TABLE accounts ADD CONSTRAINT accounts_matures_after_opened CHECK (maturity_date IS NULL
    OR maturity_date > opened_date);
COMMENT ON COLUMN accounts.account_type IS 'In the US checking, savings, money_market, certificate_of_deposit or business_checking; in India savings (the everyday account), current (a business''s), fixed_deposit, recurring_deposit (a fixed instalment every month for a term) or sweep_deposit (a savings account''s surplus swept into deposits and back).';
COMMENT ON COLUMN accounts.maturity_date IS 'The day a term deposit''s current term ends: a recurring deposit''s maturity, an Indian fixed deposit''s (renewed for the same term on maturity); NULL for other accounts and for US certificates of deposit.';
