package io.dhub.generators.customers;

import io.dhub.generators.ids.Ids;
import io.dhub.generators.market.Amount;
import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Rng;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A high-utilisation customer's credit cards and their monthly statements (docs/profiles.md, the
 * profile specification's US card terms). Each card is drawn from the customer's own card stream
 * ({@code customer-cards}): a limit of 1-2.5 months of income, an APR of 20-30%, a balance held near
 * 55-88% of the limit. The statements follow the card's arithmetic exactly:
 * <ul>
 *   <li>closing = opening + purchases + interest + fees − payments, opening = the last closing;</li>
 *   <li>payments = what was paid on the last statement, before this one;</li>
 *   <li>interest = (opening − payments) × APR ÷ 12, only when the last statement was not paid in full;</li>
 *   <li>a late fee exactly when less than the last minimum was paid: $30, or $41 when another was
 *       charged in the six statements before;</li>
 *   <li>minimum = max($35, 1% of closing + interest + fees), never above the closing balance;</li>
 *   <li>due 25 days after the statement; a statement due on or after as-of is not paid yet.</li>
 * </ul>
 * Half of these customers pay the minimum only, 30% miss it one month in three (and the last one
 * due, so they are overdue at as-of), paying what they missed with the next, and 20% pay the minimum
 * plus up to 15% of the balance.
 * Payments come out of the customer's main account ({@link LifeLedger}); purchases stay on the card.
 */
final class Cards {
    private Cards() {
    }

    // the minimum payment's floor and the late fees are the market's (Amount.CARD_MINIMUM, CARD_LATE_FEE,
    // CARD_REPEAT_LATE_FEE; in the US: top issuers' $15-35 [chosen: the top of the band], $30 then $41 [LATE])
    /** Days from a statement to its due date (the CARD Act's 21 at least; 25 is common). */
    static final int DUE_DAYS = 25;
    /** The highest balance a card's purchases take it to, as a share of its limit [chosen]. */
    private static final double MOST = 0.90;

    /** One monthly statement; cents; {@code paid} and {@code paidDate} null while not yet due. */
    record Statement(LocalDate date, LocalDate due, long opening, long purchases, long payments, long interest,
                     long fees, long closing, long minimum, Long paid, LocalDate paidDate, boolean overdue) {
    }

    /**
     * A card: its paying account, the issuer's entry among the customer's counterparties (whom the
     * payments go to), limit, APR in basis points, how the holder pays, and the statements inside the
     * window; {@code carried} is the payment made on the statement before the window's first.
     */
    record Card(long id, long customerId, long accountId, String last4, Life.Counterparty issuer, long limitCents,
                int aprBasisPoints, String paying, LocalDate opened, Payment carried, List<Statement> statements) {
    }

    /** A payment towards a card, out of the paying account. */
    record Payment(LocalDate day, long cents) {
    }

    /**
     * Draws the customer's one to three cards and their statements dated from the window's first
     * month (or a month after the card opened) up to the day before as-of.
     *
     * @param firstCounterparty the index of the first issuer entry among the customer's counterparties
     */
    static List<Card> draw(Customer c, long mainAccountId, long monthlyIncomeCents, int firstCounterparty,
                           LocalDate windowStart, LocalDate asOf, Rng rng, Market market) {
        int n = rng.between(1, 3);
        double roll = rng.uniform(0, 1);
        String paying = roll < 0.5 ? "minimum" : roll < 0.8 ? "overdue" : "partial";
        List<Card> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long limit = 50_000 * Math.max(2, Math.min(50, Math.round(monthlyIncomeCents * rng.uniform(1.0, 2.5)
                    / 50_000.0)));
            int apr = rng.between(2_000, 3_000);
            double utilization = rng.uniform(0.55, 0.88);
            int day = rng.between(1, 28);
            LocalDate opened = c.customerSince().plusDays(rng.between(0, 90));
            LocalDate earliest = asOf.minusYears(6);
            if (opened.isBefore(earliest)) {
                opened = earliest.plusDays(rng.between(0, 1_500));
            }
            if (!opened.isBefore(asOf)) {
                opened = asOf.minusDays(1);      // a customer of the last weeks: opened, no statement yet
            }
            String last4 = io.dhub.generators.ids.UniqueValues.pad(rng.between(0, 9_999), 4);
            Life.Counterparty issuer = new Life.Counterparty(Ids.counterparty(c.id(), firstCounterparty + i), c.id(),
                    "DataHub Bank card ending " + last4, "lender", 0);
            out.add(statements(Ids.card(c.id(), i), c.id(), mainAccountId, last4, issuer, limit, apr, utilization,
                    paying, day, opened, windowStart, asOf, rng, market));
        }
        return List.copyOf(out);
    }

    private static Card statements(long id, long customerId, long accountId, String last4, Life.Counterparty issuer,
                                   long limit, int apr, double utilization, String paying, int day, LocalDate opened,
                                   LocalDate windowStart, LocalDate asOf, Rng rng, Market market) {
        LocalDate from = windowStart.isAfter(opened.plusMonths(1)) ? windowStart : opened.plusMonths(1);
        YearMonth m = YearMonth.from(from);
        if (m.atDay(day).isBefore(from)) {
            m = m.plusMonths(1);
        }
        // the balance carried into the window, and the statement before it: paid its minimum, on time
        long prevClosing = Math.round(limit * utilization * rng.uniform(0.9, 1.0));
        long prevMinimum = minimum(prevClosing, 0, 0, market);
        LocalDate prevDate = m.minusMonths(1).atDay(day);
        Payment carried = new Payment(prevDate.plusDays(DUE_DAYS - rng.between(0, 5)), prevMinimum);
        long prevPaid = prevMinimum;
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth k = m; k.atDay(day).isBefore(asOf); k = k.plusMonths(1)) {
            dates.add(k.atDay(day));
        }
        // an overdue payer has missed the last statement due before as-of
        int lastDue = -1;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).plusDays(DUE_DAYS).isBefore(asOf)) {
                lastDue = i;
            }
        }
        List<Statement> out = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            long opening = prevClosing;
            long payments = prevPaid;
            long interest = prevPaid < prevClosing ? interest(Math.max(0, opening - payments), apr) : 0;
            boolean late = prevPaid < prevMinimum;
            boolean lateBefore = false;
            for (int j = Math.max(0, out.size() - 6); j < out.size(); j++) {
                lateBefore |= out.get(j).fees() > 0;
            }
            long fees = late ? market.cents(lateBefore ? Amount.CARD_REPEAT_LATE_FEE : Amount.CARD_LATE_FEE) : 0;
            long carriedOn = opening - payments + interest + fees;
            double z = Math.max(-2, Math.min(2, rng.gaussian()));
            long target = Math.round(limit * Math.min(MOST, utilization * (1 + 0.04 * z)));
            long purchases = Math.max(0, target - carriedOn);
            long closing = carriedOn + purchases;
            long minimum = minimum(closing, interest, fees, market);
            LocalDate due = date.plusDays(DUE_DAYS);
            Long paid = null;
            LocalDate paidDate = null;
            if (due.isBefore(asOf)) {
                boolean miss = "overdue".equals(paying) && (i == lastDue || rng.chance(1 / 3.0));
                if (miss) {
                    // nothing, or half the minimum a day or two late
                    paid = rng.chance(0.5) ? 0L : minimum / 2;
                    paidDate = paid == 0 ? null : due.plusDays(rng.between(1, 2));
                } else if ("partial".equals(paying)) {
                    paid = Math.min(closing, minimum + Math.round(closing * rng.uniform(0, 0.15)));
                    paidDate = due.minusDays(rng.between(0, 8));
                } else {
                    // the minimum, and what was missed of the last one (catching up)
                    paid = Math.min(closing, minimum + Math.max(0, prevMinimum - prevPaid));
                    paidDate = due.minusDays(rng.between(0, 5));
                }
                if (paidDate != null && !paidDate.isBefore(asOf)) {
                    paid = 0L;                // it would come after as-of: not paid yet
                    paidDate = null;
                }
            }
            out.add(new Statement(date, due, opening, purchases, payments, interest, fees, closing, minimum, paid,
                    paidDate, paid != null && paid < minimum));
            prevClosing = closing;
            prevMinimum = minimum;
            prevPaid = paid == null ? 0 : paid;
        }
        return new Card(id, customerId, accountId, last4, issuer, limit, apr, paying, opened, carried, List.copyOf(out));
    }

    /** Interest on a balance for a month at an APR in basis points: balance × APR ÷ 12, half-up to the cent. */
    static long interest(long balanceCents, int aprBasisPoints) {
        return (balanceCents * aprBasisPoints * 2 + 120_000) / 240_000;
    }

    /** max(floor, 1% of the closing balance + interest + fees), never above the balance; 0 with nothing owed. */
    static long minimum(long closing, long interest, long fees, Market market) {
        if (closing <= 0) {
            return 0;
        }
        long onePercent = (closing + 50) / 100;
        return Math.min(closing, Math.max(market.cents(Amount.CARD_MINIMUM), onePercent + interest + fees));
    }
}
