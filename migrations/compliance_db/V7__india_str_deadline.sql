-- compliance_db V7: a suspicious activity report is due by its market's deadline. A bank seeded in
-- India (--market in) files suspicious transaction reports (numbered STR…) with FIU-IND within seven
-- working days of the review that escalated the alerts (PML (Maintenance of Records) Rules 2005,
-- rule 8(2)), suspect or not; the US keeps FinCEN's 30 days (60 with no suspect). Descriptions only:
-- `dhub seed verify` holds each bank to its market's deadline (compliance.reports).
COMMENT ON TABLE suspicious_activity_reports IS 'Suspicious activity reports (in India suspicious transaction reports to FIU-IND): the escalated alerts of a customer in a month make one report when the largest amount behind them reaches the market''s threshold ($5,000 in the US, Rs 2 lakh in India), filed by the market''s deadline from the review (in the US within 30 days, 60 with no suspect; in India within seven working days) or still a draft. Written by phase 7.';
COMMENT ON COLUMN suspicious_activity_reports.sar_number IS 'Report number as filed, unique: SAR and ten digits in the US, STR and ten digits in India.';
COMMENT ON COLUMN suspicious_activity_reports.due_date IS 'Filing deadline: in the US 30 days after the review, 60 when no suspect is identified; in India the seventh working (banking) day after it.';
COMMENT ON COLUMN suspicious_activity_reports.suspect_identified IS 'Whether a suspect is identified (in the US it extends the deadline to 60 days; in India it does not).';
