package io.dhub.generators.development;

import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.RowSink;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 4's tables: each employee's trainings and reviews in one pass, then the assignments. */
public final class DevelopmentTables {
    public static final Table TRAINING = Table.of(LogicalDatabase.EMPLOYEES, "employee_training",
            "training_id", "employee_id", "program_id", "enrollment_date", "status", "completion_date", "score");
    public static final Table REVIEWS = Table.of(LogicalDatabase.EMPLOYEES, "performance_reviews",
            "review_id", "employee_id", "reviewer_id", "review_period_start", "review_period_end", "review_date",
            "rating", "goals_met", "comments");
    public static final Table ASSIGNMENTS = Table.of(LogicalDatabase.EMPLOYEES, "employee_assignments",
            "assignment_id", "employee_id", "assignment_type", "customer_id", "branch_code", "start_date", "end_date",
            "status");

    private DevelopmentTables() {
    }

    public static List<TableGroup> groups(Development development, long employees, long customers) {
        return List.of(
                TableGroup.perEntity(employees, (id, rows) -> career(development.career(id), rows), TRAINING,
                        REVIEWS),
                TableGroup.single(ASSIGNMENTS, customers + development.branchCoverage(), (entity, out) -> {
                    Development.Assignment a = development.assignment(entity);
                    if (a != null) {
                        out.number(a.id()).number(a.employeeId()).text(a.type()).number(a.customerId())
                                .text(a.branchCode()).date(a.start()).date(a.end()).text(a.status());
                        out.endRow();
                    }
                }).withCustomers(customers));
    }

    private static void career(Development.Career career, TableGroup.Rows rows) {
        RowSink out = rows.to(TRAINING);
        for (Development.Training t : career.trainings()) {
            out.number(t.id()).number(t.employeeId()).number(t.programId()).date(t.enrolled()).text(t.status())
                    .date(t.completed()).decimal(t.score());
            out.endRow();
        }
        out = rows.to(REVIEWS);
        for (Development.Review r : career.reviews()) {
            out.number(r.id()).number(r.employeeId()).number(r.reviewerId()).date(r.periodStart())
                    .date(r.periodEnd()).date(r.written()).number(r.rating()).decimal(r.goalsMet())
                    .text(r.comments());
            out.endRow();
        }
    }
}
