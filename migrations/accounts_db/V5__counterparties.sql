-- accounts_db V5: who is on the other side of a transfer or wire. An account of this bank is named by
-- counterparty_account_id (the other leg is in that account's ledger); a party at another bank by
-- its name and country (ISO 3166 alpha-2). Other transactions have neither. Transaction monitoring
-- (fan-in, fan-out, cycles, high-risk countries) reads these columns.
ALTER TABLE transactions ADD COLUMN counterparty_account_id BIGINT;
ALTER TABLE transactions ADD COLUMN counterparty_name VARCHAR(120);
ALTER TABLE transactions ADD COLUMN counterparty_country CHAR(2);
CREATE INDEX transactions_counterparty_idx ON transactions (counterparty_account_id);
