package io.dhub.generators.development;

import io.dhub.generators.load.TableSource;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 4's tables. */
public final class DevelopmentTables {
    private DevelopmentTables() {
    }

    public static List<TableSource> tables(Development development, long employees, long customers) {
        return List.of(
                new TableSource(LogicalDatabase.EMPLOYEES, "employee_training",
                        List.of("training_id", "employee_id", "program_id", "enrollment_date", "status",
                                "completion_date", "score"),
                        employees, (from, to, out) -> {
                            for (long id = from; id < to; id++) {
                                development.writeTraining(id, out);
                            }
                        }),
                new TableSource(LogicalDatabase.EMPLOYEES, "performance_reviews",
                        List.of("review_id", "employee_id", "reviewer_id", "review_period_start", "review_period_end",
                                "review_date", "rating", "goals_met", "comments"),
                        employees, (from, to, out) -> {
                            for (long id = from; id < to; id++) {
                                development.writeReviews(id, out);
                            }
                        }),
                new TableSource(LogicalDatabase.EMPLOYEES, "employee_assignments",
                        List.of("assignment_id", "employee_id", "assignment_type", "customer_id", "branch_code",
                                "start_date", "end_date", "status"),
                        customers + development.branchCoverage(), (from, to, out) -> {
                            for (long entity = from; entity < to; entity++) {
                                development.writeAssignment(entity, out);
                            }
                        }));
    }
}
