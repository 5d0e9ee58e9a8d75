-- accounts_db V11: a customer may hold no tax id. In India a person whose income stays below the basic
-- exemption limit need not hold a PAN (Income-tax Act s.139A) and declares Form 60 instead (Income-tax
-- Rules, rule 114B): such a customer's tax_id is NULL, and customer_db.customer_identifiers keeps the
-- declaration (customer_db V6). A US customer always has one; `dhub seed verify` checks both
-- (realism.form_60). Tax ids stay unique.
ALTER TABLE customers ALTER COLUMN tax_id DROP NOT NULL;
COMMENT ON COLUMN customers.tax_id IS 'Tax identifier in the market''s format, unique (US: ITIN-shaped 9AA-GG-SSSS, never a real SSN; India: the PAN), or NULL for a customer who declared Form 60 instead (India: no PAN below the basic exemption limit; the declaration is in customer_db.customer_identifiers). Personal data.';
