package io.dhub.generators.market;

/**
 * The amounts a market's rules and price lists fix, in cents of its currency, in its
 * {@code bank.properties} under the constant's name (a list separated by {@code |} where a
 * constant says so).
 */
public enum Amount {
    /** The fees a transaction account's terms charge, one per text of {@link Text#CHECKING_FEE_NAMES}. */
    CHECKING_FEES,
    /** The same for savings accounts. */
    SAVINGS_FEES,
    /** The fee for an item returned unpaid. */
    RETURNED_ITEM_FEE,
    /** A card statement's minimum payment, at least. */
    CARD_MINIMUM,
    /** The first late fee of a card, and the fee for a repeat within six statements (a regulated cap). */
    CARD_LATE_FEE,
    CARD_REPEAT_LATE_FEE,
    /** The unit of an ATM withdrawal (the notes it dispenses), and of a withdrawal at the counter. */
    ATM_WITHDRAWAL_UNIT,
    BRANCH_WITHDRAWAL_UNIT,
    /** Cash above which a bank reports a day's deposits (the currency transaction report). */
    CASH_REPORT,
    /** The smallest cash deposit that counts towards structuring under the report threshold. */
    STRUCTURING_MIN,
    /** A cash deposit large enough to start monitoring's rapid-movement rule. */
    LARGE_CASH,
    /** A wire to or from a high-risk country that monitoring reviews, at least. */
    WIRE_REVIEW,
    /** The suspicious activity a bank must report, at least (escalated alerts of a month reaching it). */
    SAR_THRESHOLD
}
