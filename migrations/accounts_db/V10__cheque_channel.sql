-- accounts_db V10: the cheque is one of India's channels. V8 admitted India's electronic rails (UPI,
-- IMPS, NEFT, RTGS, NACH); a bank seeded with --market in also clears cheques, deposited at a branch
-- or by a mobile banking app's scan, and bounced when the payer's account is short (Negotiable
-- Instruments Act, s.138). V8 named the rule, so both PostgreSQL and the model jOOQ builds drop it by name.
ALTER TABLE transactions DROP CONSTRAINT transactions_channel_check;
ALTER TABLE transactions ADD CONSTRAINT transactions_channel_check CHECK (channel IN (
    'atm', 'branch', 'online', 'mobile', 'pos', 'ach', 'wire', 'system', 'upi', 'imps', 'neft', 'rtgs', 'nach',
    'cheque'));
COMMENT ON COLUMN transactions.channel IS 'How the money moved: atm, branch, online, mobile, pos (card at a till), system (the bank''s own postings), and the market''s rails: ach and wire in the US; upi, imps, neft, rtgs, nach, cheque and wire (cross-border) in India';
