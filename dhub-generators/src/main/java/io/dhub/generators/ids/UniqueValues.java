package io.dhub.generators.ids;

import java.util.Locale;

/**
 * Unique, realistic-looking identifiers computed from a unique number. Each is an affine
 * bijection (index × A + B mod M, A coprime to M) of the number into its value space, so distinct
 * numbers give distinct values and consecutive numbers do not look consecutive. Nothing is stored.
 * Country-specific formats (phones, tax ids) are the market's ({@link io.dhub.generators.market.Market}).
 */
public final class UniqueValues {
    /** Index spaces, so that customers and employees never share a phone number. */
    public static final long EMPLOYEE_PHONE_BASE = 300_000_000L;

    private static final long ACCOUNT_SPACE = 100_000_000_000L;                      // 11 digits + check digit

    private static final String[] EMAIL_DOMAINS = {"example.com", "example.net", "example.org"};

    private UniqueValues() {
    }

    /**
     * (index × a + b) mod m, a bijection on [0, m) when gcd(a, m) = 1. The multipliers are chosen
     * so that index × a stays within a long; multiplyExact guards that.
     */
    public static long permute(long index, long m, long a, long b) {
        return Math.floorMod(Math.addExact(Math.multiplyExact(index, a), b), m);
    }

    /** A 12-digit account number: 11 permuted digits and a Luhn check digit. */
    public static String accountNumber(long accountId) {
        requireBelow(accountId, ACCOUNT_SPACE, "account number");
        String body = pad(permute(accountId, ACCOUNT_SPACE, 48_271_003L, 1_234_567L), 11);
        return body + luhnDigit(body);
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

    public static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    public static void requireBelow(long index, long limit, String what) {
        if (index < 0 || index >= limit) {
            throw new IllegalArgumentException(what + " index " + index + " outside [0, " + limit + ")");
        }
    }
}
