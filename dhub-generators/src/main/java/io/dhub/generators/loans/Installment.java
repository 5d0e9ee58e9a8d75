package io.dhub.generators.loans;

import java.time.LocalDate;

/**
 * One row of the amortization schedule, in cents.
 *
 * @param number    1-based installment number
 * @param due       due date, monthly from the first payment date
 * @param principal principal part
 * @param interest  interest part
 * @param remaining principal left after this installment
 * @param status    paid, late, missed or scheduled
 * @param paidOn    actual payment date, for paid and late
 * @param paidCents amount actually paid, for paid and late
 */
public record Installment(int number, LocalDate due, long principal, long interest, long remaining, String status,
                          LocalDate paidOn, long paidCents) {
    public long total() {
        return principal + interest;
    }

    public boolean paid() {
        return "paid".equals(status) || "late".equals(status);
    }
}
