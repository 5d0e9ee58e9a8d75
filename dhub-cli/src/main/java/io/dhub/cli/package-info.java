/**
 * The dhub command line: small picocli commands that build options, call one front door of the
 * core API, print its result and return the exit code (0 success, 1 failure, 2 bad usage).
 */
package io.dhub.cli;
