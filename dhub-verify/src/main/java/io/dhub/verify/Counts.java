package io.dhub.verify;

import java.util.Locale;

/** Numbers as the report prints them. */
final class Counts {
    private Counts() {
    }

    static String of(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
