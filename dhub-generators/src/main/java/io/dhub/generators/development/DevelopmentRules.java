package io.dhub.generators.development;

import io.dhub.generators.spi.Weighted;

/**
 * The employee-development domain's rules in one object, so that a profile can override them.
 * {@link #DEFAULT} is the specification.
 *
 * @param minPrograms    seed rule: 2-4 programmes per employee
 * @param maxPrograms    the upper end of that range
 * @param trainingStatus seed rule: 80% completed, 15% in progress, 5% enrolled
 * @param rating         seed rule: ratings 1 (2%), 2 (8%), 3 (35%), 4 (40%), 5 (15%)
 * @param assigned       seed rule: 60% of customers are in an employee's portfolio
 * @param ongoing        seed rule: 85% of assignments ongoing, 15% ended
 * @param homeBranch     [chosen] 80% of portfolios go to staff at the customer's home branch, when
 *                       any work there; the rest (and all others) to any customer-facing employee
 */
public record DevelopmentRules(int minPrograms, int maxPrograms, Weighted<String> trainingStatus,
                               Weighted<Integer> rating, double assigned, double ongoing,
                               double homeBranch) {
    public static final DevelopmentRules DEFAULT = new DevelopmentRules(2, 4,
            Weighted.of("completed", 80, "in_progress", 15, "enrolled", 5),
            Weighted.of(1, 2, 2, 8, 3, 35, 4, 40, 5, 15), 0.60, 0.85, 0.80);
}
