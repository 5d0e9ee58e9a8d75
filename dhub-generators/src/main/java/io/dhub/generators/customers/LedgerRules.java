package io.dhub.generators.customers;

import io.dhub.generators.spi.Weighted;

/**
 * The rules of an account's own transactions, in one object that a behaviour profile can override.
 * {@link #DEFAULT} is the specification. The salary range is the market's.
 *
 * @param minTransactions seed rule: 10-20 transactions per account
 * @param maxTransactions the upper end of that range
 * @param spending        seed rule: 70% spending, 30% income
 * @param spendingCap     seed rule: a spending takes at most 30% of the balance before it
 * @param manual          seed rule: 30% keyed in by hand
 * @param spendingType    purchases 40%, payments 25%, withdrawals 20%, transfers out 10%, fees 5%
 * @param incomeType      deposits 40%, salaries 30%, transfers in 15%, interest 10%, refunds 5%
 */
public record LedgerRules(int minTransactions, int maxTransactions, double spending, double spendingCap,
                          double manual, Weighted<String> spendingType, Weighted<String> incomeType) {
    public static final LedgerRules DEFAULT = new LedgerRules(10, 20, 0.70, 0.30, 0.30,
            Weighted.of("purchase", 40, "payment", 25, "withdrawal", 20, "transfer_out", 10, "fee", 5),
            Weighted.of("deposit", 40, "salary", 30, "transfer_in", 15, "interest", 10, "refund", 5));
}
