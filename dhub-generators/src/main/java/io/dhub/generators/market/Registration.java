package io.dhub.generators.market;

import java.time.LocalDate;

/**
 * An identifier a market's bank keeps beside the tax id (a customer's masked Aadhaar, a branch's
 * IFSC): its type as the schema names it, its value as issued, and the day the bank recorded it.
 */
public record Registration(String type, String value, LocalDate recorded) {
}
