package io.dhub.schema;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Schema;
import org.jooq.Table;

/**
 * The six databases dhub fills, by the names users and docs use. On the server each one lives
 * under {@code prefix + logicalName}, so several installations can share one server.
 */
public enum LogicalDatabase {
    EMPLOYEES("employees_db", io.dhub.schema.jooq.employees.DefaultSchema.DEFAULT_SCHEMA),
    CUSTOMER("customer_db", io.dhub.schema.jooq.customers.DefaultSchema.DEFAULT_SCHEMA),
    ACCOUNTS("accounts_db", io.dhub.schema.jooq.accounts.DefaultSchema.DEFAULT_SCHEMA),
    LOANS("loans_db", io.dhub.schema.jooq.loans.DefaultSchema.DEFAULT_SCHEMA),
    INSURANCE("insurance_db", io.dhub.schema.jooq.insurance.DefaultSchema.DEFAULT_SCHEMA),
    COMPLIANCE("compliance_db", io.dhub.schema.jooq.compliance.DefaultSchema.DEFAULT_SCHEMA);

    private final String logicalName;
    private final Schema schema;

    LogicalDatabase(String logicalName, Schema schema) {
        this.logicalName = logicalName;
        this.schema = schema;
    }

    public String logicalName() {
        return logicalName;
    }

    /** The name on the server under the given installation prefix. */
    public String physicalName(String prefix) {
        return prefix + logicalName;
    }

    /** Where this database's Flyway migrations sit on the class path. */
    public String migrationLocation() {
        return "classpath:db/migrations/" + logicalName;
    }

    /** Prefix of dhub's own bookkeeping tables (the run record), which hold no bank data. */
    public static final String META_PREFIX = "dhub_";

    /** dhub's data tables in this database, as the migrations define them, sorted by name. */
    public List<Table<?>> tables() {
        return schema.getTables().stream()
                .filter(t -> !t.getName().startsWith(META_PREFIX))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .collect(Collectors.toUnmodifiableList());
    }

    /** One of dhub's data tables in this database, by name. */
    public Table<?> table(String name) {
        return tables().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not a table of " + logicalName));
    }

    public List<String> tableNames() {
        return tables().stream().map(Table::getName).collect(Collectors.toUnmodifiableList());
    }

    /** Looks a database up by its logical name, e.g. {@code accounts_db}. */
    public static LogicalDatabase byName(String name) {
        for (LogicalDatabase db : values()) {
            if (db.logicalName.equals(name)) {
                return db;
            }
        }
        throw DhubException.usage("unknown database '" + name + "': use one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(LogicalDatabase::logicalName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return logicalName;
    }
}
