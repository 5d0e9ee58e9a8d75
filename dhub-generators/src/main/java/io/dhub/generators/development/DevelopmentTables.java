package io.dhub.generators.development;

import io.dhub.generators.load.TableSource;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 4's tables. */
public final class DevelopmentTables {
    private DevelopmentTables() {
    }

    public static List<TableSource> tables(Development development, long employees, long customers) {
        LogicalDatabase db = LogicalDatabase.EMPLOYEES;
        return List.of(
                TableSource.perEntity(db, "employee_training", employees, development::writeTraining, "training_id",
                        "employee_id", "program_id", "enrollment_date", "status", "completion_date", "score"),
                TableSource.perEntity(db, "performance_reviews", employees, development::writeReviews, "review_id",
                        "employee_id", "reviewer_id", "review_period_start", "review_period_end", "review_date",
                        "rating", "goals_met", "comments"),
                TableSource.perEntity(db, "employee_assignments", customers + development.branchCoverage(),
                        development::writeAssignment, "assignment_id", "employee_id", "assignment_type", "customer_id",
                        "branch_code", "start_date", "end_date", "status"));
    }
}
