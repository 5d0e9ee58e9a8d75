package io.dhub.generators.market;

/**
 * What a person does and earns: an occupation title (a BLS title, or {@code Retired} or
 * {@code Student}), its major group, and the year's income in the market's currency, whole hundreds.
 */
public record Job(String occupation, String group, long income) {
    public static final String RETIRED = "Retired";
    public static final String STUDENT = "Student";

    public boolean working() {
        return !RETIRED.equals(occupation) && !STUDENT.equals(occupation);
    }

    /** A year's income as jobs carry it: whole hundreds of the currency, at least one hundred. */
    public static long hundreds(double amount) {
        return Math.max(100, Math.round(amount / 100) * 100);
    }
}
