/**
 * The PostgreSQL output: a phase's tables loaded in one transaction per database with keys and
 * indexes built after the load ({@link io.dhub.generators.output.postgres.PhaseLoader}); the rows of
 * a group streamed at COPY speed ({@link io.dhub.generators.output.postgres.GroupLoader}, in binary or
 * text encoding), or read from a file run's folders ({@link io.dhub.generators.output.postgres.FileLoader});
 * and the classification of what failed.
 */
package io.dhub.generators.output.postgres;
