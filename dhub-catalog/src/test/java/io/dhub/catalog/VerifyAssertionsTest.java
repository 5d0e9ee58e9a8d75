package io.dhub.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * seed verify's outcomes as DataHub assertions, without a database: each check on the dataset its
 * scope reads, a stable URN per check and bank, a run event with the verdict, and DataHub's shapes.
 */
class VerifyAssertionsTest {
    @TempDir
    Path dir;

    private static final List<VerifyAssertions.Outcome> OUTCOMES = List.of(
            new VerifyAssertions.Outcome("money.ltv", "money", "loans_db.collateral ↔ loans_db.loans", "PASS",
                    "LTV = principal / appraised value", "0 off in 120 loans", "ltv_ratio = …"),
            new VerifyAssertions.Outcome("compliance.monitoring_exact", "compliance",
                    "compliance_db.aml_checks ↔ accounts_db.transactions (the rules in SQL)", "FAIL",
                    "exactly the rules' hits", "1 alert stored the rules do not raise", "FULL JOIN …"),
            new VerifyAssertions.Outcome("ranges.loans_db", "structure", "loans_db (6 tables)", "TOO_FEW_ROWS",
                    "every value in its range", "too few rows", "…"),
            new VerifyAssertions.Outcome("time.no_future.customer_db", "time",
                    "customer_db (customer_profiles, interactions, satisfaction_surveys)", "PASS",
                    "nothing after the as-of date", "0", "…"));

    @Test
    void eachCheckSitsOnTheDatasetItsScopeReads() {
        assertEquals("loans_db.collateral", VerifyAssertions.dataset(OUTCOMES.get(0).scope()).qualifiedName());
        assertEquals("compliance_db.aml_checks", VerifyAssertions.dataset(OUTCOMES.get(1).scope()).qualifiedName());
        assertEquals("loans_db.collateral", VerifyAssertions.dataset("loans_db (6 tables)").qualifiedName(),
                "a database's check: its first table by name");
        assertEquals("customer_db.customer_profiles", VerifyAssertions.dataset(OUTCOMES.get(3).scope()).qualifiedName());
        assertThrows(IllegalArgumentException.class, () -> VerifyAssertions.dataset("everything"));
    }

    @Test
    void theAssertionsHaveStableUrnsVerdictsAndDataHubsShape() throws IOException {
        DataHubNames names = new DataHubNames("demo_", "PROD", "bank1");
        assertEquals("urn:li:assertion:dhub.bank1.demo_money.ltv", VerifyAssertions.urn(names, "money.ltv"));
        assertEquals("urn:li:assertion:dhub.money.ltv", VerifyAssertions.urn(new DataHubNames("", "PROD", null),
                "money.ltv"));
        DataHubExport.Written written = new DataHubExport(names).write(dir, new DataHubExport.Server("h", 5432, "u",
                false), new DataHubExport.Verified(LocalDate.of(2026, 11, 1), OUTCOMES));
        assertEquals(Map.of("assertions", 4, "success", 3, "failure", 1), written.files().get("assertions.json"));
        JsonNode all = new ObjectMapper().readTree(dir.resolve("assertions.json").toFile());
        assertEquals(12, all.size(), "info, platform and run event per check");
        Map<String, String> results = new HashMap<>();
        for (JsonNode mcp : all) {
            JsonNode json = mcp.get("aspect").get("json");
            PdlShapes.check(mcp.get("aspectName").asText(), json);
            if (mcp.get("aspectName").asText().equals("assertionRunEvent")) {
                assertEquals(1_793_491_200_000L, json.get("timestampMillis").asLong(), "the as-of date, 00:00 UTC");
                results.put(json.get("assertionUrn").asText(), json.get("result").get("type").asText());
                assertEquals(json.get("result").get("nativeResults").get("verdict").asText().equals("FAIL"),
                        json.get("result").get("type").asText().equals("FAILURE"));
            }
            if (mcp.get("aspectName").asText().equals("assertionInfo")) {
                assertEquals("CUSTOM", json.get("type").asText());
            }
        }
        assertEquals("FAILURE", results.get("urn:li:assertion:dhub.bank1.demo_compliance.monitoring_exact"));
        assertEquals("SUCCESS", results.get("urn:li:assertion:dhub.bank1.demo_ranges.loans_db"), "too few rows");
        JsonNode pack = new ObjectMapper().readTree(dir.resolve("datapack/data.json").toFile());
        JsonNode metadata = new ObjectMapper().readTree(dir.resolve("metadata.json").toFile());
        JsonNode lineage = new ObjectMapper().readTree(dir.resolve("lineage.json").toFile());
        assertEquals(metadata.size() + lineage.size() + all.size(), pack.size(),
                "the pack holds the metadata, the lineage and the assertions");
        assertEquals(1_793_491_200_000L, new ObjectMapper().readTree(dir.resolve("datapack/registry-entry.json")
                .toFile()).get("reference_timestamp").asLong(), "the pack's reference time is the bank's as-of");
        Path again = Files.createDirectory(dir.resolve("again"));
        new DataHubExport(names).write(again, new DataHubExport.Server("h", 5432, "u", false),
                new DataHubExport.Verified(LocalDate.of(2026, 11, 1), OUTCOMES));
        assertArrayEquals(Files.readAllBytes(dir.resolve("assertions.json")),
                Files.readAllBytes(again.resolve("assertions.json")));
    }
}
