package io.dhub.generators.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of accounts_db.accounts, before its ledger has run (the balance comes from the ledger). A
 * deposit held for a term where the market's terms give it one (a recurring deposit, a fixed deposit)
 * carries the day its current term ends; every other account a null {@code maturityDate}.
 */
public record Account(long id, String number, long customerId, String type, String status,
                      BigDecimal openingBalance, BigDecimal interestRate, BigDecimal overdraftLimit,
                      String branchCode, LocalDate openedDate, OffsetDateTime createdAt, LocalDate maturityDate) {
    /** An account without a term. */
    public Account(long id, String number, long customerId, String type, String status, BigDecimal openingBalance,
                   BigDecimal interestRate, BigDecimal overdraftLimit, String branchCode, LocalDate openedDate,
                   OffsetDateTime createdAt) {
        this(id, number, customerId, type, status, openingBalance, interestRate, overdraftLimit, branchCode, openedDate,
                createdAt, null);
    }
}
