package io.dhub.cli;

import io.dhub.cli.render.Csv;
import io.dhub.cli.render.Json;
import io.dhub.cli.render.Render;
import io.dhub.cli.render.TextTable;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

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

        @Option(names = "--json", description = "Print {databases:[{database, name, state, tables:[{table, columns, "
                + "rows}]}]}; a table dhub expects but the database lacks has rows null")
        boolean json;

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
                if (json) {
                    List<Object> dbs = new ArrayList<>();
                    for (DatabaseStatus db : report.databases()) {
                        Map<String, Object> d = new LinkedHashMap<>();
                        d.put("database", db.database().logicalName());
                        d.put("name", databases.physicalName(db.database()));
                        d.put("state", db.state().name().toLowerCase(java.util.Locale.ROOT));
                        List<Object> tables = new ArrayList<>();
                        for (TableStatus t : db.tables()) {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("table", t.name());
                            m.put("columns", t.present() ? t.columns() : null);
                            m.put("rows", t.present() ? t.rows() : null);
                            tables.add(m);
                        }
                        d.put("tables", tables);
                        dbs.add(d);
                    }
                    context.out().println(Json.write(Map.of("databases", dbs)));
                    return 0;
                }
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

        @Option(names = "--json", description = "Print the rows as a JSON array of objects (--format json)")
        boolean json;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json (an array), csv "
                + "(a header row, then RFC 4180 rows, as COPY … CSV HEADER reads them) or ndjson (an object a line); csv "
                + "and ndjson stream every row")
        String format;

        @Option(names = "--max-rows", paramLabel = "N", description = "Print at most N rows, 0 for all (default: "
                + "1000 for table and json, all for csv and ndjson)")
        Integer maxRows;

        @Option(names = "--all", description = "Print every row (--max-rows 0)")
        boolean all;

        private final CliContext context;

        Query(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            LogicalDatabase db = LogicalDatabase.byName(database);
            String chosen = format == null ? (json ? "json" : "table") : format.toLowerCase(java.util.Locale.ROOT);
            if (!List.of("table", "json", "csv", "ndjson").contains(chosen)) {
                throw io.dhub.schema.DhubException.usage("--format must be table, json, csv or ndjson, not '" + format
                        + "'");
            }
            if (json && !"json".equals(chosen)) {
                throw io.dhub.schema.DhubException.usage("--json and --format " + chosen + " disagree: give one of them");
            }
            if (maxRows != null && maxRows < 0) {
                throw io.dhub.schema.DhubException.usage("--max-rows must be 0 (all) or more, not " + maxRows);
            }
            if (all && maxRows != null && maxRows != 0) {
                throw io.dhub.schema.DhubException.usage("--all and --max-rows " + maxRows + " disagree: give one of them");
            }
            boolean streams = "csv".equals(chosen) || "ndjson".equals(chosen);
            int limit = all ? 0 : maxRows != null ? maxRows : streams ? 0 : 1000;
            try (Databases databases = Session.open(connection, context)) {
                if (streams) {
                    return stream(databases, db, chosen, limit);
                }
                QueryResult result = databases.query(db, sql, write, limit);
                if ("json".equals(chosen)) {
                    context.out().println(Json.write(jsonRows(result)));
                } else {
                    printTable(result);
                }
                if (result.truncated()) {
                    context.err().println("dhub: only the first " + Render.count(limit) + " rows are shown; raise "
                            + "--max-rows for more, or --all");
                }
                return 0;
            }
        }

        /** csv or ndjson: each row printed as it is read, nothing held. */
        private int stream(Databases databases, LogicalDatabase db, String chosen, int limit) {
            java.io.PrintWriter out = context.out();
            boolean csv = "csv".equals(chosen);
            QueryResult.Outcome outcome = databases.stream(db, sql, write, limit, new QueryResult.Rows() {
                private List<String> columns;
                private List<QueryResult.ColumnKind> kinds;

                @Override
                public void columns(List<String> names, List<QueryResult.ColumnKind> columnKinds) {
                    columns = names;
                    kinds = columnKinds;
                    if (csv) {
                        out.print(Csv.line(names));
                    }
                }

                @Override
                public void row(List<String> values) {
                    out.print(csv ? Csv.line(values) : Json.write(object(columns, kinds, values)) + "\n");
                }
            });
            if (!outcome.hasResultSet()) {
                out.print(csv ? Csv.line(List.of("rows_changed")) + Csv.line(List.of(Long.toString(
                        outcome.updateCount()))) : Json.write(Map.of("rows_changed", outcome.updateCount())) + "\n");
            }
            out.flush();
            if (outcome.truncated()) {
                context.err().println("dhub: only the first " + Render.count(limit) + " rows were written; raise "
                        + "--max-rows for more, or --all");
            }
            return 0;
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
                rows.add(object(result.columns(), result.kinds(), row));
            }
            return rows;
        }

        /** A row as a JSON object: numbers and booleans as JSON's, the rest as strings, NULL as null. */
        private static Map<String, Object> object(List<String> columns, List<QueryResult.ColumnKind> kinds,
                                                  List<String> row) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i);
                Object cell = switch (kinds.get(i)) {
                    case NUMBER -> value == null ? null : new Json.Number(value);
                    case BOOLEAN -> value == null ? null : Boolean.valueOf(value);
                    case TEXT -> value;
                };
                object.put(columns.get(i), cell);
            }
            return object;
        }
    }
}
