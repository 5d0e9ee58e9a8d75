-- compliance_db V8: India's customers show Aadhaar and passports. Aadhaar (the national_id of V5) is
-- numbered by UIDAI's offline e-KYC reference id, since a bank keeps no Aadhaar number; an Indian
-- passport is a letter and seven digits. Descriptions only: `dhub seed verify` holds every number to
-- its issuer's form (realism.document_forms).
COMMENT ON COLUMN kyc_records.document_number IS 'The document''s number in the market''s format for its type, unique per type, never a real one: in the US a passport''s letter and eight digits, nine digits for the others; in India a voter''s card three letters and seven digits, a driving licence the letters of the holder''s state, the RTO''s two digits, the year of issue and seven digits, a passport a letter and seven digits, and an Aadhaar its offline e-KYC reference id (the last four digits of the masked Aadhaar the bank keeps and the download''s local time, yyyyMMddHHmmssSSS). Personal data.';
