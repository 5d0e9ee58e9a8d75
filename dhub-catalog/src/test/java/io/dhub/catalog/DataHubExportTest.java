package io.dhub.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.Schema;
import io.dhub.schema.TableSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The DataHub files, read back with a YAML and a JSON parser and held to the schema and to DataHub's
 * own models, without a running DataHub: names and URNs with and without a platform instance, the
 * database pattern matching exactly the prefix's six databases, every dataset, field, glossary term
 * and lineage endpoint naming something real, and each aspect's fields as {@link PdlShapes} derives
 * them from DataHub's PDL files.
 */
class DataHubExportTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesFollowDataHubsPostgresSource() {
        DataHubNames plain = new DataHubNames("demo_", "PROD", null);
        assertEquals("demo_accounts_db.public.transactions", plain.datasetName(LogicalDatabase.ACCOUNTS, "transactions"));
        assertEquals("urn:li:dataset:(urn:li:dataPlatform:postgres,demo_accounts_db.public.transactions,PROD)",
                plain.datasetUrn(LogicalDatabase.ACCOUNTS, "transactions"));
        assertEquals("urn:li:schemaField:(urn:li:dataset:(urn:li:dataPlatform:postgres,demo_loans_db.public.loans,PROD)"
                + ",loan_id)", plain.fieldUrn(LogicalDatabase.LOANS, "loans", "loan_id"));
        DataHubNames instance = new DataHubNames("", "DEV", "bank1");
        assertEquals("urn:li:dataset:(urn:li:dataPlatform:postgres,bank1.loans_db.public.loans,DEV)",
                instance.datasetUrn(LogicalDatabase.LOANS, "loans"));
        assertEquals("urn:li:domain:dhub.loans_db", DataHubNames.domainUrn(LogicalDatabase.LOANS));
        assertThrows(IllegalArgumentException.class, () -> new DataHubNames("", "prod", null));
        assertThrows(IllegalArgumentException.class, () -> new DataHubNames("", "PROD", "a b"));
    }

    @Test
    void theDatabasePatternMatchesThePrefixsSixAndNothingElse() {
        for (String prefix : List.of("", "demo_", "a.b+")) {
            Pattern p = Pattern.compile(new DataHubNames(prefix, "PROD", null).databasePattern());
            for (LogicalDatabase db : LogicalDatabase.values()) {
                assertTrue(p.matcher(prefix + db.logicalName()).matches(), prefix + db.logicalName());
                assertFalse(p.matcher("x" + prefix + db.logicalName()).find(), "another prefix");
                assertFalse(p.matcher(prefix + db.logicalName() + "_old").find(), "a longer name");
            }
            assertFalse(p.matcher(prefix + "postgres").find());
        }
        Pattern dotted = Pattern.compile(new DataHubNames("a.b+", "PROD", null).databasePattern());
        assertFalse(dotted.matcher("axbbbaccounts_db").find(), "the prefix's dot and plus are literal");
        Pattern domain = Pattern.compile(new DataHubNames("demo_", "PROD", "bank1").datasetPattern(LogicalDatabase.LOANS));
        assertTrue(domain.matcher("bank1.demo_loans_db.public.loans").find());
        assertFalse(domain.matcher("bank1.demo_accounts_db.public.accounts").find());
    }

    private DataHubExport.Written export(DataHubNames names) {
        return new DataHubExport(names).write(dir, new DataHubExport.Server("db.example.com", 5433, "dhub", false));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theRecipeIngestsTheSixDatabasesWithADomainEachAndNoSecret() throws IOException {
        export(new DataHubNames("demo_", "PROD", "bank1"));
        Map<String, Object> recipe = new Yaml().load(Files.readString(dir.resolve("recipe.yml")));
        Map<String, Object> source = (Map<String, Object>) recipe.get("source");
        assertEquals("postgres", source.get("type"));
        Map<String, Object> config = (Map<String, Object>) source.get("config");
        assertEquals("db.example.com:5433", config.get("host_port"));
        assertEquals("${DHUB_PGPASSWORD}", config.get("password"), "an environment reference, never a password");
        assertEquals("bank1", config.get("platform_instance"));
        assertEquals(false, ((Map<String, Object>) config.get("profiling")).get("enabled"));
        List<String> allow = (List<String>) ((Map<String, Object>) config.get("database_pattern")).get("allow");
        assertEquals(List.of(new DataHubNames("demo_", "PROD", "bank1").databasePattern()), allow);
        Map<String, Object> domains = (Map<String, Object>) config.get("domain");
        assertEquals(6, domains.size());
        for (LogicalDatabase db : LogicalDatabase.values()) {
            assertNotNull(domains.get(DataHubNames.domainUrn(db)), db.logicalName());
        }
        assertEquals("${DATAHUB_GMS_URL}", ((Map<String, Object>) ((Map<String, Object>) recipe.get("sink"))
                .get("config")).get("server"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theGlossaryHasUniqueIdsAndEveryTermTheMetadataUses() throws IOException {
        export(new DataHubNames("", "PROD", null));
        Map<String, Object> glossary = new Yaml().load(Files.readString(dir.resolve("glossary.yml")));
        assertEquals("1", glossary.get("version"));
        assertNotNull(glossary.get("owners"), "the source requires owners");
        Set<String> ids = new HashSet<>();
        int terms = 0;
        for (Map<String, Object> node : (List<Map<String, Object>>) glossary.get("nodes")) {
            assertTrue(ids.add((String) node.get("id")), "node id " + node.get("id"));
            for (Map<String, Object> term : (List<Map<String, Object>>) node.get("terms")) {
                assertTrue(ids.add((String) term.get("id")), "term id " + term.get("id"));
                assertTrue(((String) term.get("id")).startsWith(node.get("id") + "."), "a term's id names its node");
                assertFalse(((String) term.get("description")).isBlank());
                terms++;
            }
        }
        assertEquals(BankGlossary.TERMS.size(), terms);
        Set<String> used = new HashSet<>();
        for (JsonNode mcp : mcps()) {
            mcp.findValues("urn").forEach(u -> used.add(u.asText()));
        }
        assertFalse(used.isEmpty());
        for (String urn : used) {
            assertTrue(urn.startsWith("urn:li:glossaryTerm:") && ids.contains(urn.substring("urn:li:glossaryTerm:"
                    .length())), "a term used that the glossary lacks: " + urn);
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyLineageEndpointIsARealTable() throws IOException {
        DataHubNames names = new DataHubNames("demo_", "PROD", null);
        export(names);
        Map<String, Object> lineage = new Yaml().load(Files.readString(dir.resolve("lineage.yml")));
        assertEquals("1", lineage.get("version"));
        int upstreams = 0;
        for (Map<String, Object> node : (List<Map<String, Object>>) lineage.get("lineage")) {
            table(names, (Map<String, Object>) node.get("entity"));
            for (Map<String, Object> up : (List<Map<String, Object>>) node.get("upstream")) {
                table(names, (Map<String, Object>) up.get("entity"));
                upstreams++;
            }
        }
        assertEquals(BankLineage.UPSTREAMS.values().stream().mapToInt(List::size).sum(), upstreams);
    }

    @Test
    void theColumnLineageNamesRealColumnsOfItsUpstreams() throws IOException {
        DataHubNames names = new DataHubNames("demo_", "PROD", null);
        export(names);
        int fields = 0;
        for (JsonNode mcp : JSON.readTree(dir.resolve("lineage.json").toFile())) {
            assertEquals("upstreamLineage", mcp.get("aspectName").asText());
            JsonNode json = mcp.get("aspect").get("json");
            PdlShapes.check("upstreamLineage", json);
            String dataset = mcp.get("entityUrn").asText();
            dataset(names, dataset);
            Set<String> upstreams = new HashSet<>();
            json.get("upstreams").forEach(u -> upstreams.add(u.get("dataset").asText()));
            upstreams.forEach(u -> dataset(names, u));
            for (JsonNode fine : json.path("fineGrainedLineages")) {
                for (JsonNode down : fine.get("downstreams")) {
                    assertTrue(down.asText().startsWith("urn:li:schemaField:(" + dataset + ","), down.asText());
                    field(names, down.asText());
                }
                for (JsonNode up : fine.get("upstreams")) {
                    String of = field(names, up.asText());
                    assertTrue(of.equals(dataset) || upstreams.contains(of), up.asText() + " is not upstream of "
                            + dataset);
                    fields++;
                }
            }
        }
        assertEquals(BankLineage.COLUMNS.stream().mapToInt(c -> c.upstreams().size()).sum(), fields);
    }

    /** Checks a schemaField URN names a real column; returns its dataset's URN. */
    private static String field(DataHubNames names, String urn) {
        assertTrue(urn.startsWith("urn:li:schemaField:(") && urn.endsWith(")"), urn);
        String inner = urn.substring("urn:li:schemaField:(".length(), urn.length() - 1);
        int comma = inner.lastIndexOf(',');
        String dataset = inner.substring(0, comma);
        assertNotNull(dataset(names, dataset).column(inner.substring(comma + 1)));
        return dataset;
    }

    private static void table(DataHubNames names, Map<String, Object> entity) {
        assertEquals("dataset", entity.get("type"));
        assertEquals("postgres", entity.get("platform"));
        String[] parts = ((String) entity.get("name")).split("\\.");
        assertEquals(3, parts.length, entity.toString());
        assertTrue(parts[0].startsWith(names.prefix()));
        assertEquals("public", parts[1]);
        Schema.table(LogicalDatabase.byName(parts[0].substring(names.prefix().length())), parts[2]);
    }

    @Test
    void everyAspectHasDataHubsShapeAndNamesRealTablesAndColumns() throws IOException {
        DataHubNames names = new DataHubNames("demo_", "PROD", null);
        DataHubExport.Written written = export(names);
        int relationships = 0;
        int personal = 0;
        for (JsonNode mcp : mcps()) {
            String aspect = mcp.get("aspectName").asText();
            assertFalse(aspect.equals("schemaMetadata") || aspect.equals("datasetProperties"),
                    "an aspect the postgres source owns: " + aspect);
            assertEquals("UPSERT", mcp.get("changeType").asText());
            JsonNode json = mcp.get("aspect").get("json");
            PdlShapes.check(aspect, json);
            String entity = mcp.get("entityUrn").asText();
            if (mcp.get("entityType").asText().equals("dataset")) {
                TableSpec t = dataset(names, entity);
                for (JsonNode field : json.path("editableSchemaFieldInfo")) {
                    assertNotNull(t.column(field.get("fieldPath").asText()));
                    personal++;
                }
            }
            if (aspect.equals("erModelRelationshipProperties")) {
                TableSpec source = dataset(names, json.get("source").asText());
                TableSpec destination = dataset(names, json.get("destination").asText());
                JsonNode mapping = json.get("relationshipFieldMappings").get(0);
                assertNotNull(source.column(mapping.get("sourceField").asText()));
                assertNotNull(destination.column(mapping.get("destinationField").asText()));
                relationships++;
            }
        }
        long cross = Schema.tables().stream().mapToLong(t -> Schema.crossDatabase(t).size()).sum();
        assertEquals(cross, relationships, "one relationship per reference across databases");
        assertEquals(BankGlossary.personalColumns().size(), personal, "every personal-data column tagged");
        assertTrue(personal >= 20, "personal-data columns: " + personal);
        assertEquals(Schema.tables().size(), written.files().get("metadata.json").get("dataset.domains"));
    }

    private static TableSpec dataset(DataHubNames names, String urn) {
        String prefix = "urn:li:dataset:(" + DataHubNames.PLATFORM + ",";
        assertTrue(urn.startsWith(prefix) && urn.endsWith("," + names.env() + ")"), urn);
        String[] parts = urn.substring(prefix.length(), urn.length() - names.env().length() - 2).split("\\.");
        return Schema.table(LogicalDatabase.byName(parts[0].substring(names.prefix().length())), parts[2]);
    }

    private List<JsonNode> mcps() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        Iterator<JsonNode> it = JSON.readTree(dir.resolve("metadata.json").toFile()).elements();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void theSameOptionsWriteTheSameBytes(@TempDir Path other) throws IOException {
        DataHubNames names = new DataHubNames("demo_", "PROD", "bank1");
        export(names);
        new DataHubExport(names).write(other, new DataHubExport.Server("db.example.com", 5433, "dhub", false));
        for (String file : List.of("recipe.yml", "glossary.yml", "lineage.yml", "lineage.json", "metadata.json",
                "datapack/data.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(other.resolve(file)), file);
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void theLoadingRecipesNameFilesThatExist() throws IOException {
        export(new DataHubNames("demo_", "PROD", null));
        Map<String, String> sources = Map.of("glossary", "datahub-business-glossary", "metadata", "file",
                "lineage", "file");
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Map<String, Object> recipe = new Yaml().load(Files.readString(dir.resolve("load-" + s.getKey() + ".yml")));
            Map<String, Object> source = (Map<String, Object>) recipe.get("source");
            assertEquals(s.getValue(), source.get("type"));
            Map<String, Object> config = (Map<String, Object>) source.get("config");
            String file = (String) config.values().iterator().next();
            assertTrue(Files.exists(dir.resolve(file)), file);
        }
        assertFalse(Files.exists(dir.resolve("load-assertions.yml")), "no assertions without --verify");
    }

    /** The files of a fixed bank and server, committed: a change in any byte of them is seen in review. */
    private static final List<String> GOLDEN = List.of("recipe.yml", "glossary.yml", "lineage.yml", "lineage.json",
            "metadata.json");

    @Test
    void theFilesOfAFixedBankAreTheGoldenOnes() throws IOException {
        new DataHubExport(new DataHubNames("golden_", "PROD", null)).write(dir,
                new DataHubExport.Server("db.example.com", 5432, "dhub", false));
        Path golden = Path.of("src", "test", "resources", "io", "dhub", "catalog", "golden");
        for (String file : GOLDEN) {
            if (Boolean.getBoolean("dhub.writeGolden")) {
                Files.createDirectories(golden);
                Files.copy(dir.resolve(file), golden.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            assertEquals(Files.readString(golden.resolve(file)), Files.readString(dir.resolve(file)),
                    file + " differs from the golden file (rewrite them with -Ddhub.writeGolden=true after a review)");
        }
    }

    /** The fields of DataHub's DataPackInfo (metadata-ingestion/src/datahub/cli/datapack/models.py, Apache-2.0). */
    private static final Set<String> PACK_INFO = Set.of("name", "description", "url", "sha256", "size_hint", "tags",
            "source_type", "trust", "reference_timestamp", "min_server_version", "min_cloud_version",
            "pack_format_version");

    @Test
    void theDataPackHoldsEveryProposalAndItsEntryTheirChecksum() throws Exception {
        DataHubNames names = new DataHubNames("demo_", "PROD", null);
        export(names);
        JsonNode entry = JSON.readTree(dir.resolve("datapack/registry-entry.json").toFile());
        entry.fieldNames().forEachRemaining(f -> assertTrue(PACK_INFO.contains(f), "DataPackInfo has no " + f));
        for (String required : List.of("name", "description", "url")) {
            assertTrue(entry.has(required), required);
        }
        assertEquals("dhub-bank-demo", entry.get("name").asText());
        assertEquals("custom", entry.get("trust").asText());
        Path data = dir.resolve("datapack/data.json");
        assertEquals(data.toAbsolutePath().toUri().toString(), entry.get("url").asText());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(data)));
        assertEquals(sha, entry.get("sha256").asText(), "the entry's checksum is the file's");
        List<JsonNode> both = new ArrayList<>();
        JSON.readTree(dir.resolve("metadata.json").toFile()).forEach(both::add);
        JSON.readTree(dir.resolve("lineage.json").toFile()).forEach(both::add);
        List<JsonNode> packed = new ArrayList<>();
        JSON.readTree(data.toFile()).forEach(packed::add);
        assertEquals(both, packed, "without --verify the pack is the metadata and the lineage");
    }

    @Test
    void aPersonalColumnOfNoClassIsRefused() {
        // every column whose COMMENT says personal data has a class; a description is the only source
        assertTrue(BankGlossary.personalColumns().stream().anyMatch(p -> p.column().equals("tax_id")));
        TableSpec.Column unclassed = new TableSpec.Column("favourite_colour", "text", true, false, "Personal data.");
        TableSpec table = new TableSpec(LogicalDatabase.CUSTOMER, "likes", "Likes.", List.of(unclassed), List.of(),
                List.of(), null);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BankGlossary.personalColumns(List.of(table)));
        assertTrue(e.getMessage().contains("customer_db.likes.favourite_colour"), e.getMessage());
    }
}
