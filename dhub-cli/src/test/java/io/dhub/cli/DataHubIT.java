package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dhub datahub export} against the real server: the recipe's database pattern picks exactly
 * this prefix's six databases out of the server's (another prefix's databases beside them), the
 * recipe names the server dhub uses and no password, and bad options exit 2 in one line, writing
 * nothing.
 */
class DataHubIT extends DatabaseTestBase {
    @TempDir
    Path dir;

    @Test
    void theRecipePicksExactlyThisPrefixsSixDatabases() throws Exception {
        // the export reads no database: the server only needs to hold the names the pattern is tried on,
        // this prefix's six, another prefix's six, and a longer name of this prefix
        String other = TestServer.newPrefix();
        List<String> names = new ArrayList<>();
        for (String db : ExpectedSchema.DATABASES) {
            names.add(prefix + db);
            names.add(other + db);
        }
        names.add(prefix + "accounts_db_old");
        try (Connection conn = SERVER.admin(); Statement st = conn.createStatement()) {
            for (String name : names) {
                st.execute("CREATE DATABASE \"" + name + "\"");
            }
        }
        try {
            CliRun run = dhubOk("datahub", "export", "--output", dir.toString());
            assertTrue(run.out().contains("erModelRelationship.erModelRelationshipProperties"), run::toString);
            String recipe = Files.readString(dir.resolve("recipe.yml"), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("database_pattern:\\n\\s+allow:\\n\\s+- \"(.*)\"\\n").matcher(recipe);
            assertTrue(m.find(), recipe);
            Pattern pattern = Pattern.compile(m.group(1).replace("\\\\", "\\"));
            List<String> picked = new ArrayList<>();
            try (Connection conn = SERVER.admin(); Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT datname FROM pg_database ORDER BY 1")) {
                while (rs.next()) {
                    if (pattern.matcher(rs.getString(1)).find()) {
                        picked.add(rs.getString(1));
                    }
                }
            }
            assertEquals(ExpectedSchema.DATABASES.stream().map(db -> prefix + db).sorted().toList(), picked);
            assertTrue(recipe.contains("password: \"${DHUB_PGPASSWORD}\""), recipe);
            assertFalse(recipe.contains(other), "another prefix");
            for (String file : List.of("glossary.yml", "lineage.yml", "lineage.json", "metadata.json",
                    "datapack/data.json")) {
                assertTrue(Files.size(dir.resolve(file)) > 1_000, file);
            }
        } finally {
            SERVER.dropDatabases(other);
        }
    }

    @Test
    void badOptionsExitTwoInOneLineAndWriteNothing() throws Exception {
        Path out = dir.resolve("out");
        CliRun env = dhub("datahub", "export", "--output", out.toString(), "--env", "prod");
        assertEquals(2, env.exit(), env::toString);
        assertEquals(1, env.err().lines().filter(l -> l.startsWith("dhub: ")).count(), env::toString);
        assertTrue(env.err().contains("upper-case"), env::toString);
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        CliRun notFolder = dhub("datahub", "export", "--output", file.toString());
        assertEquals(2, notFolder.exit(), notFolder::toString);
        assertTrue(notFolder.err().contains("is a file, not a folder"), notFolder::toString);
        assertFalse(Files.exists(out), "nothing written");
        CliRun missing = dhub("datahub", "export");
        assertEquals(2, missing.exit(), missing::toString);
    }
}
