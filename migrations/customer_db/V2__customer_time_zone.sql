-- customer_db V2: the customer's home time zone (an IANA name such as 'America/Chicago'), the zone
-- in which dhub draws the customer's events before storing them as timestamptz. Nullable, so that
-- rows written before this migration stay valid; dhub writes it for every customer.
ALTER TABLE customer_profiles ADD COLUMN time_zone VARCHAR(40);
