-- insurance_db V2: what the insurance rules need.
-- Policies: the day the status last changed (a lapse, cancellation, expiry; the start for active and
-- pending policies), the term in months (12 for renewing auto, home and health policies, the life
-- term, months to age 65 for disability; null for travel, whose term is its trip), and single-premium
-- travel policies.
ALTER TABLE policies ADD COLUMN status_date DATE;
ALTER TABLE policies ADD COLUMN term_months INT CHECK (term_months > 0);
-- (The frequency list was an unnamed column CHECK in V1: PostgreSQL's name for it is dropped here,
-- and CONSTRAINT_2098F1, the name in jOOQ's H2 model of these files, for jOOQ; see accounts_db V4.)
/* [jooq ignore start] */
ALTER TABLE policies DROP CONSTRAINT policies_premium_frequency_check;
/* [jooq ignore stop] */
ALTER TABLE policies DROP CONSTRAINT IF EXISTS "CONSTRAINT_2098F1";
ALTER TABLE policies ADD CONSTRAINT policies_premium_frequency_check
    CHECK (premium_frequency IN ('monthly', 'quarterly', 'semi_annual', 'annual', 'single'));
-- Claims: the coverage claimed under, who a payout goes to (the insured, a third party for liability,
-- a provider for health care), the accounts_db account an insured's payout is credited to, and why a
-- claim was rejected.
ALTER TABLE claims ADD COLUMN coverage_type VARCHAR(40);
ALTER TABLE claims ADD COLUMN payout_party VARCHAR(20) CHECK (payout_party IN ('insured', 'third_party', 'provider'));
ALTER TABLE claims ADD COLUMN payout_account_id BIGINT;
ALTER TABLE claims ADD COLUMN rejection_reason VARCHAR(100);
ALTER TABLE claims ADD CONSTRAINT claims_rejected_with_reason
    CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL) OR coverage_type IS NULL);
