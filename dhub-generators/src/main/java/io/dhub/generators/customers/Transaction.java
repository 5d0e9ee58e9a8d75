package io.dhub.generators.customers;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One row of accounts_db.transactions; {@code balanceAfter} is the account's running balance. Money
 * of other domains carries the loan, policy or claim it belongs to. A transfer or wire names its
 * counterparty: another account of the bank, or a party elsewhere with its name and country. A leg of
 * an injected laundering case (or its benign look-alike) knows its case, which accounts_db does not
 * store: compliance_db holds the ground truth. A profiled customer's income and debt payments name
 * their payer or lender ({@code counterpartyId}, accounts_db.counterparties); a debit returned unpaid
 * has status {@code reversed} and its reason, and the fee it drew names it ({@code parentId}).
 */
public record Transaction(long id, long accountId, String type, boolean credit, BigDecimal amount,
                          BigDecimal balanceAfter, OffsetDateTime at, String channel, boolean manual, String status,
                          String reference, String description, String merchantName, String merchantCategory,
                          Long loanId, Long policyId, Long claimId, Long counterpartyAccountId,
                          String counterpartyName, String counterpartyCountry, Long caseId, Long counterpartyId,
                          String returnReason, Long parentId) {
}
