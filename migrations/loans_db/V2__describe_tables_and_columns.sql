-- Every table and column of loans_db described (issue 28): what a row is, units and currency, allowed
-- values, the rule that fills it, and where a column that names another row points (→ database.table.column).
-- DataHub, psql \d+ and other catalogs read these comments. Columns described by an earlier migration keep theirs.

COMMENT ON TABLE collateral IS 'What secures a loan: property for mortgages, vehicles for auto loans, equipment, inventory or real estate for business loans; appraised so that the loan-to-value ratio lies between 1/1.5 and 1/1.1. Written by phase 5.';
COMMENT ON COLUMN collateral.collateral_id IS 'Collateral number, assigned by dhub.';
COMMENT ON COLUMN collateral.loan_id IS 'The loan it secures → loans_db.loans.loan_id.';
COMMENT ON COLUMN collateral.collateral_type IS 'property, real_estate, vehicle, equipment or inventory.';
COMMENT ON COLUMN collateral.description IS 'What the collateral is (e.g. the vehicle''s make and year).';
COMMENT ON COLUMN collateral.appraised_value IS 'Appraised value in the market''s currency, above 0.';
COMMENT ON COLUMN collateral.appraisal_date IS 'Day of the appraisal, before disbursement.';
COMMENT ON COLUMN collateral.ltv_ratio IS 'Loan to value: principal ÷ appraised value, 0.6666-0.9091.';

COMMENT ON TABLE loan_applications IS 'Loan applications: about 35% of customers apply within the last five years, 20% of applicants more than once; mortgage 35%, personal 30%, auto 20%, business 10%, education 5%; approved 65%, rejected 20%, pending 10%, withdrawn 5%; decided by a loan officer 1-30 days after applying. Written by phase 5.';
COMMENT ON COLUMN loan_applications.application_id IS 'Application number, assigned by dhub.';
COMMENT ON COLUMN loan_applications.application_number IS 'Application number as printed, unique.';
COMMENT ON COLUMN loan_applications.customer_id IS 'The applicant → accounts_db.customers.customer_id.';
COMMENT ON COLUMN loan_applications.loan_type IS 'mortgage, personal, auto, business or education.';
COMMENT ON COLUMN loan_applications.requested_amount IS 'Amount asked for, in the market''s currency, above 0 (round units by type).';
COMMENT ON COLUMN loan_applications.requested_term_months IS 'Term asked for, in months, 12-360.';
COMMENT ON COLUMN loan_applications.purpose IS 'What the money is for, in words that fit the type.';
COMMENT ON COLUMN loan_applications.annual_income IS 'The applicant''s yearly income as declared, in the market''s currency (as in customer_db.customer_profiles).';
COMMENT ON COLUMN loan_applications.application_date IS 'Day the application was made.';
COMMENT ON COLUMN loan_applications.status IS 'approved, rejected, pending (applied in the last 30 days) or withdrawn.';
COMMENT ON COLUMN loan_applications.decision_date IS 'Day it was approved or rejected (set exactly for those), 1-30 days after application_date.';
COMMENT ON COLUMN loan_applications.officer_id IS 'The loan officer who handled it, employed that day → employees_db.employees.employee_id.';
COMMENT ON COLUMN loan_applications.approved_by IS 'The manager who approved it (set exactly when approved) → employees_db.employees.employee_id.';
COMMENT ON COLUMN loan_applications.rejection_reason IS 'Why it was rejected (set exactly when rejected), e.g. a score below 580 or debt-to-income above 43%.';

COMMENT ON TABLE loan_guarantors IS 'People who guarantee a loan, with their relationship to the borrower, income and the amount guaranteed. Written by phase 5.';
COMMENT ON COLUMN loan_guarantors.guarantor_id IS 'Guarantor number, assigned by dhub.';
COMMENT ON COLUMN loan_guarantors.loan_id IS 'The loan guaranteed → loans_db.loans.loan_id.';
COMMENT ON COLUMN loan_guarantors.full_name IS 'Name of the guarantor (not a customer), drawn from the market''s name lists. Personal data.';
COMMENT ON COLUMN loan_guarantors.relationship_type IS 'spouse, parent, sibling, child, business_partner, friend or other_relative.';
COMMENT ON COLUMN loan_guarantors.phone IS 'Guarantor''s phone number in the market''s format. Personal data.';
COMMENT ON COLUMN loan_guarantors.annual_income IS 'Guarantor''s yearly income in the market''s currency.';
COMMENT ON COLUMN loan_guarantors.guarantee_amount IS 'Amount guaranteed in the market''s currency, above 0.';
COMMENT ON COLUMN loan_guarantors.signed_date IS 'Day the guarantee was signed.';

COMMENT ON TABLE loans IS 'Loans: one per approved application, with the rate and term ranges of its type (a CHECK), paid into the linked deposit account; active 75%, paid_off 20%, defaulted 3%, restructured 2%. Written by phase 5.';
COMMENT ON COLUMN loans.loan_id IS 'Loan number, assigned by dhub; named by accounts_db.transactions.loan_id.';
COMMENT ON COLUMN loans.loan_number IS 'Loan number as printed, unique.';
COMMENT ON COLUMN loans.application_id IS 'The approved application → loans_db.loan_applications.application_id (one loan each).';
COMMENT ON COLUMN loans.customer_id IS 'The borrower → accounts_db.customers.customer_id.';
COMMENT ON COLUMN loans.loan_type IS 'mortgage, personal, auto, business or education.';
COMMENT ON COLUMN loans.principal_amount IS 'Amount lent, in the market''s currency: 90-100% of the request, in round units.';
COMMENT ON COLUMN loans.interest_rate IS 'Yearly rate in percent, rising with the risk within its type''s range: mortgage 3.25-6.75, personal 5.99-17.99, auto 3.99-8.99, business 4.99-12.99, education 4.25-8.75.';
COMMENT ON COLUMN loans.term_months IS 'Term in months within its type''s range: mortgage 180-360, personal 12-60, auto 36-72, business 36-120, education 60-180.';
COMMENT ON COLUMN loans.monthly_payment IS 'Level monthly installment P·r / (1 − (1 + r)^−n), in the market''s currency.';
COMMENT ON COLUMN loans.disbursement_date IS 'Day the money was paid out, a banking day 0-14 days after the decision.';
COMMENT ON COLUMN loans.first_payment_date IS 'Due date of the first installment, a month after disbursement.';
COMMENT ON COLUMN loans.maturity_date IS 'Due date of the last installment.';
COMMENT ON COLUMN loans.loan_status IS 'active, paid_off, defaulted or restructured.';
COMMENT ON COLUMN loans.outstanding_balance IS 'Principal still owed at the as-of date, 0 to principal_amount (0 when paid off).';
COMMENT ON COLUMN loans.linked_account_id IS 'The account the loan pays into and is repaid from (checking, or business checking for business loans; never a certificate) → accounts_db.accounts.account_id.';
COMMENT ON COLUMN loans.officer_id IS 'The loan officer → employees_db.employees.employee_id.';
COMMENT ON COLUMN loans.approved_by IS 'The manager who approved it → employees_db.employees.employee_id.';

COMMENT ON TABLE repayment_schedule IS 'Every loan''s full amortization schedule, one row per installment: principal and interest split (principal parts add up to the principal exactly), remaining balance, and what happened to installments due before the as-of date. Written by phase 5.';
COMMENT ON COLUMN repayment_schedule.schedule_id IS 'Installment row number, assigned by dhub.';
COMMENT ON COLUMN repayment_schedule.loan_id IS 'The loan → loans_db.loans.loan_id.';
COMMENT ON COLUMN repayment_schedule.installment_number IS 'Installment number, 1 to the term; unique per loan.';
COMMENT ON COLUMN repayment_schedule.due_date IS 'Due date, monthly from the first payment date (clamped to the month''s end).';
COMMENT ON COLUMN repayment_schedule.principal_amount IS 'Principal part, in the market''s currency; the last installment takes what remains.';
COMMENT ON COLUMN repayment_schedule.interest_amount IS 'Interest part: remaining principal × monthly rate, to the cent.';
COMMENT ON COLUMN repayment_schedule.total_amount IS 'principal_amount + interest_amount.';
COMMENT ON COLUMN repayment_schedule.remaining_balance IS 'Principal still owed after this installment.';
COMMENT ON COLUMN repayment_schedule.payment_status IS 'paid, late, missed or scheduled (not yet due).';
COMMENT ON COLUMN repayment_schedule.payment_date IS 'Day it was paid (set exactly for paid and late), a banking day; the repayment debit in the ledger falls on it.';
COMMENT ON COLUMN repayment_schedule.amount_paid IS 'Amount paid (set exactly for paid and late).';

COMMENT ON TABLE risk_assessments IS 'Credit risk assessments: one at origination for every application, and periodic reviews of running loans; score 300-850, probability of default, grade AAA to C, debt-to-income and a recommendation. Written by phase 5.';
COMMENT ON COLUMN risk_assessments.assessment_id IS 'Assessment number, assigned by dhub.';
COMMENT ON COLUMN risk_assessments.application_id IS 'The application assessed → loans_db.loan_applications.application_id.';
COMMENT ON COLUMN risk_assessments.loan_id IS 'For a periodic review, the loan reviewed → loans_db.loans.loan_id; null at origination.';
COMMENT ON COLUMN risk_assessments.assessment_type IS 'origination or periodic_review.';
COMMENT ON COLUMN risk_assessments.assessment_date IS 'Day of the assessment.';
COMMENT ON COLUMN risk_assessments.risk_score IS 'Credit score, 300-850 (no approval below 580).';
COMMENT ON COLUMN risk_assessments.pd_probability IS 'Probability of default over the loan''s life, 0.01-0.95, falling with the score.';
COMMENT ON COLUMN risk_assessments.credit_grade IS 'Grade by score band: AAA, AA, A, BBB, BB, B, CCC, CC or C.';
COMMENT ON COLUMN risk_assessments.debt_to_income IS 'Debt payments ÷ income, in percent, 0-100.';
COMMENT ON COLUMN risk_assessments.recommendation IS 'approve, review or decline.';
COMMENT ON COLUMN risk_assessments.assessed_by IS 'The risk analyst (or loan officer) who assessed it → employees_db.employees.employee_id.';

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
