package io.dhub.generators.loans;

import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Weighted;
import java.util.Arrays;
import java.util.List;

/**
 * A market's income floors on loan products ({@link Market#loanFloors}): an applicant below a
 * product's floor borrows its fallback instead (in India a car buyer under Rs 3 lakh a year a
 * two-wheeler, and one under Rs 1.2 lakh pledges gold). So that the market's mix of products still
 * holds after that redirection, the lender draws from a mix of its own, {@link #drawing}: more of the
 * floored products, fewer of their fallbacks, solved from the floors' measured shares of applicants
 * under them. The type drawn does not depend on income, so a floor at the income under which a share
 * b of applicants earn moves the b of the product's draws that are poorest; with incomes as
 * quantiles, the floors cut [0, 1] into intervals, and each product's draws spread over them evenly.
 */
final class LoanFloors {
    private final List<Market.LoanFloor> floors;
    /** The quantiles the floors cut incomes at, from 0 to 1. */
    private final double[] cuts;

    LoanFloors(List<Market.LoanFloor> floors) {
        this.floors = List.copyOf(floors);
        double last = 0;
        for (Market.LoanFloor f : floors.stream().sorted((a, b) -> Double.compare(a.minIncome(), b.minIncome())).toList()) {
            if (f.shareUnder() < last) {
                throw new IllegalArgumentException("fewer applicants earn under a higher income floor: " + f);
            }
            last = f.shareUnder();
        }
        this.cuts = java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(0, 1),
                floors.stream().mapToDouble(Market.LoanFloor::shareUnder)).distinct().sorted().toArray();
    }

    /** The product an applicant earning {@code income} a year borrows, having drawn {@code drawn}. */
    LoanType apply(LoanType drawn, double income) {
        LoanType type = drawn;
        for (Market.LoanFloor f : floors) {
            if (type.code().equals(f.product()) && income < f.minIncome()) {
                type = LoanType.of(f.fallback());
            }
        }
        return type;
    }

    /**
     * The mix to draw from so that the products borrowed, after {@link #apply}, are {@code target}'s:
     * the fixed point of w ← w + (target − borrowed(w)), which converges because the redirections
     * only flow one way along the floors (each step shrinks the error by at most the largest share
     * under a floor). Without floors, {@code target} itself.
     */
    Weighted<LoanType> drawing(Weighted<LoanType> target) {
        if (floors.isEmpty()) {
            return target;
        }
        LoanType[] types = LoanType.values();
        double[] want = new double[types.length];
        for (int i = 0; i < types.length; i++) {
            want[i] = target.share(types[i]);
        }
        double[] w = want.clone();
        for (int round = 0; round < 1_000; round++) {
            double[] got = borrowed(w);
            for (int i = 0; i < w.length; i++) {
                w[i] += want[i] - got[i];
            }
        }
        Object[] pairs = new Object[0];
        for (int i = 0; i < types.length; i++) {
            if (want[i] > 0) {
                if (w[i] < 0) {
                    throw new IllegalArgumentException("the market's floors redirect more applicants to "
                            + types[i].code() + " than its mix lends it to");
                }
                pairs = Arrays.copyOf(pairs, pairs.length + 2);
                pairs[pairs.length - 2] = types[i];
                pairs[pairs.length - 1] = w[i];
            }
        }
        return Weighted.of(pairs);
    }

    /** The shares of the products borrowed when {@code drawn} (by {@link LoanType} ordinal) is drawn. */
    double[] borrowed(double[] drawn) {
        int intervals = cuts.length - 1;
        double[][] mass = new double[drawn.length][intervals];
        for (int t = 0; t < drawn.length; t++) {
            for (int i = 0; i < intervals; i++) {
                mass[t][i] = drawn[t] * (cuts[i + 1] - cuts[i]);
            }
        }
        for (Market.LoanFloor f : floors) {
            int from = LoanType.of(f.product()).ordinal();
            int to = LoanType.of(f.fallback()).ordinal();
            for (int i = 0; i < intervals && cuts[i + 1] <= f.shareUnder(); i++) {
                mass[to][i] += mass[from][i];
                mass[from][i] = 0;
            }
        }
        double[] out = new double[drawn.length];
        for (int t = 0; t < drawn.length; t++) {
            out[t] = Arrays.stream(mass[t]).sum();
        }
        return out;
    }
}
