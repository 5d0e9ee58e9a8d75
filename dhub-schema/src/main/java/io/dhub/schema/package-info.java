/**
 * The six databases dhub owns: their logical names, connections, creation, migration and
 * clearing. Knows nothing of data generation.
 */
package io.dhub.schema;
