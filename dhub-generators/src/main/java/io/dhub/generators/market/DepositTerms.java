package io.dhub.generators.market;

import java.util.List;
import java.util.Map;

/**
 * A market's terms for the deposits its banks hold for a term: the recurring deposit (a fixed
 * instalment paid every month for the term, by standing instruction from the holder's account or in
 * cash at the branch, interest compounded every quarter) and the fixed deposit's terms.
 *
 * @param recurringTenures    a recurring deposit's term in months, with weights, in drawing order
 * @param instalmentMedian    the median monthly instalment, in the market's currency, before a
 *                            segment's multiple of it
 * @param instalmentSpread    the log-normal spread of the instalment
 * @param instalmentMinimum   the smallest instalment the bank takes, in cents
 * @param instalmentUnit      an instalment is a multiple of this, in cents
 * @param quarterEndMonths    the months whose last banking day the bank credits a quarter's interest on
 * @param fixedTenures        a fixed deposit's term in months, with weights; renewed on maturity for the
 *                            same term
 */
public record DepositTerms(List<Map.Entry<Integer, Double>> recurringTenures, double instalmentMedian,
                           double instalmentSpread, long instalmentMinimum, long instalmentUnit,
                           List<Integer> quarterEndMonths, List<Map.Entry<Integer, Double>> fixedTenures) {
}
