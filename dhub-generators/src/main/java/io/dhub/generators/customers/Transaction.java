package io.dhub.generators.customers;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One row of accounts_db.transactions; {@code balanceAfter} is the account's running balance. Money
 * of other domains carries the loan, policy or claim it belongs to.
 */
public record Transaction(long id, long accountId, String type, boolean credit, BigDecimal amount,
                          BigDecimal balanceAfter, OffsetDateTime at, String channel, boolean manual, String status,
                          String reference, String description, String merchantName, String merchantCategory,
                          Long loanId, Long policyId, Long claimId) {
}
