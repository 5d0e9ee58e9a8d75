package io.dhub.cli;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.admin.DatabaseState;
import io.dhub.schema.admin.DatabaseStatus;
import io.dhub.schema.admin.Databases;
import io.dhub.schema.admin.MigrateResult;
import io.dhub.schema.admin.QueryResult;
import io.dhub.schema.admin.StatusReport;
import io.dhub.schema.admin.TableStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dhub db …}: the databases themselves. */
@Command(name = "db", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Create, migrate, list and query dhub's six databases.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Tables.class, DbCommand.Query.class, HelpCommand.class})
final class DbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: migrate, tables or query");
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Create any missing dhub database and apply the schema migrations. Safe to repeat.")
    static final class Migrate implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Mixin
        RunOptions run;
        private final CliContext context;

        Migrate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            io.dhub.schema.connect.RetryPolicy retry = run.retry();
            try (Databases databases = Session.open(connection, context);
                 io.dhub.schema.admin.RunLock lock = databases.lock("db migrate", run.waitForLock(), context::notice)) {
                MigrateResult result = retry.run("migrate", context::notice, databases::migrate);
                TextTable table = new TextTable(List.of("database", "action", "migrations applied", "schema version"),
                        false, false, true, true);
                for (MigrateResult.Database db : result.databases()) {
                    table.row(db.database().logicalName(), db.created() ? "created" : "existed",
                            Integer.toString(db.applied()), db.schemaVersion());
                }
                table.print(context.out());
                context.out().println(result.databases().size() + " databases ready on " + databases.server().display()
                        + (databases.prefix().isEmpty() ? "" : " under prefix '" + databases.prefix() + "'"));
                return 0;
            }
        }
    }

    @Command(name = "tables", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "List dhub's tables with their column and row counts.")
    static final class Tables implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Option(names = {"-d", "--database"}, paramLabel = "DB", description = "Only this database (e.g. accounts_db)")
        String database;

        private final CliContext context;

        Tables(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<LogicalDatabase> wanted = database == null
                    ? List.of(LogicalDatabase.values()) : List.of(LogicalDatabase.byName(database));
            try (Databases databases = Session.open(connection, context)) {
                StatusReport report = databases.status(wanted);
                TextTable table = new TextTable(List.of("database", "table", "columns", "rows"), false, false, true, true);
                for (DatabaseStatus db : report.databases()) {
                    if (db.state() != DatabaseState.OWNED) {
                        table.row(db.database().logicalName(), Render.stateNote(db.state()), "", "");
                    }
                    for (TableStatus t : db.tables()) {
                        table.row(db.database().logicalName(), t.name(),
                                t.present() ? Integer.toString(t.columns()) : "", t.present() ? Render.count(t.rows())
                                        : Render.MISSING_TABLE);
                    }
                }
                table.print(context.out());
                return 0;
            }
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
            description = "Run SQL against one database. Read-only unless --write is given.")
    static final class Query implements Callable<Integer> {
        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "SQL", description = "The SQL to run")
        String sql;

        @Option(names = {"-d", "--database"}, required = true, paramLabel = "DB",
                description = "The database, by its dhub name (e.g. accounts_db)")
        String database;

        @Option(names = "--write", description = "Allow the SQL to change data (only in databases dhub owns)")
        boolean write;

        @Option(names = "--json", description = "Print the rows as a JSON array of objects")
        boolean json;

        @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
                description = "Print at most N rows (default: ${DEFAULT-VALUE})")
        int maxRows;

        private final CliContext context;

        Query(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            LogicalDatabase db = LogicalDatabase.byName(database);
            if (maxRows < 1) {
                throw io.dhub.schema.DhubException.usage("--max-rows must be at least 1, not " + maxRows);
            }
            try (Databases databases = Session.open(connection, context)) {
                QueryResult result = databases.query(db, sql, write, maxRows);
                if (json) {
                    context.out().println(Json.write(jsonRows(result)));
                } else {
                    printTable(result);
                }
                if (result.truncated()) {
                    context.err().println("dhub: only the first " + Render.count(maxRows) + " rows are shown; raise --max-rows "
                            + "for more");
                }
                return 0;
            }
        }

        private void printTable(QueryResult result) {
            if (!result.hasResultSet()) {
                context.out().println("(" + Render.count(result.updateCount()) + " rows changed)");
                return;
            }
            boolean[] right = new boolean[result.columns().size()];
            for (int i = 0; i < right.length; i++) {
                right[i] = result.kinds().get(i) == QueryResult.ColumnKind.NUMBER;
            }
            TextTable table = new TextTable(result.columns(), right);
            result.rows().forEach(table::row);
            table.print(context.out());
            context.out().println("(" + Render.count(result.rows().size()) + (result.rows().size() == 1 ? " row)" : " rows)"));
        }

        private static Object jsonRows(QueryResult result) {
            if (!result.hasResultSet()) {
                return Map.of("rows_changed", result.updateCount());
            }
            List<Object> rows = new ArrayList<>();
            for (List<String> row : result.rows()) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    String value = row.get(i);
                    Object cell = switch (result.kinds().get(i)) {
                        case NUMBER -> value == null ? null : new Json.Number(value);
                        case BOOLEAN -> value == null ? null : Boolean.valueOf(value);
                        case TEXT -> value;
                    };
                    object.put(result.columns().get(i), cell);
                }
                rows.add(object);
            }
            return rows;
        }
    }
}
