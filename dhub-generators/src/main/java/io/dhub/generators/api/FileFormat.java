package io.dhub.generators.api;

import io.dhub.schema.DhubException;

/** The formats of a file run, by the name users type after {@code --format}. */
public enum FileFormat {
    CSV("csv"), NDJSON("ndjson");

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static FileFormat parse(String name) {
        for (FileFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw DhubException.usage("--format must be csv or ndjson, not '" + name + "'");
    }
}
