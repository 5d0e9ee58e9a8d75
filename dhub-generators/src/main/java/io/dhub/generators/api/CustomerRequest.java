package io.dhub.generators.api;

import io.dhub.schema.admin.DataOrigin;
import io.dhub.schema.connect.RetryPolicy;
import java.util.function.Function;

/**
 * What to rewrite: one customer's rows, from settings worked out under the run lock.
 *
 * @param customer    the customer's id
 * @param plan        turns where the data comes from (read under the run lock) into the settings the
 *                    stored rows were generated with and the ones wanted now
 * @param waitForLock wait for another dhub command on the prefix, or refuse at once
 * @param version     dhub's version, for the run record
 */
public record CustomerRequest(long customer, Function<DataOrigin, CustomerPlan> plan, boolean waitForLock,
                              RetryPolicy retry, String version) {
}
