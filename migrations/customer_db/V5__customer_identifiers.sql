-- customer_db V5: the identifiers a market's bank keeps for a customer beside the tax id of
-- accounts_db.customers: in India a masked Aadhaar, the Central KYC Registry's number, the UPI id the
-- customer pays with and, for a business, its GSTIN. The United States market stores none yet, so
-- its rows are unchanged. `dhub seed verify` checks every value's form (realism.identifier_forms),
-- the GSTIN against the holder's PAN and state (realism.gstins) and that every customer who paid by
-- UPI has a UPI id (realism.upi_ids).
CREATE TABLE customer_identifiers (
    customer_id      BIGINT      NOT NULL REFERENCES customer_profiles (customer_id),
    identifier_type  VARCHAR(20) NOT NULL CHECK (identifier_type IN ('aadhaar_masked', 'ckyc', 'upi_id', 'gstin')),
    identifier_value VARCHAR(60) NOT NULL,
    recorded_date    DATE        NOT NULL,
    PRIMARY KEY (customer_id, identifier_type)
);
-- A masked Aadhaar keeps four digits of twelve, so many customers share one; every other identifier
-- is one holder's.
/* [jooq ignore start] */
CREATE UNIQUE INDEX customer_identifiers_value_once ON customer_identifiers (identifier_type, identifier_value)
    WHERE identifier_type <> 'aadhaar_masked';
/* [jooq ignore stop] */

COMMENT ON TABLE customer_identifiers IS 'Identifiers the bank keeps for a customer beside the tax id, as the market issues them: in India a masked Aadhaar, the CKYC number, the UPI id and a business''s GSTIN; none in the US market. Written by phase 2, at most one of each type per customer.';
COMMENT ON COLUMN customer_identifiers.customer_id IS 'The holder → customer_db.customer_profiles.customer_id.';
COMMENT ON COLUMN customer_identifiers.identifier_type IS 'aadhaar_masked (XXXX XXXX and the last four digits: a bank keeps no full Aadhaar number), ckyc (the 14-digit number of the Central KYC Registry), upi_id (the customer''s UPI address, name@handle) or gstin (a business''s 15-character GST registration: state code, PAN, entity number, Z, check character).';
COMMENT ON COLUMN customer_identifiers.identifier_value IS 'The identifier as issued, unique per type except a masked Aadhaar; a bijection of the customer''s number (an Aadhaar''s four digits, a CKYC number), the mobile number (a UPI id) or the PAN (a GSTIN), never a real one. Personal data.';
COMMENT ON COLUMN customer_identifiers.recorded_date IS 'The day the bank recorded it: at account opening, or when the scheme began (CKYC 2017, UPI 2016, GST 2017), before any use in the ledger.';
