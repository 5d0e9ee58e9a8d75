package io.dhub.schema.admin;

import io.dhub.schema.LogicalDatabase;

/**
 * dhub's mark of ownership: a comment on the database (COMMENT ON DATABASE), set when dhub
 * creates it. A database without it is never changed by dhub, whatever its name.
 */
final class Ownership {
    private static final String MARK = "dhub:owned logical=";

    private Ownership() {
    }

    static String comment(LogicalDatabase database) {
        return MARK + database.logicalName()
                + "; created by dhub, which changes only databases carrying this comment";
    }

    static boolean isMarked(LogicalDatabase database, String comment) {
        return comment != null && comment.startsWith(MARK + database.logicalName() + ";");
    }

    /** The logical database a comment carries dhub's mark for, or null when it carries none. */
    static String markedFor(String comment) {
        if (comment == null || !comment.startsWith(MARK)) {
            return null;
        }
        int end = comment.indexOf(';', MARK.length());
        return end < 0 ? null : comment.substring(MARK.length(), end);
    }

    /** The name a database has while dhub creates and marks it; renamed once marked. */
    static String creatingName(String physicalName) {
        return physicalName + "__dhub_creating";
    }
}
