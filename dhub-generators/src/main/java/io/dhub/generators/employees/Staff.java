package io.dhub.generators.employees;

import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.ids.UniqueValues;
import io.dhub.generators.market.Market;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

/**
 * The bank's staff: every employee's role is fixed first (employee 1 is the executive, 2-8 the
 * roles every bank needs, the rest drawn from the role mix), then each employee is generated from
 * their own stream. Reporting lines always point to a lower id, so the hierarchy is acyclic with
 * the executive as its single root.
 */
public final class Staff {
    private final SeedTree seeds;
    private final LocalDate asOf;
    private final Catalogs catalogs;
    private final Market market;
    private final StaffRules rules;
    private final Role[] roles;
    private final long[] leaders;
    private final LocalDate[] hired;
    private final LocalDate[] left;

    public Staff(SeedTree seeds, long count, LocalDate asOf, Catalogs catalogs, Market market, StaffRules rules) {
        this.seeds = seeds;
        this.rules = rules;
        this.asOf = asOf;
        this.catalogs = catalogs;
        this.market = market;
        this.roles = new Role[(int) count];
        for (int i = 0; i < count; i++) {
            long id = i + 1;
            roles[i] = id == 1 ? Role.EXECUTIVE
                    : id - 2 < Role.REQUIRED.length ? Role.REQUIRED[(int) (id - 2)]
                    : rules.roleMix().draw(seeds.stream("employee-role", id));
        }
        this.leaders = ids(Role.EXECUTIVE, Role.MANAGER, Role.BRANCH_MANAGER);
        this.hired = new LocalDate[(int) count];
        this.left = new LocalDate[(int) count];
        for (int i = 0; i < count; i++) {
            Tenure tenure = tenure(i + 1, seeds.stream("employee", i + 1));
            hired[i] = tenure.hired();
            left[i] = tenure.terminated();
        }
    }

    /**
     * The executive and the first holder of each required role (ids 1-8) joined before the first
     * customer (customers join at most 20 years before the as-of date) and are still there, so that
     * even the smallest bank has a loan officer, an approver and an assessor on every day it serves.
     */
    static final int CORE_STAFF_SINCE_YEARS = 20;

    /** Hire date, status and termination: the first draws of the employee's stream, after the Faker seed. */
    private record Tenure(long fakerSeed, LocalDate hired, String status, LocalDate terminated) {
    }

    private Tenure tenure(long id, Rng rng) {
        long fakerSeed = rng.nextSeed();
        boolean core = id <= 1 + Role.REQUIRED.length;
        LocalDate hireDate = core ? rng.dateBetween(asOf.minusYears(25), asOf.minusYears(CORE_STAFF_SINCE_YEARS))
                : rng.dateBetween(asOf.minusYears(25), asOf.minusDays(60));
        String status = core || role(id).leads() ? "active" : rules.status().draw(rng);
        LocalDate terminated = "terminated".equals(status)
                ? rng.dateBetween(hireDate.plusDays(30), asOf.minusDays(1)) : null;
        return new Tenure(fakerSeed, hireDate, status, terminated);
    }

    public LocalDate hireDate(long id) {
        return hired[(int) (id - 1)];
    }

    /** Whether the employee worked at the bank on that day. */
    public boolean employedOn(long id, LocalDate day) {
        LocalDate gone = left[(int) (id - 1)];
        return !hireDate(id).isAfter(day) && (gone == null || gone.isAfter(day));
    }

    /** Whether the employee still works at the bank (active or on leave). */
    public boolean current(long id) {
        return left[(int) (id - 1)] == null;
    }

    /**
     * One of the pool employed on that day, drawn from the stream (a random start, then the next
     * one in the pool that qualifies); null when nobody in the pool qualifies.
     */
    public Long pickEmployedOn(long[] pool, LocalDate day, Rng rng) {
        if (pool.length == 0) {
            return null;
        }
        int start = rng.between(0, pool.length - 1);
        for (int i = 0; i < pool.length; i++) {
            long id = pool[(start + i) % pool.length];
            if (employedOn(id, day)) {
                return id;
            }
        }
        return null;
    }

    public long count() {
        return roles.length;
    }

    public Role role(long id) {
        return roles[(int) (id - 1)];
    }

    /** Ids of the employees holding any of these roles, ascending. */
    public long[] ids(Role... wanted) {
        return java.util.stream.LongStream.rangeClosed(1, roles.length)
                .filter(id -> Arrays.asList(wanted).contains(role(id)))
                .toArray();
    }

    public Employee employee(long id) {
        Rng rng = seeds.stream("employee", id);
        Role role = role(id);
        Tenure tenure = tenure(id, rng);
        LocalDate hired = tenure.hired();
        var person = new Rng(tenure.fakerSeed()).random();
        String first = market.firstName(person, person.nextBoolean(), hired.getYear() - 22 - person.nextInt(24));
        String last = market.surname(person);
        String status = tenure.status();
        LocalDate terminated = tenure.terminated();
        String department = role.department() != null ? role.department()
                : Catalogs.DEPARTMENTS.get(rng.between(1, Catalogs.DEPARTMENTS.size() - 1))[1];
        BigDecimal salary = BigDecimal.valueOf(rng.between((int) Math.round(role.salaryLow() * market.priceLevel()),
                (int) Math.round(role.salaryHigh() * market.priceLevel())) / 100L * 100L).setScale(2);
        String branch = role.atBranch() ? rng.pick(catalogs.branchCodes()) : null;
        return new Employee(id, String.format(Locale.ROOT, "EMP%06d", id), first, last,
                UniqueValues.email(first, last, id).replace("@example.", "@staff.example."),
                market.phone(UniqueValues.EMPLOYEE_PHONE_BASE + id),
                Catalogs.departmentId(department), role, role.title(), managerOf(id), branch, hired, salary, status,
                terminated, hired.atTime(LocalTime.of(9, 0)).atOffset(ZoneOffset.UTC));
    }

    /** A leader with a lower id, drawn from the employee's own stream; null for the executive. */
    private Long managerOf(long id) {
        if (id == 1) {
            return null;
        }
        int below = Arrays.binarySearch(leaders, id);
        below = below >= 0 ? below : -below - 1;
        return leaders[seeds.stream("employee-manager", id).between(0, below - 1)];
    }
}
