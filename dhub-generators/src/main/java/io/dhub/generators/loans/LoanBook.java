package io.dhub.generators.loans;

import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.LedgerFlow;
import io.dhub.generators.customers.LedgerFlows;
import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.market.Market;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Each customer's borrowing, from the customer's own streams. About 35% of customers apply (only
 * account holders, since a loan is paid into an account: 35% / 75% of them), 20% of applicants
 * more than once.
 */
public final class LoanBook implements LedgerFlows {
    private final SeedTree seeds;
    private final LocalDate asOf;
    private final double priceLevel;
    private final Market market;
    private final LoanRules rules;

    /**
     * @param market the country: its price level (what the products' dollar amounts are multiplied
     *               by) and its bank holidays
     * @param rules  the mixes and shares ({@link LoanRules#DEFAULT}: the specification's)
     */
    public LoanBook(SeedTree seeds, LocalDate asOf, Market market, LoanRules rules) {
        this.seeds = seeds;
        this.asOf = asOf;
        this.priceLevel = market.priceLevel();
        this.market = market;
        this.rules = rules;
    }

    /** Whether money moves between banks that day: Monday to Friday, not a bank holiday. */
    private boolean bankingDay(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5 && !market.bankHoliday(day);
    }

    /** The first banking day on or after the day, or the last one before it when that would pass {@code last}. */
    private LocalDate bankingDayFrom(LocalDate day, LocalDate last) {
        LocalDate d = day;
        while (!bankingDay(d) && d.isBefore(last)) {
            d = d.plusDays(1);
        }
        if (bankingDay(d)) {
            return d;
        }
        d = day;
        while (!bankingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    public List<Application> applications(Customer c, List<Account> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        Rng rng = seeds.stream("loan-applications", c.id());
        if (!rng.chance(rules.applyIfAccountHolder())) {
            return List.of();
        }
        int n = rng.chance(rules.severalApplications()) ? (rng.chance(0.8) ? 2 : 3) : 1;
        LocalDate start = accounts.stream().map(Account::openedDate).min(LocalDate::compareTo).orElseThrow().plusDays(1);
        LocalDate lastDay = asOf.minusDays(1);
        List<Application> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long id = c.id() * Ids.APPLICATIONS_PER_CUSTOMER + i;
            Rng a = seeds.stream("loan-application", id);
            LoanType type = rules.type().draw(a);
            String status = rules.applicationStatus().draw(a);
            LocalDate applied;
            LocalDate decided = null;
            LocalDate disbursed = null;
            if ("pending".equals(status)) {
                applied = a.dateBetween(max(start, asOf.minusDays(30)), lastDay);
            } else {
                applied = a.dateBetween(start, max(start, asOf.minusDays(2)));
                // a banking day must remain after applying, for the decision
                LocalDate lastBanking = lastDay;
                while (!bankingDay(lastBanking)) {
                    lastBanking = lastBanking.minusDays(1);
                }
                if (!"withdrawn".equals(status) && !applied.isBefore(lastBanking) && lastBanking.minusDays(1).isAfter(start)) {
                    applied = lastBanking.minusDays(1);
                }
                if (!"withdrawn".equals(status)) {
                    decided = a.dateBetween(applied.plusDays(1), min(applied.plusDays(30), lastDay));
                    // decided on a banking day: the one before, unless that is too early, else the one after
                    LocalDate before = decided;
                    while (!bankingDay(before)) {
                        before = before.minusDays(1);
                    }
                    decided = before.isAfter(applied) ? before : bankingDayFrom(decided, lastDay);
                }
                if ("approved".equals(status)) {
                    // paid out on a banking day (or, at the very end, the last one before it)
                    disbursed = bankingDayFrom(a.dateBetween(decided, min(decided.plusDays(14), lastDay)), lastDay);
                    disbursed = disbursed.isBefore(decided) ? decided : disbursed;
                }
            }
            final LocalDate when = applied;
            List<Account> open = accounts.stream().filter(x -> x.openedDate().isBefore(when)).toList();
            Account linked = open.stream().filter(x -> x.type().endsWith("checking")).findFirst()
                    .orElse(open.get(a.between(0, open.size() - 1)));
            out.add(new Application(id, c.id(), type, type.amountCents(a, priceLevel), type.term(a), purpose(type, a), applied,
                    status, decided, disbursed, linked.id()));
        }
        return out;
    }

    public Loan loan(Application app) {
        Rng rng = seeds.stream("loan", app.id());
        long principal = Math.max(100_000, app.requestedCents() / 10_000 * rng.between(90, 100) * 100);
        double rate = app.type().rate(rng);
        LocalDate first = app.disbursed().plusMonths(1);
        List<Installment> plan = Amortization.plan(principal, rate, app.termMonths(), first);
        LocalDate lastDay = asOf.minusDays(1);
        long past = plan.stream().filter(i -> !i.due().isAfter(lastDay)).count();
        String status = rules.loanStatus().draw(rng);
        if (("defaulted".equals(status) || "restructured".equals(status)) && past < 3
                || "paid_off".equals(status) && !app.disbursed().isBefore(lastDay)) {
            status = "active";
        }
        LocalDate payoff = null;
        if ("paid_off".equals(status)) {
            LocalDate maturity = plan.get(plan.size() - 1).due();
            payoff = !maturity.isAfter(lastDay) ? maturity : rng.dateBetween(app.disbursed().plusDays(1), lastDay);
        }
        List<Installment> schedule = new ArrayList<>(plan.size());
        long repaid = 0;
        for (Installment i : plan) {
            Installment settled = settle(i, status, payoff, app.disbursed(), lastDay, rng);
            if (settled.paid()) {
                repaid += settled.principal();
            }
            schedule.add(settled);
        }
        long outstanding = "paid_off".equals(status) ? 0 : principal - repaid;
        return new Loan(app, principal, rate, app.termMonths(), Amortization.payment(principal, rate, app.termMonths()),
                app.disbursed(), first, plan.get(plan.size() - 1).due(), status, outstanding, List.copyOf(schedule));
    }

    /**
     * What happened to one installment. Active loans pay 95% on time, restructured 85%; defaulted
     * loans miss half; a paid-off loan pays everything, the installments after its payoff date
     * being prepaid (principal only) on that date.
     */
    private static Installment settle(Installment i, String status, LocalDate payoff, LocalDate disbursed,
                                      LocalDate lastDay, Rng rng) {
        if ("paid_off".equals(status)) {
            boolean early = i.due().isAfter(payoff);
            LocalDate on = early ? payoff : onTime(i.due(), disbursed, rng);
            return with(i, "paid", on, early ? i.principal() : i.total());
        }
        if (i.due().isAfter(lastDay)) {
            return i;
        }
        double u = rng.uniform(0, 1);
        double missed = "defaulted".equals(status) ? 0.50 : 0;
        double onTime = switch (status) {
            case "active" -> 0.95;
            case "restructured" -> 0.85;
            default -> 0.40;
        };
        if (u < missed) {
            return with(i, "missed", null, 0);
        }
        if (u < missed + onTime) {
            return with(i, "paid", onTime(i.due(), disbursed, rng), i.total());
        }
        LocalDate late = i.due().plusDays(rng.between(1, 20));
        return late.isAfter(lastDay) ? with(i, "missed", null, 0) : with(i, "late", late, i.total());
    }

    /** Seed rule as implemented: a disbursement is booked at 11:00 through the system, a repayment at 10:00 by ACH. */
    static final int DISBURSEMENT_HOUR = 11;
    static final int REPAYMENT_HOUR = 10;

    /**
     * The money movements of the customer's loans on one account: disbursements in, repayments out,
     * handed to the ledger through {@link LedgerFlows}.
     */
    @Override
    public List<LedgerFlow> flows(long accountId, Customer c, List<Account> accounts) {
        List<LedgerFlow> flows = new ArrayList<>();
        for (Application app : applications(c, accounts)) {
            if (!app.approved() || app.linkedAccountId() != accountId) {
                continue;
            }
            Loan loan = loan(app);
            flows.add(disbursement(loan.disbursed(), loan.principalCents(), loan.id(), app.type()));
            LocalDate day = null;
            long cents = 0;
            for (Installment i : loan.schedule()) {
                if (!i.paid()) {
                    continue;
                }
                // a payment due on a weekend or holiday is collected by ACH on the next banking day
                LocalDate posted = bankingDayFrom(i.paidOn(), asOf.minusDays(1));
                posted = posted.isBefore(loan.disbursed()) ? loan.disbursed() : posted;
                if (day != null && !day.equals(posted)) {
                    flows.add(repayment(day, cents, loan.id(), app.type()));
                    cents = 0;
                }
                day = posted;
                cents += i.paidCents();
            }
            if (day != null) {
                flows.add(repayment(day, cents, loan.id(), app.type()));
            }
        }
        return flows;
    }

    private static LedgerFlow disbursement(LocalDate day, long cents, long loanId, LoanType type) {
        return new LedgerFlow(day, DISBURSEMENT_HOUR, true, cents, "loan_disbursement", "system", loanId,
                "Loan disbursement " + type.code(), COVER);
    }

    private static LedgerFlow repayment(LocalDate day, long cents, long loanId, LoanType type) {
        return new LedgerFlow(day, REPAYMENT_HOUR, false, cents, "loan_payment", "ach", loanId,
                "Loan repayment " + type.code(), COVER);
    }

    /** The statement text of the transfer in that covers a repayment the balance cannot. */
    private static final String COVER = "Transfer to cover a loan repayment";

    private static LocalDate onTime(LocalDate due, LocalDate disbursed, Rng rng) {
        LocalDate on = due.minusDays(rng.between(0, 3));
        return on.isAfter(disbursed) ? on : disbursed.plusDays(1);
    }

    private static Installment with(Installment i, String status, LocalDate on, long cents) {
        return new Installment(i.number(), i.due(), i.principal(), i.interest(), i.remaining(), status, on, cents);
    }

    private static String purpose(LoanType type, Rng rng) {
        String[] options = switch (type) {
            case MORTGAGE -> new String[] {"Purchase of primary residence", "Refinance existing mortgage",
                "Purchase of vacation home"};
            case PERSONAL -> new String[] {"Debt consolidation", "Home improvement", "Medical expenses", "Wedding"};
            case AUTO -> new String[] {"New car purchase", "Used car purchase", "Vehicle refinance"};
            case BUSINESS -> new String[] {"Working capital", "Equipment purchase", "Business expansion"};
            case EDUCATION -> new String[] {"Undergraduate tuition", "Graduate degree", "Professional certification"};
        };
        return rng.pick(options);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
