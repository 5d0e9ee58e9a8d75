/**
 * What every output shares: {@link io.dhub.generators.output.Chunks} builds a group's rows in
 * parallel chunks and hands them over in entity order, and the chunk types the encoders fill.
 * {@code output.postgres} sends chunks to COPY, {@code output.files} to files.
 */
package io.dhub.generators.output;
