package io.dhub.generators.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.market.Market;
import io.dhub.generators.market.UsMarket;
import io.dhub.generators.spi.Rng;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transfers planned from a savings account to the holder's main account, judged against the
 * rule written out here: about 4.5 per six months of the savings ledger, inside the ledger's window
 * and after the main account opened, each 5-15% of the opening balance in multiples of $50.
 */
class DrawsToMainTest {
    private static final Market US = UsMarket.INSTANCE;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    private static Account account(long id, String type, String opening, LocalDate opened) {
        return new Account(id, String.format("%012d", id), 1, type, "active", new BigDecimal(opening),
                BigDecimal.ZERO, BigDecimal.ZERO, "B001", opened, null);
    }

    private static LocalDate day(Ledger.Transfer t) {
        return Instant.ofEpochSecond(t.at()).atZone(ZONE).toLocalDate();
    }

    @Test
    void aboutFourAndAHalfInSixMonthsInsideTheWindowInRoundSharesOfTheBalance() {
        Account savings = account(2, "savings", "10000.00", LocalDate.of(2015, 3, 9));
        Account main = account(1, "checking", "2500.00", LocalDate.of(2012, 6, 1));
        LocalDate from = Ledger.windowStart(savings, AS_OF, 0);
        int runs = 2_000;
        long total = 0;
        long manual = 0;
        for (int seed = 0; seed < runs; seed++) {
            List<Ledger.Transfer> draws = Ledger.drawsToMain(savings, main, new Rng(seed), AS_OF, 0, ZONE, US, 0.30);
            total += draws.size();
            for (Ledger.Transfer t : draws) {
                assertEquals(savings.id(), t.sourceId());
                assertEquals(main.id(), t.targetId());
                assertEquals(main.number(), t.targetNumber());
                assertTrue(!day(t).isBefore(from) && day(t).isBefore(AS_OF), day(t) + " outside the window");
                assertEquals(0, t.cents() % 5_000, t.cents() + " cents is not a multiple of $50");
                assertTrue(t.cents() >= 50_000 - 2_500 && t.cents() <= 150_000 + 2_500, t.cents() + " cents");
                assertTrue(t.channel().equals("online") || t.channel().equals("mobile"), t.channel());
                manual += t.manual() ? 1 : 0;
            }
            for (int i = 1; i < draws.size(); i++) {
                assertTrue(draws.get(i - 1).at() <= draws.get(i).at(), "in time order");
            }
        }
        double mean = total / (double) runs;
        // the count per ledger has a variance below its mean's: 4 standard errors of a Poisson count bound it
        assertTrue(Math.abs(mean - Ledger.DRAWS_TO_MAIN) < 4 * Math.sqrt(Ledger.DRAWS_TO_MAIN / runs), "mean " + mean);
        double share = manual / (double) total;
        assertTrue(Math.abs(share - 0.30) < 4 * Math.sqrt(0.3 * 0.7 / total), "keyed by hand " + share);
    }

    @Test
    void noneBeforeTheMainAccountOpensOrAfterItFallsQuiet() {
        Account savings = account(2, "savings", "10000.00", LocalDate.of(2015, 3, 9));
        LocalDate opened = AS_OF.minusDays(40);
        Account late = account(1, "checking", "2500.00", opened);
        long total = 0;
        for (int seed = 0; seed < 500; seed++) {
            for (Ledger.Transfer t : Ledger.drawsToMain(savings, late, new Rng(seed), AS_OF, 0, ZONE, US, 0.30)) {
                assertTrue(day(t).isAfter(opened), day(t) + " before the main account opened on " + opened);
                total++;
            }
        }
        // 39 of the window's ~183 days: about 4.5 × 39 / 183 ≈ 0.96 a ledger
        assertTrue(total > 350 && total < 620, "draws in 500 ledgers: " + total);

        Account dormant = new Account(1, "000000000001", 1, "checking", "dormant", new BigDecimal("2500.00"),
                BigDecimal.ZERO, BigDecimal.ZERO, "B001", LocalDate.of(2010, 1, 4), null);
        for (int seed = 0; seed < 200; seed++) {
            assertEquals(List.of(), Ledger.drawsToMain(savings, dormant, new Rng(seed), AS_OF, 0, ZONE, US, 0.30),
                    "a main account quiet for a year takes nothing in the savings' last six months");
        }
    }
}
