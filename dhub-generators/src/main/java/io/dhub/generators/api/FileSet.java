package io.dhub.generators.api;

/**
 * The files of one file run (all its parts), read and checked whole by
 * {@link io.dhub.generators.Generation#readFiles} before any database is touched, and loaded by
 * {@link io.dhub.generators.Generation#load}.
 */
public interface FileSet {
    FileFormat format();

    /** How many parts the run was written in. */
    int parts();

    long rows();

    long bytes();
}
