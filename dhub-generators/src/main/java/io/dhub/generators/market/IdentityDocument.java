package io.dhub.generators.market;

/**
 * An identity document a market's customers open accounts with: its type (one of the schema's
 * {@code kyc_records.document_type} values), its share of onboarding documents in percent, and the
 * years one is valid from its issue (0 for a document that does not expire: India's Aadhaar and voter's
 * identity card).
 */
public record IdentityDocument(String type, int share, int validityYears) {
}
