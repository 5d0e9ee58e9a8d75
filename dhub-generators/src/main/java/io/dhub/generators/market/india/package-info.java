/**
 * The Indian market's facts, built for issue 29 (`--market in`), which is not wired yet: identifiers
 * in the forms Indian validators check ({@link io.dhub.generators.market.india.IndianIds}) and money
 * written the Indian way ({@link io.dhub.generators.market.india.IndianMoney}).
 */
package io.dhub.generators.market.india;
