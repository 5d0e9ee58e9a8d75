/**
 * The generation engine: the seed tree every random value comes from, run settings and counts,
 * phases and their orchestration (retry, run record, progress). No picocli and no System.out:
 * results come back as records and progress through a listener.
 */
package io.dhub.generators.engine;
