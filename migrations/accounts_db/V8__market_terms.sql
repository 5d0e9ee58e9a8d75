-- accounts_db V8: the currency and the channels are the market's. V1 admitted only US dollars and
-- the specification's channels; a bank seeded in India (--market in) holds rupees and moves money
-- on India's rails: UPI, IMPS, NEFT, RTGS and NACH (the batch rail of mandates and salaries). The
-- schema now admits every market dhub has or is building; `dhub seed verify` checks that a bank
-- keeps to its own market's currency and channels (realism.market_terms).
--
-- Both rules were unnamed column CHECKs in V1: PostgreSQL named them accounts_currency_check and
-- transactions_channel_check, the H2 model jOOQ builds of these files (for the generated classes and
-- `seed verify`'s ranges check) CONSTRAINT_809DBB and CONSTRAINT_747989. Each side drops its own
-- names: jOOQ skips the first statements, and PostgreSQL finds nothing to drop in the others.
/* [jooq ignore start] */
ALTER TABLE accounts DROP CONSTRAINT accounts_currency_check;
ALTER TABLE transactions DROP CONSTRAINT transactions_channel_check;
/* [jooq ignore stop] */
ALTER TABLE accounts DROP CONSTRAINT IF EXISTS "CONSTRAINT_809DBB";
ALTER TABLE transactions DROP CONSTRAINT IF EXISTS "CONSTRAINT_747989";
ALTER TABLE accounts ADD CONSTRAINT accounts_currency_check CHECK (currency IN ('USD', 'INR'));
ALTER TABLE transactions ADD CONSTRAINT transactions_channel_check CHECK (channel IN (
    'atm', 'branch', 'online', 'mobile', 'pos', 'ach', 'wire', 'system', 'upi', 'imps', 'neft', 'rtgs', 'nach'));
COMMENT ON COLUMN accounts.currency IS 'ISO 4217 code of the account''s currency: the market''s (USD in the US, INR in India)';
COMMENT ON COLUMN transactions.channel IS 'How the money moved: atm, branch, online, mobile, pos (card at a till), system (the bank''s own postings), and the market''s rails: ach and wire in the US; upi, imps, neft, rtgs and nach in India';
