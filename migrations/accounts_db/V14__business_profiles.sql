-- accounts_db V14: a business customer's firm as India registers it (--market in; the US market writes
-- none). The customer is the person who banks for the business (its proprietor, a partner or a director);
-- the firm is constituted as a proprietorship (taxed under its owner's PAN), a partnership firm or an LLP
-- (a firm's PAN, fourth letter F) or a private limited company (C). Its Udyam registration (from 1 July
-- 2020) classes it as a micro, small or medium enterprise by its investment and turnover under the
-- thresholds in force on the as-of date (S.O. 2119(E) until 31 March 2025, S.O. 1364(E) from 1 April
-- 2025). Its turnover is its main account's receipts over the last year the ledger holds, annualised, times its
-- cash sales' share (1.02-1.18), as the GST returns it files would declare. `dhub seed verify` checks
-- each rule (realism.business_profiles, realism.msme_class).
CREATE TABLE business_profiles (
    customer_id       BIGINT        PRIMARY KEY REFERENCES customers (customer_id),
    legal_name        VARCHAR(120)  NOT NULL,
    constitution      VARCHAR(20)   NOT NULL CHECK (constitution IN ('proprietorship', 'partnership', 'llp',
                                                                     'private_limited')),
    pan               CHAR(10)      NOT NULL,
    gstin             CHAR(15),
    state_code        CHAR(2)       NOT NULL,
    nic_code          CHAR(4)       NOT NULL,
    industry          VARCHAR(120)  NOT NULL,
    commenced_date    DATE          NOT NULL,
    udyam_number      CHAR(19),
    udyam_registered  DATE,
    msme_category     VARCHAR(10)   CHECK (msme_category IN ('micro', 'small', 'medium')),
    investment        NUMERIC(16,2) NOT NULL CHECK (investment >= 0),
    annual_turnover   NUMERIC(16,2) NOT NULL CHECK (annual_turnover >= 0),
    turnover_from     DATE          NOT NULL,
    gst_rate          SMALLINT      NOT NULL CHECK (gst_rate IN (5, 12, 18, 28, 40)),
    filing_frequency  VARCHAR(10)   NOT NULL CHECK (filing_frequency IN ('monthly', 'quarterly')),
    CONSTRAINT business_profiles_udyam_dated CHECK ((udyam_number IS NULL) = (udyam_registered IS NULL)),
    CONSTRAINT business_profiles_pan_once UNIQUE (pan)
);
COMMENT ON TABLE business_profiles IS 'A business customer''s firm as the market registers it (India; none in the US market): constitution, PAN, GSTIN, NIC class, Udyam registration and MSME class, turnover and GST filing. Written by phase 2, one row per business customer.';
COMMENT ON COLUMN business_profiles.customer_id IS 'The customer who banks for the firm (its proprietor, a partner or a director) → accounts_db.customers.customer_id.';
COMMENT ON COLUMN business_profiles.legal_name IS 'The firm''s name as registered: a proprietorship trades under the owner''s surname and its trade (Iyer Garments), a partnership as Brothers or & Co., an LLP and a private limited company with their suffixes. Personal data (a proprietorship''s carries its owner''s surname).';
COMMENT ON COLUMN business_profiles.constitution IS 'proprietorship, partnership, llp or private_limited.';
COMMENT ON COLUMN business_profiles.pan IS 'The PAN the firm is taxed under: a proprietorship''s is its owner''s (customers.tax_id); a firm''s or an LLP''s has the fourth letter F, a company''s C, the fifth the initial of its name. Unique. Never a real one. Personal data (a proprietorship''s is its owner''s).';
COMMENT ON COLUMN business_profiles.gstin IS 'The firm''s GSTIN (state code, its PAN, entity number, Z, check character), as customer_db.customer_identifiers keeps it; NULL when the firm was not registered by the as-of date (GST began on 1 July 2017). Personal data.';
COMMENT ON COLUMN business_profiles.state_code IS 'The GST code of the state the firm is registered in: its owner''s address''s.';
COMMENT ON COLUMN business_profiles.nic_code IS 'The firm''s activity: a class (four digits) of the National Industrial Classification 2008, which follows ISIC Rev. 4.';
COMMENT ON COLUMN business_profiles.industry IS 'The NIC-2008 class''s name.';
COMMENT ON COLUMN business_profiles.commenced_date IS 'The day the firm began business: on or before the day it became a customer, not before its owner turned 18.';
COMMENT ON COLUMN business_profiles.udyam_number IS 'The Udyam registration number, UDYAM-<state letters>-<district number>-<seven digits>; NULL when the firm had not registered by the as-of date. Unique. Personal data.';
COMMENT ON COLUMN business_profiles.udyam_registered IS 'The day the firm registered on Udyam (from 1 July 2020; within a year of it, or of commencing); NULL with the number.';
COMMENT ON COLUMN business_profiles.msme_category IS 'micro, small or medium under the thresholds in force on the as-of date, from investment and annual_turnover; NULL for a firm not registered on Udyam or above the medium limits.';
COMMENT ON COLUMN business_profiles.investment IS 'Investment in plant and machinery or equipment, in the market''s currency.';
COMMENT ON COLUMN business_profiles.annual_turnover IS 'Turnover of a year, in whole units of the market''s currency: the receipts of the firm''s main account (the customer''s first savings or current account: a small firm banks through its owner''s everyday account as often as a current account) from turnover_from to the as-of date (credits from parties outside the bank, not the holder''s own money, no loan, policy or claim money, no interest or refund), annualised, times the firm''s cash sales'' share (1.02-1.18): what its GST returns would declare were all its sales banked there; 0 when no receipt reaches the bank (the firm banks elsewhere).';
COMMENT ON COLUMN business_profiles.turnover_from IS 'The first day of the receipts annual_turnover counts: a year before the as-of date, or the first day the main account''s stored ledger holds when later.';
COMMENT ON COLUMN business_profiles.gst_rate IS 'The GST rate in percent of what the firm mainly sells, as in force on the as-of date (5, 12, 18 or 28 before 22 September 2025; 5, 18 or 40 from it).';
COMMENT ON COLUMN business_profiles.filing_frequency IS 'How the firm files GST returns: quarterly under QRMP (allowed up to Rs 5 crore of turnover) or monthly.';
