package io.dhub.generators.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One customer: the person behind customer_db.customer_profiles and accounts_db.customers. The
 * phone's area code is the home city's, and {@code timeZone} the city's, in which the customer's
 * events are drawn. {@code pay} is the salary or pension that lands in the customer's main
 * transaction account.
 */
public record Customer(long id, String number, String firstName, String lastName, String email, String phone,
                       String taxId, LocalDate dateOfBirth, String gender, String addressLine, String city,
                       String state, String postalCode, String timeZone, String homeBranch, String occupation, BigDecimal annualIncome, String segment,
                       String preferredChannel, boolean marketingOptIn, String status, LocalDate customerSince,
                       OffsetDateTime createdAt, Pay pay) {
    /**
     * What a customer's employer (or pension fund) pays into the bank: by whom, how often
     * ({@code weekly}, {@code biweekly}, {@code semimonthly}, {@code monthly}), the same net amount
     * each time, and for biweekly pay the Friday it counts from. Null for those paid nothing steady.
     */
    public record Pay(String payer, boolean pension, String frequency, long cents, LocalDate anchor) {
    }
}
