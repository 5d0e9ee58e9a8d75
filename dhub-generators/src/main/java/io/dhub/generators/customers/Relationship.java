package io.dhub.generators.customers;

import java.time.LocalDate;

/** One row of accounts_db.account_relationships. */
public record Relationship(long id, long accountId, long customerId, String type, Long linkedAccountId,
                           LocalDate startDate) {
}
