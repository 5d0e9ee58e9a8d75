package io.dhub.generators.loans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The level-payment schedule: payment = P·r / (1 − (1 + r)^−n) with r the monthly rate; each
 * month's interest is the remaining principal × r (to the cent), the rest of the payment repays
 * principal, and the last installment repays whatever principal is left, so the principal parts
 * add up to the principal exactly.
 */
public final class Amortization {
    private Amortization() {
    }

    /** The level monthly payment in cents. */
    public static long payment(long principalCents, double annualRatePercent, int months) {
        double r = annualRatePercent / 100 / 12;
        return Math.round(principalCents * r / (1 - Math.pow(1 + r, -months)));
    }

    /** The plan, before any payment: principal and interest per month, status left to the caller. */
    public static List<Installment> plan(long principalCents, double annualRatePercent, int months, LocalDate first) {
        double r = annualRatePercent / 100 / 12;
        long payment = payment(principalCents, annualRatePercent, months);
        long remaining = principalCents;
        List<Installment> out = new ArrayList<>(months);
        for (int i = 1; i <= months; i++) {
            long interest = Math.round(remaining * r);
            long principal = i == months ? remaining : Math.min(remaining, Math.max(0, payment - interest));
            remaining -= principal;
            out.add(new Installment(i, first.plusMonths(i - 1), principal, interest, remaining, "scheduled", null, 0));
        }
        return out;
    }
}
