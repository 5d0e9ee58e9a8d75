package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;

/** What every check states about itself: its id, category, database and scope. */
abstract class BaseCheck implements Check {
    private final String id;
    private final Category category;
    private final LogicalDatabase database;
    private final String scope;

    BaseCheck(String id, Category category, LogicalDatabase database, String scope) {
        this.id = id;
        this.category = category;
        this.database = database;
        this.scope = scope;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Category category() {
        return category;
    }

    @Override
    public final LogicalDatabase database() {
        return database;
    }

    @Override
    public final String scope() {
        return scope;
    }
}
