package io.dhub.generators.output.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** COPY text format escaping, checked against the format's rules, without a database. */
class CopyTextTest {

    @Test
    void tabsNewlinesBackslashesAndNullsAreEscapedAndNonAsciiIsUtf8() {
        CopyText out = new CopyText();
        out.text("a\tb").text("line1\nline2\r").text("C:\\dir").text(null).text("José — Zürich ✓").nullValue().endRow();
        out.number(42L).number((Long) null).decimal(new BigDecimal("1234.50")).bool(true)
                .date(LocalDate.of(2026, 11, 1)).instant(OffsetDateTime.of(2026, 11, 1, 9, 30, 5, 0, ZoneOffset.UTC))
                .endRow();
        String expected = "a\\tb\tline1\\nline2\\r\tC:\\\\dir\t\\N\tJosé — Zürich ✓\t\\N\n"
                + "42\t\\N\t1234.50\tt\t2026-11-01\t2026-11-01 09:30:05Z\n";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), out.bytes(), new String(out.bytes(),
                StandardCharsets.UTF_8));
        assertEquals(2, out.rows());
    }
}
