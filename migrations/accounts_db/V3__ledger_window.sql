-- accounts_db V3: the first day an account's stored ledger covers. dhub stores a recent window of
-- each account's life (the months before the as-of date); opening_balance is the balance at the
-- start of this day and carries everything before it. Nullable, so that rows written before this
-- migration stay valid; dhub writes it for every account.
ALTER TABLE accounts ADD COLUMN ledger_from DATE;
