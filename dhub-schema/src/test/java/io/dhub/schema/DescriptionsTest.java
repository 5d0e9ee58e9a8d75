package io.dhub.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bank describes itself: every table and column of the migrations carries a COMMENT (which
 * jOOQ reads into {@link Schema}), every column that names another row says where it points, in the
 * words of {@link Schema}'s reference list ({@code → database.table.column}), and docs/columns.md is
 * the comments as they stand. {@code scripts/docs-columns} rewrites that page
 * ({@code -Ddhub.writeDocs=true}).
 */
class DescriptionsTest {
    private static final Path PAGE = Path.of("..", "docs", "columns.md");

    @Test
    void everyTableAndColumnIsDescribed() {
        List<String> missing = new ArrayList<>();
        int columns = 0;
        for (TableSpec t : Schema.tables()) {
            if (t.description().isBlank()) {
                missing.add(t.qualifiedName());
            }
            for (TableSpec.Column c : t.columns()) {
                columns++;
                if (c.description().isBlank()) {
                    missing.add(t.qualifiedName() + "." + c.name());
                }
            }
        }
        assertEquals(List.of(), missing, "tables and columns without a COMMENT in the migrations");
        assertTrue(columns > 400, "columns: " + columns);
    }

    @Test
    void everyReferenceSaysWhereItPoints() {
        List<String> wrong = new ArrayList<>();
        for (TableSpec t : Schema.tables()) {
            for (TableSpec.Reference r : t.references()) {
                String description = t.column(r.column()).description();
                if (!description.contains("→ " + r.target())) {
                    wrong.add(t.qualifiedName() + "." + r.column() + " (→ " + r.target() + "): " + description);
                }
            }
            for (TableSpec.Column c : t.columns()) {
                // an arrow names a reference the schema knows, and only one
                int arrow = c.description().indexOf("→ ");
                if (arrow >= 0 && t.references().stream().noneMatch(r -> r.column().equals(c.name()))) {
                    wrong.add(t.qualifiedName() + "." + c.name() + " points somewhere the schema does not know: "
                            + c.description());
                }
            }
        }
        assertEquals(List.of(), wrong, "reference columns whose COMMENT does not name their target");
    }

    @Test
    void theColumnsPageIsTheCommentsAsTheyStand() throws IOException {
        String page = page();
        if (Boolean.getBoolean("dhub.writeDocs")) {
            Files.writeString(PAGE, page, StandardCharsets.UTF_8);
        }
        assertEquals(page, Files.readString(PAGE, StandardCharsets.UTF_8),
                "docs/columns.md differs from the migrations' comments: run scripts/docs-columns");
    }

    /** docs/columns.md: every database, table and column with its COMMENT. */
    static String page() {
        StringBuilder sb = new StringBuilder("# Tables and columns\n\n"
                + "Every table and column of the six databases with its description, as the migrations' `COMMENT`s\n"
                + "give it (DataHub, `psql \\d+` and other catalogs show the same text). Written by\n"
                + "`scripts/docs-columns` from the schema; `DescriptionsTest` fails when it is out of date.\n"
                + "The overview of each database is [data-model.md](data-model.md).\n");
        LogicalDatabase db = null;
        for (TableSpec t : Schema.tables()) {
            if (t.database() != db) {
                db = t.database();
                sb.append("\n## ").append(db.logicalName()).append('\n');
            }
            sb.append("\n### ").append(t.name()).append("\n\n").append(t.description()).append("\n\n")
                    .append("| column | type | description |\n|---|---|---|\n");
            for (TableSpec.Column c : t.columns()) {
                sb.append("| `").append(c.name()).append("` | ").append(c.type()).append(c.nullable() ? "" : ", not null")
                        .append(" | ").append(c.description().replace("|", "\\|")).append(" |\n");
            }
        }
        return sb.toString();
    }
}
