package io.dhub.cli;

import io.dhub.generators.api.FileFormat;
import io.dhub.generators.api.Shard;
import io.dhub.schema.DhubException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;

/**
 * The option types picocli converts as it parses, each refusing a bad value in dhub's own words
 * ({@code Main} prints the converter's line, not picocli's wrapper), before any command runs.
 */
final class Converters {
    private Converters() {
    }

    /** {@code --as-of DATE}: an ISO date. */
    static final class AsOf implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw DhubException.usage("--as-of '" + value + "' is not a date: use YYYY-MM-DD");
            }
        }
    }

    /** {@code --format csv|ndjson} of a file run. */
    static final class Format implements ITypeConverter<FileFormat> {
        @Override
        public FileFormat convert(String value) {
            return FileFormat.parse(value);
        }
    }

    /** {@code --shard K/N}. */
    static final class Part implements ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            return Shard.parse(value);
        }
    }
}
