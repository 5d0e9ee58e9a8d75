/**
 * {@code dhub seed verify} and {@code dhub customer explain}: every rule of the specification and
 * of dhub's generation docs as SQL over the stored rows, judged by the run's market
 * ({@link io.dhub.verify.VerifyMarket}). This module depends on dhub-schema only: it cannot see the
 * generators, so it judges the data, not the code that wrote it.
 */
package io.dhub.verify;
