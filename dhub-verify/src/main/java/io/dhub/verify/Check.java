package io.dhub.verify;

import io.dhub.schema.LogicalDatabase;
import java.sql.SQLException;
import java.util.List;

/** One guarantee, checked by SQL against one database as it is now. */
interface Check {
    String id();

    Category category();

    /** The database the check's SQL runs in. */
    LogicalDatabase database();

    /** The tables it reads, e.g. {@code loans_db.collateral, loans_db.loans}. */
    String scope();

    /** How it is computed, in words and symbols, for {@code --explain}. */
    String formula();

    /** Rows copied in from other databases before the check runs. */
    default List<Import> imports() {
        return List.of();
    }

    CheckResult run(VerifySession session) throws SQLException;
}
