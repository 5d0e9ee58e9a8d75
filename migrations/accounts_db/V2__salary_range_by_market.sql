-- The salary range (1,000-8,000 in the US market) is the market's rule, not the schema's: another
-- market pays salaries in another currency and at other levels. The database keeps what holds in
-- every market (amount > 0 on every transaction); `dhub seed verify` checks the run's market range
-- (money.salary_range).
ALTER TABLE transactions DROP CONSTRAINT transactions_salary_range;
