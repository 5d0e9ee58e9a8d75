-- compliance_db V5: the identity documents are the market's. V1 admitted a US customer's documents
-- (a driver's licence, a passport, a state id as national_id) and proofs of address. India's KYC
-- (RBI's Master Direction on KYC) adds the voter's identity card and the PAN card (Aadhaar is the
-- national id, a driving licence and a passport are as before). `dhub seed verify` checks that a
-- bank keeps to its own market's documents (realism.market_documents).
--
-- The rule was an unnamed column CHECK in V1: kyc_records_document_type_check in PostgreSQL,
-- CONSTRAINT_D5 in the H2 model jOOQ builds (see accounts_db V8).
/* [jooq ignore start] */
ALTER TABLE kyc_records DROP CONSTRAINT kyc_records_document_type_check;
/* [jooq ignore stop] */
ALTER TABLE kyc_records DROP CONSTRAINT IF EXISTS "CONSTRAINT_D5";
ALTER TABLE kyc_records ADD CONSTRAINT kyc_records_document_type_check CHECK (document_type IN (
    'passport', 'drivers_license', 'national_id', 'utility_bill', 'bank_statement', 'voter_id', 'pan'));
COMMENT ON COLUMN kyc_records.document_type IS 'The document shown: an identity document of the market (US: drivers_license, passport, national_id for a state id; India also voter_id and pan, national_id for Aadhaar) or a proof of address (utility_bill, bank_statement)';
