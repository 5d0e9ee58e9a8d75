-- compliance_db V2: customer due diligence as a history, and an audit trail that can say who did what.
--
-- kyc_reviews holds each customer's due-diligence events: the onboarding review, the periodic
-- reviews every 12, 24 or 36 months by risk (the latest one may be overdue), and the next one
-- scheduled. A review rates the customer's risk (risk_before → risk_after).
-- kyc_records gain the review at which each document was submitted, why a rejected one was
-- rejected, and for an expired document the document that replaced it.
-- aml_checks gain the review a screening belongs to (null for transaction monitoring).
-- audit_trail gains the customer who acted (logins), the outcome, the channel, a session id and the
-- value before and after a change; consents are unchanged.
CREATE TABLE kyc_reviews (
    review_id   BIGINT      PRIMARY KEY,
    customer_id BIGINT      NOT NULL,
    review_type VARCHAR(20) NOT NULL CHECK (review_type IN ('onboarding', 'periodic', 'trigger')),
    due_date    DATE        NOT NULL,
    review_date DATE,
    status      VARCHAR(20) NOT NULL CHECK (status IN ('completed', 'overdue', 'scheduled')),
    reviewed_by BIGINT,
    risk_before VARCHAR(10) CHECK (risk_before IN ('low', 'medium', 'high')),
    risk_after  VARCHAR(10) CHECK (risk_after IN ('low', 'medium', 'high')),
    outcome     VARCHAR(30) CHECK (outcome IN ('approved', 'documents_updated', 'enhanced_due_diligence')),
    CONSTRAINT kyc_reviews_done_has_date CHECK ((status = 'completed') = (review_date IS NOT NULL)),
    CONSTRAINT kyc_reviews_done_has_outcome CHECK ((status = 'completed') = (outcome IS NOT NULL))
);
CREATE INDEX kyc_reviews_customer_idx ON kyc_reviews (customer_id);

ALTER TABLE kyc_records ADD COLUMN review_id BIGINT;
ALTER TABLE kyc_records ADD COLUMN rejection_reason VARCHAR(60);
ALTER TABLE kyc_records ADD COLUMN replaced_by BIGINT;
CREATE INDEX kyc_records_review_idx ON kyc_records (review_id);

ALTER TABLE aml_checks ADD COLUMN review_id BIGINT;
CREATE INDEX aml_checks_review_idx ON aml_checks (review_id);

ALTER TABLE audit_trail ADD COLUMN actor_customer_id BIGINT;
ALTER TABLE audit_trail ADD COLUMN outcome VARCHAR(10) NOT NULL DEFAULT 'success';
ALTER TABLE audit_trail ADD CONSTRAINT audit_trail_outcome CHECK (outcome IN ('success', 'failure'));
ALTER TABLE audit_trail ADD COLUMN channel VARCHAR(20);
ALTER TABLE audit_trail ADD CONSTRAINT audit_trail_channel CHECK (channel IN (
    'branch', 'back_office', 'phone', 'email', 'web', 'mobile_app'));
ALTER TABLE audit_trail ADD COLUMN session_id VARCHAR(40);
ALTER TABLE audit_trail ADD COLUMN old_value TEXT;
ALTER TABLE audit_trail ADD COLUMN new_value TEXT;
ALTER TABLE audit_trail ADD CONSTRAINT audit_trail_customer_actor CHECK (
    (actor_type = 'customer') = (actor_customer_id IS NOT NULL));
CREATE INDEX audit_trail_time_idx ON audit_trail (event_time);
