package io.dhub.generators.development;

import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Employee;
import io.dhub.generators.employees.Role;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Phase 4's rules: each employee's trainings and reviews, and the portfolio and branch assignments, as records. */
public final class Development {
    private final SeedTree seeds;
    private final DevelopmentRules rules;
    private final Staff staff;
    private final Customers customers;
    private final int programs;
    private final List<String> branches;
    private final LocalDate asOf;
    private final long[] portfolioStaff;
    /** The portfolio staff at each branch. */
    private final java.util.Map<String, long[]> portfolioTeams;
    private final long[] branchStaff;
    private final int branchCoverage;
    private final long[] leaders;

    public Development(SeedTree seeds, Staff staff, Customers customers, int programs, List<String> branches,
                       LocalDate asOf, DevelopmentRules rules) {
        this.seeds = seeds;
        this.rules = rules;
        this.staff = staff;
        this.customers = customers;
        this.programs = programs;
        this.branches = branches;
        this.asOf = asOf;
        this.portfolioStaff = current(staff.ids(Role.CUSTOMER_SERVICE_REP, Role.LOAN_OFFICER, Role.INSURANCE_AGENT,
                Role.FINANCIAL_ADVISOR));
        this.portfolioTeams = staff.byBranch(portfolioStaff);
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

    /** An enrolment in a training programme. */
    public record Training(long id, long employeeId, long programId, LocalDate enrolled, String status,
                           LocalDate completed, BigDecimal score) {
    }

    /** An annual performance review. */
    public record Review(long id, long employeeId, long reviewerId, LocalDate periodStart, LocalDate periodEnd,
                         LocalDate written, int rating, BigDecimal goalsMet, String comments) {
    }

    /** A portfolio or branch-coverage assignment. */
    public record Assignment(long id, long employeeId, String type, Long customerId, String branchCode,
                             LocalDate start, LocalDate end, String status) {
    }

    /** An employee's development: trainings and reviews. */
    public record Career(List<Training> trainings, List<Review> reviews) {
    }

    /** Employee id's trainings and reviews, from their own streams. */
    public Career career(long employeeId) {
        Employee e = staff.employee(employeeId);
        return new Career(trainings(e), reviews(e));
    }

    /** 2-4 distinct programmes, enrolled in the last two years while employed; id employee·4+i. */
    private List<Training> trainings(Employee e) {
        long employeeId = e.id();
        Rng rng = seeds.stream("training", employeeId);
        int n = rng.between(rules.minPrograms(), rules.maxPrograms());
        LocalDate from = e.hireDate().isAfter(asOf.minusYears(2)) ? e.hireDate() : asOf.minusYears(2);
        LocalDate to = e.terminationDate() != null ? e.terminationDate().minusDays(1) : asOf.minusDays(1);
        List<Training> out = new ArrayList<>(n);
        if (to.isBefore(from)) {
            return out;
        }
        int first = rng.between(1, programs);
        int step = rng.between(1, programs - 1);
        for (int i = 0; i < n; i++) {
            long program = 1 + Math.floorMod(first - 1 + (long) i * gcdSafeStep(step), programs);
            String status = rules.trainingStatus().draw(rng);
            LocalDate enrolled = rng.dateBetween(from, to);
            boolean done = "completed".equals(status);
            LocalDate completed = done ? min(enrolled.plusDays(rng.between(1, 60)), to) : null;
            out.add(new Training(employeeId * Ids.TRAININGS_PER_EMPLOYEE + i, employeeId, program, enrolled, status,
                    completed, done ? BigDecimal.valueOf(rng.between(6500, 10000), 2) : null));
        }
        return out;
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
    private List<Review> reviews(Employee e) {
        long employeeId = e.id();
        List<Review> out = new ArrayList<>(3);
        if (!"active".equals(e.status()) || staff.count() < 2) {
            return out;
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
            int rating = rules.rating().draw(rng);
            BigDecimal goals = BigDecimal.valueOf(6000 + (rating - 1) * 800 + rng.between(0, 800), 2);
            long id = employeeId * Ids.REVIEWS_PER_EMPLOYEE + i;
            out.add(new Review(id, employeeId, reviewer, start, end, written, rating, goals,
                    ReviewComments.write(e.role(), rating, goals, seeds.stream("review-comments", id))));
        }
        return out;
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
     * customers + j: branch coverage j (id 2j + 1). Null when the entity has none.
     */
    public Assignment assignment(long entity) {
        return assignment(entity, null);
    }

    /** The same, for a caller that holds the customer already (null: draw them here when needed). */
    public Assignment assignment(long entity, Customer known) {
        long count = customers.count();
        if (entity > count) {
            long j = entity - count;
            Rng rng = seeds.stream("branch-coverage", j);
            Long employee = pick(branchStaff, rng);
            if (employee == null) {
                return null;
            }
            LocalDate start = rng.dateBetween(staff.hireDate(employee), asOf.minusDays(1));
            return assignment(Ids.ASSIGNMENT_KINDS * j + 1, employee, "branch_coverage", null, rng.pick(branches), start,
                    rng);
        }
        Rng rng = seeds.stream("portfolio", entity);
        if (!rng.chance(rules.assigned())) {
            return null;
        }
        Customer c = known != null ? known : customers.customer(entity);
        long[] home = portfolioTeams.getOrDefault(c.homeBranch(), new long[0]);
        Rng who = seeds.stream("portfolio-employee", entity);
        Long employee = home.length > 0 && who.chance(rules.homeBranch()) ? pick(home, who) : pick(portfolioStaff, who);
        if (employee == null) {
            return null;
        }
        LocalDate earliest = c.customerSince().isAfter(staff.hireDate(employee)) ? c.customerSince()
                : staff.hireDate(employee);
        LocalDate start = rng.dateBetween(earliest, asOf.minusDays(1));
        return assignment(Ids.ASSIGNMENT_KINDS * entity, employee, "customer_portfolio", entity, null, start, rng);
    }

    /** 85% of assignments are ongoing; the others ended between their start and the as-of date. */
    private Assignment assignment(long id, long employee, String type, Long customer, String branch, LocalDate start,
                                  Rng rng) {
        boolean ended = !rng.chance(rules.ongoing()) && start.isBefore(asOf.minusDays(2));
        LocalDate end = ended ? rng.dateBetween(start.plusDays(1), asOf.minusDays(1)) : null;
        return new Assignment(id, employee, type, customer, branch, start, end, ended ? "ended" : "ongoing");
    }

    private static Long pick(long[] pool, Rng rng) {
        return pool.length == 0 ? null : pool[rng.between(0, pool.length - 1)];
    }
}
