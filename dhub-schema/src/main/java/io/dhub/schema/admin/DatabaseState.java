package io.dhub.schema.admin;

/** Whether a dhub database exists on the server, and whether dhub owns it. */
public enum DatabaseState {
    /** No database of that name. */
    MISSING,
    /** A database of that name that dhub did not create: dhub never changes it. */
    NOT_OWNED,
    /** Created by dhub, carrying its ownership mark. */
    OWNED
}
