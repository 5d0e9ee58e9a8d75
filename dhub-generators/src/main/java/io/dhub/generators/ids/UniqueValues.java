package io.dhub.generators.ids;

import java.util.Locale;

/**
 * Unique, realistic-looking identifiers computed from a unique number. Each is an affine
 * bijection (index × A + B mod M, A coprime to M) of the number into its value space, so distinct
 * numbers give distinct values and consecutive numbers do not look consecutive. Nothing is stored.
 */
public final class UniqueValues {
    /** Index spaces, so that customers and employees never share a phone number. */
    public static final long EMPLOYEE_PHONE_BASE = 300_000_000L;

    private static final String[] AREA_CODES = {
        "201", "202", "206", "212", "213", "214", "215", "216", "217", "224", "239", "248", "267", "303", "305",
        "310", "312", "313", "314", "317", "323", "347", "404", "407", "408", "410", "412", "415", "425", "469",
        "480", "503", "510", "512", "513", "602", "612", "614", "617", "619", "626", "646", "650", "702", "713",
        "718", "720", "773", "818", "917"};
    private static final long EXCHANGES = 800;      // 200-999: a US exchange never starts with 0 or 1
    private static final long LINES = 10_000;
    private static final long PHONE_SPACE = AREA_CODES.length * EXCHANGES * LINES;   // 4 × 10^8

    private static final long ACCOUNT_SPACE = 100_000_000_000L;                      // 11 digits + check digit
    private static final long TAX_GROUPS = 19;      // 70-88: the ITIN group range, never a real SSN
    private static final long TAX_SPACE = 100 * TAX_GROUPS * 10_000;                 // 1.9 × 10^7

    private static final String[] EMAIL_DOMAINS = {"example.com", "example.net", "example.org"};

    private UniqueValues() {
    }

    /**
     * (index × a + b) mod m, a bijection on [0, m) when gcd(a, m) = 1. The multipliers are chosen
     * so that index × a stays within a long; multiplyExact guards that.
     */
    static long permute(long index, long m, long a, long b) {
        return Math.floorMod(Math.addExact(Math.multiplyExact(index, a), b), m);
    }

    /** A US-style number, {@code (AAA) EEE-LLLL}, unique for each index below 4 × 10^8. */
    public static String phone(long index) {
        requireBelow(index, PHONE_SPACE, "phone");
        long p = permute(index, PHONE_SPACE, 2_654_435_761L, 97_531L);
        long area = p / (EXCHANGES * LINES);
        long exchange = 200 + (p / LINES) % EXCHANGES;
        long line = p % LINES;
        return "(" + AREA_CODES[(int) area] + ") " + exchange + "-" + pad(line, 4);
    }

    /** A 12-digit account number: 11 permuted digits and a Luhn check digit. */
    public static String accountNumber(long accountId) {
        requireBelow(accountId, ACCOUNT_SPACE, "account number");
        String body = pad(permute(accountId, ACCOUNT_SPACE, 48_271_003L, 1_234_567L), 11);
        return body + luhnDigit(body);
    }

    /** An ITIN-shaped tax id {@code 9AA-GG-SSSS} (group 70-88), unique below 1.9 × 10^7. */
    public static String taxId(long index) {
        requireBelow(index, TAX_SPACE, "tax id");
        long p = permute(index, TAX_SPACE, 7_919L, 104_729L);
        long area = p / (TAX_GROUPS * 10_000);
        long group = 70 + (p / 10_000) % TAX_GROUPS;
        return "9" + pad(area, 2) + "-" + group + "-" + pad(p % 10_000, 4);
    }

    /**
     * {@code first.last<number>@example.com}: the number makes it unique; the domains are the
     * ones reserved for examples, so no generated address reaches a real mailbox.
     */
    public static String email(String first, String last, long number) {
        return asciiLower(first) + "." + asciiLower(last) + number + "@"
                + EMAIL_DOMAINS[(int) Math.floorMod(number, EMAIL_DOMAINS.length)];
    }

    static String asciiLower(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        String normalized = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                sb.append(c);
            }
        }
        return sb.length() == 0 ? "user" : sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The Luhn check digit that makes {@code body + digit} pass the Luhn test. */
    static int luhnDigit(String body) {
        int sum = 0;
        boolean twice = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static void requireBelow(long index, long limit, String what) {
        if (index < 0 || index >= limit) {
            throw new IllegalArgumentException(what + " index " + index + " outside [0, " + limit + ")");
        }
    }
}
