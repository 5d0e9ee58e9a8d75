-- compliance_db V9: not every identity document expires. India's Aadhaar and voter's identity card
-- (EPIC) carry no expiry, so their kyc_records rows have none. Descriptions only:
-- `dhub seed verify` holds an expiry to exactly the documents of the market that expire
-- (compliance.kyc_documents).
COMMENT ON COLUMN kyc_records.expiry_date IS 'Expiry of an identity document that expires (issued within its validity: US licences and state ids 8 years, passports 10; India''s driving licences 20, passports 10); null for a proof of address and for a document that does not expire (India''s Aadhaar and voter''s identity card).';
