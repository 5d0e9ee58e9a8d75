package io.dhub.catalog;

import io.dhub.schema.JsonText;
import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.Schema;
import io.dhub.schema.TableSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What DataHub needs to show the six databases as one bank, as files (docs/datahub.md):
 * <ul>
 *   <li>{@code recipe.yml}: a postgres ingestion of exactly this prefix's six databases, with a domain
 *       per database; the password and the DataHub server are environment references, never written;</li>
 *   <li>{@code glossary.yml}: the business glossary ({@link BankGlossary}) for the
 *       {@code datahub-business-glossary} source;</li>
 *   <li>{@code lineage.yml}: the derivations dhub performs ({@link BankLineage}) for the
 *       {@code datahub-lineage-file} source;</li>
 *   <li>{@code metadata.json}: change proposals for the {@code file} source: the tags and domains,
 *       each dataset's domain, tag, owner and glossary term, the personal-data columns' PII tag and
 *       class, and one {@code erModelRelationship} per reference across databases. None is an aspect
 *       the postgres source writes ({@code schemaMetadata}, {@code datasetProperties}), so the next
 *       ingestion keeps them.</li>
 * </ul>
 * Every file follows from the schema and the options alone: the same dhub writes the same bytes.
 */
public final class DataHubExport {
    /** Who the proposals say made them; their time is 0, so that the files do not change between runs. */
    static final String ACTOR = "urn:li:corpuser:dhub";
    static final String SYNTHETIC = "urn:li:tag:dhub.synthetic";
    static final String PII = "urn:li:tag:dhub.pii";

    private final DataHubNames names;

    public DataHubExport(DataHubNames names) {
        this.names = names;
    }

    /**
     * Where the recipe reads the databases from.
     *
     * @param profiling whether the recipe turns DataHub's profiling on (off by default: it reads every row)
     */
    public record Server(String host, int port, String user, boolean profiling) {
    }

    /** What was written: each file and how many entries of each kind it holds. */
    public record Written(Path dir, Map<String, Map<String, Integer>> files) {
    }

    /** Writes the four files into {@code dir} (created when missing). */
    public Written write(Path dir, Server server) {
        return write(dir, server, null);
    }

    /**
     * The same, and with the outcomes of a {@code seed verify} of the bank ({@code verified}, null for
     * none) {@code assertions.json}: the checks as DataHub assertions ({@link VerifyAssertions}).
     */
    public record Verified(java.time.LocalDate asOf, List<VerifyAssertions.Outcome> outcomes) {
    }

    public Written write(Path dir, Server server, Verified verified) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        try {
            Files.createDirectories(dir);
            write(dir.resolve("recipe.yml"), recipe(server));
            counts.put("recipe.yml", ordered("databases", LogicalDatabase.values().length));
            write(dir.resolve("glossary.yml"), glossary());
            counts.put("glossary.yml", ordered("nodes", 2, "terms", BankGlossary.TERMS.size()));
            write(dir.resolve("lineage.yml"), lineage());
            List<Mcp> lineage = lineageProposals();
            write(dir.resolve("lineage.json"), json(lineage));
            counts.put("lineage.json", ordered("datasets", lineage.size(), "column lineages",
                    BankLineage.COLUMNS.size()));
            counts.put("lineage.yml", ordered("datasets", BankLineage.UPSTREAMS.size(),
                    "upstreams", BankLineage.UPSTREAMS.values().stream().mapToInt(List::size).sum()));
            List<Mcp> mcps = metadata();
            write(dir.resolve("metadata.json"), json(mcps));
            Map<String, Integer> byAspect = new LinkedHashMap<>();
            mcps.forEach(m -> byAspect.merge(m.entityType() + "." + m.aspectName(), 1, Integer::sum));
            counts.put("metadata.json", byAspect);
            List<Mcp> pack = new ArrayList<>(mcps);
            pack.addAll(lineage);
            if (verified != null) {
                List<Mcp> assertions = VerifyAssertions.proposals(names, verified.outcomes(), verified.asOf());
                write(dir.resolve("assertions.json"), json(assertions));
                Map<String, Integer> results = new LinkedHashMap<>();
                results.put("assertions", verified.outcomes().size());
                verified.outcomes().forEach(o -> results.merge(VerifyAssertions.result(o.verdict()).toLowerCase(
                        java.util.Locale.ROOT), 1, Integer::sum));
                counts.put("assertions.json", results);
                pack.addAll(assertions);
            }
            counts.put("datapack/", ordered("proposals", pack.size()));
            int loaders = 0;
            for (String[] loader : loaders(verified != null)) {
                write(dir.resolve("load-" + loader[0] + ".yml"), loader(loader[1], loader[2], loader[3]));
                loaders++;
            }
            counts.put("load-*.yml", ordered("recipes", loaders));
            writePack(dir.resolve("datapack"), json(pack), verified);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DataHub files under " + dir + ": " + e.getMessage(), e);
        }
        return new Written(dir, counts);
    }

    /**
     * The data pack: every proposal in one {@code data.json} and the {@code registry-entry.json} a
     * data-pack registry takes (DataHub's {@code DataPackInfo}: name, description, the file's URL and
     * SHA-256, size, tags, trust, reference time, format version), so that
     * {@code datahub datapack load NAME --url file://…/data.json --trust-custom} loads it all.
     */
    private void writePack(Path pack, String data, Verified verified) throws IOException {
        Files.createDirectories(pack);
        Path file = pack.resolve("data.json");
        write(file, data);
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        String sha256;
        try {
            sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
        StringBuilder sb = new StringBuilder("{\n  \"name\": ").append(q(packName()))
                .append(",\n  \"description\": ").append(q("dhub's synthetic bank (six PostgreSQL databases" + (names
                        .prefix().isEmpty() ? "" : " under the prefix " + names.prefix()) + "): domains, tags, owners, "
                        + "glossary terms, PII columns, relationships across databases" + (verified == null ? ""
                        : ", and seed verify's checks as assertions")))
                .append(",\n  \"url\": ").append(q(file.toAbsolutePath().toUri().toString()))
                .append(",\n  \"sha256\": ").append(q(sha256))
                .append(",\n  \"size_hint\": ").append(q(String.format(java.util.Locale.ROOT, "%.1f MB",
                        bytes.length / 1e6)))
                .append(",\n  \"tags\": [\"dhub\", \"banking\", \"synthetic\"]")
                .append(",\n  \"trust\": \"custom\"");
        if (verified != null) {
            sb.append(",\n  \"reference_timestamp\": ").append(verified.asOf().atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant().toEpochMilli());
        }
        sb.append(",\n  \"pack_format_version\": \"1\"\n}\n");
        write(pack.resolve("registry-entry.json"), sb.toString());
    }

    /** The recipes that load the other files: name, source type, its option, the file. */
    private static List<String[]> loaders(boolean assertions) {
        List<String[]> out = new ArrayList<>(List.of(
                new String[] {"glossary", "datahub-business-glossary", "file", "glossary.yml"},
                new String[] {"metadata", "file", "path", "metadata.json"},
                new String[] {"lineage", "file", "path", "lineage.json"}));
        if (assertions) {
            out.add(new String[] {"assertions", "file", "path", "assertions.json"});
        }
        return out;
    }

    /** A recipe that loads one of the files, read from the folder {@code datahub ingest} runs in. */
    private static String loader(String type, String option, String file) {
        return "# Loads " + file + " into DataHub (written by 'dhub datahub export'): run from this folder,\n"
                + "# DATAHUB_GMS_URL=http://localhost:8080 datahub ingest -c load-….yml\nsource:\n  type: " + q(type)
                + "\n  config:\n    " + option + ": " + q(file) + "\nsink:\n  type: datahub-rest\n  config:\n"
                + "    server: \"${DATAHUB_GMS_URL}\"\n";
    }

    /** The pack's name: dhub-bank, and the prefix without the characters a name does not take. */
    String packName() {
        String suffix = names.prefix().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return "dhub-bank" + (suffix.isEmpty() ? "" : "-" + suffix);
    }

    /** Counts in the order given. */
    private static Map<String, Integer> ordered(Object... pairs) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A YAML or JSON string: JSON's double-quoted form, which YAML reads as the same string. */
    static String q(String text) {
        return JsonText.string(new StringBuilder(), text).toString();
    }

    String recipe(Server server) {
        StringBuilder sb = new StringBuilder();
        sb.append("# DataHub ingestion of dhub's six databases under the prefix ").append(q(names.prefix()))
                .append(" (written by 'dhub datahub export').\n")
                .append("# Run: DHUB_PGPASSWORD=... DATAHUB_GMS_URL=http://localhost:8080 datahub ingest -c recipe.yml\n")
                .append("source:\n  type: postgres\n  config:\n")
                .append("    host_port: ").append(q(server.host() + ":" + server.port())).append('\n')
                .append("    username: ").append(q(server.user())).append('\n')
                .append("    password: \"${DHUB_PGPASSWORD}\"\n")
                .append("    database_pattern:\n      allow:\n        - ").append(q(names.databasePattern())).append('\n')
                .append("    include_tables: true\n    include_views: true\n")
                .append("    env: ").append(q(names.env())).append('\n');
        if (names.platformInstance() != null) {
            sb.append("    platform_instance: ").append(q(names.platformInstance())).append('\n');
        }
        sb.append("    domain:\n");
        for (LogicalDatabase db : LogicalDatabase.values()) {
            sb.append("      ").append(q(DataHubNames.domainUrn(db))).append(":\n        allow:\n          - ")
                    .append(q(names.datasetPattern(db))).append('\n');
        }
        sb.append("    profiling:\n      enabled: ").append(server.profiling()).append('\n')
                .append("sink:\n  type: datahub-rest\n  config:\n    server: \"${DATAHUB_GMS_URL}\"\n");
        return sb.toString();
    }

    String glossary() {
        StringBuilder sb = new StringBuilder("# The bank's business glossary (written by 'dhub datahub export'): ingest "
                + "with the datahub-business-glossary source.\nversion: \"1\"\nsource: \"dhub\"\nowners:\n  users:\n"
                + "    - \"dhub\"\nnodes:\n");
        node(sb, BankGlossary.BANKING, "Banking", "The bank's business: customers, deposits, lending, insurance and "
                + "compliance, as dhub's six databases hold them.");
        node(sb, BankGlossary.PRIVACY, "Privacy", "The classes of personal data the bank's columns hold; every column "
                + "of one carries the class and the PII tag.");
        return sb.toString();
    }

    private static void node(StringBuilder sb, String id, String name, String description) {
        sb.append("  - id: ").append(q(id)).append("\n    name: ").append(q(name)).append("\n    description: ")
                .append(q(description)).append("\n    terms:\n");
        for (BankGlossary.Term t : BankGlossary.TERMS) {
            if (t.node().equals(id)) {
                sb.append("      - id: ").append(q(t.id())).append("\n        name: ").append(q(t.name()))
                        .append("\n        description: ").append(q(t.definition())).append('\n');
            }
        }
    }

    String lineage() {
        StringBuilder sb = new StringBuilder("# What dhub derives from what (written by 'dhub datahub export'): ingest "
                + "with the datahub-lineage-file source.\nversion: \"1\"\nlineage:\n");
        for (Map.Entry<String, List<String>> e : BankLineage.UPSTREAMS.entrySet()) {
            sb.append("  - entity:\n");
            entity(sb, e.getKey(), "      ");
            sb.append("    upstream:\n");
            for (String up : e.getValue()) {
                sb.append("      - entity:\n");
                entity(sb, up, "          ");
            }
        }
        return sb.toString();
    }

    private void entity(StringBuilder sb, String qualified, String indent) {
        TableSpec t = table(qualified);
        // the lineage file names a dataset without its platform instance, which it takes as a field of its own
        sb.append(indent).append("name: ").append(q(names.tableName(t.database(), t.name()))).append('\n')
                .append(indent).append("type: dataset\n").append(indent).append("env: ").append(q(names.env()))
                .append('\n').append(indent).append("platform: postgres\n");
        if (names.platformInstance() != null) {
            sb.append(indent).append("platform_instance: ").append(q(names.platformInstance())).append('\n');
        }
    }

    /**
     * The lineage as proposals: each downstream dataset's {@code upstreamLineage}, its upstream
     * tables and, for the columns dhub computes exactly, field-level lineage with the transform.
     */
    List<Mcp> lineageProposals() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        BankLineage.UPSTREAMS.forEach((down, ups) -> tables.put(down, new ArrayList<>(ups)));
        List<Mcp> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : tables.entrySet()) {
            TableSpec down = table(e.getKey());
            StringBuilder sb = new StringBuilder("{\"upstreams\":[");
            for (int i = 0; i < e.getValue().size(); i++) {
                TableSpec up = table(e.getValue().get(i));
                sb.append(i == 0 ? "" : ",").append("{\"auditStamp\":").append(stamp()).append(",\"dataset\":")
                        .append(q(names.datasetUrn(up.database(), up.name()))).append(",\"type\":\"TRANSFORMED\"}");
            }
            sb.append(']');
            List<BankLineage.ColumnLineage> columns = BankLineage.COLUMNS.stream()
                    .filter(c -> c.table().equals(e.getKey())).toList();
            if (!columns.isEmpty()) {
                sb.append(",\"fineGrainedLineages\":[");
                for (int i = 0; i < columns.size(); i++) {
                    BankLineage.ColumnLineage c = columns.get(i);
                    sb.append(i == 0 ? "" : ",").append("{\"upstreamType\":\"FIELD_SET\",\"upstreams\":[")
                            .append(String.join(",", c.upstreams().stream().map(u -> q(field(u))).toList()))
                            .append("],\"downstreamType\":\"FIELD\",\"downstreams\":[").append(q(field(c.downstream())))
                            .append("],\"transformOperation\":").append(q(c.transform())).append(",\"confidenceScore\":1.0}");
                }
                sb.append(']');
            }
            out.add(new Mcp("dataset", names.datasetUrn(down.database(), down.name()), "upstreamLineage",
                    sb.append('}').toString()));
        }
        return out;
    }

    /** A column's schemaField URN, from {@code database.table.column}. */
    private String field(String qualified) {
        int dot = qualified.lastIndexOf('.');
        TableSpec t = table(qualified.substring(0, dot));
        String column = t.column(qualified.substring(dot + 1)).name();
        return names.fieldUrn(t.database(), t.name(), column);
    }

    /** A table of the schema by {@code database.table}. */
    static TableSpec table(String qualified) {
        String[] parts = qualified.split("\\.", 2);
        return Schema.table(LogicalDatabase.byName(parts[0]), parts[1]);
    }

    /** One metadata change proposal: an aspect of an entity, as JSON. */
    record Mcp(String entityType, String entityUrn, String aspectName, String aspectJson) {
        String json() {
            return "{\"entityType\":" + q(entityType) + ",\"entityUrn\":" + q(entityUrn)
                    + ",\"changeType\":\"UPSERT\",\"aspectName\":" + q(aspectName) + ",\"aspect\":{\"json\":"
                    + aspectJson + "}}";
        }
    }

    private static String json(List<Mcp> mcps) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < mcps.size(); i++) {
            sb.append(mcps.get(i).json()).append(i + 1 < mcps.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    private static String stamp() {
        return "{\"time\":0,\"actor\":" + q(ACTOR) + "}";
    }

    private static String terms(List<String> urns) {
        return "{\"terms\":[" + String.join(",", urns.stream().map(u -> "{\"urn\":" + q(u) + "}").toList())
                + "],\"auditStamp\":" + stamp() + "}";
    }

    private static String tags(String... urns) {
        return "{\"tags\":[" + String.join(",", java.util.Arrays.stream(urns).map(u -> "{\"tag\":" + q(u) + "}")
                .toList()) + "]}";
    }

    List<Mcp> metadata() {
        List<Mcp> out = new ArrayList<>();
        out.add(new Mcp("tag", SYNTHETIC, "tagProperties", "{\"name\":\"synthetic\",\"description\":"
                + q("Generated by dhub: no row describes a real person or business.") + "}"));
        out.add(new Mcp("tag", PII, "tagProperties", "{\"name\":\"PII\",\"description\":"
                + q("Personal data: the column identifies or describes a person (its glossary term says which "
                + "class).") + "}"));
        for (LogicalDatabase db : LogicalDatabase.values()) {
            out.add(new Mcp("domain", DataHubNames.domainUrn(db), "domainProperties", "{\"name\":" + q(db.logicalName())
                    + ",\"description\":" + q(DOMAINS.get(db)) + "}"));
        }
        Map<String, List<BankGlossary.Personal>> personal = new LinkedHashMap<>();
        BankGlossary.personalColumns().forEach(p -> personal.computeIfAbsent(p.database().logicalName() + "."
                + p.table(), k -> new ArrayList<>()).add(p));
        for (TableSpec t : Schema.tables()) {
            String urn = names.datasetUrn(t.database(), t.name());
            out.add(new Mcp("dataset", urn, "domains", "{\"domains\":[" + q(DataHubNames.domainUrn(t.database()))
                    + "]}"));
            out.add(new Mcp("dataset", urn, "globalTags", tags(SYNTHETIC)));
            out.add(new Mcp("dataset", urn, "ownership", "{\"owners\":[{\"owner\":" + q(ACTOR)
                    + ",\"type\":\"TECHNICAL_OWNER\"}],\"lastModified\":" + stamp() + "}"));
            String term = BankGlossary.TABLE_TERMS.get(t.qualifiedName());
            if (term != null) {
                out.add(new Mcp("dataset", urn, "glossaryTerms", terms(List.of(BankGlossary.term(term).urn()))));
            }
            List<BankGlossary.Personal> columns = personal.get(t.qualifiedName());
            if (columns != null) {
                out.add(new Mcp("dataset", urn, "editableSchemaMetadata", "{\"editableSchemaFieldInfo\":["
                        + String.join(",", columns.stream().map(p -> "{\"fieldPath\":" + q(p.column())
                        + ",\"globalTags\":" + tags(PII) + ",\"glossaryTerms\":" + terms(List.of(p.term().urn()))
                        + "}").toList()) + "]}"));
            }
        }
        for (TableSpec t : Schema.tables()) {
            for (TableSpec.Reference r : Schema.crossDatabase(t)) {
                out.add(relationship(t, r));
            }
        }
        return out;
    }

    /** A reference across databases as an {@code erModelRelationship}: many rows to one, or one to one on a key. */
    private Mcp relationship(TableSpec t, TableSpec.Reference r) {
        String id = "dhub." + t.qualifiedName() + "." + r.column();
        boolean oneToOne = t.primaryKey().equals(List.of(r.column()));
        String json = "{\"name\":" + q(t.name() + "." + r.column() + " → " + r.target()) + ",\"source\":"
                + q(names.datasetUrn(t.database(), t.name())) + ",\"destination\":"
                + q(names.datasetUrn(r.targetDatabase(), r.targetTable())) + ",\"relationshipFieldMappings\":[{"
                + "\"sourceField\":" + q(r.column()) + ",\"destinationField\":" + q(r.targetColumn()) + "}],"
                + "\"cardinality\":" + q(oneToOne ? "ONE_ONE" : "N_ONE") + "}";
        return new Mcp("erModelRelationship", "urn:li:erModelRelationship:" + id, "erModelRelationshipProperties",
                json);
    }

    /** Each database's domain, described. */
    static final Map<LogicalDatabase, String> DOMAINS = Map.of(
            LogicalDatabase.EMPLOYEES, "Staff: departments, branches, employees, training, reviews and who looks after "
                    + "which customers.",
            LogicalDatabase.CUSTOMER, "The CRM: customer profiles, contacts, surveys, complaints and campaigns.",
            LogicalDatabase.ACCOUNTS, "Deposits: customers, accounts, their ledgers, and the behaviour profiles.",
            LogicalDatabase.LOANS, "Lending: applications, loans, schedules, collateral, guarantors and credit risk.",
            LogicalDatabase.INSURANCE, "Insurance: policies, coverages, beneficiaries, insured members, claims and premiums.",
            LogicalDatabase.COMPLIANCE, "Compliance: KYC, AML monitoring and reports, consents, the audit trail and "
                    + "the ground truth of the laundering injected.");
}
