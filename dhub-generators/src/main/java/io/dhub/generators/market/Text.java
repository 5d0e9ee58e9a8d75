package io.dhub.generators.market;

/**
 * The texts a market's bank writes: statement lines, and the patterns of names its customers deal
 * with. Each market's {@code bank.properties} gives every one of them, under the constant's name; a
 * {@code {}} is a blank, filled in order ({@link Market#text(Text, String)}).
 */
public enum Text {
    /** A transfer from another account of the bank: {account number}. */
    TRANSFER_FROM_ACCOUNT,
    /** A transfer to another account of the bank: {account number}. */
    TRANSFER_TO_ACCOUNT,
    TRANSFER_FROM_OTHER_BANK,
    TRANSFER_TO_OTHER_BANK,
    WIRE_IN,
    WIRE_OUT,
    /** A card purchase at a till: {merchant}. */
    CARD_PURCHASE,
    /** A card purchase online: {merchant}. */
    ONLINE_PURCHASE,
    /** A purchase paid from a phone, in a shop or online (the market's phone rail): {merchant}. */
    PHONE_PURCHASE,
    /** A bill the biller collects from the account (the batch rail): {biller}. */
    BILL_COLLECTED,
    /** A bill the holder pays: {biller}. */
    BILL_PAID,
    /** {merchant}. */
    REFUND,
    ATM_WITHDRAWAL,
    BRANCH_WITHDRAWAL,
    ATM_DEPOSIT,
    BRANCH_DEPOSIT,
    /** A cheque deposited with the phone. */
    MOBILE_DEPOSIT,
    INTEREST_CREDIT,
    /** A term deposit's interest paid to the holder's linked account. */
    INTEREST_TO_LINKED,
    /** A recurring deposit's instalment by standing instruction, out of the paying account: {the deposit's number}. */
    RD_INSTALMENT_OUT,
    /** The same instalment into the recurring deposit: {the paying account's number}. */
    RD_INSTALMENT_IN,
    /** A recurring deposit's instalment paid in cash at the branch. */
    RD_INSTALMENT_CASH,
    /** The fees a transaction account's terms charge, one per line of {@link Amount#CHECKING_FEES}, separated by {@code |}. */
    CHECKING_FEE_NAMES,
    /** The same for savings accounts ({@link Amount#SAVINGS_FEES}). */
    SAVINGS_FEE_NAMES,
    /** The fee for an item returned unpaid. */
    RETURNED_ITEM,
    /** A salary from the employer's payroll: {employer}. */
    PAYROLL_DEPOSIT,
    /** A pension or public benefit: {payer}. */
    BENEFIT_DEPOSIT,
    /** Pay from an employer or a platform under a profile: {payer}. */
    DIRECT_DEPOSIT,
    /** A gig platform's payout: {platform}. */
    PLATFORM_PAYOUT,
    /** A business customer's receipt from a buyer on the batch rail: {buyer}. */
    BATCH_CREDIT,
    /** {merchant}. */
    SUBSCRIPTION,
    /** A repayment to a lender elsewhere, collected on the batch rail: {lender}. */
    LOAN_DEBIT,
    /** The return code of a debit returned unpaid for insufficient funds. */
    RETURN_UNPAID,
    /** A debit presented again after it was returned: {its first text}. */
    PRESENTED_AGAIN,
    /** The payment of a card of the bank: {last four digits}. */
    CARD_PAYMENT,
    /** A mortgage's closing costs, paid to the settlement agent. */
    MORTGAGE_CLOSING_COSTS,
    /** An auto loan's down payment to the dealer. */
    AUTO_DOWN_PAYMENT,
    /** A two-wheeler loan's down payment to the dealer (India's product). */
    TWO_WHEELER_DOWN_PAYMENT,
    /** What the holder moves in to cover a loan's closing. */
    COVER_LOAN_CLOSING,
    /** {loan type code}. */
    LOAN_DISBURSEMENT,
    /** {loan type code}. */
    LOAN_REPAYMENT,
    COVER_LOAN_REPAYMENT,
    /** {line code}, {policy number}. */
    INSURANCE_PREMIUM,
    COVER_INSURANCE_PREMIUM,
    /** A government scheme's yearly premium, debited by the bank: {scheme}, {scheme year, e.g. 2025-26}. */
    SCHEME_PREMIUM,
    /** {line code}, {claim number}. */
    CLAIM_PAYOUT,
    /** A laundering case's receipt from an estate: {person}. */
    ESTATE_OF,
    /** A laundering case's bonus from a firm: {firm}. */
    BONUS_PAYMENT,
    /** A family trust that is an insurance beneficiary: {surname}. */
    FAMILY_TRUST,
    /** A charity that is an insurance beneficiary: {city}, {kind of charity from {@link Catalogue#CHARITIES}}. */
    CHARITY
}
