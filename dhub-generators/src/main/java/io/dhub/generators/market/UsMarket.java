package io.dhub.generators.market;

import io.dhub.generators.ids.UniqueValues;
import java.util.Locale;

/**
 * The United States: US dollars, English (US) dictionaries, North American phone numbers and
 * ITIN-shaped tax ids, and the specification's incomes, salaries and loan sizes.
 */
public final class UsMarket implements Market {
    public static final UsMarket INSTANCE = new UsMarket();

    /** Area codes of large US cities; a phone's area code is one of these. */
    private static final String[] AREA_CODES = {
        "201", "202", "206", "212", "213", "214", "215", "216", "217", "224", "239", "248", "267", "303", "305",
        "310", "312", "313", "314", "317", "323", "347", "404", "407", "408", "410", "412", "415", "425", "469",
        "480", "503", "510", "512", "513", "602", "612", "614", "617", "619", "626", "646", "650", "702", "713",
        "718", "720", "773", "818", "917"};
    private static final long EXCHANGES = 800;      // 200-999: a US exchange never starts with 0 or 1
    private static final long LINES = 10_000;
    /** 50 area codes × 800 exchanges × 10,000 lines = 4 × 10^8, the id space's phone space. */
    static final long PHONE_SPACE = AREA_CODES.length * EXCHANGES * LINES;
    private static final long TAX_GROUPS = 19;      // 70-88: the ITIN group range, never a real SSN
    /** 100 areas × 19 groups × 10,000 serials = 1.9 × 10^7, the id space's tax-id space. */
    static final long TAX_SPACE = 100 * TAX_GROUPS * 10_000;

    /** Seed rule as implemented: salaries of 1,000-8,000 dollars. */
    public static final int SALARY_MIN = 1_000;
    public static final int SALARY_MAX = 8_000;

    private UsMarket() {
    }

    @Override
    public String code() {
        return "us";
    }

    @Override
    public String country() {
        return "US";
    }

    @Override
    public String currency() {
        return "USD";
    }

    @Override
    public Locale locale() {
        return Locale.US;
    }

    /** {@code (AAA) EEE-LLLL}, unique for each index below 4 × 10^8. */
    @Override
    public String phone(long index) {
        UniqueValues.requireBelow(index, PHONE_SPACE, "phone");
        long p = UniqueValues.permute(index, PHONE_SPACE, 2_654_435_761L, 97_531L);
        long area = p / (EXCHANGES * LINES);
        long exchange = 200 + (p / LINES) % EXCHANGES;
        long line = p % LINES;
        return "(" + AREA_CODES[(int) area] + ") " + exchange + "-" + UniqueValues.pad(line, 4);
    }

    /** An ITIN-shaped {@code 9AA-GG-SSSS} (group 70-88), unique below 1.9 × 10^7. */
    @Override
    public String taxId(long index) {
        UniqueValues.requireBelow(index, TAX_SPACE, "tax id");
        long p = UniqueValues.permute(index, TAX_SPACE, 7_919L, 104_729L);
        long area = p / (TAX_GROUPS * 10_000);
        long group = 70 + (p / 10_000) % TAX_GROUPS;
        return "9" + UniqueValues.pad(area, 2) + "-" + group + "-" + UniqueValues.pad(p % 10_000, 4);
    }

    /** Retail 52,000, premium 140,000, business 250,000, private banking 650,000 dollars. */
    @Override
    public double incomeMedian(String segment) {
        return switch (segment) {
            case "premium" -> 140_000;
            case "business" -> 250_000;
            case "private_banking" -> 650_000;
            default -> 52_000;
        };
    }

    @Override
    public int salaryMin() {
        return SALARY_MIN;
    }

    @Override
    public int salaryMax() {
        return SALARY_MAX;
    }

    @Override
    public double priceLevel() {
        return 1.0;
    }
}
