/**
 * The file output: a file per table in CSV or NDJSON ({@link io.dhub.generators.output.files.FileRows}),
 * written with its size and SHA-256 ({@link io.dhub.generators.output.files.GroupFiles}).
 */
package io.dhub.generators.output.files;
