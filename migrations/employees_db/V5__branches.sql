-- employees_db V5: the bank's branches. employees.branch_code, employee_assignments.branch_code,
-- accounts_db.accounts.branch_code and customer_db.customer_profiles.home_branch_code name them; dhub
-- keeps those links (the last two cross databases), and `seed verify` checks them. No foreign key is
-- added to employees or employee_assignments, so that rows written before this migration stay valid.
CREATE TABLE branches (
    branch_code   VARCHAR(10)  PRIMARY KEY,
    branch_name   VARCHAR(100) NOT NULL,
    address_line  VARCHAR(200) NOT NULL,
    city          VARCHAR(100) NOT NULL,
    state         VARCHAR(50)  NOT NULL,
    postal_code   VARCHAR(20)  NOT NULL,
    country       VARCHAR(2)   NOT NULL,
    time_zone     VARCHAR(40)  NOT NULL,
    latitude      NUMERIC(8, 4) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude     NUMERIC(9, 4) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    opened_date   DATE         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
