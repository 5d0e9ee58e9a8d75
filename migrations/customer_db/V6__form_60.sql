-- customer_db V6: a customer without a PAN declares Form 60. In India a person whose income stays below
-- the basic exemption limit need not hold a PAN (Income-tax Act s.139A) and opens an account with Form
-- 60 instead (Income-tax Rules, rule 114B); accounts_db V11 lets such a customer's tax_id be NULL, and
-- the bank keeps the declaration's reference here. `dhub seed verify` checks that a customer has a tax
-- id or a Form 60, never both, and that only those the market allows declare one (realism.form_60).
-- PostgreSQL named V5's column CHECK customer_identifiers_identifier_type_check, the H2 model jOOQ
-- builds CONSTRAINT_FCF: each side drops its own (see accounts_db V8).
/* [jooq ignore start] */
ALTER TABLE customer_identifiers DROP CONSTRAINT customer_identifiers_identifier_type_check;
/* [jooq ignore stop] */
ALTER TABLE customer_identifiers DROP CONSTRAINT IF EXISTS "CONSTRAINT_FCF";
ALTER TABLE customer_identifiers ADD CONSTRAINT customer_identifiers_identifier_type_check CHECK (identifier_type IN (
    'aadhaar_masked', 'ckyc', 'upi_id', 'gstin', 'form_60'));
COMMENT ON TABLE customer_identifiers IS 'Identifiers the bank keeps for a customer beside the tax id, as the market issues them: in India a masked Aadhaar, the CKYC number, the UPI id, a business''s GSTIN and, for a customer without a PAN, the reference of their Form 60; none in the US market. Written by phase 2, at most one of each type per customer.';
COMMENT ON COLUMN customer_identifiers.identifier_type IS 'aadhaar_masked (XXXX XXXX and the last four digits: a bank keeps no full Aadhaar number), ckyc (the 14-digit number of the Central KYC Registry), upi_id (the customer''s UPI address, name@handle), gstin (a business''s 15-character GST registration: state code, PAN, entity number, Z, check character) or form_60 (the bank''s reference, F60- and ten digits, of the declaration of a customer who holds no PAN).';
COMMENT ON COLUMN customer_identifiers.identifier_value IS 'The identifier as issued, unique per type except a masked Aadhaar; a bijection of the customer''s number (an Aadhaar''s four digits, a CKYC number, a Form 60 reference), the mobile number (a UPI id) or the PAN (a GSTIN), never a real one. Personal data.';
