/**
 * The id scheme and unique values. Ids are computed from the owning entity's id, never handed out
 * by a counter, so customer #k's rows get the same ids at every scale and in every thread order.
 * Unique values (e-mails, phone numbers, account numbers, tax ids) are bijections of those ids:
 * unique by construction, at any size, without remembering what was handed out.
 */
package io.dhub.generators.ids;
