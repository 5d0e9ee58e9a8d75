/**
 * loans_db: the loan book. Applications, loan terms, amortization schedules and what was paid
 * belong to the customer and come from the customer's streams, because the account ledgers carry
 * the disbursements and repayments; officers, collateral, guarantors and assessments are phase 5's
 * own draws.
 */
package io.dhub.generators.loans;
