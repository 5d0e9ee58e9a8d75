package io.dhub.generators.output.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dhub.generators.api.FileFormat;
import io.dhub.generators.spi.Table;
import io.dhub.schema.LogicalDatabase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The file formats' encoding of each value kind, and of the text that needs quoting or escaping. */
class FileRowsTest {
    private static final Table T = Table.of(LogicalDatabase.ACCOUNTS, "t", "id", "name", "amount", "flag", "day", "at",
            "note");

    private static String row(FileRows rows, String name, String note) {
        rows.number(7).text(name).cents(-1_250L).bool(true).date(LocalDate.of(2026, 2, 3))
                .instant(OffsetDateTime.of(2026, 2, 3, 4, 5, 6, 789_000, ZoneOffset.ofHours(-5))).text(note);
        rows.endRow();
        return new String(rows.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void csvQuotesOnlyWhatMustBeQuotedAndKeepsNullApartFromEmpty() {
        assertEquals("7,plain,-12.50,true,2026-02-03,2026-02-03T04:05:06.000789-05:00,\r\n",
                row(FileRows.of(FileFormat.CSV, T), "plain", null));
        assertEquals("7,\"a,b \"\"c\"\"\r\nd\",-12.50,true,2026-02-03,2026-02-03T04:05:06.000789-05:00,\"\"\r\n",
                row(FileRows.of(FileFormat.CSV, T), "a,b \"c\"\r\nd", ""));
        assertEquals("7,\"\\.\",-12.50,true,2026-02-03,2026-02-03T04:05:06.000789-05:00,back\\slash\r\n",
                row(FileRows.of(FileFormat.CSV, T), "\\.", "back\\slash"), "COPY's end marker is quoted");
        assertEquals("id,name,amount,flag,day,at,note\r\n",
                new String(FileRows.header(FileFormat.CSV, T), StandardCharsets.UTF_8));
    }

    @Test
    void ndjsonTypesValuesAndEscapesText() {
        assertEquals("{\"id\":7,\"name\":\"q\\\"\\\\\\n\\u0001\",\"amount\":-12.50,\"flag\":true,\"day\":\"2026-02-03\","
                + "\"at\":\"2026-02-03T04:05:06.000789-05:00\",\"note\":null}\n",
                row(FileRows.of(FileFormat.NDJSON, T), "q\"\\\n\u0001", null));
        assertEquals(0, FileRows.header(FileFormat.NDJSON, T).length, "NDJSON has no header");
        FileRows utc = FileRows.of(FileFormat.NDJSON, Table.of(LogicalDatabase.ACCOUNTS, "u", "at", "big"));
        utc.instant(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).decimal(new BigDecimal("1E+3"));
        utc.endRow();
        assertEquals("{\"at\":\"2026-01-01T00:00:00+00:00\",\"big\":1000}\n", new String(utc.bytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void aRowMustHaveOneValuePerColumn() {
        FileRows short1 = FileRows.of(FileFormat.NDJSON, T);
        short1.number(1);
        assertThrows(IllegalStateException.class, short1::endRow);
        FileRows long1 = FileRows.of(FileFormat.NDJSON, Table.of(LogicalDatabase.ACCOUNTS, "u", "id"));
        long1.number(1);
        assertThrows(IllegalStateException.class, () -> long1.number(2));
    }
}
