-- loans_db V3: a loan's rate is its market's. V1 held every loan to the specification's US ranges;
-- a bank seeded in India (--market in) prices loans at Indian banks' rates (home loans 8.10-11.50%,
-- car 7.50-12%, personal 10-24%, education 8-12%, business 10-20%). The CHECK now admits each type's
-- range in every market dhub has, terms unchanged; `dhub seed verify` holds a bank to its own
-- market's ranges (realism.loan_rates).
ALTER TABLE loans DROP CONSTRAINT loans_rate_and_term_by_type;
ALTER TABLE loans ADD CONSTRAINT loans_rate_and_term_by_type CHECK (
       (loan_type = 'mortgage'  AND interest_rate BETWEEN 3.25 AND 11.50 AND term_months BETWEEN 180 AND 360)
    OR (loan_type = 'personal'  AND interest_rate BETWEEN 5.99 AND 24.00 AND term_months BETWEEN 12 AND 60)
    OR (loan_type = 'auto'      AND interest_rate BETWEEN 3.99 AND 12.00 AND term_months BETWEEN 36 AND 72)
    OR (loan_type = 'business'  AND interest_rate BETWEEN 4.99 AND 20.00 AND term_months BETWEEN 36 AND 120)
    OR (loan_type = 'education' AND interest_rate BETWEEN 4.25 AND 12.00 AND term_months BETWEEN 60 AND 180));
COMMENT ON COLUMN loans.interest_rate IS 'Yearly rate in percent, rising with the risk within its type''s range in the bank''s market: in the US mortgage 3.25-6.75, personal 5.99-17.99, auto 3.99-8.99, business 4.99-12.99, education 4.25-8.75; in India home (mortgage) 8.10-11.50, personal 10-24, car (auto) 7.50-12, business 10-20, education 8-12.';
