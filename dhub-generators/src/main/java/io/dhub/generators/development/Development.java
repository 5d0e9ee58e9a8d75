package io.dhub.generators.development;

import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Employee;
import io.dhub.generators.employees.Role;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.engine.Weighted;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.load.CopyText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Phase 4's rules, one method per table. */
public final class Development {
    /** Seed rule: 2-4 programmes per employee. */
    public static final int MIN_PROGRAMS = 2;
    public static final int MAX_PROGRAMS = 4;
    /** Seed rule: 80% completed, 15% in progress, 5% enrolled. */
    public static final Weighted<String> TRAINING_STATUS = Weighted.of("completed", 80, "in_progress", 15,
            "enrolled", 5);
    /** Seed rule: ratings 1 (2%), 2 (8%), 3 (35%), 4 (40%), 5 (15%). */
    public static final Weighted<Integer> RATING = Weighted.of(1, 2, 2, 8, 3, 35, 4, 40, 5, 15);
    /** Seed rule: 60% of customers are in an employee's portfolio. */
    public static final double ASSIGNED = 0.60;
    /** Seed rule: 85% of assignments ongoing, 15% ended. */
    public static final double ONGOING = 0.85;

    private final SeedTree seeds;
    private final Staff staff;
    private final Customers customers;
    private final int programs;
    private final List<String> branches;
    private final LocalDate asOf;
    private final long[] portfolioStaff;
    private final long[] branchStaff;
    private final int branchCoverage;
    private final long[] leaders;

    public Development(SeedTree seeds, Staff staff, Customers customers, int programs, List<String> branches,
                       LocalDate asOf) {
        this.seeds = seeds;
        this.staff = staff;
        this.customers = customers;
        this.programs = programs;
        this.branches = branches;
        this.asOf = asOf;
        this.portfolioStaff = current(staff.ids(Role.CUSTOMER_SERVICE_REP, Role.LOAN_OFFICER, Role.INSURANCE_AGENT,
                Role.FINANCIAL_ADVISOR));
        this.branchStaff = current(staff.ids(Role.BRANCH_MANAGER, Role.TELLER, Role.CUSTOMER_SERVICE_REP));
        this.leaders = staff.ids(Role.EXECUTIVE, Role.MANAGER, Role.BRANCH_MANAGER);
        this.branchCoverage = seeds.stream("branch-coverage-count", 0).between(10, 20);
    }

    private long[] current(long[] ids) {
        return java.util.Arrays.stream(ids).filter(staff::current).toArray();
    }

    public int branchCoverage() {
        return branchCoverage;
    }

    /** 2-4 distinct programmes, enrolled in the last two years while employed; id employee·4+i. */
    public void writeTraining(long employeeId, CopyText out) {
        Employee e = staff.employee(employeeId);
        Rng rng = seeds.stream("training", employeeId);
        int n = rng.between(MIN_PROGRAMS, MAX_PROGRAMS);
        LocalDate from = e.hireDate().isAfter(asOf.minusYears(2)) ? e.hireDate() : asOf.minusYears(2);
        LocalDate to = e.terminationDate() != null ? e.terminationDate().minusDays(1) : asOf.minusDays(1);
        if (to.isBefore(from)) {
            return;
        }
        int first = rng.between(1, programs);
        int step = rng.between(1, programs - 1);
        for (int i = 0; i < n; i++) {
            long program = 1 + Math.floorMod(first - 1 + (long) i * gcdSafeStep(step), programs);
            String status = TRAINING_STATUS.draw(rng);
            LocalDate enrolled = rng.dateBetween(from, to);
            boolean done = "completed".equals(status);
            LocalDate completed = done ? min(enrolled.plusDays(rng.between(1, 60)), to) : null;
            out.number(employeeId * Ids.TRAININGS_PER_EMPLOYEE + i).number(employeeId).number(program).date(enrolled).text(status)
                    .date(completed).decimal(done ? BigDecimal.valueOf(rng.between(6500, 10000), 2) : null);
            out.endRow();
        }
    }

    /** A step that visits distinct programmes for the first four enrolments. */
    private int gcdSafeStep(int step) {
        while (gcd(step, programs) != 1) {
            step = step % (programs - 1) + 1;
        }
        return step;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Active employees get 1-3 annual reviews, the latest for the twelve months ending at a recent month end,
     * written 5-25 days after the period by their manager (another leader for the executive).
     */
    public void writeReviews(long employeeId, CopyText out) {
        Employee e = staff.employee(employeeId);
        if (!"active".equals(e.status()) || staff.count() < 2) {
            return;
        }
        Rng rng = seeds.stream("reviews", employeeId);
        int n = rng.between(1, 3);
        // the latest period ends on a month end at least 26 days before as-of, so its review (5-25 days later) is past
        LocalDate lastEnd = asOf.minusDays(26).withDayOfMonth(1).minusDays(1);
        for (int i = 0; i < n; i++) {
            LocalDate end = lastEnd.minusYears(i);
            LocalDate start = end.minusYears(1).plusDays(1);
            if (!e.hireDate().isBefore(end)) {
                break;
            }
            if (start.isBefore(e.hireDate())) {
                start = e.hireDate();
            }
            LocalDate written = end.plusDays(rng.between(5, 25));
            Long reviewer = reviewer(e, written, rng);
            if (reviewer == null) {
                break;
            }
            int rating = RATING.draw(rng);
            BigDecimal goals = BigDecimal.valueOf(6000 + (rating - 1) * 800 + rng.between(0, 800), 2);
            out.number(employeeId * Ids.REVIEWS_PER_EMPLOYEE + i).number(employeeId).number(reviewer).date(start).date(end)
                    .date(written).number(rating).decimal(goals)
                    .text(rating >= 4 ? "Exceeded expectations on key goals" : rating == 3 ? "Solid, steady performance"
                            : "Needs a development plan for the coming year");
            out.endRow();
        }
    }

    /** The manager when employed on that day, else another leader who was; null when there is none. */
    private Long reviewer(Employee e, LocalDate day, Rng rng) {
        if (e.managerId() != null && staff.employedOn(e.managerId(), day)) {
            return e.managerId();
        }
        long[] others = java.util.Arrays.stream(leaders).filter(id -> id != e.id()).toArray();
        return staff.pickEmployedOn(others, day, rng);
    }

    /**
     * Entity k ≤ customers: customer k's portfolio assignment (60% of customers; id 2k). Entity
     * customers + j: branch coverage j (id 2j + 1).
     */
    public void writeAssignment(long entity, CopyText out) {
        long count = customers.count();
        if (entity > count) {
            long j = entity - count;
            Rng rng = seeds.stream("branch-coverage", j);
            Long employee = pick(branchStaff, rng);
            if (employee == null) {
                return;
            }
            LocalDate start = rng.dateBetween(staff.hireDate(employee), asOf.minusDays(1));
            writeAssignmentRow(Ids.ASSIGNMENT_KINDS * j + 1, employee, "branch_coverage", null, rng.pick(branches), start, rng, out);
            return;
        }
        Rng rng = seeds.stream("portfolio", entity);
        if (!rng.chance(ASSIGNED)) {
            return;
        }
        Long employee = pick(portfolioStaff, seeds.stream("portfolio-employee", entity));
        if (employee == null) {
            return;
        }
        Customer c = customers.core(entity);
        LocalDate earliest = c.customerSince().isAfter(staff.hireDate(employee)) ? c.customerSince()
                : staff.hireDate(employee);
        LocalDate start = rng.dateBetween(earliest, asOf.minusDays(1));
        writeAssignmentRow(Ids.ASSIGNMENT_KINDS * entity, employee, "customer_portfolio", entity, null, start, rng, out);
    }

    private void writeAssignmentRow(long id, long employee, String type, Long customer, String branch, LocalDate start,
                                    Rng rng, CopyText out) {
        boolean ended = !rng.chance(ONGOING) && start.isBefore(asOf.minusDays(2));
        LocalDate end = ended ? rng.dateBetween(start.plusDays(1), asOf.minusDays(1)) : null;
        out.number(id).number(employee).text(type).number(customer).text(branch).date(start).date(end)
                .text(ended ? "ended" : "ongoing");
        out.endRow();
    }

    private static Long pick(long[] pool, Rng rng) {
        return pool.length == 0 ? null : pool[rng.between(0, pool.length - 1)];
    }
}
