package io.dhub.generators.employees;

import io.dhub.generators.ids.UniqueValues;
import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Weighted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bank's staff: every employee's role is fixed first (employee 1 is the executive, 2-8 the
 * roles every bank needs, the rest drawn from the role mix), then each employee is generated from
 * their own stream. Reporting lines go down the levels executive → department manager → branch
 * manager → staff ({@link #organise}), so the hierarchy is acyclic with
 * the executive as its single root.
 */
public final class Staff {
    private final SeedTree seeds;
    private final LocalDate asOf;
    private final Catalogs catalogs;
    private final Market market;
    private final StaffRules rules;
    private final Role[] roles;
    private final LocalDate[] hired;
    private final LocalDate[] left;
    private final String[] departments;
    private final String[] branches;
    private final long[] managers;

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
        this.hired = new LocalDate[(int) count];
        this.left = new LocalDate[(int) count];
        for (int i = 0; i < count; i++) {
            Tenure tenure = tenure(i + 1, seeds.stream("employee", i + 1));
            hired[i] = tenure.hired();
            left[i] = tenure.terminated();
        }
        this.departments = new String[(int) count];
        this.branches = new String[(int) count];
        this.managers = new long[(int) count];
        organise();
    }

    /** Departments whose people the role mix supplies, weighted by it: where department managers work. */
    private Weighted<String> managedDepartments() {
        java.util.Map<String, Double> demand = new java.util.TreeMap<>();
        for (Role role : Role.values()) {
            double share = rules.roleMix().share(role);
            for (String department : role.departments()) {
                if (share > 0 && !department.equals("Executive Office")) {
                    demand.merge(department, share / role.departments().size(), Double::sum);
                }
            }
        }
        Object[] pairs = new Object[2 * demand.size()];
        int i = 0;
        for (java.util.Map.Entry<String, Double> e : demand.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return Weighted.of(pairs);
    }

    /**
     * Where everyone works and to whom they report, each from their own stream. Department managers
     * take the departments the role mix staffs, every one first (in order of demand), then by demand;
     * branch managers take the branches in turn, largest city first. Half the customer-facing staff
     * (all tellers) work at a staffed branch drawn by its city's population, in Retail Banking, under
     * that branch's manager; the others in their role's department under one of its managers. Branch
     * managers report to a Retail Banking manager, department managers to the executive; whoever has
     * no such leader reports to the executive. Reporting lines go down the levels executive →
     * department manager → branch manager → staff, so they never cycle.
     */
    private void organise() {
        Weighted<String> managed = managedDepartments();
        List<String> byDemand = new ArrayList<>();
        for (String[] department : Catalogs.DEPARTMENTS) {
            if (managed.share(department[1]) > 0) {
                byDemand.add(department[1]);
            }
        }
        byDemand.sort(java.util.Comparator.comparingDouble(d -> -managed.share(d)));
        List<String> codes = catalogs.branchCodes();
        java.util.Map<String, List<Long>> branchManagers = new java.util.TreeMap<>();
        java.util.Map<String, List<Long>> departmentManagers = new java.util.TreeMap<>();
        int managerCount = 0;
        int branchManagerCount = 0;
        for (int i = 0; i < roles.length; i++) {
            long id = i + 1;
            if (roles[i] == Role.MANAGER) {
                String department = managerCount < byDemand.size() ? byDemand.get(managerCount)
                        : managed.draw(seeds.stream("employee-place", id));
                managerCount++;
                departments[i] = department;
                departmentManagers.computeIfAbsent(department, k -> new ArrayList<>()).add(id);
            } else if (roles[i] == Role.BRANCH_MANAGER) {
                String branch = codes.get(branchManagerCount++ % codes.size());
                departments[i] = "Retail Banking";
                branches[i] = branch;
                branchManagers.computeIfAbsent(branch, k -> new ArrayList<>()).add(id);
            }
        }
        List<String> open = new ArrayList<>(branchManagers.keySet());
        for (int i = 0; i < roles.length; i++) {
            long id = i + 1;
            Role role = roles[i];
            Rng rng = seeds.stream("employee-place", id);
            boolean core = id <= 1 + Role.REQUIRED.length;
            if (role == Role.EXECUTIVE) {
                departments[i] = "Executive Office";
                managers[i] = 0;
            } else if (role == Role.MANAGER) {
                managers[i] = 1;
            } else if (role == Role.BRANCH_MANAGER) {
                managers[i] = pickFrom(departmentManagers.get("Retail Banking"), rng);
            } else if (role.customerFacing() && !core && !open.isEmpty() && (role == Role.TELLER || rng.chance(0.5))) {
                String branch = byPopulation(open, rng);
                departments[i] = "Retail Banking";
                branches[i] = branch;
                managers[i] = pickFrom(branchManagers.get(branch), rng);
            } else {
                List<String> homes = role.departments();
                departments[i] = homes.get(rng.between(0, homes.size() - 1));
                managers[i] = pickFrom(departmentManagers.get(departments[i]), rng);
            }
        }
        // a small bank can draw no one for a department its manager was given (150 employees hold no HR
        // specialist one time in 20): that manager joins the department of the first manager with staff
        int[] reports = new int[roles.length];
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] != Role.EXECUTIVE && roles[i] != Role.MANAGER && managers[i] > 0) {
                reports[(int) managers[i] - 1]++;
            }
        }
        String staffed = null;
        for (int i = 0; i < roles.length && staffed == null; i++) {
            if (roles[i] == Role.MANAGER && reports[i] > 0) {
                staffed = departments[i];
            }
        }
        for (int i = 0; i < roles.length && staffed != null; i++) {
            if (roles[i] == Role.MANAGER && reports[i] == 0) {
                departments[i] = staffed;
            }
        }
    }

    /** One of the staffed branches, drawn by the population of its city: big cities' branches have bigger teams. */
    private String byPopulation(List<String> open, Rng rng) {
        double total = 0;
        for (String code : open) {
            total += catalogs.branches().population(code);
        }
        double u = rng.uniform(0, total);
        for (String code : open) {
            u -= catalogs.branches().population(code);
            if (u < 0) {
                return code;
            }
        }
        return open.get(open.size() - 1);
    }

    private static long pickFrom(List<Long> leaders, Rng rng) {
        return leaders == null || leaders.isEmpty() ? 1 : leaders.get(rng.between(0, leaders.size() - 1));
    }

    /** The employee's department name. */
    public String department(long id) {
        return departments[(int) (id - 1)];
    }

    /** The employee's branch code, or null for staff who do not work at a branch. */
    public String branch(long id) {
        return branches[(int) (id - 1)];
    }

    /**
     * The executive and the first holder of each required role (ids 1-8) joined before the first
     * customer (customers join at most 20 years before the as-of date) and are still there, so that
     * even the smallest bank has a loan officer, an approver and an assessor on every day it serves.
     */
    static final int CORE_STAFF_SINCE_YEARS = 20;

    /** Hire date, status and termination: the first draws of the employee's stream, after the name seed. */
    private record Tenure(long nameSeed, LocalDate hired, String status, LocalDate terminated) {
    }

    private Tenure tenure(long id, Rng rng) {
        long nameSeed = rng.nextSeed();
        boolean core = id <= 1 + Role.REQUIRED.length;
        LocalDate hireDate = core ? rng.dateBetween(asOf.minusYears(25), asOf.minusYears(CORE_STAFF_SINCE_YEARS))
                : rng.dateBetween(asOf.minusYears(25), asOf.minusDays(60));
        String status = core || role(id).leads() ? "active" : rules.status().draw(rng);
        LocalDate terminated = "terminated".equals(status)
                ? rng.dateBetween(hireDate.plusDays(30), asOf.minusDays(1)) : null;
        return new Tenure(nameSeed, hireDate, status, terminated);
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

    /** One of the pool employed from the first day to the last, as {@link #pickEmployedOn}. */
    public Long pickEmployedThrough(long[] pool, LocalDate first, LocalDate last, Rng rng) {
        if (pool.length == 0) {
            return null;
        }
        int start = rng.between(0, pool.length - 1);
        for (int i = 0; i < pool.length; i++) {
            long id = pool[(start + i) % pool.length];
            if (employedOn(id, first) && employedOn(id, last)) {
                return id;
            }
        }
        return null;
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

    /** The pool's members at each branch, by branch code, in the pool's order; those at no branch are left out. */
    public java.util.Map<String, long[]> byBranch(long[] pool) {
        java.util.Map<String, java.util.stream.LongStream.Builder> teams = new java.util.TreeMap<>();
        for (long id : pool) {
            if (branch(id) != null) {
                teams.computeIfAbsent(branch(id), k -> java.util.stream.LongStream.builder()).add(id);
            }
        }
        java.util.Map<String, long[]> out = new java.util.TreeMap<>();
        teams.forEach((code, team) -> out.put(code, team.build().toArray()));
        return out;
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
        var person = new Rng(tenure.nameSeed()).random();
        String first = market.firstName(person, person.nextBoolean(), hired.getYear() - 22 - person.nextInt(24));
        String last = market.surname(person);
        String status = tenure.status();
        LocalDate terminated = tenure.terminated();
        String department = department(id);
        BigDecimal salary = BigDecimal.valueOf(rng.between((int) Math.round(role.salaryLow() * market.priceLevel()),
                (int) Math.round(role.salaryHigh() * market.priceLevel())) / 100L * 100L).setScale(2);
        String branch = branch(id);
        return new Employee(id, "EMP" + io.dhub.generators.ids.UniqueValues.pad(id, 6), first, last,
                UniqueValues.email(first, last, id).replaceFirst("@.*$", "@" + STAFF_DOMAIN),
                market.phone(UniqueValues.EMPLOYEE_PHONE_BASE + id),
                Catalogs.departmentId(department), role, role.title(), managerOf(id), branch, hired, salary, status,
                terminated, hired.atTime(LocalTime.of(9, 0)).atOffset(ZoneOffset.UTC));
    }

    /** The employee's manager (a leader one level up); null for the executive. */
    private Long managerOf(long id) {
        long manager = managers[(int) (id - 1)];
        return manager == 0 ? null : manager;
    }

    /** The one domain of staff e-mail addresses (a subdomain of one reserved for examples). */
    static final String STAFF_DOMAIN = "staff.example.com";
}
