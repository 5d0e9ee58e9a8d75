-- customer_db V3: the customer's home branch (employees_db.branches.branch_code), the branch nearest
-- the customer's city, where most of their accounts are held and most of the staff who serve them
-- work. Nullable, so that rows written before this migration stay valid; dhub writes it for every customer.
ALTER TABLE customer_profiles ADD COLUMN home_branch_code VARCHAR(10);
