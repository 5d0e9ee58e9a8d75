package io.dhub.generators.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.api.RunSettings;
import io.dhub.schema.DhubException;
import io.dhub.schema.connect.RetryPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest's settings read back, including one written before manifests named the market. */
class ManifestTest {
    private static String manifest(String market) {
        return "{\n  \"layout\": 1,\n  \"dhub_version\": \"0.1.0\",\n  \"format\": \"csv\",\n"
                + "  \"shard\": {\"k\": 1, \"n\": 1, \"first_customer\": 1, \"last_customer\": 20},\n"
                + "  \"seed\": 7,\n  \"as_of\": \"2025-09-30\",\n  \"scale\": 1.0,\n  \"customers_option\": 20,\n"
                + "  \"employees_option\": 20,\n  \"history_months_option\": 0,\n  \"aml_cases\": 0.8333333333333334,\n"
                + "  \"profiles\": \"none\",\n" + (market == null ? "" : "  \"market\": \"" + market + "\",\n")
                + "  \"customers\": 20,\n  \"employees\": 20,\n  \"replay\": \"dhub seed all --seed 7\",\n"
                + "  \"rows\": 0,\n  \"bytes\": 0,\n  \"phases\": [],\n  \"tables\": []\n}\n";
    }

    @Test
    void aManifestWithoutAMarketIsTheDefaultMarketsAndAnUnknownOneIsRefused(@TempDir Path dir) throws IOException {
        Path old = Files.writeString(dir.resolve("old.json"), manifest(null));
        Manifest before = Manifest.read(old);
        assertEquals("us", before.settings().market());
        RunSettings settings = before.settings().run(1, RetryPolicy.NONE);
        assertEquals("us", settings.market().code());
        assertEquals(7, settings.seed());
        assertEquals(20, settings.customerCount());

        Path named = Files.writeString(dir.resolve("named.json"), manifest("us"));
        assertEquals(before.settings(), Manifest.read(named).settings());

        Path unknown = Files.writeString(dir.resolve("unknown.json"), manifest("xx"));
        DhubException refused = assertThrows(DhubException.class,
                () -> Manifest.read(unknown).settings().run(1, RetryPolicy.NONE));
        assertTrue(refused.getMessage().contains("unknown market 'xx'"), refused.getMessage());
    }
}
