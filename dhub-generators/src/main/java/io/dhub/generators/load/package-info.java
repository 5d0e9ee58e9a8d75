/**
 * Loading at COPY speed: rows are encoded in PostgreSQL's COPY text format by the generation
 * workers, in chunks, and streamed through pgjdbc's CopyManager in chunk order.
 */
package io.dhub.generators.load;
