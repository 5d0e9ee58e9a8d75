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
            generated.put("compliance", compliance(new Sql(small), sql));
        } finally {
            TestServer.get().dropDatabases(small);
        }
        generated.put("queries", queries(Files.readString(DOCS.resolve("verification-queries.md"))));
        generated.put("aml", aml(sql));

        List<String> differences = new ArrayList<>();
        for (String doc : List.of("generation.md", "verification-queries.md", "aml.md")) {
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
                + "transactions at scale 1.0), and because phase 7 keeps each customer's\n"
                + "compliance file and an audit trail (%,d rows at scale 1.0, %,d of them audit rows).\n",
                one.number("loans_db", "SELECT count(*) FROM repayment_schedule"),
                one.number("accounts_db", "SELECT count(*) FROM transactions WHERE loan_id IS NOT NULL"),
                one.number("accounts_db", "SELECT count(*) FROM transactions"),
                compliance(one), one.number("compliance_db", "SELECT count(*) FROM audit_trail")));
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

    /** Every row of compliance_db. */
    private static long compliance(Sql sql) throws SQLException {
        long total = 0;
        for (String table : ExpectedSchema.TABLES.get("compliance_db")) {
            total += sql.number("compliance_db", "SELECT count(*) FROM " + table);
        }
        return total;
    }

    /** Phase 7's rows per table at both scales. */
    private static String compliance(Sql small, Sql one) throws SQLException {
        String[] tables = {"kyc_records", "kyc_reviews", "aml_checks", "suspicious_activity_reports", "ctr_filings",
            "consents", "laundering_cases", "laundering_case_transactions", "audit_trail"};
        StringBuilder sb = new StringBuilder("| scale | " + String.join(" | ", tables) + " |\n|---"
                + "|---".repeat(tables.length) + "|\n");
        for (Object[] run : new Object[][] {{"0.1", small}, {"1.0", one}}) {
            Sql sql = (Sql) run[1];
            sb.append("| ").append(run[0]);
            for (String table : tables) {
                sb.append(String.format(Locale.ROOT, " | %,d", sql.number("compliance_db", "SELECT count(*) FROM " + table)));
            }
            sb.append(" |\n");
        }
        return sb.toString();
    }

    /** Alerts per rule, cases per typology, the illicit fraction and the funnel, at scale 1.0. */
    private static String aml(Sql one) throws SQLException {
        StringBuilder sb = new StringBuilder("| rule | alerts | open | false positive | escalated |\n|---|---|---|---|---|\n");
        for (String row : one.column("compliance_db", "SELECT rule_code || ' | ' || count(*) || ' | ' || count(*) "
                + "FILTER (WHERE result = 'alert') || ' | ' || count(*) FILTER (WHERE result = 'false_positive') || ' | ' "
                + "|| count(*) FILTER (WHERE result = 'escalated') FROM aml_checks WHERE rule_code IS NOT NULL GROUP BY "
                + "rule_code ORDER BY rule_code")) {
            sb.append("| ").append(row).append(" |\n");
        }
        sb.append("\n| typology | laundering | cases | accounts | transactions |\n|---|---|---|---|---|\n");
        for (String row : one.column("compliance_db", "SELECT c.typology || ' | ' || CASE WHEN c.is_illicit THEN 'yes' "
                + "ELSE 'no' END || ' | ' || count(DISTINCT c.case_id) || ' | ' || (SELECT count(*) FROM "
                + "laundering_case_members m JOIN laundering_cases d USING (case_id) WHERE d.typology = c.typology) || ' | ' "
                + "|| (SELECT count(*) FROM laundering_case_transactions t JOIN laundering_cases d USING (case_id) WHERE "
                + "d.typology = c.typology) FROM laundering_cases c GROUP BY c.typology, c.is_illicit ORDER BY "
                + "c.is_illicit DESC, c.typology")) {
            sb.append("| ").append(row).append(" |\n");
        }
        long transactions = one.number("accounts_db", "SELECT count(*) FROM transactions");
        long illicit = one.number("compliance_db", "SELECT count(*) FROM laundering_case_transactions t JOIN "
                + "laundering_cases c USING (case_id) WHERE c.is_illicit");
        long alike = one.number("compliance_db", "SELECT count(*) FROM laundering_case_transactions t JOIN "
                + "laundering_cases c USING (case_id) WHERE NOT c.is_illicit");
        long reviewed = one.number("compliance_db", "SELECT count(*) FROM aml_checks WHERE rule_code IS NOT NULL AND "
                + "result <> 'alert'");
        long falsePositives = one.number("compliance_db", "SELECT count(*) FROM aml_checks WHERE rule_code IS NOT NULL "
                + "AND result = 'false_positive'");
        String onCases = "EXISTS (SELECT 1 FROM laundering_case_transactions l JOIN laundering_cases c USING (case_id) "
                + "WHERE l.transaction_id = a.transaction_id AND c.is_illicit)";
        long illicitReviewed = one.number("compliance_db", "SELECT count(*) FROM aml_checks a WHERE rule_code IS NOT "
                + "NULL AND result <> 'alert' AND " + onCases);
        long illicitEscalated = one.number("compliance_db", "SELECT count(*) FROM aml_checks a WHERE rule_code IS NOT "
                + "NULL AND result = 'escalated' AND " + onCases);
        sb.append(String.format(Locale.ROOT, "\nLaundering: %,d of the %,d transactions (%.2f%%); look-alikes %,d "
                + "(%.2f%%).\nReviewed alerts: %,d, of which %,d false positives (%.1f%%); alerts on laundering "
                + "escalated: %,d of %,d (%.1f%%).\nReports: %s; currency transaction reports: %,d.\n",
                illicit, transactions, 100.0 * illicit / transactions, alike, 100.0 * alike / transactions, reviewed,
                falsePositives, 100.0 * falsePositives / Math.max(1, reviewed), illicitEscalated, illicitReviewed,
                100.0 * illicitEscalated / Math.max(1, illicitReviewed),
                String.join(", ", one.column("compliance_db", "SELECT count(*) || ' ' || status FROM "
                        + "suspicious_activity_reports GROUP BY status ORDER BY status")),
                one.number("compliance_db", "SELECT count(*) FROM ctr_filings")));
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
