/**
 * Where the PostgreSQL server is and how to reach it: URL and environment parsing, the embedded
 * server, and the pools. Passwords are kept out of every URL, message and log line.
 */
package io.dhub.schema.connect;
