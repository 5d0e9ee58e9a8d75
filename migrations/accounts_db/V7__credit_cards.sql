-- accounts_db V7: credit cards and their monthly statements, for the high_utilization profile
-- (dhub seed all --profiles; docs/profiles.md). Empty without profiles.

-- A customer's credit card: its limit and APR, the account its payments come from, the entry among
-- the customer's counterparties the payments name, and how the holder pays (the minimum only, the
-- minimum with misses, or more than the minimum). Cards are not rows of accounts: the bank's deposit
-- accounts keep their own mix, ledgers and checks.
CREATE TABLE credit_cards (
    card_id            BIGINT        PRIMARY KEY,
    customer_id        BIGINT        NOT NULL REFERENCES customers (customer_id),
    payment_account_id BIGINT        NOT NULL REFERENCES accounts (account_id),
    counterparty_id    BIGINT        NOT NULL,
    card_last4         CHAR(4)       NOT NULL,
    credit_limit       NUMERIC(12,2) NOT NULL CHECK (credit_limit > 0),
    apr                NUMERIC(6,4)  NOT NULL CHECK (apr BETWEEN 0 AND 1),
    payment_habit      VARCHAR(10)   NOT NULL CHECK (payment_habit IN ('minimum', 'overdue', 'partial')),
    opened_date        DATE          NOT NULL
);
CREATE INDEX credit_cards_customer_idx ON credit_cards (customer_id);

-- One statement a month. closing = opening + purchases + interest + fees - payments; payments are
-- what was paid on the statement before; minimum_due = max(35, 1% of closing + interest + fees),
-- at most closing. paid and paid_date are what the holder paid on this statement (paid_date null
-- when nothing was paid; both null while it is not yet due); is_overdue: less than the minimum was
-- paid by the due date.
CREATE TABLE credit_card_statements (
    card_id        BIGINT        NOT NULL REFERENCES credit_cards (card_id),
    statement_date DATE          NOT NULL,
    due_date       DATE          NOT NULL,
    credit_limit   NUMERIC(12,2) NOT NULL CHECK (credit_limit > 0),
    apr            NUMERIC(6,4)  NOT NULL,
    opening        NUMERIC(12,2) NOT NULL,
    purchases      NUMERIC(12,2) NOT NULL CHECK (purchases >= 0),
    payments       NUMERIC(12,2) NOT NULL CHECK (payments >= 0),
    interest       NUMERIC(12,2) NOT NULL CHECK (interest >= 0),
    fees           NUMERIC(12,2) NOT NULL CHECK (fees >= 0),
    closing        NUMERIC(12,2) NOT NULL,
    minimum_due    NUMERIC(12,2) NOT NULL CHECK (minimum_due >= 0),
    paid           NUMERIC(12,2) CHECK (paid >= 0),
    paid_date      DATE,
    is_overdue     BOOLEAN       NOT NULL,
    PRIMARY KEY (card_id, statement_date),
    CONSTRAINT credit_card_statements_due CHECK (due_date > statement_date),
    CONSTRAINT credit_card_statements_paid CHECK (paid_date IS NULL OR paid > 0)
);
