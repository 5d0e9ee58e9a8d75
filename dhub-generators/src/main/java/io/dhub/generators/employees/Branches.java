package io.dhub.generators.employees;

import io.dhub.generators.market.Home;
import io.dhub.generators.spi.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bank's branches, BR001 upwards from its largest city: each stands in a real city of the
 * market, drawn by population, so branches are where most customers live. A customer's home branch
 * is the one nearest their city; it does not depend on the scale, so customer k banks at the same
 * branch at every scale.
 */
public final class Branches {
    /** A branch: its code, name, street address in a real city, and the day it opened. */
    public record Branch(String code, String name, Home site, LocalDate opened) {
    }

    private final List<Branch> branches;
    private final double[] totals;

    /**
     * @param sites   the branches' places, largest city first
     * @param founded the bank's founding day: the first branch opened then, the others within
     *                {@link #OPENING_YEARS} years of it
     */
    Branches(List<Home> sites, LocalDate founded, Rng rng) {
        List<Branch> out = new ArrayList<>(sites.size());
        totals = new double[sites.size()];
        double sum = 0;
        for (int i = 0; i < sites.size(); i++) {
            Home site = sites.get(i);
            String code = String.format(Locale.ROOT, "BR%03d", i + 1);
            long days = java.time.temporal.ChronoUnit.DAYS.between(founded, founded.plusYears(OPENING_YEARS));
            LocalDate opened = i == 0 ? founded : founded.plusDays(rng.between(1, (int) days));
            out.add(new Branch(code, site.city() + " " + site.street().replaceFirst("^\\d+ ", ""), site, opened));
            sum += site.population();
            totals[i] = sum;
        }
        this.branches = List.copyOf(out);
    }

    /**
     * Every branch opened within this many years of the founding, 30 years before the as-of date, so
     * each was open before the first account (customers join at most 20 years before the as-of date).
     */
    static final int OPENING_YEARS = 10;

    public List<Branch> all() {
        return branches;
    }

    public List<String> codes() {
        return branches.stream().map(Branch::code).toList();
    }

    public int size() {
        return branches.size();
    }

    /** The branch nearest to that point (a flat-earth distance, fine at the scale of a country); the lower code on a tie. */
    public String nearest(double latitude, double longitude) {
        Branch best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Branch b : branches) {
            double dLat = b.site().latitude() - latitude;
            double dLon = (b.site().longitude() - longitude) * Math.cos(Math.toRadians(latitude));
            double d = dLat * dLat + dLon * dLon;
            if (d < bestDistance) {
                bestDistance = d;
                best = b;
            }
        }
        return best.code();
    }

    /** A branch drawn by the population of its city. */
    public String draw(Rng rng) {
        double u = rng.uniform(0, totals[totals.length - 1]);
        for (int i = 0; i < totals.length; i++) {
            if (totals[i] > u) {
                return branches.get(i).code();
            }
        }
        return branches.get(branches.size() - 1).code();
    }

    /** The weight of each branch in {@link #draw}: its city's population. */
    public double population(String code) {
        for (Branch b : branches) {
            if (b.code().equals(code)) {
                return b.site().population();
            }
        }
        throw new IllegalArgumentException("no branch " + code);
    }
}
