-- employees_db V9: the codes a payment system routes to a branch by. India's IFSC (the bank's four
-- letters, 0, and six characters naming the branch) is the first; the United States market stores
-- none yet, so its rows are unchanged. `dhub seed verify` checks the form and that all branches name
-- one bank (realism.branch_codes).
CREATE TABLE branch_routing_codes (
    branch_code  VARCHAR(10) NOT NULL REFERENCES branches (branch_code),
    scheme       VARCHAR(20) NOT NULL CHECK (scheme IN ('ifsc')),
    routing_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (branch_code, scheme),
    CONSTRAINT branch_routing_codes_once UNIQUE (scheme, routing_code)
);

COMMENT ON TABLE branch_routing_codes IS 'The codes payment systems route to each branch by: in India its IFSC; none in the US market. Written by phase 1.';
COMMENT ON COLUMN branch_routing_codes.branch_code IS 'The branch → employees_db.branches.branch_code.';
COMMENT ON COLUMN branch_routing_codes.scheme IS 'ifsc: the Indian Financial System Code of RTGS, NEFT and IMPS.';
COMMENT ON COLUMN branch_routing_codes.routing_code IS 'The code, unique per scheme: an IFSC is the bank''s four letters, 0, and six characters naming the branch (here its number, as most Indian banks write it).';
