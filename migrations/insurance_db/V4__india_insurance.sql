-- insurance_db V4: India's own insurance. A bank seeded in India (--market in) sells motor cover in
-- India's form: the third-party cover the Motor Vehicles Act 1988 makes compulsory (section 147: death
-- and bodily injury of others without a limit, their property up to Rs 7.5 lakh for a car and Rs 1 lakh
-- for a two-wheeler), the owner-driver's personal accident cover of Rs 15 lakh (IRDAI, 2018) and, on a
-- package policy, own damage on the vehicle's insured declared value; health cover as a family floater
-- with a sum insured in whole lakh; and enrols account holders in the government's two schemes, whose
-- premiums the bank debits once a year: PMJJBY (life cover of Rs 2 lakh for Rs 436 a year, ages 18-50,
-- covered to 55) and PMSBY (accident cover of Rs 2 lakh, Rs 1 lakh for partial disability, for Rs 20 a
-- year, ages 18-70), each year running 1 June to 31 May. The US market sells none of these.
--
-- The policy-type list was an unnamed column CHECK in V1: PostgreSQL named it
-- policies_policy_type_check, the H2 model jOOQ builds of these files CONSTRAINT_209. Each side drops
-- its own name (see accounts_db V8).
/* [jooq ignore start] */
ALTER TABLE policies DROP CONSTRAINT policies_policy_type_check;
/* [jooq ignore stop] */
ALTER TABLE policies DROP CONSTRAINT IF EXISTS "CONSTRAINT_209";
ALTER TABLE policies ADD CONSTRAINT policies_policy_type_known CHECK (policy_type IN (
    'life', 'health', 'auto', 'home', 'disability', 'travel', 'personal_accident'));
ALTER TABLE policies ADD COLUMN scheme VARCHAR(10) CHECK (scheme IN ('PMJJBY', 'PMSBY'));
ALTER TABLE policies ADD CONSTRAINT policies_scheme_line CHECK (scheme IS NULL
    OR scheme = 'PMJJBY' AND policy_type = 'life' OR scheme = 'PMSBY' AND policy_type = 'personal_accident');
ALTER TABLE coverages ALTER COLUMN coverage_limit DROP NOT NULL;
COMMENT ON COLUMN policies.policy_type IS 'life, health, auto, home, disability or travel; personal_accident for India''s PMSBY. In India an auto policy insures a car or a two-wheeler.';
COMMENT ON COLUMN policies.scheme IS 'The government scheme the policy belongs to, in India: PMJJBY (life cover of Rs 2 lakh for Rs 436 a year, enrolled at 18-50, covered to 55) or PMSBY (accident cover of Rs 2 lakh for Rs 20 a year, ages 18-70), each year running 1 June to 31 May and its premium debited by the bank on 25-31 May; null for the bank''s own products.';
COMMENT ON COLUMN policies.premium_frequency IS 'monthly, quarterly, semi_annual, annual, or single (travel). India''s motor and health policies and the government schemes are paid annually.';
COMMENT ON COLUMN coverages.coverage_type IS 'The cover, unique per policy: collision, comprehensive, liability, bodily_injury, property_damage, uninsured_motorist, medical_payments (auto); dwelling, other_structures, personal_property (home); death_benefit (life); medical (health); income_replacement (disability); trip_cancellation (travel). India''s motor policies: third_party_injury, third_party_property, owner_driver_pa, own_damage; its health policies hospitalisation; PMSBY accidental_death, total_disability, partial_disability.';
COMMENT ON COLUMN coverages.coverage_limit IS 'Most the cover pays, in the market''s currency, above 0; null where the law sets no limit (India''s third-party cover for death and bodily injury).';
