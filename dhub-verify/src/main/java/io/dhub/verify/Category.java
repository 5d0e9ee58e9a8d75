package io.dhub.verify;

import java.util.Locale;

/** The kinds of guarantee that {@code dhub seed verify} checks, in the order it reports them. */
public enum Category {
    INTEGRITY, STRUCTURE, TIME, MONEY, DISTRIBUTION, REALISM, INSURANCE, COMPLIANCE, PROFILES;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
