package io.dhub.catalog;

import io.dhub.schema.LogicalDatabase;
import io.dhub.schema.Schema;
import io.dhub.schema.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The business glossary of the bank: a Banking node with the terms its tables hold, and a Privacy
 * node with the classes of personal data its columns hold, each with a stable id (the id is the
 * term's URN: {@code urn:li:glossaryTerm:<id>}); which tables hold which banking term, and which
 * class each personal-data column is. A column is personal data when its COMMENT says so (the
 * migrations' descriptions are the one source); its class comes from its name.
 */
public final class BankGlossary {
    private BankGlossary() {
    }

    /** A term: its node ({@code banking} or {@code privacy}), id, name and definition. */
    public record Term(String node, String id, String name, String definition) {
        public String urn() {
            return "urn:li:glossaryTerm:" + id;
        }
    }

    public static final String BANKING = "dhub.banking";
    public static final String PRIVACY = "dhub.privacy";

    public static final List<Term> TERMS = List.of(
            banking("customer", "Customer", "A person or business that banks with the bank: one customer_id across the "
                    + "six databases (accounts_db.customers, customer_db.customer_profiles)."),
            banking("account", "Deposit account", "A checking, savings, money-market, certificate-of-deposit or business "
                    + "checking account, with its balance and ledger."),
            banking("transaction", "Transaction", "One movement of money on a deposit account: a debit or a credit, with "
                    + "the running balance after it."),
            banking("loan", "Loan", "Money lent to a customer after an approved application, repaid in monthly "
                    + "installments through a linked deposit account."),
            banking("repayment_schedule", "Repayment schedule", "A loan's amortization: one installment a month, "
                    + "principal and interest, and what was paid."),
            banking("collateral", "Collateral", "What secures a loan (a home, a vehicle, equipment), appraised for its "
                    + "loan-to-value ratio."),
            banking("policy", "Insurance policy", "Cover sold to a customer (auto, home, life, health, travel, "
                    + "disability), paid by premiums from a deposit account."),
            banking("claim", "Insurance claim", "A request for payment under a policy's coverage, decided by the bank and "
                    + "paid to the insured, a third party or a provider."),
            banking("kyc", "Know your customer (KYC)", "Checking who a customer is: identity documents, proof of address "
                    + "and the reviews that rate the customer's risk."),
            banking("aml_alert", "AML alert", "A transaction-monitoring hit of an anti-money-laundering rule, reviewed by "
                    + "a compliance officer and cleared or escalated."),
            banking("sar", "Suspicious activity report (SAR)", "The report a bank files on suspicious activity: escalated "
                    + "alerts above the market's threshold."),
            banking("ctr", "Currency transaction report (CTR)", "The report a bank files on a customer's cash in, or out, "
                    + "above the market's threshold on one day."),
            banking("consent", "Consent", "A customer's choice on marketing, data sharing, credit checks and paperless "
                    + "statements, with when it was given or withdrawn."),
            privacy("name", "Personal name", "A person's given or family name."),
            privacy("email", "E-mail address", "A personal e-mail address."),
            privacy("phone", "Phone number", "A personal phone number."),
            privacy("date_of_birth", "Date of birth", "A person's date of birth."),
            privacy("tax_id", "Tax identifier", "A person's tax identifier (in the US an SSN or ITIN; in India the "
                    + "PAN, none for one who declared Form 60)."),
            privacy("address", "Postal address", "A person's street address."),
            privacy("postal_code", "Postal code", "The postal code of a person's home."),
            privacy("account_number", "Account number", "The number that identifies a person's bank account."),
            privacy("card_number", "Card number", "A payment card's number, or part of it."),
            privacy("document_number", "Identity document number", "The number of a passport, driver's licence or "
                    + "other identity document."),
            privacy("ip_address", "IP address", "The network address a person acted from."),
            privacy("registry_identifier", "Registry identifier", "An identifier a registry or payment system issued "
                    + "a person or their business (in India a masked Aadhaar, a CKYC number, a UPI id, a GSTIN, a Form 60's "
                    + "reference)."));

    private static Term banking(String id, String name, String definition) {
        return new Term(BANKING, BANKING + "." + id, name, definition);
    }

    private static Term privacy(String id, String name, String definition) {
        return new Term(PRIVACY, PRIVACY + "." + id, name, definition);
    }

    public static Term term(String id) {
        return TERMS.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no glossary term " + id));
    }

    /** The banking term of each table that holds one, by {@code database.table}. */
    public static final Map<String, String> TABLE_TERMS = tableTerms();

    private static Map<String, String> tableTerms() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("accounts_db.customers", "customer");
        out.put("customer_db.customer_profiles", "customer");
        out.put("accounts_db.accounts", "account");
        out.put("accounts_db.transactions", "transaction");
        out.put("loans_db.loan_applications", "loan");
        out.put("loans_db.loans", "loan");
        out.put("loans_db.repayment_schedule", "repayment_schedule");
        out.put("loans_db.collateral", "collateral");
        out.put("insurance_db.policies", "policy");
        out.put("insurance_db.claims", "claim");
        out.put("compliance_db.kyc_records", "kyc");
        out.put("compliance_db.kyc_reviews", "kyc");
        out.put("compliance_db.aml_checks", "aml_alert");
        out.put("compliance_db.suspicious_activity_reports", "sar");
        out.put("compliance_db.ctr_filings", "ctr");
        out.put("compliance_db.consents", "consent");
        out.replaceAll((table, id) -> BANKING + "." + id);
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A personal-data column of the schema and its class. */
    public record Personal(LogicalDatabase database, String table, String column, Term term) {
    }

    /** The personal-data classes by column name. */
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("first_name", "name"), Map.entry("last_name", "name"), Map.entry("full_name", "name"),
            Map.entry("counterparty_name", "name"), Map.entry("email", "email"), Map.entry("phone", "phone"),
            Map.entry("date_of_birth", "date_of_birth"), Map.entry("tax_id", "tax_id"),
            Map.entry("address_line", "address"), Map.entry("postal_code", "postal_code"),
            Map.entry("account_number", "account_number"), Map.entry("card_last4", "card_number"),
            Map.entry("document_number", "document_number"), Map.entry("ip_address", "ip_address"),
            Map.entry("identifier_value", "registry_identifier"), Map.entry("legal_name", "name"),
            Map.entry("pan", "tax_id"), Map.entry("gstin", "registry_identifier"),
            Map.entry("udyam_number", "registry_identifier"));

    /** Whether a column's COMMENT marks it as personal data. */
    public static boolean personal(TableSpec.Column column) {
        return column.description().contains("Personal data");
    }

    /** Every personal-data column of the schema, with its class; fails on one the classes do not name. */
    public static List<Personal> personalColumns() {
        return personalColumns(Schema.tables());
    }

    static List<Personal> personalColumns(List<TableSpec> tables) {
        List<Personal> out = new ArrayList<>();
        for (TableSpec t : tables) {
            for (TableSpec.Column c : t.columns()) {
                if (personal(c)) {
                    String id = CLASSES.get(c.name());
                    if (id == null) {
                        throw new IllegalStateException(t.qualifiedName() + "." + c.name()
                                + " is personal data of no class: add it to BankGlossary");
                    }
                    out.add(new Personal(t.database(), t.name(), c.name(), term(PRIVACY + "." + id)));
                }
            }
        }
        return out;
    }
}
