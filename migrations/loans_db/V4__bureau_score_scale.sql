-- loans_db V4: a credit score is on its market's bureau scale. V1 held scores to FICO's 300-850; a
-- bank seeded in India (--market in) reports them as Indian bureaus do (CIBIL, Experian, Equifax,
-- CRIF), 300-900. The CHECK admits both; `dhub seed verify` judges the underwriting floor on the
-- market's scale (realism.underwriting_floor). PostgreSQL named V1's column CHECK
-- risk_assessments_risk_score_check, the H2 model jOOQ builds CONSTRAINT_9C58AC: each side drops its
-- own (see accounts_db V8).
/* [jooq ignore start] */
ALTER TABLE risk_assessments DROP CONSTRAINT risk_assessments_risk_score_check;
/* [jooq ignore stop] */
ALTER TABLE risk_assessments DROP CONSTRAINT IF EXISTS "CONSTRAINT_9C58AC";
ALTER TABLE risk_assessments ADD CONSTRAINT risk_assessments_score_on_a_bureau_scale CHECK (risk_score BETWEEN 300 AND 900);
COMMENT ON COLUMN risk_assessments.risk_score IS 'Credit score on the market''s bureau scale: 300-850 in the US (no approval below 580), 300-900 in India (no approval below 605).';
