package io.dhub.generators.market.india;

/**
 * Money written the Indian way: the rupee sign, the last three digits of the whole rupees grouped,
 * then pairs ({@code ₹12,34,567.00}), and the short forms in lakh (10⁵) and crore (10⁷) that Indian
 * readers use ({@code ₹12.3 L}, {@code ₹4.5 Cr}). Written by hand: the JDK's en-IN format groups by
 * thousands on some versions.
 */
public final class IndianMoney {
    private IndianMoney() {
    }

    private static final long LAKH = 100_000L * 100;
    private static final long CRORE = 10_000_000L * 100;

    /** {@code ₹12,34,567.89} for 123,456,789 paise; a minus sign before the rupee sign. */
    public static String format(long paise) {
        String sign = paise < 0 ? "-" : "";
        long abs = Math.abs(paise);
        String rupees = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        int n = rupees.length();
        if (n <= 3) {
            grouped.append(rupees);
        } else {
            String head = rupees.substring(0, n - 3);
            for (int i = 0; i < head.length(); i++) {
                if (i > 0 && (head.length() - i) % 2 == 0) {
                    grouped.append(',');
                }
                grouped.append(head.charAt(i));
            }
            grouped.append(',').append(rupees, n - 3, n);
        }
        long p = abs % 100;
        return sign + "₹" + grouped + "." + (p < 10 ? "0" : "") + p;
    }

    /**
     * The short form: crore from one crore, lakh from one lakh, with one decimal (dropped when it is
     * 0), and the whole rupees below a lakh: {@code ₹4.5 Cr}, {@code ₹12 L}, {@code ₹85,000}.
     */
    public static String brief(long paise) {
        String sign = paise < 0 ? "-" : "";
        long abs = Math.abs(paise);
        if (abs >= CRORE) {
            return sign + "₹" + tenths(abs, CRORE) + " Cr";
        }
        if (abs >= LAKH) {
            return sign + "₹" + tenths(abs, LAKH) + " L";
        }
        String whole = format(abs - abs % 100 + (abs % 100 >= 50 ? 100 : 0));
        return sign + whole.substring(0, whole.length() - 3);
    }

    /** {@code amount ÷ unit} to one decimal, half up, without a trailing ".0". */
    private static String tenths(long amount, long unit) {
        long t = (amount * 10 + unit / 2) / unit;
        return t % 10 == 0 ? Long.toString(t / 10) : t / 10 + "." + t % 10;
    }
}
