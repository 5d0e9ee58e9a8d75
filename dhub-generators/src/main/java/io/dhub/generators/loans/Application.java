package io.dhub.generators.loans;

import java.time.LocalDate;

/**
 * A loan application: id customer·4 + i. Decided applications carry a decision date 1-30 days
 * after applying; approved ones a disbursement date and the account the money goes to.
 */
public record Application(long id, long customerId, LoanType type, long requestedCents, int termMonths,
                          String purpose, LocalDate applied, String status, LocalDate decided, LocalDate disbursed,
                          long linkedAccountId) {
    public boolean approved() {
        return "approved".equals(status);
    }
}
