-- loans_db V5: India's own loan products. A bank seeded in India (--market in) lends against
-- two-wheelers (10.25-25.12% a year, 12-48 months: ICICI Bank's published range, April-June 2024)
-- and gold (9-18%, 12-36 months: ICICI Bank, January-March 2024; SBI's personal gold loan runs up
-- to 36 EMIs), the gold held as collateral at a loan-to-value of at most 75% (RBI). The US market
-- never offers them; `dhub seed verify` holds each bank to its market's products and ranges
-- (dist.loan_types, realism.loan_rates, realism.gold_collateral).
--
-- The product lists were unnamed column CHECKs in V1: PostgreSQL named them
-- loan_applications_loan_type_check, loans_loan_type_check and collateral_collateral_type_check, the
-- H2 model jOOQ builds of these files CONSTRAINT_A9D, CONSTRAINT_625D9 and CONSTRAINT_924. Each side
-- drops its own names (see accounts_db V8).
/* [jooq ignore start] */
ALTER TABLE loan_applications DROP CONSTRAINT loan_applications_loan_type_check;
ALTER TABLE loans DROP CONSTRAINT loans_loan_type_check;
ALTER TABLE collateral DROP CONSTRAINT collateral_collateral_type_check;
/* [jooq ignore stop] */
ALTER TABLE loan_applications DROP CONSTRAINT IF EXISTS "CONSTRAINT_A9D";
ALTER TABLE loans DROP CONSTRAINT IF EXISTS "CONSTRAINT_625D9";
ALTER TABLE collateral DROP CONSTRAINT IF EXISTS "CONSTRAINT_924";
ALTER TABLE loan_applications ADD CONSTRAINT loan_applications_loan_type_check CHECK (loan_type IN (
    'mortgage', 'personal', 'auto', 'business', 'education', 'two_wheeler', 'gold'));
ALTER TABLE loans ADD CONSTRAINT loans_loan_type_check CHECK (loan_type IN (
    'mortgage', 'personal', 'auto', 'business', 'education', 'two_wheeler', 'gold'));
ALTER TABLE collateral ADD CONSTRAINT collateral_collateral_type_check CHECK (collateral_type IN (
    'property', 'real_estate', 'vehicle', 'equipment', 'inventory', 'gold'));
ALTER TABLE loans DROP CONSTRAINT loans_rate_and_term_by_type;
ALTER TABLE loans ADD CONSTRAINT loans_rate_and_term_by_type CHECK (
       (loan_type = 'mortgage'    AND interest_rate BETWEEN 3.25 AND 11.50 AND term_months BETWEEN 180 AND 360)
    OR (loan_type = 'personal'    AND interest_rate BETWEEN 5.99 AND 24.00 AND term_months BETWEEN 12 AND 60)
    OR (loan_type = 'auto'        AND interest_rate BETWEEN 3.99 AND 12.00 AND term_months BETWEEN 36 AND 72)
    OR (loan_type = 'business'    AND interest_rate BETWEEN 4.99 AND 20.00 AND term_months BETWEEN 36 AND 120)
    OR (loan_type = 'education'   AND interest_rate BETWEEN 4.25 AND 12.00 AND term_months BETWEEN 60 AND 180)
    OR (loan_type = 'two_wheeler' AND interest_rate BETWEEN 10.25 AND 25.12 AND term_months BETWEEN 12 AND 48)
    OR (loan_type = 'gold'        AND interest_rate BETWEEN 9.00 AND 18.00 AND term_months BETWEEN 12 AND 36));
COMMENT ON COLUMN loan_applications.loan_type IS 'mortgage, personal, auto, business or education; in India also two_wheeler and gold. A home loan is a mortgage, a car loan auto.';
COMMENT ON COLUMN loans.loan_type IS 'mortgage, personal, auto, business or education; in India also two_wheeler and gold. A home loan is a mortgage, a car loan auto.';
COMMENT ON COLUMN loans.interest_rate IS 'Yearly rate in percent, rising with the risk within its type''s range in the bank''s market: in the US mortgage 3.25-6.75, personal 5.99-17.99, auto 3.99-8.99, business 4.99-12.99, education 4.25-8.75; in India home (mortgage) 8.10-11.50, personal 10-24, car (auto) 7.50-12, business 10-20, education 8-12, two-wheeler 10.25-25.12, gold 9-18.';
COMMENT ON TABLE collateral IS 'What secures a loan: property for mortgages, vehicles for auto and two-wheeler loans, equipment, inventory or real estate for business loans, appraised so that the loan-to-value ratio lies between 1/1.5 and 1/1.1; gold ornaments for every gold loan, at a loan-to-value of at most 75%. Written by phase 5.';
COMMENT ON COLUMN collateral.collateral_type IS 'property, real_estate, vehicle, equipment, inventory, or gold (India''s gold loans).';
