package io.dhub.generators.employees;

import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.load.CopyText;
import io.dhub.generators.load.TableSource;
import io.dhub.schema.LogicalDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/** Phase 1's tables: departments, employees and training programmes, in foreign-key order. */
public final class StaffTables {
    private StaffTables() {
    }

    public static List<TableSource> tables(SeedTree seeds, Staff staff, Catalogs catalogs, LocalDate asOf) {
        LocalDate founded = asOf.minusYears(30).withDayOfYear(1);
        return List.of(
                new TableSource(LogicalDatabase.EMPLOYEES, "departments",
                        List.of("department_id", "department_code", "department_name", "cost_center", "location",
                                "annual_budget", "created_at"),
                        Catalogs.DEPARTMENTS.size(), (from, to, out) -> {
                            for (long id = from; id < to; id++) {
                                String[] d = Catalogs.DEPARTMENTS.get((int) id - 1);
                                Rng rng = seeds.stream("department", id);
                                out.number(id).text(d[0]).text(d[1]).text("CC-" + (100 + id * 10)).text(d[2])
                                        .decimal(BigDecimal.valueOf(rng.between(8, 120) * 250_000L).setScale(2))
                                        .instant(founded.atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC));
                                out.endRow();
                            }
                        }),
                new TableSource(LogicalDatabase.EMPLOYEES, "employees",
                        List.of("employee_id", "employee_number", "first_name", "last_name", "email", "phone",
                                "department_id", "role", "job_title", "manager_id", "branch_code", "hire_date",
                                "salary", "employment_status", "termination_date", "created_at"),
                        staff.count(), (from, to, out) -> {
                            for (long id = from; id < to; id++) {
                                Employee e = staff.employee(id);
                                out.number(e.id()).text(e.number()).text(e.firstName()).text(e.lastName())
                                        .text(e.email()).text(e.phone()).number(e.departmentId()).text(e.role().code())
                                        .text(e.jobTitle()).number(e.managerId()).text(e.branchCode())
                                        .date(e.hireDate()).decimal(e.salary()).text(e.status())
                                        .date(e.terminationDate()).instant(e.createdAt());
                                out.endRow();
                            }
                        }),
                new TableSource(LogicalDatabase.EMPLOYEES, "training_programs",
                        List.of("program_id", "program_code", "program_name", "category", "provider",
                                "duration_hours", "is_mandatory", "cost_per_person", "created_at"),
                        catalogs.programCount(), (from, to, out) -> {
                            for (long id = from; id < to; id++) {
                                String[] p = Catalogs.PROGRAMS.get((int) id - 1);
                                Rng rng = seeds.stream("training-program", id);
                                out.number(id).text(p[0]).text(p[1]).text(p[2]).text(Catalogs.provider(rng))
                                        .number(rng.between(2, 40)).bool("t".equals(p[3]))
                                        .decimal(BigDecimal.valueOf(rng.between(0, 30) * 50L).setScale(2))
                                        .instant(founded.plusYears(rng.between(5, 25)).atTime(LocalTime.NOON)
                                                .atOffset(ZoneOffset.UTC));
                                out.endRow();
                            }
                        }));
    }
}
