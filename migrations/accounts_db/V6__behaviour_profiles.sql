-- accounts_db V6: behaviour profiles (dhub seed all --profiles; docs/profiles.md). Empty without
-- profiles, which is the default: then every row follows the seed documents' rules as before.

-- The profile each profiled customer lives by, and the parameters it was given. Customers 1-13 are
-- the showcases, one per profile. The profile's rules replace the seed documents' own-transaction
-- rules on the main account (and on a savings builder's savings account). params holds the monthly model's parameters (docs/profiles.md).
CREATE TABLE customer_behaviour (
    customer_id      BIGINT      PRIMARY KEY REFERENCES customers (customer_id),
    market           CHAR(2)     NOT NULL,
    profile          VARCHAR(30) NOT NULL CHECK (profile IN ('balanced', 'stable_income', 'variable_income',
                         'seasonal', 'growing', 'declining', 'high_debt', 'high_bounce', 'customer_concentration',
                         'high_utilization', 'subscription_heavy', 'savings_builder', 'overspender')),
    occupation_class VARCHAR(10) NOT NULL CHECK (occupation_class IN ('retail', 'business', 'gig')),
    showcase         BOOLEAN     NOT NULL,
    main_account_id  BIGINT      NOT NULL REFERENCES accounts (account_id),
    savings_account_id BIGINT    REFERENCES accounts (account_id),
    history_months   INTEGER     NOT NULL CHECK (history_months > 0),
    params           JSONB       NOT NULL
);

-- The mix the run drew profiles from: each profile's share among customers of a class (0 where it
-- does not apply or was given no weight). seed verify judges the assignment against it.
CREATE TABLE profile_weights (
    occupation_class VARCHAR(10)  NOT NULL CHECK (occupation_class IN ('retail', 'business', 'gig')),
    profile          VARCHAR(30)  NOT NULL,
    share            NUMERIC(9,8) NOT NULL CHECK (share BETWEEN 0 AND 1),
    PRIMARY KEY (occupation_class, profile)
);

-- Who pays a profiled customer's income and whom its debts are paid to: employers, platforms,
-- buyers, lenders. weight is the share of the income (payers) or of the debt payments (lenders).
CREATE TABLE counterparties (
    counterparty_id BIGINT       PRIMARY KEY,
    customer_id     BIGINT       NOT NULL REFERENCES customers (customer_id),
    name            VARCHAR(120) NOT NULL,
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('employer', 'platform', 'buyer', 'supplier', 'merchant',
                        'lender', 'subscription')),
    weight          NUMERIC(6,4) NOT NULL CHECK (weight BETWEEN 0 AND 1)
);
CREATE INDEX counterparties_customer_idx ON counterparties (customer_id);

-- A customer's subscriptions, charged to the account as card purchases on the billing day:
-- monthly (billing_day 1-28) or weekly (billing_day = ISO weekday, 1 Monday).
CREATE TABLE subscriptions (
    subscription_id BIGINT        PRIMARY KEY,
    customer_id     BIGINT        NOT NULL REFERENCES customers (customer_id),
    account_id      BIGINT        NOT NULL REFERENCES accounts (account_id),
    merchant        VARCHAR(120)  NOT NULL,
    amount          NUMERIC(10,2) NOT NULL CHECK (amount > 0),
    currency        CHAR(3)       NOT NULL,
    cycle           VARCHAR(10)   NOT NULL CHECK (cycle IN ('weekly', 'monthly')),
    billing_day     SMALLINT      NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE,
    last_used       DATE,
    CONSTRAINT subscriptions_billing_day CHECK (billing_day BETWEEN 1 AND CASE cycle WHEN 'weekly' THEN 7 ELSE 28 END),
    CONSTRAINT subscriptions_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX subscriptions_customer_idx ON subscriptions (customer_id);

-- Transactions: the payer or lender (counterparty_id), and returned debits. A debit returned unpaid
-- (an ACH return, with its NACHA reason code) is stored with status 'reversed' and leaves the balance
-- unchanged; the fee it draws names it in parent_transaction_id. ('reversed' is the status the schema
-- already had for a transaction undone; the profile specification's 'returned' is the same fact.)
ALTER TABLE transactions ADD COLUMN counterparty_id BIGINT;
ALTER TABLE transactions ADD COLUMN return_reason VARCHAR(60);
ALTER TABLE transactions ADD COLUMN parent_transaction_id BIGINT;
ALTER TABLE transactions ADD CONSTRAINT transactions_return_reversed
    CHECK (return_reason IS NULL OR (status = 'reversed' AND direction = 'debit'));
CREATE INDEX transactions_counterparty_id_idx ON transactions (counterparty_id);
