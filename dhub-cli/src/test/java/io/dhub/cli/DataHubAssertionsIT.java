package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import io.dhub.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dhub datahub export --verify} on the shared scale-1 bank: one assertion per check of
 * {@code seed verify}, each once, every one a success on a bank that passes, each on a table of the
 * bank, its run dated the bank's as-of date.
 */
class DataHubAssertionsIT extends SeededAtScaleOne {
    @TempDir
    Path dir;

    @Test
    void everyCheckIsAnAssertionWithItsVerdict() throws Exception {
        CliRun run = CliRun.run(TestServer.get().env(prefix), "datahub", "export", "--verify", "--output",
                dir.toString());
        assertEquals(0, run.exit(), run::toString);
        String json = Files.readString(dir.resolve("assertions.json"), StandardCharsets.UTF_8);
        List<String> checks = Verifier.checkIds();
        Set<String> seen = new HashSet<>();
        Matcher info = Pattern.compile("\"entityUrn\":\"urn:li:assertion:dhub\\." + Pattern.quote(prefix)
                + "([^\"]+)\",\"changeType\":\"UPSERT\",\"aspectName\":\"assertionInfo\"").matcher(json);
        while (info.find()) {
            assertTrue(seen.add(info.group(1)), "twice: " + info.group(1));
        }
        assertEquals(new HashSet<>(checks), seen, "one assertion per check");
        Matcher results = Pattern.compile("\"result\":\\{\"type\":\"([A-Z]+)\"").matcher(json);
        int n = 0;
        while (results.find()) {
            assertEquals("SUCCESS", results.group(1), "a clean bank fails no check");
            n++;
        }
        assertEquals(checks.size(), n);
        Matcher assertee = Pattern.compile("\"asserteeUrn\":\"urn:li:dataset:\\(urn:li:dataPlatform:postgres,"
                + Pattern.quote(prefix) + "([a-z_]+)\\.public\\.([a-z_]+),PROD\\)\"").matcher(json);
        int tables = 0;
        while (assertee.find()) {
            assertTrue(ExpectedSchema.TABLES.get(assertee.group(1)).contains(assertee.group(2)), assertee.group());
            tables++;
        }
        assertEquals(checks.size(), tables);
        assertTrue(json.contains("\"runId\":\"dhub-verify-" + AS_OF + "\""), "dated the bank's as-of");
        assertTrue(run.out().contains("assertions.json  assertions"), run::toString);
    }
}
