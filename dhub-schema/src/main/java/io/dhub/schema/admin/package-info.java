/**
 * The front door for what dhub does to its databases as a whole: create and migrate them, mark
 * and check ownership, count, clear and query. Results come back as immutable records.
 */
package io.dhub.schema.admin;
