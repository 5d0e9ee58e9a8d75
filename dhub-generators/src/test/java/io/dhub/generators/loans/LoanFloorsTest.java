package io.dhub.generators.loans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dhub.generators.market.Market;
import io.dhub.generators.market.india.InMarket;
import io.dhub.generators.spi.Weighted;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** India's income floors on loan products, and the drawing mix that keeps its product shares, without a database. */
class LoanFloorsTest {
    private static final Market INDIA = InMarket.INSTANCE;
    private static final Weighted<LoanType> MIX = LoanRules.forMarket(INDIA).type();

    @Test
    void applicantsBelowAFloorBorrowItsFallbackAlongTheChain() {
        LoanFloors floors = new LoanFloors(INDIA.loanFloors());
        assertEquals(LoanType.AUTO, floors.apply(LoanType.AUTO, 300_000));
        assertEquals(LoanType.TWO_WHEELER, floors.apply(LoanType.AUTO, 299_999), "under Rs 3 lakh: a two-wheeler");
        assertEquals(LoanType.GOLD, floors.apply(LoanType.AUTO, 100_000), "under Rs 1.2 lakh: on to gold");
        assertEquals(LoanType.PERSONAL, floors.apply(LoanType.MORTGAGE, 179_999), "under Rs 1.8 lakh: no home loan");
        assertEquals(LoanType.MORTGAGE, floors.apply(LoanType.MORTGAGE, 180_000));
        assertEquals(LoanType.GOLD, floors.apply(LoanType.GOLD, 0), "gold asks no income");
    }

    @Test
    void theDrawingMixGivesTheMarketsSharesAfterTheFloors() {
        Weighted<LoanType> drawing = new LoanFloors(INDIA.loanFloors()).drawing(MIX);
        // by hand: every car drawn from 49% of applicants stays, so 7% / 0.49 are drawn; homes 8% / 0.63
        assertEquals(0.07 / (1 - 0.51), drawing.share(LoanType.AUTO), 1e-9);
        assertEquals(0.08 / (1 - 0.37), drawing.share(LoanType.MORTGAGE), 1e-9);
        assertEquals(MIX.share(LoanType.BUSINESS), drawing.share(LoanType.BUSINESS), 1e-9, "no floor, no change");
        // simulated apart from the solver: applicants of uniform income quantiles draw and meet the floors
        Random random = new Random(20240601);
        int n = 2_000_000;
        double[] count = new double[LoanType.values().length];
        double[] under = {0.51, 0.37, 0.24};
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            double pick = random.nextDouble();
            LoanType type = null;
            double running = 0;
            for (LoanType t : LoanType.values()) {
                running += drawing.share(t);
                if (type == null && pick < running) {
                    type = t;
                }
            }
            type = type == null ? LoanType.GOLD : type;
            if (type == LoanType.AUTO && u < under[0]) {
                type = LoanType.TWO_WHEELER;
            }
            if (type == LoanType.MORTGAGE && u < under[1]) {
                type = LoanType.PERSONAL;
            }
            if (type == LoanType.TWO_WHEELER && u < under[2]) {
                type = LoanType.GOLD;
            }
            count[type.ordinal()]++;
        }
        for (LoanType t : LoanType.values()) {
            assertEquals(MIX.share(t), count[t.ordinal()] / n, 0.0015, t.code() + " after the floors");
        }
    }

    @Test
    void withoutFloorsTheMixIsDrawnAsItIs() {
        Weighted<LoanType> us = LoanRules.DEFAULT.type();
        assertSame(us, new LoanFloors(List.of()).drawing(us));
        assertEquals(LoanType.AUTO, new LoanFloors(List.of()).apply(LoanType.AUTO, 0));
    }

    @Test
    void floorsWhoseSharesFallAsIncomesRiseAreRefused() {
        var floors = List.of(new Market.LoanFloor("auto", 300_000, "two_wheeler", 0.2),
                new Market.LoanFloor("two_wheeler", 120_000, "gold", 0.3));
        assertThrows(IllegalArgumentException.class, () -> new LoanFloors(floors));
    }
}
