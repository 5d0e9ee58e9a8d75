package io.dhub.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The fields of the DataHub aspects dhub writes, with which are required, derived from DataHub's PDL
 * files (datahub-project/datahub, metadata-models/src/main/pegasus, Apache License 2.0; read
 * 2026-12-07): DomainProperties, TagProperties, Domains, GlobalTags and TagAssociation, Ownership and
 * Owner, GlossaryTerms and GlossaryTermAssociation, AuditStamp, EditableSchemaMetadata and
 * EditableSchemaFieldInfo, ERModelRelationshipProperties, RelationshipFieldMapping and
 * ERModelRelationshipCardinality, AssertionInfo, CustomAssertionInfo, AssertionSource, AssertionRunEvent
 * (with TimeseriesAspectBase), AssertionResult and AssertionResultType, DataPlatformInstance,
 * UpstreamLineage, Upstream and FineGrainedLineage. A record's JSON may hold only its fields, and must hold the
 * required ones; nested records are checked the same way.
 */
final class PdlShapes {
    private PdlShapes() {
    }

    /** A record: its required and its optional fields, and the record type of each nested field. */
    private record Shape(Set<String> required, Set<String> optional, Map<String, String> nested) {
    }

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry("domainProperties", new Shape(Set.of("name"), Set.of("description", "created", "parentDomain",
                    "customProperties"), Map.of("created", "AuditStamp"))),
            Map.entry("tagProperties", new Shape(Set.of("name"), Set.of("description", "colorHex"), Map.of())),
            Map.entry("domains", new Shape(Set.of("domains"), Set.of(), Map.of())),
            Map.entry("globalTags", new Shape(Set.of("tags"), Set.of(), Map.of("tags", "TagAssociation"))),
            Map.entry("TagAssociation", new Shape(Set.of("tag"), Set.of("context", "attribution"), Map.of())),
            Map.entry("ownership", new Shape(Set.of("owners", "lastModified"), Set.of("ownerTypes"),
                    Map.of("owners", "Owner", "lastModified", "AuditStamp"))),
            Map.entry("Owner", new Shape(Set.of("owner", "type"), Set.of("typeUrn", "source", "attribution"),
                    Map.of())),
            Map.entry("glossaryTerms", new Shape(Set.of("terms", "auditStamp"), Set.of(),
                    Map.of("terms", "GlossaryTermAssociation", "auditStamp", "AuditStamp"))),
            Map.entry("GlossaryTermAssociation", new Shape(Set.of("urn"), Set.of("actor", "context", "attribution"),
                    Map.of())),
            Map.entry("AuditStamp", new Shape(Set.of("time", "actor"), Set.of("impersonator", "message"), Map.of())),
            Map.entry("editableSchemaMetadata", new Shape(Set.of("editableSchemaFieldInfo"),
                    Set.of("created", "lastModified", "deleted"), Map.of("editableSchemaFieldInfo",
                    "EditableSchemaFieldInfo"))),
            Map.entry("EditableSchemaFieldInfo", new Shape(Set.of("fieldPath"), Set.of("description", "globalTags",
                    "glossaryTerms"), Map.of("globalTags", "globalTags", "glossaryTerms", "glossaryTerms"))),
            Map.entry("erModelRelationshipProperties", new Shape(Set.of("name", "source", "destination",
                    "relationshipFieldMappings"), Set.of("created", "lastModified", "cardinality", "customProperties"),
                    Map.of("relationshipFieldMappings", "RelationshipFieldMapping"))),
            Map.entry("RelationshipFieldMapping", new Shape(Set.of("sourceField", "destinationField"), Set.of(),
                    Map.of())),
            Map.entry("assertionInfo", new Shape(Set.of("type"), Set.of("datasetAssertion", "freshnessAssertion",
                    "volumeAssertion", "sqlAssertion", "fieldAssertion", "schemaAssertion", "customAssertion", "source",
                    "lastUpdated", "description", "note", "customProperties", "externalUrl"),
                    Map.of("customAssertion", "CustomAssertionInfo", "source", "AssertionSource"))),
            Map.entry("CustomAssertionInfo", new Shape(Set.of("type", "entity"), Set.of("field", "logic"), Map.of())),
            Map.entry("AssertionSource", new Shape(Set.of("type"), Set.of("created", "managedBy"), Map.of())),
            Map.entry("assertionRunEvent", new Shape(Set.of("timestampMillis", "runId", "assertionUrn", "asserteeUrn",
                    "status"), Set.of("eventGranularity", "partitionSpec", "messageId", "batchSpec", "result",
                    "runtimeContext"), Map.of("result", "AssertionResult"))),
            Map.entry("AssertionResult", new Shape(Set.of("type"), Set.of("severity", "rowCount", "missingCount",
                    "unexpectedCount", "actualAggValue", "nativeResults", "externalUrl", "error"), Map.of())),
            Map.entry("dataPlatformInstance", new Shape(Set.of("platform"), Set.of("instance"), Map.of())),
            Map.entry("upstreamLineage", new Shape(Set.of("upstreams"), Set.of("fineGrainedLineages"),
                    Map.of("upstreams", "Upstream", "fineGrainedLineages", "FineGrainedLineage"))),
            Map.entry("Upstream", new Shape(Set.of("dataset", "type"), Set.of("auditStamp", "created", "properties",
                    "query"), Map.of("auditStamp", "AuditStamp"))),
            Map.entry("FineGrainedLineage", new Shape(Set.of("upstreamType", "downstreamType"), Set.of("upstreams",
                    "downstreams", "transformOperation", "confidenceScore", "query"), Map.of())));

    /** The values of the enums the aspects written use, by record and field. */
    private static final Map<String, Set<String>> ENUMS = Map.of(
            "assertionInfo.type", Set.of("DATASET", "FRESHNESS", "VOLUME", "SQL", "FIELD", "DATA_SCHEMA", "CUSTOM"),
            "AssertionSource.type", Set.of("NATIVE", "EXTERNAL", "INFERRED"),
            "assertionRunEvent.status", Set.of("COMPLETE"),
            "AssertionResult.type", Set.of("INIT", "SUCCESS", "FAILURE", "ERROR"),
            "Upstream.type", Set.of("COPY", "TRANSFORMED", "VIEW"),
            "FineGrainedLineage.upstreamType", Set.of("FIELD_SET", "DATASET", "NONE"),
            "FineGrainedLineage.downstreamType", Set.of("FIELD", "FIELD_SET"),
            "Owner.type", Set.of("TECHNICAL_OWNER", "BUSINESS_OWNER", "DATA_STEWARD", "NONE", "CUSTOM", "DEVELOPER",
                    "DATAOWNER", "DELEGATE", "PRODUCER", "CONSUMER", "STAKEHOLDER"));

    /** The cardinalities ERModelRelationshipCardinality names. */
    private static final Set<String> CARDINALITIES = Set.of("ONE_ONE", "ONE_N", "N_ONE", "N_N");

    static void check(String record, JsonNode json) {
        Shape shape = SHAPES.get(record);
        if (shape == null) {
            fail("no PDL shape for " + record);
        }
        assertTrue(json.isObject(), record + " is a record: " + json);
        Set<String> seen = new HashSet<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            seen.add(field);
            assertTrue(shape.required().contains(field) || shape.optional().contains(field),
                    record + " has no field " + field);
            String nested = shape.nested().get(field);
            if (nested != null) {
                JsonNode value = json.get(field);
                if (value.isArray()) {
                    value.forEach(v -> check(nested, v));
                } else {
                    check(nested, value);
                }
            }
        }
        assertTrue(seen.containsAll(shape.required()), record + " lacks " + shape.required() + ": " + json);
        if (record.equals("erModelRelationshipProperties") && json.has("cardinality")) {
            assertTrue(CARDINALITIES.contains(json.get("cardinality").asText()), json.toString());
        }
        ENUMS.forEach((key, values) -> {
            String[] rf = key.split("\\.");
            if (rf[0].equals(record) && json.has(rf[1])) {
                assertTrue(values.contains(json.get(rf[1]).asText()), key + " " + json.get(rf[1]));
            }
        });
        if (record.equals("AuditStamp")) {
            assertTrue(json.get("time").isIntegralNumber() && json.get("actor").asText().startsWith("urn:li:"), record);
        }
    }
}
