-- compliance_db V3: transaction monitoring on the ledgers, currency transaction reports, and SARs
-- that can be drafts.
--
-- aml_checks gain, for transaction_monitoring rows (alerts): the rule that fired, the account and the
-- day (UTC) it fired on, the amount behind it, and the day a compliance officer disposed of it
-- (result false_positive or escalated; an alert not yet reviewed stays 'alert').
-- ctr_filings holds the currency transaction reports: cash in, or cash out, above $10,000 for one
-- customer on one day; a filing, not an alert.
-- suspicious_activity_reports gain the review that escalated the activity, the filing deadline, whether
-- a suspect was identified (30 days, else 60), and the period the activity covers; a draft has no
-- filing date yet.
ALTER TABLE aml_checks ADD COLUMN rule_code VARCHAR(10);
ALTER TABLE aml_checks ADD CONSTRAINT aml_checks_rule_code CHECK (rule_code IN (
    'STRUCT', 'HRWIRE', 'RAPID', 'DORMANT', 'FANIN', 'FANOUT', 'CYCLE', 'PROFILE'));
ALTER TABLE aml_checks ADD CONSTRAINT aml_checks_rule_when_monitoring CHECK (
    (check_type = 'transaction_monitoring') = (rule_code IS NOT NULL));
ALTER TABLE aml_checks ADD COLUMN account_id BIGINT;
ALTER TABLE aml_checks ADD COLUMN alert_date DATE;
ALTER TABLE aml_checks ADD COLUMN amount NUMERIC(14,2);
ALTER TABLE aml_checks ADD COLUMN reviewed_on DATE;
CREATE INDEX aml_checks_account_idx ON aml_checks (account_id);

CREATE TABLE ctr_filings (
    ctr_id            BIGINT        PRIMARY KEY,
    customer_id       BIGINT        NOT NULL,
    business_date     DATE          NOT NULL,
    direction         VARCHAR(10)   NOT NULL CHECK (direction IN ('cash_in', 'cash_out')),
    total_amount      NUMERIC(14,2) NOT NULL CHECK (total_amount > 10000),
    transaction_count INTEGER       NOT NULL CHECK (transaction_count > 0),
    status            VARCHAR(10)   NOT NULL CHECK (status IN ('filed', 'pending')),
    filed_on          DATE,
    CONSTRAINT ctr_filings_once UNIQUE (customer_id, business_date, direction),
    CONSTRAINT ctr_filings_filed_has_date CHECK ((status = 'filed') = (filed_on IS NOT NULL))
);

ALTER TABLE suspicious_activity_reports ALTER COLUMN filing_date DROP NOT NULL;
ALTER TABLE suspicious_activity_reports ADD COLUMN review_date DATE;
ALTER TABLE suspicious_activity_reports ADD COLUMN due_date DATE;
ALTER TABLE suspicious_activity_reports ADD COLUMN suspect_identified BOOLEAN;
ALTER TABLE suspicious_activity_reports ADD COLUMN activity_from DATE;
ALTER TABLE suspicious_activity_reports ADD COLUMN activity_to DATE;
ALTER TABLE suspicious_activity_reports ADD CONSTRAINT suspicious_activity_reports_draft_undated CHECK (
    (status = 'draft') = (filing_date IS NULL));
