package io.dhub.generators.insurance;

import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.CustomerFile;
import io.dhub.generators.customers.LedgerFlow;
import io.dhub.generators.customers.LedgerFlows;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.loans.Application;
import io.dhub.generators.loans.Loan;
import io.dhub.generators.loans.LoanBook;
import io.dhub.generators.loans.LoanType;
import io.dhub.generators.market.InsuranceTerms;
import io.dhub.generators.market.Market;
import io.dhub.generators.market.Text;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Weighted;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The customers' policies, decided from the customers' phase streams because their money runs
 * through the ledgers: who holds what (account holders only, paying from a checking account open
 * on the start date; home and car insured with the bank after most mortgages and auto loans), each
 * policy's dates, status, premiums and claims. Customer k's policies depend on k alone, never on
 * the scale. Premiums paid and first-party claim payouts reach the ledgers through
 * {@link LedgerFlows}.
 */
public final class PolicyBook implements LedgerFlows {
    private final SeedTree seeds;
    private final LocalDate asOf;
    private final Market market;
    private final InsuranceRules rules;
    private final LoanBook loans;

    /** New policies start within this many years before the as-of date (cross-sold ones with their loan). */
    static final int START_YEARS = 4;
    /** ACH premium debits and claim payouts post in the overnight batch, local time. */
    static final int POSTING_HOUR = 5;

    public PolicyBook(SeedTree seeds, LocalDate asOf, Market market, InsuranceRules rules, LoanBook loans) {
        this.seeds = seeds;
        this.asOf = asOf;
        this.market = market;
        this.rules = rules;
        this.loans = loans;
        this.holdChance = Math.min(1, rules.holders() / paying(market) / fitted(market));
        List<Object> pairs = new ArrayList<>();
        for (Line line : Line.values()) {
            if (line.sold()) {
                pairs.add(line);
                pairs.add(rules.line().share(line) / eligible(market).get(line));
            }
        }
        this.drawnLines = Weighted.of(pairs.toArray());
        this.terms = market.insuranceTerms();
    }

    /**
     * The share of account holders with an active checking or business checking account to pay from,
     * under the customers' default rules: one account 75%, two 22.5%, three 2.5%, each a checking or
     * business checking account 55% of the time and active 94%.
     */
    static final double PAYING = paying(0.55);

    /**
     * The same where checking and business checking accounts are {@code share} of the accounts drawn: a
     * market's own mix ({@link Market#accountMix}; India's savings and current accounts are 60%).
     */
    static double paying(double share) {
        double one = share * 0.94;
        return 0.75 * one + 0.225 * (1 - Math.pow(1 - one, 2)) + 0.025 * (1 - Math.pow(1 - one, 3));
    }

    /**
     * How readily each line is sold, relative to its weight: the share of customers its rule admits
     * (auto 0.94, home 0.69, life 0.87, health 1, travel 0.94, disability 0.69 among the US market's
     * customers), then calibrated by the mix measured at scale 10 (seed 123), since holders of several
     * lines, cross-sold home and auto policies and the distinct-line rule shift it further. Lines are
     * drawn with their weight divided by this, so that the mix of policies sold is the rule's.
     */
    static final java.util.Map<Line, Double> ELIGIBLE = java.util.Map.of(Line.AUTO, 0.93, Line.HOME, 0.71,
            Line.LIFE, 0.81, Line.HEALTH, 1.16, Line.TRAVEL, 0.96, Line.DISABILITY, 0.63);

    /**
     * The same calibration for a bank of India's market ({@code --market in}), measured there at scale 10
     * (seed 20240601): its incomes pass the rules' thresholds more often, so each line's reach differs.
     * Home lowered from 0.81 with India's loan mix: a twelfth of its loans are home loans, not a third,
     * so fewer home policies are sold with one (20.3% of policies against the rule's 22%); and again from
     * 0.75, measured at scale 50 (20.6%, 5,944 of 28,920 policies, outside the rule's interval there).
     */
    static final java.util.Map<Line, Double> ELIGIBLE_IN = java.util.Map.of(Line.AUTO, 0.88, Line.HOME, 0.69,
            Line.LIFE, 0.79, Line.HEALTH, 0.94, Line.TRAVEL, 0.95, Line.DISABILITY, 0.68);

    /** The calibration of that market's bank: India's, or the US market's for every other. */
    static java.util.Map<Line, Double> eligible(Market market) {
        return "in".equals(market.code()) ? ELIGIBLE_IN : ELIGIBLE;
    }

    /** The share of account holders with an account to pay from in that market's bank. */
    static double paying(Market market) {
        var mix = market.accountMix();
        return mix == null ? PAYING : paying(Market.share(mix, role -> role.endsWith("checking")));
    }

    /** The share of holders drawn to hold policies who end up with one (lines and dates must fit), measured at scale 10. */
    static final double FITTED = 0.93;

    /**
     * The same share in a bank of India's market, measured there at scale 50 (seed 20240601): 43.0% of its
     * account holders held a policy at the US market's 0.93 (19,422 of 45,206), outside the rule's interval.
     */
    static final double FITTED_IN = 0.89;

    /** The share of holders who end up with policies in that market's bank: India's, or the US market's. */
    static double fitted(Market market) {
        return "in".equals(market.code()) ? FITTED_IN : FITTED;
    }

    /** The chance that an account holder with an account to pay from holds policies: 45% of all account holders. */
    private final double holdChance;
    /** The market's own insurance (motor, health, schemes), or null for the rules' lines alone. */
    private final InsuranceTerms terms;
    private final Weighted<Line> drawnLines;

    public InsuranceRules rules() {
        return rules;
    }

    /** The key of a customer's policies in their file. */
    private enum Policies {
        KEY
    }

    /**
     * Customer k's policies, in id order: cross-sold ones first, then those drawn by the line mix;
     * paid from the file's paying account (none without one), built once per file.
     */
    public List<Policy> policies(CustomerFile file) {
        return file.memo(Policies.KEY, () -> policies(file, file.paying()));
    }

    private List<Policy> policies(CustomerFile file, Account paying) {
        if (paying == null) {
            return List.of();
        }
        Customer c = file.customer();
        Rng rng = seeds.stream("policies", c.id());
        List<Slot> slots = new ArrayList<>();
        Set<Line> held = EnumSet.noneOf(Line.class);
        for (Application app : loans.applications(file)) {
            if (!app.approved() || (app.type() != LoanType.MORTGAGE && app.type() != LoanType.AUTO
                    && app.type() != LoanType.TWO_WHEELER)) {
                continue;
            }
            Loan loan = loans.loan(file, app);
            Line line = app.type() == LoanType.MORTGAGE ? Line.HOME : Line.AUTO;
            boolean running = "active".equals(loan.status()) || "restructured".equals(loan.status());
            LocalDate start = loan.disbursed().plusDays(rng.between(1, 30));
            if (running && !held.contains(line) && rng.chance(rules.crossSell()) && start.isBefore(asOf)
                    && paying.openedDate().isBefore(start)) {
                held.add(line);
                slots.add(new Slot(line, start, loan));
            }
        }
        int n = rng.chance(holdChance) ? rules.count().draw(rng) : 0;
        for (int tries = 0; slots.size() < n && tries < 12; tries++) {
            Line line = drawnLines.draw(rng);
            if (!held.contains(line) && eligible(line, c)) {
                held.add(line);
                slots.add(new Slot(line, null, null));
            }
        }
        List<Policy> out = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            Policy p = policy(Ids.policy(c.id(), i), c, paying, slots.get(i));
            if (p != null) {
                out.add(p);
            }
        }
        if (terms != null && !"business".equals(c.segment())) {
            for (int j = 0; j < terms.schemes().size(); j++) {
                Policy p = scheme(c, paying, terms.schemes().get(j), j);
                if (p != null) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * A government scheme's membership ({@link InsuranceTerms.Scheme}), from its own stream: an individual
     * account holder joins on a banking day when of age, after the scheme began and the paying account
     * opened, paying the first premium by the quarter of the scheme year he joins in; each renewal is
     * debited on a banking day of the window before the scheme year, until he does not renew (the policy
     * lapses when the year it did not pay for begins) or reaches the age the cover ends at (it expires).
     * An active membership shows its next renewal scheduled. No claims: a death is not part of a
     * customer's story here, and PMSBY's disability claims come to about one in 20,000 members a year.
     */
    private Policy scheme(Customer c, Account paying, InsuranceTerms.Scheme s, int index) {
        Rng rng = seeds.stream("scheme", c.id() * 2 + index);
        if (!rng.chance(s.joins())) {
            return null;
        }
        LocalDate lastDay = asOf.minusDays(1);
        LocalDate from = max(max(paying.openedDate().plusDays(1), s.launched()), c.dateOfBirth().plusYears(s.minAge()));
        LocalDate to = min(lastDay, c.dateOfBirth().plusYears(s.maxEnrolAge() + 1L).minusDays(1));
        if (from.isAfter(to)) {
            return null;
        }
        LocalDate start = bankingDayFrom(rng.dateBetween(from, to));
        if (start.equals(yearEnd(start, s))) {
            start = bankingDayFrom(start.plusDays(1));     // joined on the year's last day: for the next year
        }
        if (!start.isBefore(asOf) || start.isAfter(to)) {
            return null;                     // the banking day came after the last day of age to join
        }
        long id = Ids.schemePolicy(c.id(), index);
        int quarter = Math.floorMod(start.getMonthValue() - s.yearStartMonth(), 12) / 3;
        List<Policy.Premium> premiums = new ArrayList<>();
        premiums.add(new Policy.Premium(Ids.premium(id, 0), start, start,
                s.firstPremium(yearEnd(start, s).minusYears(1).plusDays(1), quarter) * 100, "paid"));
        String status = "active";
        LocalDate statusDate = start;
        LocalDate due = yearEnd(start, s);
        while (true) {
            long annual = s.annualPremium(due.plusDays(1)) * 100;
            if (!due.isBefore(asOf)) {
                premiums.add(new Policy.Premium(Ids.premium(id, premiums.size()), due, null, annual, "scheduled"));
                break;
            }
            if (age(c, due.plusDays(1)) >= s.coverToAge()) {
                status = "expired";
                statusDate = due.plusDays(1);
                break;
            }
            if (!rng.chance(s.renews())) {
                premiums.add(new Policy.Premium(Ids.premium(id, premiums.size()), due, null, annual, "missed"));
                status = "lapsed";
                statusDate = due.plusDays(1);
                break;
            }
            LocalDate debit = bankingDayFrom(due.withDayOfMonth(rng.between(s.renewalFromDay(), due.lengthOfMonth())));
            if (debit.isAfter(due)) {
                debit = bankingDayOnOrBefore(due);
            }
            if (debit.isBefore(start)) {
                debit = start;                   // joined in the window: the renewal is taken on joining
            }
            premiums.add(new Policy.Premium(Ids.premium(id, premiums.size()), due, debit, annual, "paid"));
            due = due.plusYears(1);
        }
        List<Policy.Cover> covers = new ArrayList<>();
        for (InsuranceTerms.SchemeCover cover : s.covers()) {
            cover(covers, id, cover.type(), cover.benefit(), 0);
        }
        return new Policy(id, c.id(), Line.of(s.policyType()), status, statusDate, start, due, 12,
                s.annualPremium(due.plusDays(1)) * 100, "annual", s.sumInsured() * 100, paying.id(), start, null, List.copyOf(covers),
                List.copyOf(premiums), List.of(), List.of(), s.code());
    }

    private InsuranceTerms.Scheme scheme(String code) {
        return terms.schemes().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    /** The last day of the scheme year a day falls in (31 May for a year from 1 June). */
    private static LocalDate yearEnd(LocalDate day, InsuranceTerms.Scheme s) {
        return LocalDate.of(day.plusMonths(13 - s.yearStartMonth()).getYear(), s.yearStartMonth(), 1).minusDays(1);
    }

    private record Slot(Line line, LocalDate start, Loan loan) {
    }

    /**
     * Lines follow the customer's life: a car needs an adult with $15,000 of income (or an auto loan),
     * a home policy a homeowner (a mortgage, or 25 and over with $40,000), life cover ages 18-70,
     * disability cover a worker of 18-60, travel $20,000 of income (in the market's money: in India
     * nearly every adult reaches them, and {@link #ELIGIBLE_IN} keeps the mix the rule's).
     */
    private boolean eligible(Line line, Customer c) {
        int age = age(c, asOf);
        double income = c.annualIncome().doubleValue();
        boolean working = !"Retired".equals(c.occupation()) && !"Student".equals(c.occupation());
        return switch (line) {
            case AUTO -> income >= 15_000 && age <= 85;
            case HOME -> age >= 25 && income >= 40_000;
            case LIFE -> age <= 70;
            case DISABILITY -> age <= 60 && working && income > 0;
            case TRAVEL -> income >= 20_000;
            case HEALTH -> true;
            case PERSONAL_ACCIDENT -> false;       // a scheme's, never drawn
        };
    }

    static int age(Customer c, LocalDate on) {
        return Period.between(c.dateOfBirth(), on).getYears();
    }

    /** One policy from its own stream; null when its dates cannot fit (an account opened days ago). */
    private Policy policy(long id, Customer c, Account paying, Slot slot) {
        Rng rng = seeds.stream("policy", id);
        Line line = slot.line();
        String status = rules.status().get(line).draw(rng);
        if (slot.loan() != null && "pending".equals(status)) {
            status = "active";               // bought with the loan: in force since
        }
        Dates dates = dates(line, status, paying, slot, rng);
        if (dates == null || age(c, dates.start()) < 18) {
            return null;
        }
        LocalDate start = dates.start();
        // the amounts: annual premium, sum insured, term
        String frequency = line == Line.TRAVEL ? "single" : Sizing.tariffed(line, terms) ? "annual"
                : rules.frequency().draw(rng);
        List<Policy.Cover> covers = new ArrayList<>();
        Sizing.Amounts amounts = Sizing.of(line, id, c, slot.loan(), start, rng, market.priceLevel(), terms, covers);
        long insured = amounts.insured();
        Integer term = amounts.term();
        if (term != null && term <= 0) {
            return null;
        }
        int months = switch (frequency) {
            case "monthly" -> 1;
            case "quarterly" -> 3;
            case "semi_annual" -> 6;
            case "annual" -> 12;
            default -> 0;
        };
        long premium = months == 0 ? Math.round(amounts.annual() * 100)
                : Math.round(amounts.annual() * 100 * months / 12);
        Story story = story(line, status, dates, term, months, rng);
        List<Policy.Premium> premiums = premiums(id, story.status(), story.dues(), story.lapseFrom(), story.stop(),
                months, premium, start, story.end(), rng);
        List<Policy.Claim> claims = "pending".equals(story.status()) ? List.of()
                : claims(id, c, line, covers, start, min(story.stop(), asOf.minusDays(1)), insured, rng);
        return new Policy(id, c.id(), line, story.status(), story.statusDate(), start, story.end(), term, premium,
                frequency, insured, paying.id(), dates.issued(), slot.loan() == null ? null : slot.loan().id(),
                List.copyOf(covers), premiums, claims, amounts.members(), null);
    }

    /** When a policy starts and was issued, and a travel policy's trip length. */
    private record Dates(LocalDate start, LocalDate issued, int tripDays) {
    }

    /**
     * The policy's start (in the last four years, after the paying account opened; a loan's policy
     * on the loan's day; a pending one in the next two weeks; an active trip under way) and its issue
     * 1-14 days before; null when they cannot fit.
     */
    private Dates dates(Line line, String status, Account paying, Slot slot, Rng rng) {
        LocalDate earliest = max(paying.openedDate().plusDays(1), asOf.minusYears(START_YEARS));
        LocalDate lastDay = asOf.minusDays(1);
        if (earliest.isAfter(lastDay.minusDays(40))) {
            return null;
        }
        int tripDays = rng.between(3, 30);
        LocalDate start;
        if (slot.start() != null) {
            start = slot.start();
        } else if ("pending".equals(status)) {
            start = asOf.plusDays(rng.between(0, 13));      // issued lately, not yet in force
        } else if (line == Line.TRAVEL && "active".equals(status)) {
            start = lastDay.minusDays(rng.between(0, tripDays - 1));
        } else if (line == Line.TRAVEL) {
            LocalDate latest = lastDay.minusDays(tripDays + 1);
            if (latest.isBefore(earliest)) {
                return null;
            }
            start = rng.dateBetween(earliest, latest);
        } else {
            start = rng.dateBetween(earliest, lastDay.minusDays(40));
        }
        if (slot.start() == null && start.isBefore(earliest)) {
            return null;                     // the account was not open yet
        }
        return new Dates(start, min(start.minusDays(rng.between(1, 14)), lastDay), tripDays);
    }

    /**
     * Where a policy's story stops: its status (a cancellation too new to be, or a lapse with no
     * premium due long enough, leaves it active), the status date, the last day it covers, the end
     * of its current term, its premiums' due dates and, lapsed, the first unpaid one.
     */
    private record Story(String status, LocalDate statusDate, LocalDate stop, LocalDate end, List<LocalDate> dues,
                         int lapseFrom) {
    }

    private Story story(Line line, String drawn, Dates dates, Integer term, int months, Rng rng) {
        LocalDate start = dates.start();
        LocalDate lastDay = asOf.minusDays(1);
        String status = drawn;
        LocalDate statusDate = "pending".equals(status) ? dates.issued() : start;
        LocalDate stop = lastDay;
        LocalDate end;
        if (line == Line.TRAVEL) {
            end = start.plusDays(dates.tripDays());
            if ("expired".equals(status)) {
                statusDate = end;
                stop = end;
            }
        } else if (line == Line.LIFE || line == Line.DISABILITY) {
            end = start.plusMonths(term);
        } else {
            end = start.plusMonths(12);
        }
        List<LocalDate> dues = months == 0 ? List.of(dates.issued()) : dues(start, months, lastDay);
        int lapseFrom = -1;
        if ("cancelled".equals(status) && start.plusDays(30).isAfter(lastDay)) {
            status = "active";               // too new to have been cancelled
        }
        if ("cancelled".equals(status)) {
            statusDate = rng.dateBetween(start.plusDays(30), lastDay);
            stop = statusDate;
        } else if ("lapsed".equals(status)) {
            // the first unpaid premium: one due at least a grace period before the as-of date
            int last = dues.size() - 1;
            while (last >= 0 && !dues.get(last).plusDays(rules.graceDays()).isBefore(asOf)) {
                last--;
            }
            if (last < 0) {
                status = "active";
            } else {
                lapseFrom = rng.between(0, last);
                statusDate = dues.get(lapseFrom).plusDays(rules.graceDays());
                stop = statusDate;
            }
        }
        if (line.renews()) {
            LocalDate reference = "active".equals(status) || "pending".equals(status) ? lastDay : stop;
            while (!end.isAfter(reference)) {
                end = end.plusMonths(12);
            }
        }
        return new Story(status, statusDate, stop, end, dues, lapseFrom);
    }

    /** Due dates every {@code months} from the start up to the last day before the as-of date. */
    private static List<LocalDate> dues(LocalDate start, int months, LocalDate lastDay) {
        List<LocalDate> out = new ArrayList<>();
        for (int k = 0; k < Ids.PREMIUMS_PER_POLICY - 1; k++) {
            LocalDate due = start.plusMonths((long) k * months);
            if (due.isAfter(lastDay)) {
                break;
            }
            out.add(due);
        }
        return out;
    }

    /**
     * The premiums: each due date up to the stop is paid on the first banking day from it or, 5% of
     * them, late (5-20 days on); one whose debit would fall on or after the as-of date is collected on
     * the last banking day before it instead. From a lapsed policy's first unpaid premium on, every
     * one up to the lapse is missed. An active policy shows its next premium scheduled, a pending one
     * its first.
     */
    private List<Policy.Premium> premiums(long policyId, String status, List<LocalDate> dues, int lapseFrom,
                                          LocalDate stop, int months, long cents, LocalDate start, LocalDate end,
                                          Rng rng) {
        List<Policy.Premium> out = new ArrayList<>();
        LocalDate lastDay = asOf.minusDays(1);
        boolean pending = "pending".equals(status);
        if (!(pending && months > 0)) {
            for (int k = 0; k < dues.size() && !dues.get(k).isAfter(stop); k++) {
                LocalDate due = dues.get(k);
                if (lapseFrom >= 0 && k >= lapseFrom) {
                    out.add(new Policy.Premium(Ids.premium(policyId, out.size()), due, null, cents, "missed"));
                    continue;
                }
                boolean late = rng.chance(rules.late());
                LocalDate paid = bankingDayFrom(late ? due.plusDays(rng.between(5, 20)) : due);
                if (!paid.isBefore(asOf)) {
                    late = false;
                    paid = bankingDayOnOrBefore(min(due, lastDay));
                }
                out.add(new Policy.Premium(Ids.premium(policyId, out.size()), due, paid, cents, late ? "late" : "paid"));
            }
        }
        if (months > 0 && ("active".equals(status) || pending)) {
            LocalDate next = pending ? start : nextDue(start, months, lastDay);
            if (!next.isAfter(end) && out.size() < Ids.PREMIUMS_PER_POLICY) {
                out.add(new Policy.Premium(Ids.premium(policyId, out.size()), next, null, cents, "scheduled"));
            }
        }
        return List.copyOf(out);
    }

    /** The first due date after the last day before the as-of date: the start plus whole periods. */
    private static LocalDate nextDue(LocalDate start, int months, LocalDate lastDay) {
        LocalDate d = start;
        for (long k = 1; !d.isAfter(lastDay); k++) {
            d = start.plusMonths(k * months);
        }
        return d;
    }

    /**
     * Claims per coverage at the rule's rate per exposure-year (travel: per trip; life: a tenth of the
     * SSA death rate at the insured's age, as accelerated benefits), each incident uniform in the
     * exposure, filed 0-30 days later (median 3), settled 5-45 days after filing. Claims whose
     * settlement has not come are open (submitted in their first 10 days, then under review); the
     * others paid 85%, rejected 10%, approved 5% (health: 78, 19, 3, KFF 2023). The claimed loss is
     * the deductible plus a lognormal amount (σ = 1.0) whose mean is the sourced severity; a payout
     * beyond the limit is capped at it.
     */
    private List<Policy.Claim> claims(long policyId, Customer c, Line line, List<Policy.Cover> covers,
                                      LocalDate from, LocalDate to, long insuredCents, Rng rng) {
        if (to.isBefore(from)) {
            return List.of();
        }
        double years = (to.toEpochDay() - from.toEpochDay() + 1) / 365.25;
        List<Policy.Claim> out = new ArrayList<>();
        for (Policy.Cover cover : covers) {
            InsuranceRules.ClaimRate rate = rules.claimRates().get(cover.type());
            double lambda = switch (line) {
                case TRAVEL -> rate.per100() / 100;
                case LIFE -> lifeDeathRate(age(c, from), "female".equals(c.gender())) / 10 * years;
                default -> rate.per100() / 100 * years;
            };
            int count = poisson(lambda, rng);
            for (int k = 0; k < count && out.size() < Ids.CLAIMS_PER_POLICY; k++) {
                LocalDate incident = rng.dateBetween(from, to);
                LocalDate filed = incident.plusDays(Math.min(30, (long) Math.floor(-Math.log(1 - rng.uniform(0, 1)) * 4.3)));
                if (!filed.isBefore(asOf)) {
                    continue;
                }
                double meanDollars = line == Line.LIFE ? insuredCents / 200.0 : rate.meanDollars() * market.priceLevel();
                // the loss above the deductible follows the sourced severity (an average paid loss); nobody
                // claims a loss the deductible covers
                long claimed = line == Line.LIFE ? insuredCents / 2 : cover.deductibleCents()
                        + Math.max(10_000, Math.round(rng.logNormal(meanDollars / Math.exp(0.5), 1.0) * 100));
                LocalDate settledOn = bankingDayFrom(filed.plusDays(rng.between(5, 41)));   // ≤ 45 on a banking day
                String status;
                String reason = null;
                Long approved = null;
                LocalDate settled = null;
                if (!settledOn.isBefore(asOf)) {
                    status = asOf.toEpochDay() - filed.toEpochDay() <= 10 ? "submitted" : "under_review";
                } else {
                    settled = settledOn;
                    double u = rng.uniform(0, 1);
                    boolean health = line == Line.HEALTH;
                    status = u < (health ? 0.78 : 0.85) ? "paid" : u < (health ? 0.97 : 0.95) ? "rejected" : "approved";
                    long payable = Math.min(claimed - cover.deductibleCents(), cover.limitCents() - cover.deductibleCents());
                    if (payable <= 0) {
                        status = "rejected";
                        reason = "The loss is within the deductible";
                    } else if ("rejected".equals(status)) {
                        reason = rng.pick(health ? new String[] {"Pre-existing condition", "Service not covered",
                            "Out-of-network provider", "Missing documentation"} : new String[] {"Loss not covered by "
                            + "the policy", "Missing documentation", "Reported too late", "Policy exclusion applies"});
                    } else {
                        approved = Math.max(1, Math.round(payable * rng.uniform(0.85, 1.0)));
                    }
                }
                out.add(new Policy.Claim(Ids.claim(policyId, out.size()), cover.type(), incident, filed, claimed,
                        approved, status, settled, rate.payoutParty(), reason));
            }
        }
        out.sort(java.util.Comparator.comparing(Policy.Claim::incident).thenComparingLong(Policy.Claim::id));
        List<Policy.Claim> renumbered = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Policy.Claim x = out.get(i);
            renumbered.add(new Policy.Claim(Ids.claim(policyId, i), x.coverage(), x.incident(), x.filed(),
                    x.claimedCents(), x.approvedCents(), x.status(), x.settled(), x.payoutParty(), x.rejectionReason()));
        }
        return List.copyOf(renumbered);
    }

    /** The premium and payout money of the customer's policies on one account. */
    @Override
    public List<LedgerFlow> flows(long accountId, CustomerFile file) {
        Account paying = file.paying();
        if (paying == null || paying.id() != accountId) {
            return List.of();
        }
        List<LedgerFlow> flows = new ArrayList<>();
        for (Policy p : policies(file)) {
            for (Policy.Premium premium : p.premiums()) {
                if (premium.paid() == null) {
                    continue;
                }
                String text;
                if (p.scheme() != null) {
                    // the bank's own debit for the scheme, named by the scheme year it pays for
                    int year = yearEnd(premium.due().plusDays(1), scheme(p.scheme())).getYear() - 1;
                    text = market.text(Text.SCHEME_PREMIUM, p.scheme(), year + "-" + String.format("%02d", (year + 1) % 100));
                } else {
                    text = market.text(Text.INSURANCE_PREMIUM, market.insuranceLineName(p.line().code()), p.number());
                }
                flows.add(new LedgerFlow(premium.paid(), premium.paid(), POSTING_HOUR, false, premium.cents(),
                        "insurance_premium", p.scheme() != null ? "system" : "ach", p.id(), LedgerFlow.Tag.POLICY, text,
                        market.text(Text.COVER_INSURANCE_PREMIUM)));
            }
            for (Policy.Claim claim : p.claims()) {
                if (claim.paysTheInsured()) {
                    flows.add(new LedgerFlow(claim.settled(), claim.settled(), POSTING_HOUR, true, claim.approvedCents(),
                            "claim_payout", "ach", claim.id(), LedgerFlow.Tag.CLAIM, market.text(Text.CLAIM_PAYOUT,
                            market.insuranceLineName(p.line().code()), claim.number()), null));
                }
            }
        }
        return flows;
    }

    /**
     * The annual auto premium before the market's price level and the insurer's other factors, priced
     * as insurers price it: by the driver's age (full-coverage averages by age from
     * cheapautoinsurance.net, "Average Car Insurance Rates by Age": $5,242 at 18, $2,864 at 21, $2,010
     * at 25, $1,785 at 30, $1,682 at 40, $1,581 at 50, $1,511 at 60, $1,661 at 70; taken relative to 40,
     * interpolated in logs, the 65-70 rise continued to 80), by the cover (liability [chosen] 45% of a
     * full-coverage premium, collision 40%, comprehensive 15%) and, for the physical damage covers, by
     * the vehicle's value (as its square root [chosen], $22,000 the median). Scaled so that the median
     * over the spec's mix of covers stays the spec's $1,400 for a driver of 40.
     */
    static double autoPremium(int age, double vehicleDollars, boolean collision, boolean comprehensive) {
        double physical = (0.40 * (collision ? 1 : 0) + 0.15 * (comprehensive ? 1 : 0))
                * Math.sqrt(Math.max(0.25, vehicleDollars / 22_000));
        double cover = (0.45 + physical) / (0.45 + 0.40 * 0.76 + 0.15 * 0.80);
        return 1_400 * autoAgeFactor(age) * cover;
    }

    /** The auto premium at this age relative to a driver of 40 (see {@link #autoPremium}). */
    static double autoAgeFactor(int age) {
        double[] ages = {18, 21, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70};
        double[] premiums = {5_242, 2_864, 2_010, 1_785, 1_730, 1_682, 1_647, 1_581, 1_528, 1_511, 1_555, 1_661};
        double[] factors = new double[premiums.length];
        for (int i = 0; i < premiums.length; i++) {
            factors[i] = premiums[i] / 1_682.0;
        }
        return interpolateLog(ages, factors, Math.max(18, Math.min(80, age)));
    }

    /**
     * Term life premium per $1,000 of face a year by age at issue: 1.0 at 30, 1.6 at 40, 3.5 at 50,
     * 8.5 at 60 (the spec's figures), interpolated in logs and extended beyond.
     */
    static double lifeRatePer1000(int age) {
        double[] ages = {30, 40, 50, 60};
        double[] rates = {1.0, 1.6, 3.5, 8.5};
        return interpolateLog(ages, rates, age);
    }

    /** SSA period life table death rates: men 0.25/0.57/1.23% at 40/50/60, women 0.15/0.32/0.77%. */
    static double lifeDeathRate(int age, boolean female) {
        double[] ages = {40, 50, 60};
        double[] rates = female ? new double[] {0.0015, 0.0032, 0.0077} : new double[] {0.0025, 0.0057, 0.0123};
        return interpolateLog(ages, rates, age);
    }

    private static double interpolateLog(double[] xs, double[] ys, double x) {
        int i = x <= xs[0] ? 0 : x >= xs[xs.length - 1] ? xs.length - 2 : 0;
        while (i < xs.length - 2 && x > xs[i + 1]) {
            i++;
        }
        double t = (x - xs[i]) / (xs[i + 1] - xs[i]);
        return Math.exp(Math.log(ys[i]) + t * (Math.log(ys[i + 1]) - Math.log(ys[i])));
    }

    private static int poisson(double lambda, Rng rng) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = rng.uniform(0, 1);
        while (p > l && k < 50) {
            k++;
            p *= rng.uniform(0, 1);
        }
        return k;
    }

    static int weighted(Rng rng, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int u = rng.between(0, total - 1);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static void cover(List<Policy.Cover> covers, long policyId, String type, double limitDollars,
                              double deductibleDollars) {
        covers.add(new Policy.Cover(Ids.coverage(policyId, covers.size()), type, dollars(limitDollars),
                dollars(Math.min(deductibleDollars, limitDollars))));
    }

    /** Whole dollars, in cents. */
    static long dollars(double amount) {
        return Math.round(amount) * 100;
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private boolean bankingDay(LocalDate day) {
        return market.bankingDay(day);
    }

    private LocalDate bankingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!bankingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private LocalDate bankingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!bankingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
