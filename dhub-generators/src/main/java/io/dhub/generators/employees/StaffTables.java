package io.dhub.generators.employees;

import io.dhub.generators.market.Home;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.Registration;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.RowSink;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;

/** Phase 1's tables: departments, branches, employees and training programmes, in foreign-key order. */
public final class StaffTables {
    public static final Table DEPARTMENTS = Table.of(LogicalDatabase.EMPLOYEES, "departments",
            "department_id", "department_code", "department_name", "cost_center", "location", "annual_budget",
            "created_at");
    public static final Table BRANCHES = Table.of(LogicalDatabase.EMPLOYEES, "branches",
            "branch_code", "branch_name", "address_line", "city", "state", "postal_code", "country", "time_zone",
            "latitude", "longitude", "opened_date", "created_at");
    public static final Table ROUTING = Table.of(LogicalDatabase.EMPLOYEES, "branch_routing_codes",
            "branch_code", "scheme", "routing_code");
    public static final Table EMPLOYEES = Table.of(LogicalDatabase.EMPLOYEES, "employees",
            "employee_id", "employee_number", "first_name", "last_name", "email", "phone", "department_id", "role",
            "job_title", "manager_id", "branch_code", "hire_date", "salary", "employment_status", "termination_date",
            "created_at");
    public static final Table PROGRAMS = Table.of(LogicalDatabase.EMPLOYEES, "training_programs",
            "program_id", "program_code", "program_name", "category", "provider", "duration_hours", "is_mandatory",
            "cost_per_person", "created_at");

    private StaffTables() {
    }

    public static List<TableGroup> groups(Staff staff, Catalogs catalogs, Market market) {
        List<Branches.Branch> branches = catalogs.branches().all();
        String country = market.country();
        return List.of(
                TableGroup.single(DEPARTMENTS, Catalogs.DEPARTMENTS.size(),
                        (id, out) -> department(catalogs.department(id), out)),
                TableGroup.perEntity(branches.size(), (id, rows) -> {
                    Branches.Branch b = branches.get((int) (id - 1));
                    branch(b, country, rows.to(BRANCHES));
                    RowSink codes = rows.to(ROUTING);
                    for (Registration r : market.branchCodes((int) id, b.opened())) {
                        codes.text(b.code()).text(r.type()).text(r.value());
                        codes.endRow();
                    }
                }, BRANCHES, ROUTING),
                TableGroup.single(EMPLOYEES, staff.count(), (id, out) -> employee(staff.employee(id), out)),
                TableGroup.single(PROGRAMS, catalogs.programCount(), (id, out) -> program(catalogs.program(id), out)));
    }

    private static void department(Catalogs.Department d, RowSink out) {
        out.number(d.id()).text(d.code()).text(d.name()).text(d.costCenter()).text(d.location())
                .decimal(d.annualBudget()).instant(d.createdAt());
        out.endRow();
    }

    /** A branch, created at 9:00 local time on its opening day. */
    private static void branch(Branches.Branch b, String country, RowSink out) {
        Home site = b.site();
        out.text(b.code()).text(b.name()).text(site.street()).text(site.city()).text(site.state())
                .text(site.zip()).text(country).text(site.timeZone())
                .decimal(BigDecimal.valueOf(site.latitude()).setScale(4, RoundingMode.HALF_UP))
                .decimal(BigDecimal.valueOf(site.longitude()).setScale(4, RoundingMode.HALF_UP))
                .date(b.opened())
                .instant(b.opened().atTime(9, 0).atZone(ZoneId.of(site.timeZone())).toOffsetDateTime());
        out.endRow();
    }

    private static void employee(Employee e, RowSink out) {
        out.number(e.id()).text(e.number()).text(e.firstName()).text(e.lastName())
                .text(e.email()).text(e.phone()).number(e.departmentId()).text(e.role().code())
                .text(e.jobTitle()).number(e.managerId()).text(e.branchCode())
                .date(e.hireDate()).decimal(e.salary()).text(e.status())
                .date(e.terminationDate()).instant(e.createdAt());
        out.endRow();
    }

    private static void program(Catalogs.Program p, RowSink out) {
        out.number(p.id()).text(p.code()).text(p.name()).text(p.category()).text(p.provider())
                .number(p.hours()).bool(p.mandatory()).decimal(p.costPerPerson()).instant(p.createdAt());
        out.endRow();
    }
}
