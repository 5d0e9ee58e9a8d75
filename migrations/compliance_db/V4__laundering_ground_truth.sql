-- compliance_db V4: the ground truth of the injected laundering and of its benign look-alikes.
-- laundering_cases: one row per case, its typology (AMLSim's, plus structuring, dormant reactivation
-- and high-risk wires; house_sale, inheritance and bonus for the look-alikes), whether it is
-- laundering (is_illicit, as AMLSim's is_sar), its period and the money that came in from outside.
-- laundering_case_members: the accounts of the case (accounts_db ids) with their holder and role.
-- laundering_case_transactions: every accounts_db transaction the case booked, both legs of a
-- transfer between two accounts of the bank.
CREATE TABLE laundering_cases (
    case_id          BIGINT        PRIMARY KEY,
    typology         VARCHAR(20)   NOT NULL CHECK (typology IN ('fan_in', 'fan_out', 'cycle', 'scatter_gather',
                         'gather_scatter', 'bipartite', 'stack', 'random', 'structuring', 'dormant',
                         'high_risk_wire', 'house_sale', 'inheritance', 'bonus')),
    is_illicit       BOOLEAN       NOT NULL,
    start_date       DATE          NOT NULL,
    end_date         DATE          NOT NULL,
    amount_in        NUMERIC(14,2) NOT NULL CHECK (amount_in > 0),
    lead_customer_id BIGINT        NOT NULL,
    CONSTRAINT laundering_cases_period CHECK (end_date >= start_date)
);

CREATE TABLE laundering_case_members (
    member_id   BIGINT      PRIMARY KEY,
    case_id     BIGINT      NOT NULL REFERENCES laundering_cases (case_id),
    account_id  BIGINT      NOT NULL,
    customer_id BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    CONSTRAINT laundering_case_members_once UNIQUE (case_id, account_id)
);

CREATE TABLE laundering_case_transactions (
    case_id        BIGINT        NOT NULL REFERENCES laundering_cases (case_id),
    transaction_id BIGINT        NOT NULL,
    account_id     BIGINT        NOT NULL,
    direction      VARCHAR(6)    NOT NULL CHECK (direction IN ('debit', 'credit')),
    amount         NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (case_id, transaction_id)
);
CREATE INDEX laundering_case_transactions_tx_idx ON laundering_case_transactions (transaction_id);
