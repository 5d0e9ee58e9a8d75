/**
 * The banking domains and the generation engine (seeds, ids, unique values, phases, retry) and the
 * COPY loader. Generation arrives with the next issue; this module holds its place in the build.
 */
package io.dhub.generators;
