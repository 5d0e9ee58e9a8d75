package io.dhub.generators.customers;

import java.time.LocalDate;

/**
 * Money another domain moves through one of a customer's accounts (a loan's disbursement or
 * repayment today; premiums, payouts and injected transfers later). The ledger merges flows with the
 * account's own transactions in time and knows nothing of where they come from.
 *
 * @param day              the day the money moves
 * @param dated            the date that places it inside or outside the window a ledger stores (a loan
 *                         installment's payment date, which the posting may follow by a day or two)
 * @param hour             the hour of day (UTC) it is booked at
 * @param credit           into the account (true) or out of it
 * @param cents            amount
 * @param type             the transaction type it is booked as
 * @param channel          the channel it is booked through
 * @param reference        the id of what it belongs to (stored with the transaction), or null
 * @param tag              what the reference is: a loan, a policy or a claim (the transaction's column)
 * @param description      statement text
 * @param coverDescription statement text of the transfer in that covers a debit the balance cannot
 * @param counterpartyAccountId the account of the bank on the other side (its ledger books the other leg), or null
 * @param counterpartyName the party elsewhere on the other side, or null
 * @param counterpartyCountry that party's country, or null
 * @param instant          the instant (epoch second) it is booked at, when both legs of a transfer between
 *                         customers in different time zones must share it; null for the day and hour in
 *                         the account holder's time zone
 */
public record LedgerFlow(LocalDate day, LocalDate dated, int hour, boolean credit, long cents, String type, String channel,
                         Long reference, Tag tag, String description, String coverDescription,
                         Long counterpartyAccountId, String counterpartyName, String counterpartyCountry,
                         Long instant) {
    /**
     * Which column of the transaction the reference goes to; a CASE reference (a laundering case or its
     * benign look-alike) goes to no column of accounts_db: the ground truth stays in compliance_db.
     */
    public enum Tag { LOAN, POLICY, CLAIM, CASE }

    /** A flow with no counterparty (a loan's or a policy's money). */
    public LedgerFlow(LocalDate day, LocalDate dated, int hour, boolean credit, long cents, String type, String channel,
                      Long reference, Tag tag, String description, String coverDescription) {
        this(day, dated, hour, credit, cents, type, channel, reference, tag, description, coverDescription, null, null,
                null, null);
    }
}
