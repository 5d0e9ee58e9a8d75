package io.dhub.schema.verify;

import java.util.Locale;

/** The six kinds of guarantee that {@code dhub seed verify} checks, in the order it reports them. */
public enum Category {
    INTEGRITY, STRUCTURE, TIME, MONEY, DISTRIBUTION, REALISM;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
