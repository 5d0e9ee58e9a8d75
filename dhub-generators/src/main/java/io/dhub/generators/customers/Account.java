package io.dhub.generators.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of accounts_db.accounts, before its ledger has run (the balance comes from the ledger). */
public record Account(long id, String number, long customerId, String type, String status,
                      BigDecimal openingBalance, BigDecimal interestRate, BigDecimal overdraftLimit,
                      String branchCode, LocalDate openedDate, OffsetDateTime createdAt) {
}
