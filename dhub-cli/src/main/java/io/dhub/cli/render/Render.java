package io.dhub.cli.render;

import io.dhub.schema.admin.DatabaseState;
import java.util.Locale;

/** Small wording shared by the commands that print database states and counts. */
public final class Render {
    public static final String MISSING_TABLE = "(missing: run 'dhub db migrate')";

    private Render() {
    }

    public static String stateNote(DatabaseState state) {
        return switch (state) {
            case MISSING -> "(not created: run 'dhub db migrate')";
            case NOT_OWNED -> "(not created by dhub: left alone)";
            case OWNED -> "";
        };
    }

    /** A count with thousands separators, the same in every locale. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
