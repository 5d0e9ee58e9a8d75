/**
 * Behaviour profiles: the thirteen kinds of customer ({@link io.dhub.generators.profiles.Profile}),
 * the classes of earner each applies to, and the mix a run draws them from
 * ({@link io.dhub.generators.profiles.ProfileMix}, the {@code --profiles} option). What a profile
 * changes in a customer's life is the customers' domain's rules (its {@code Life}); this package
 * knows no other package of the generators.
 */
package io.dhub.generators.profiles;
