/**
 * Phase 7, compliance: each customer's due diligence (identity documents, risk rating, periodic
 * reviews and the screening at each), consents, and an audit trail with one row for every workflow
 * fact the other phases record (loan decisions, policy issues, claim decisions, profile reads) and
 * the customers' logins. Everything here is read from the other domains' records of the customer;
 * nothing here changes a ledger.
 */
package io.dhub.generators.compliance;
