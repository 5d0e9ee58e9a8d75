package io.dhub.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every check {@code dhub seed verify} runs, in report order: integrity, structure, time, money,
 * distribution, realism, insurance, compliance.
 */
final class Guarantees {
    private static final List<Check> ALL;

    static {
        List<Check> all = new ArrayList<>();
        all.addAll(IntegrityChecks.all());
        all.addAll(StructureChecks.all());
        all.addAll(TimeChecks.all());
        all.addAll(MoneyChecks.all());
        all.addAll(DistributionChecks.all());
        all.addAll(RealismChecks.all());
        all.addAll(MarketChecks.all());
        all.addAll(InsuranceChecks.all());
        all.addAll(ComplianceChecks.all());
        all.addAll(ProfileChecks.all());
        ALL = Collections.unmodifiableList(all);
    }

    private Guarantees() {
    }

    static List<Check> all() {
        return ALL;
    }
}
