package io.dhub.generators.customers;

import io.dhub.generators.market.DepositTerms;
import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.Weighted;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A recurring deposit (a market's product, {@link DepositTerms}): the holder pays one instalment a month
 * for the term, the first when the deposit is opened, each later one on the day of the month it was
 * opened (the next banking day when that is none, or the banking day before when the month has no
 * banking day left), by standing instruction from the main account when it is active and open, else
 * in cash at the branch. A standing instruction the main account's balance cannot carry fails and the
 * month's instalment is missed (the bank's penalty is not modelled). Interest is compounded every
 * quarter: on the last banking day of each quarter's last month the bank credits the rate's twelfth
 * of the monthly product, the sum of the balances at the quarter's month ends.
 *
 * @param instalmentCents the monthly instalment
 * @param tenureMonths    the term
 * @param openingCents    the balance when the stored ledger begins (the instalments and interest before it)
 * @param productCents    the month ends of the current quarter before the ledger's first month, summed
 * @param firstMonth      the first month whose month end the ledger's booking adds to the product
 * @param siSecond        the second of the day the bank's standing instructions run at
 */
record RecurringDeposit(long instalmentCents, int tenureMonths, long openingCents, long productCents,
                        YearMonth firstMonth, int siSecond) {

    /** The role of a recurring deposit among the rules' account types. */
    static final String TYPE = "recurring_deposit";

    /** The second of the day a quarter's interest is credited at: the bank's end-of-day run, 23:30. */
    static final int INTEREST_SECOND = 23 * 3600 + 30 * 60;

    /**
     * The term and instalment of a deposit opened that day, drawn from its own stream; the opening day
     * moved, when the term would have ended by as-of, to one within a term of as-of (a deposit that
     * matured is no longer held), no earlier than the day after {@code earliest}.
     */
    static Terms draw(Rng rng, DepositTerms terms, double multiplier, LocalDate opened, LocalDate earliest,
                         LocalDate latest, LocalDate asOf) {
        int tenure = Weighted.ofEntries(terms.recurringTenures()).draw(rng);
        long unit = terms.instalmentUnit();
        long instalment = Math.max(terms.instalmentMinimum(), Math.round(
                rng.logNormal(terms.instalmentMedian() * multiplier, terms.instalmentSpread()) * 100 / unit) * unit);
        LocalDate lowest = asOf.minusMonths(tenure).plusDays(1);
        if (!opened.plusMonths(tenure).isAfter(asOf)) {
            LocalDate from = lowest.isAfter(earliest.plusDays(1)) ? lowest : earliest.plusDays(1);
            opened = from.isAfter(latest) ? latest : rng.dateBetween(from, latest);
        }
        return new Terms(tenure, instalment, opened);
    }

    /** A deposit's term in months, its instalment in cents and the day it was opened. */
    record Terms(int tenure, long instalment, LocalDate opened) {
    }

    /** The day instalment {@code k} falls due (0 is the opening day), moved onto a banking day of its month. */
    static LocalDate due(LocalDate opened, int k, Market market) {
        return k == 0 ? opened : LocalTimes.openInMonth(opened.plusMonths(k), "system", market);
    }

    /** The day a quarter's interest is credited in this month, or null when the month ends no quarter. */
    static LocalDate interestDay(YearMonth month, Market market) {
        if (!market.depositTerms().quarterEndMonths().contains(month.getMonthValue())) {
            return null;
        }
        return LocalTimes.openInMonth(month.atEndOfMonth(), "system", market);
    }

    /** A quarter's interest on a monthly product at a yearly rate in percent. */
    static long interest(long productCents, double ratePercent) {
        return Math.round(productCents * ratePercent / 1200);
    }

    /**
     * The deposit as its ledger begins on {@code firstDay}: every instalment due before it paid, every
     * quarter's interest before it credited, and the month ends of the current quarter summed so far.
     */
    static RecurringDeposit at(long instalment, int tenure, LocalDate opened, double ratePercent, LocalDate firstDay,
                               Market market, int siSecond) {
        long balance = 0;
        long product = 0;
        YearMonth first = YearMonth.from(firstDay);
        YearMonth m = YearMonth.from(opened);
        for (; !m.isAfter(first); m = m.plusMonths(1)) {
            int k = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(opened), m);
            if (k < tenure && due(opened, k, market).isBefore(firstDay)) {
                balance += instalment;
            }
            LocalDate credited = interestDay(m, market);
            if (credited != null && credited.isBefore(firstDay)) {
                balance += interest(product + balance, ratePercent);
                product = 0;
            } else if (m.isBefore(first)) {
                product += balance;
            } else {
                break;
            }
        }
        // the loop stops at the ledger's first month, or past it when its quarter's interest came before the ledger
        return new RecurringDeposit(instalment, tenure, balance, product, m.isAfter(first) ? m : first, siSecond);
    }

    /**
     * The instalments due from the day after {@code from} to {@code to}: by standing instruction from
     * {@code main} (a transfer at the bank's standing-instruction second) while it is active and was
     * opened before the due day, the others in cash at the branch (their instants, in {@code cash}).
     */
    List<Ledger.Transfer> instalments(Account deposit, Account main, LocalDate from, LocalDate to, ZoneId zone,
                                      Market market, List<Long> cash, Rng rng) {
        List<Ledger.Transfer> out = new ArrayList<>();
        for (int k = 1; k < tenureMonths; k++) {
            LocalDate day = due(deposit.openedDate(), k, market);
            if (day.isAfter(to)) {
                break;
            }
            if (day.isBefore(from)) {
                continue;
            }
            if (main != null && "active".equals(main.status()) && main.openedDate().isBefore(day)) {
                long at = day.atStartOfDay(zone).toEpochSecond() + siSecond;
                out.add(new Ledger.Transfer(main.id(), main.number(), deposit.id(), deposit.number(), at,
                        instalmentCents, "system", false));
            } else {
                cash.add(day.atTime(LocalTimes.time(rng, "branch", day, market)).atZone(zone).toEpochSecond());
            }
        }
        return out;
    }
}
