package io.dhub.generators.loans;

import java.time.LocalDate;
import java.util.List;

/** A loan, from an approved application (loan id = application id), with its schedule as paid so far. */
public record Loan(Application application, long principalCents, double ratePercent, int termMonths,
                   long paymentCents, LocalDate disbursed, LocalDate firstPayment, LocalDate maturity, String status,
                   long outstandingCents, List<Installment> schedule) {
    public long id() {
        return application.id();
    }
}
