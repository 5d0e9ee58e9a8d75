-- Every table and column of compliance_db described (issue 28): what a row is, units and currency, allowed
-- values, the rule that fills it, and where a column that names another row points (→ database.table.column).
-- DataHub, psql \d+ and other catalogs read these comments. Columns described by an earlier migration keep theirs.

COMMENT ON TABLE aml_checks IS 'Anti-money-laundering checks: sanctions, PEP and adverse-media screenings at every KYC review (even ids) and transaction-monitoring alerts (odd ids) raised by the rules STRUCT, HRWIRE, RAPID, DORMANT, FANIN, FANOUT, CYCLE and PROFILE on the stored transactions (docs/aml.md), each with its review. Written by phase 7.';
COMMENT ON COLUMN aml_checks.check_id IS 'Check number: screenings even, monitoring alerts odd.';
COMMENT ON COLUMN aml_checks.customer_id IS 'The customer checked → accounts_db.customers.customer_id.';
COMMENT ON COLUMN aml_checks.transaction_id IS 'For an alert, the transaction the rule fired on → accounts_db.transactions.transaction_id; null for a screening.';
COMMENT ON COLUMN aml_checks.check_type IS 'sanctions_screening, pep_screening, adverse_media or transaction_monitoring.';
COMMENT ON COLUMN aml_checks.checked_at IS 'When the check ran (an alert: 23:59:59 UTC of its day, the end-of-day run).';
COMMENT ON COLUMN aml_checks.result IS 'clear, alert (open, fired in the last 30 days), false_positive or escalated.';
COMMENT ON COLUMN aml_checks.risk_score IS 'Score 0-100: clear under 20, false positive 40-69, escalated 80 or more (alerts 40-99).';
COMMENT ON COLUMN aml_checks.reviewed_by IS 'The compliance officer who reviewed a match or alert → employees_db.employees.employee_id.';
COMMENT ON COLUMN aml_checks.review_id IS 'The KYC review a screening was run for → compliance_db.kyc_reviews.review_id.';
COMMENT ON COLUMN aml_checks.rule_code IS 'The monitoring rule of an alert: STRUCT, HRWIRE, RAPID, DORMANT, FANIN, FANOUT, CYCLE or PROFILE; null for screenings.';
COMMENT ON COLUMN aml_checks.account_id IS 'The account the alert fired on → accounts_db.accounts.account_id.';
COMMENT ON COLUMN aml_checks.alert_date IS 'The UTC day the alert fired (the transaction''s day).';
COMMENT ON COLUMN aml_checks.amount IS 'The amount behind the alert (the transaction''s, or the window''s total for STRUCT, FANIN, FANOUT and PROFILE), in the market''s currency.';
COMMENT ON COLUMN aml_checks.reviewed_on IS 'Day the alert was reviewed, 1-30 days after it fired; null while open.';

COMMENT ON TABLE audit_trail IS 'The audit trail (PCI DSS 10.3: who, what, when, success, origin, resource): one row per workflow fact (a document decided, a review done, a match or alert reviewed, a SAR filed, an application decided, a policy issued, a claim decided, a customer''s profile read) by the employee who did it, and each active account holder''s logins over the last 90 days. Written by phase 7.';
COMMENT ON COLUMN audit_trail.audit_id IS 'Audit row number, assigned by dhub.';
COMMENT ON COLUMN audit_trail.event_time IS 'When it happened (staff actions in office hours).';
COMMENT ON COLUMN audit_trail.actor_type IS 'employee, system or customer.';
COMMENT ON COLUMN audit_trail.actor_employee_id IS 'The employee who acted (set exactly for employee actors) → employees_db.employees.employee_id.';
COMMENT ON COLUMN audit_trail.action IS 'create, read, update, delete, login, export, approve or reject.';
COMMENT ON COLUMN audit_trail.entity_database IS 'The database of the row acted on: employees_db, customer_db, accounts_db, loans_db, insurance_db or compliance_db.';
COMMENT ON COLUMN audit_trail.entity_table IS 'The table of the row acted on.';
COMMENT ON COLUMN audit_trail.entity_id IS 'The key of the row acted on, in entity_table.';
COMMENT ON COLUMN audit_trail.ip_address IS 'Where from: a workstation 10.b.x.y for staff (b the branch''s number, 0 at head office), a documentation address (RFC 5737) for customers. Personal data.';
COMMENT ON COLUMN audit_trail.details IS 'What was done, in words.';
COMMENT ON COLUMN audit_trail.actor_customer_id IS 'The customer who acted (set exactly for customer actors) → accounts_db.customers.customer_id.';
COMMENT ON COLUMN audit_trail.outcome IS 'success or failure (3% of login attempts fail and are retried).';
COMMENT ON COLUMN audit_trail.channel IS 'branch, back_office, phone, email, web or mobile_app.';
COMMENT ON COLUMN audit_trail.session_id IS 'The session of a successful login; null otherwise.';
COMMENT ON COLUMN audit_trail.old_value IS 'The value before an update; null otherwise.';
COMMENT ON COLUMN audit_trail.new_value IS 'The value after an update or create; null otherwise.';

COMMENT ON TABLE consents IS 'Each customer''s consents, given at onboarding through the preferred channel: marketing e-mail (as the marketing opt-in, withdrawn at the first unsubscribe), marketing texts, data sharing, paperless statements, and a credit check for every loan applicant. Written by phase 7.';
COMMENT ON COLUMN consents.consent_id IS 'Consent number, assigned by dhub.';
COMMENT ON COLUMN consents.customer_id IS 'The customer → accounts_db.customers.customer_id.';
COMMENT ON COLUMN consents.consent_type IS 'marketing_email, marketing_sms, data_sharing, credit_check or paperless; one row per customer and type.';
COMMENT ON COLUMN consents.granted IS 'Whether the consent was given.';
COMMENT ON COLUMN consents.granted_at IS 'When the choice was recorded.';
COMMENT ON COLUMN consents.revoked_at IS 'When a given consent was withdrawn; null while it stands.';
COMMENT ON COLUMN consents.channel IS 'The channel the choice was made through: phone, email, web, mobile_app or branch.';

COMMENT ON TABLE ctr_filings IS 'Currency transaction reports: one per customer, UTC day and direction with cash deposits (cash_in) or withdrawals (cash_out) at branches and ATMs above the market''s threshold ($10,000 in the US), filed within 15 days or pending. Written by phase 7.';
COMMENT ON COLUMN ctr_filings.ctr_id IS 'Report number, assigned by dhub.';
COMMENT ON COLUMN ctr_filings.customer_id IS 'The customer → accounts_db.customers.customer_id.';
COMMENT ON COLUMN ctr_filings.business_date IS 'The UTC day of the cash.';
COMMENT ON COLUMN ctr_filings.direction IS 'cash_in or cash_out.';
COMMENT ON COLUMN ctr_filings.total_amount IS 'The day''s cash in that direction, in the market''s currency, above the threshold.';
COMMENT ON COLUMN ctr_filings.transaction_count IS 'How many cash transactions make it up.';
COMMENT ON COLUMN ctr_filings.status IS 'filed or pending.';
COMMENT ON COLUMN ctr_filings.filed_on IS 'Day it was filed (set exactly when filed), 1-15 days after business_date.';

COMMENT ON TABLE kyc_records IS 'Know-your-customer documents: each customer''s identity document shown at onboarding (and its renewals) and, for 40%, a proof of address; decided 0-3 days after submission by a compliance officer or a service rep; 3% of first submissions rejected and resubmitted. Written by phase 7 (compliance).';
COMMENT ON COLUMN kyc_records.kyc_id IS 'Document submission number, assigned by dhub.';
COMMENT ON COLUMN kyc_records.customer_id IS 'The customer → accounts_db.customers.customer_id.';
COMMENT ON COLUMN kyc_records.document_type IS 'The document shown: an identity document of the market (US: drivers_license, passport, national_id for a state id; India also voter_id and pan, national_id for Aadhaar) or a proof of address (utility_bill, bank_statement).';
COMMENT ON COLUMN kyc_records.document_number IS 'The document''s number in the market''s format for its type (US: a passport''s letter and eight digits, nine digits for the others); unique per type; an affine bijection of the submission number, never a real one. Personal data.';
COMMENT ON COLUMN kyc_records.verification_status IS 'verified, pending (not yet decided at the as-of date), rejected or expired (an identity document past its expiry).';
COMMENT ON COLUMN kyc_records.verified_by IS 'The employee who decided it (a compliance officer or a service rep employed that day) → employees_db.employees.employee_id; null while pending.';
COMMENT ON COLUMN kyc_records.verification_date IS 'Day it was decided, 0-3 days after submission; null while pending.';
COMMENT ON COLUMN kyc_records.expiry_date IS 'Expiry of an identity document (issued within its validity: licences and state ids 8 years, passports 10); null for a proof of address.';
COMMENT ON COLUMN kyc_records.risk_rating IS 'The customer''s risk rating when the document was decided: low, medium or high.';
COMMENT ON COLUMN kyc_records.submitted_at IS 'When the document was submitted (onboarding: the day the customer joined).';
COMMENT ON COLUMN kyc_records.review_id IS 'The KYC review the document was submitted for → compliance_db.kyc_reviews.review_id.';
COMMENT ON COLUMN kyc_records.rejection_reason IS 'Why a rejected document was rejected (unreadable image, name mismatch, details not confirmed, photo mismatch).';
COMMENT ON COLUMN kyc_records.replaced_by IS 'For an expired identity document, its renewal → compliance_db.kyc_records.kyc_id.';

COMMENT ON TABLE kyc_reviews IS 'KYC reviews: onboarding (rating the customer), periodic (due 12, 24 or 36 months after the last for high, medium and low risk; done up to 30 days early; 5% of customers overdue) and trigger reviews after a filed SAR. Written by phase 7.';
COMMENT ON COLUMN kyc_reviews.review_id IS 'Review number, assigned by dhub.';
COMMENT ON COLUMN kyc_reviews.customer_id IS 'The customer reviewed → accounts_db.customers.customer_id.';
COMMENT ON COLUMN kyc_reviews.review_type IS 'onboarding, periodic or trigger.';
COMMENT ON COLUMN kyc_reviews.due_date IS 'Day the review falls due.';
COMMENT ON COLUMN kyc_reviews.review_date IS 'Day it was done (set exactly when completed).';
COMMENT ON COLUMN kyc_reviews.status IS 'completed, overdue or scheduled.';
COMMENT ON COLUMN kyc_reviews.reviewed_by IS 'The employee who did it (a compliance officer for periodic and trigger reviews) → employees_db.employees.employee_id.';
COMMENT ON COLUMN kyc_reviews.risk_before IS 'The customer''s risk rating before the review: low, medium or high; null at onboarding.';
COMMENT ON COLUMN kyc_reviews.risk_after IS 'The rating the review gave: low, medium or high.';
COMMENT ON COLUMN kyc_reviews.outcome IS 'approved, documents_updated or enhanced_due_diligence (set exactly when completed).';

COMMENT ON TABLE laundering_case_members IS 'The accounts a laundering case runs through, with their role. Written by phase 7.';
COMMENT ON COLUMN laundering_case_members.member_id IS 'Member number, assigned by dhub.';
COMMENT ON COLUMN laundering_case_members.case_id IS 'The case → compliance_db.laundering_cases.case_id.';
COMMENT ON COLUMN laundering_case_members.account_id IS 'The member account → accounts_db.accounts.account_id.';
COMMENT ON COLUMN laundering_case_members.customer_id IS 'The account''s holder → accounts_db.customers.customer_id.';
COMMENT ON COLUMN laundering_case_members.role IS 'The account''s part in the case: origin, source, depositor, mule, hub, collector, sink or member.';

COMMENT ON TABLE laundering_case_transactions IS 'Every ledger transaction of a laundering case, both legs of each transfer: what a detector should flag. Written by phase 7.';
COMMENT ON COLUMN laundering_case_transactions.case_id IS 'The case → compliance_db.laundering_cases.case_id.';
COMMENT ON COLUMN laundering_case_transactions.transaction_id IS 'The ledger transaction → accounts_db.transactions.transaction_id.';
COMMENT ON COLUMN laundering_case_transactions.account_id IS 'Its account → accounts_db.accounts.account_id.';
COMMENT ON COLUMN laundering_case_transactions.direction IS 'debit or credit (as in the ledger).';
COMMENT ON COLUMN laundering_case_transactions.amount IS 'Amount as in the ledger, in the market''s currency.';

COMMENT ON TABLE laundering_cases IS 'Ground truth of the laundering injected into the ledgers (seed all --aml-cases): each case''s typology (fan_in, fan_out, cycle, scatter_gather, gather_scatter, bipartite, stack, random, structuring, dormant, high_risk_wire) or look-alike (house_sale, inheritance, bonus, not illicit), its period, the money that came in and the lead customer. What a detector should find; the bank''s own alerts are in aml_checks. Written by phase 7.';
COMMENT ON COLUMN laundering_cases.case_id IS 'Case number, assigned by dhub.';
COMMENT ON COLUMN laundering_cases.typology IS 'fan_in, fan_out, cycle, scatter_gather, gather_scatter, bipartite, stack, random, structuring, dormant, high_risk_wire; look-alikes house_sale, inheritance, bonus.';
COMMENT ON COLUMN laundering_cases.is_illicit IS 'Whether the case is laundering (false for the look-alikes).';
COMMENT ON COLUMN laundering_cases.start_date IS 'First day of the case''s money movements.';
COMMENT ON COLUMN laundering_cases.end_date IS 'Last day, at most 20 days after start_date.';
COMMENT ON COLUMN laundering_cases.amount_in IS 'The money that came in from outside the bank, in the market''s currency.';
COMMENT ON COLUMN laundering_cases.lead_customer_id IS 'The customer the case starts from → accounts_db.customers.customer_id.';

COMMENT ON TABLE suspicious_activity_reports IS 'Suspicious activity reports: the escalated alerts of a customer in a month make one report when the largest amount behind them reaches the market''s threshold ($5,000 in the US), filed within 30 days of the review (60 with no suspect) or still a draft. Written by phase 7.';
COMMENT ON COLUMN suspicious_activity_reports.sar_id IS 'Report number, assigned by dhub.';
COMMENT ON COLUMN suspicious_activity_reports.sar_number IS 'Report number as filed, unique.';
COMMENT ON COLUMN suspicious_activity_reports.customer_id IS 'The subject → accounts_db.customers.customer_id.';
COMMENT ON COLUMN suspicious_activity_reports.check_id IS 'The month''s escalated alert with the lowest id → compliance_db.aml_checks.check_id.';
COMMENT ON COLUMN suspicious_activity_reports.activity_type IS 'structuring, unusual_wire, rapid_movement, identity_fraud or other, from that alert''s rule.';
COMMENT ON COLUMN suspicious_activity_reports.amount_involved IS 'The largest amount behind the month''s alerts, in the market''s currency.';
COMMENT ON COLUMN suspicious_activity_reports.status IS 'draft (not filed yet), filed, under_investigation or closed.';
COMMENT ON COLUMN suspicious_activity_reports.filed_by IS 'The compliance officer responsible → employees_db.employees.employee_id.';
COMMENT ON COLUMN suspicious_activity_reports.filing_date IS 'Day it was filed; null for a draft.';
COMMENT ON COLUMN suspicious_activity_reports.narrative IS 'The report''s narrative: who, what, when, where and why, with the amounts in the market''s money format.';
COMMENT ON COLUMN suspicious_activity_reports.review_date IS 'Day of the review that escalated the alerts.';
COMMENT ON COLUMN suspicious_activity_reports.due_date IS 'Filing deadline: 30 days after the review, 60 when no suspect is identified.';
COMMENT ON COLUMN suspicious_activity_reports.suspect_identified IS 'Whether a suspect is identified.';
COMMENT ON COLUMN suspicious_activity_reports.activity_from IS 'First day of the suspicious activity.';
COMMENT ON COLUMN suspicious_activity_reports.activity_to IS 'Last day of the suspicious activity.';

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
