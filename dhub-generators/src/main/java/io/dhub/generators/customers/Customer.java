package io.dhub.generators.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One customer: the person behind customer_db.customer_profiles and accounts_db.customers. The
 * phone's area code is the home city's, and {@code timeZone} the city's, in which the customer's
 * events are drawn.
 */
public record Customer(long id, String number, String firstName, String lastName, String email, String phone,
                       String taxId, LocalDate dateOfBirth, String gender, String addressLine, String city,
                       String state, String postalCode, String timeZone, String occupation, BigDecimal annualIncome, String segment,
                       String preferredChannel, boolean marketingOptIn, String status, LocalDate customerSince,
                       OffsetDateTime createdAt) {
}
