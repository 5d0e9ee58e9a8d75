package io.dhub.generators.loans;

import java.time.LocalDate;

/**
 * A loan application: id customer·4 + i. Decided applications carry a decision date 1-30 days
 * after applying; approved ones a disbursement date, the account the money goes to, and what the
 * loan will come to ({@code outcome}: its status at the as-of date). The bank's view when deciding:
 * the origination score, the rate it prices the risk at, and the debt-to-income ratio in percent
 * (all the customer's loan payments so far and this one, against gross monthly income).
 */
public record Application(long id, long customerId, LoanType type, long requestedCents, int termMonths,
                          String purpose, LocalDate applied, String status, LocalDate decided, LocalDate disbursed,
                          long linkedAccountId, String outcome, int score, double ratePercent, double dti) {
    public boolean approved() {
        return "approved".equals(status);
    }
}
