package io.dhub.generators.market;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a market needs to know of a customer to issue the identifiers its bank keeps
 * ({@link Market#registrations}): the customer's index, tax id, state and segment, phone, the day
 * they became a customer, the run's as-of date, and the first day the ledger used each channel (as
 * the market names its rails), so that an identifier is recorded before its first use; and for a
 * business customer the PAN its firm is taxed under (its owner's for a proprietorship), or null.
 */
public record Holder(long index, String taxId, String state, String segment, String phone, LocalDate since,
                     LocalDate asOf, Map<String, LocalDate> firstByChannel, String businessPan) {
}
