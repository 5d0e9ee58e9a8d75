-- Every table and column of insurance_db described (issue 28): what a row is, units and currency, allowed
-- values, the rule that fills it, and where a column that names another row points (→ database.table.column).
-- DataHub, psql \d+ and other catalogs read these comments. Columns described by an earlier migration keep theirs.

COMMENT ON TABLE beneficiaries IS 'Who receives a life policy''s benefit: relatives, a trust or a charity, with shares adding up to 100.00 per policy. Written by phase 6.';
COMMENT ON COLUMN beneficiaries.beneficiary_id IS 'Beneficiary number, assigned by dhub.';
COMMENT ON COLUMN beneficiaries.policy_id IS 'The life policy → insurance_db.policies.policy_id.';
COMMENT ON COLUMN beneficiaries.full_name IS 'Name of the beneficiary (a person, a trust or a charity). Personal data for a person.';
COMMENT ON COLUMN beneficiaries.relationship_type IS 'spouse, child, parent, sibling, other_relative, trust or charity.';
COMMENT ON COLUMN beneficiaries.share_percent IS 'The beneficiary''s share in percent, above 0 and at most 100; a policy''s shares add up to 100.00.';
COMMENT ON COLUMN beneficiaries.date_of_birth IS 'A person''s date of birth; null for trusts and charities. Personal data.';

COMMENT ON TABLE claims IS 'Insurance claims, at each coverage''s yearly frequency from the sources in docs/insurance: incident, claim, amounts, status, who decided and who is paid. A paid claim for the insured is a claim_payout credit in accounts_db.transactions. Written by phase 6.';
COMMENT ON COLUMN claims.claim_id IS 'Claim number, assigned by dhub; named by accounts_db.transactions.claim_id.';
COMMENT ON COLUMN claims.claim_number IS 'Claim number as printed, unique.';
COMMENT ON COLUMN claims.policy_id IS 'The policy claimed on → insurance_db.policies.policy_id.';
COMMENT ON COLUMN claims.incident_date IS 'Day of the incident, while the policy was in force.';
COMMENT ON COLUMN claims.claim_date IS 'Day the claim was made, on or after the incident.';
COMMENT ON COLUMN claims.claim_amount IS 'Amount claimed in the market''s currency, above 0.';
COMMENT ON COLUMN claims.approved_amount IS 'Amount approved, 0 to the claim (after the deductible); null until decided.';
COMMENT ON COLUMN claims.status IS 'submitted, under_review, approved, rejected or paid.';
COMMENT ON COLUMN claims.processed_by IS 'The employee who decided the claim → employees_db.employees.employee_id; null until then.';
COMMENT ON COLUMN claims.settlement_date IS 'Day a paid claim was paid, on or after the claim date.';
COMMENT ON COLUMN claims.coverage_type IS 'The policy''s coverage the claim is made under.';
COMMENT ON COLUMN claims.payout_party IS 'Who is paid: insured, third_party or provider (a hospital, a garage).';
COMMENT ON COLUMN claims.payout_account_id IS 'For a payout to the insured, the account credited → accounts_db.accounts.account_id.';
COMMENT ON COLUMN claims.rejection_reason IS 'Why a rejected claim was rejected (set exactly when rejected).';

COMMENT ON TABLE coverages IS 'What each policy covers: one row per coverage type of the policy, with its limit and deductible. Written by phase 6.';
COMMENT ON COLUMN coverages.coverage_id IS 'Coverage number, assigned by dhub.';
COMMENT ON COLUMN coverages.policy_id IS 'The policy → insurance_db.policies.policy_id.';
COMMENT ON COLUMN coverages.coverage_type IS 'The cover, unique per policy: collision, comprehensive, liability, bodily_injury, property_damage, uninsured_motorist, medical_payments (auto); dwelling, other_structures, personal_property (home); death_benefit (life); medical (health); income_replacement (disability); trip_cancellation (travel).';
COMMENT ON COLUMN coverages.coverage_limit IS 'Most the cover pays, in the market''s currency, above 0.';
COMMENT ON COLUMN coverages.deductible IS 'What the insured pays first, in the market''s currency, 0 to the limit.';

COMMENT ON TABLE policies IS 'Insurance policies sold by the bank''s agents to account holders (45% hold one): auto, home, life, health, travel and disability, each with its status, dates, premium, sum insured and the account premiums are paid from. The premiums and payouts run through the ledgers in accounts_db.transactions. Written by phase 6.';
COMMENT ON COLUMN policies.policy_id IS 'Policy number inside the bank, assigned by dhub; named by accounts_db.transactions.policy_id.';
COMMENT ON COLUMN policies.policy_number IS 'Policy number as printed, unique.';
COMMENT ON COLUMN policies.customer_id IS 'The policyholder → accounts_db.customers.customer_id.';
COMMENT ON COLUMN policies.policy_type IS 'life, health, auto, home, disability or travel.';
COMMENT ON COLUMN policies.status IS 'active, lapsed, cancelled, expired or pending (issued, not yet in force).';
COMMENT ON COLUMN policies.start_date IS 'First day of cover: in the last four years, after the paying account opened.';
COMMENT ON COLUMN policies.end_date IS 'Last day of the current term, after start_date (a year; a trip for travel; the term for life and disability).';
COMMENT ON COLUMN policies.premium_amount IS 'One period''s premium in the market''s currency, above 0 (the whole premium for a single-premium travel policy).';
COMMENT ON COLUMN policies.premium_frequency IS 'monthly, quarterly, semi_annual, annual, or single (travel).';
COMMENT ON COLUMN policies.sum_insured IS 'Amount insured in the market''s currency, above 0 (a home policy bought with a mortgage covers at least the collateral''s appraised value).';
COMMENT ON COLUMN policies.agent_id IS 'The insurance agent who sold it → employees_db.employees.employee_id.';
COMMENT ON COLUMN policies.account_id IS 'The checking or business checking account the premiums are paid from → accounts_db.accounts.account_id.';
COMMENT ON COLUMN policies.issued_at IS 'When the policy was issued: 1-14 days before the start, 9:00-13:00 local time.';
COMMENT ON COLUMN policies.status_date IS 'Day the policy took its status (the start, or the day it lapsed, was cancelled or expired).';
COMMENT ON COLUMN policies.term_months IS 'Term in months of a life or disability policy; null for the yearly lines.';

COMMENT ON TABLE premium_payments IS 'Every premium due on every policy since it started: due and paid dates, amount, status and the account debited; paid and late ones are insurance_premium debits in accounts_db.transactions when inside the ledger window. Written by phase 6.';
COMMENT ON COLUMN premium_payments.payment_id IS 'Payment number, assigned by dhub.';
COMMENT ON COLUMN premium_payments.policy_id IS 'The policy → insurance_db.policies.policy_id.';
COMMENT ON COLUMN premium_payments.due_date IS 'Day the premium is due; one row per policy and due date.';
COMMENT ON COLUMN premium_payments.payment_date IS 'Day it was collected (set exactly for paid and late), a banking day.';
COMMENT ON COLUMN premium_payments.amount IS 'Premium due, in the market''s currency, above 0.';
COMMENT ON COLUMN premium_payments.payment_status IS 'paid, late, missed or scheduled (not yet due).';
COMMENT ON COLUMN premium_payments.account_id IS 'The account debited → accounts_db.accounts.account_id.';

-- Flyway's own table: jOOQ's schema, read from these files, does not hold it
/* [jooq ignore start] */
COMMENT ON TABLE flyway_schema_history IS 'Flyway''s record of the migrations applied to this database (Flyway''s own table; dhub reads it to report the schema version).';
COMMENT ON COLUMN flyway_schema_history.installed_rank IS 'Order in which the migration was applied.';
COMMENT ON COLUMN flyway_schema_history.version IS 'Migration version (the V number of its file).';
COMMENT ON COLUMN flyway_schema_history.description IS 'Migration description (from its file name).';
COMMENT ON COLUMN flyway_schema_history.type IS 'Migration type (SQL).';
COMMENT ON COLUMN flyway_schema_history.script IS 'File name of the migration.';
COMMENT ON COLUMN flyway_schema_history.checksum IS 'Checksum of the migration file when applied.';
COMMENT ON COLUMN flyway_schema_history.installed_by IS 'Database user that applied it.';
COMMENT ON COLUMN flyway_schema_history.installed_on IS 'When it was applied.';
COMMENT ON COLUMN flyway_schema_history.execution_time IS 'How long it took, in milliseconds.';
COMMENT ON COLUMN flyway_schema_history.success IS 'Whether it succeeded.';
/* [jooq ignore stop] */
