package io.dhub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.schema.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The figures the docs quote come from a fresh run at the documented settings (seed 20240601, as of
 * 2026-11-01, scales 0.1 and 1.0): the rows per scale in generation.md, and the output of every
 * {@code $ dhub db query …} block in verification-queries.md. This test fails when a committed figure
 * differs; {@code scripts/docs-figures} runs it with DHUB_DOCS_FIGURES=write, which rewrites them.
 * Generated parts sit between {@code <!-- figures:NAME -->} and {@code <!-- /figures -->}.
 */
class DocsFiguresIT extends SeededAtScaleOne {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern BLOCK = Pattern.compile("(<!-- figures:([a-z-]+) -->\\n)(.*?)(<!-- /figures -->)",
            Pattern.DOTALL);
    private static final Pattern QUERY = Pattern.compile("^\\$ dhub db query \"(.*)\" -d ([a-z_]+)$", Pattern.MULTILINE);
    private static final boolean WRITE = "write".equals(System.getenv("DHUB_DOCS_FIGURES"));

    @Test
    void theDocsQuoteWhatAFreshRunGives() throws Exception {
        Map<String, String> generated = new LinkedHashMap<>();
        String small = TestServer.newPrefix();
        try {
            CliRun run = CliRun.run(TestServer.get().env(small), "seed", "all", "--scale", "0.1", "--as-of", AS_OF,
                    "--quiet");
            assertEquals(0, run.exit(), run::toString);
            generated.put("sizes", sizes(new Sql(small), sql));
            generated.put("insurance", insurance(new Sql(small), sql));
        } finally {
            TestServer.get().dropDatabases(small);
        }
        generated.put("queries", queries(Files.readString(DOCS.resolve("verification-queries.md"))));

        List<String> differences = new ArrayList<>();
        for (String doc : List.of("generation.md", "verification-queries.md")) {
            Path file = DOCS.resolve(doc);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = BLOCK.matcher(text);
            StringBuilder out = new StringBuilder();
            int blocks = 0;
            while (m.find()) {
                blocks++;
                String fresh = generated.get(m.group(2));
                assertTrue(fresh != null, doc + " has an unknown figures block '" + m.group(2) + "'");
                if (!fresh.equals(m.group(3))) {
                    differences.add(doc + " figures:" + m.group(2) + "\n--- committed\n" + m.group(3) + "--- fresh\n" + fresh);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + fresh + m.group(4)));
            }
            m.appendTail(out);
            assertTrue(blocks > 0, doc + " has no figures block");
            if (WRITE) {
                Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
            }
        }
        if (!WRITE) {
            assertTrue(differences.isEmpty(), "the docs' figures differ from a fresh run; run scripts/docs-figures and "
                    + "commit the result:\n" + String.join("\n", differences));
        }
    }

    /** The size table and the sentence under it, measured with SQL over the tables the specification names. */
    private static String sizes(Sql small, Sql one) throws SQLException {
        StringBuilder sb = new StringBuilder();
        sb.append("| scale | employees | customers | accounts | loans | total rows | specification's total |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        sb.append(sizeRow("0.1", small, "~5,000"));
        sb.append(sizeRow("1.0", one, "~60,000"));
        sb.append("\n");
        sb.append(String.format(Locale.ROOT, "We are above the specification's totals because every loan carries its "
                + "full schedule (%,d\ninstallment rows at scale 1.0, the specification's \"~40,000+\" for loans_db) "
                + "and because loan\ndisbursements and repayments also appear in the account ledgers (%,d of the %,d\n"
                + "transactions at scale 1.0).\n",
                one.number("loans_db", "SELECT count(*) FROM repayment_schedule"),
                one.number("accounts_db", "SELECT count(*) FROM transactions WHERE loan_id IS NOT NULL"),
                one.number("accounts_db", "SELECT count(*) FROM transactions")));
        return sb.toString();
    }

    /** Phase 6's rows per table, and its money in the ledgers, at both scales. */
    private static String insurance(Sql small, Sql one) throws SQLException {
        String[] tables = {"policies", "coverages", "beneficiaries", "claims", "premium_payments"};
        StringBuilder sb = new StringBuilder("| scale | " + String.join(" | ", tables)
                + " | premium debits and payout credits in the ledgers |\n|---|---|---|---|---|---|---|\n");
        for (Object[] run : new Object[][] {{"0.1", small}, {"1.0", one}}) {
            Sql sql = (Sql) run[1];
            sb.append("| ").append(run[0]);
            for (String table : tables) {
                sb.append(String.format(Locale.ROOT, " | %,d", sql.number("insurance_db", "SELECT count(*) FROM " + table)));
            }
            sb.append(String.format(Locale.ROOT, " | %,d |\n", sql.number("accounts_db", "SELECT count(*) FROM "
                    + "transactions WHERE transaction_type IN ('insurance_premium', 'claim_payout')")));
        }
        return sb.toString();
    }

    private static String sizeRow(String scale, Sql sql, String specification) throws SQLException {
        long total = 0;
        for (Map.Entry<String, java.util.Set<String>> db : ExpectedSchema.TABLES.entrySet()) {
            for (String table : db.getValue()) {
                total += sql.number(db.getKey(), "SELECT count(*) FROM " + table);
            }
        }
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %s |\n", scale,
                sql.number("employees_db", "SELECT count(*) FROM employees"),
                sql.number("customer_db", "SELECT count(*) FROM customer_profiles"),
                sql.number("accounts_db", "SELECT count(*) FROM accounts"),
                sql.number("loans_db", "SELECT count(*) FROM loans"), total, specification);
    }

    /** Every query block of the document, run again through the CLI at scale 1.0. */
    private String queries(String doc) throws IOException {
        Matcher block = BLOCK.matcher(doc);
        while (block.find()) {
            if (!block.group(2).equals("queries")) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            Matcher q = QUERY.matcher(block.group(3));
            while (q.find()) {
                CliRun run = CliRun.run(TestServer.get().env(prefix), "db", "query", q.group(1), "-d", q.group(2),
                        "--quiet");
                assertEquals(0, run.exit(), run::toString);
                out.append("```\n").append(q.group(0)).append("\n").append(run.out()).append("```\n\n");
            }
            return out.toString();
        }
        throw new IOException("verification-queries.md has no figures:queries block");
    }
}
