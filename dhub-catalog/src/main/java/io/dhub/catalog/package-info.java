/**
 * The bank described for data catalogs. {@link io.dhub.catalog.DataHubExport} writes what DataHub
 * needs to show the six databases as one bank: an ingestion recipe for exactly this prefix's
 * databases, a business glossary, the lineage dhub performs, and the metadata (domains, tags,
 * glossary terms and PII on columns, the cross-database relationships) as change proposals. All of
 * it comes from {@link io.dhub.schema.Schema}, the schema described once; none of it writes an aspect
 * DataHub's postgres source owns, so a later ingestion never erases it.
 */
package io.dhub.catalog;
