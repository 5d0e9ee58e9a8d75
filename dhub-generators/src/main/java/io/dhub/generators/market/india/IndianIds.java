package io.dhub.generators.market.india;

import io.dhub.generators.ids.UniqueValues;

/**
 * Indian identifiers in the forms their validators check, each a bijection of an index within its
 * space (so that distinct indices give distinct identifiers, by construction, at any scale):
 * <ul>
 *   <li>PAN: {@code [A-Z]{3}[holder type][initial]\d{4}[A-Z]}, the fourth letter the holder's type
 *       (P a person, C a company, F a firm, …), the fifth the surname's or name's initial, the serial
 *       never 0000;</li>
 *   <li>GSTIN: the state's two-digit GST code, the PAN, the registration's number in the state
 *       (1-9, then A-Z), {@code Z}, and the check character of the Luhn mod 36 algorithm;</li>
 *   <li>IFSC: the bank's four-letter code, {@code 0}, and six characters naming the branch;</li>
 *   <li>CKYC numbers: fourteen digits;</li>
 *   <li>UPI ids: the mobile number's ten digits at the payment app's handle;</li>
 *   <li>mobile numbers: {@code +91} and ten digits, the first 6-9;</li>
 *   <li>Aadhaar, masked only ({@code XXXX XXXX dddd}): a full number is never made.</li>
 * </ul>
 * No generated identifier is claimed to be anyone's: the PAN's check letter and the last four
 * Aadhaar digits are drawn from the index, not computed by the issuer's rules.
 */
public final class IndianIds {
    private IndianIds() {
    }

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** The holder types a PAN's fourth letter names (Income Tax Department). */
    public static final String PAN_HOLDER_TYPES = "PCHFATBLJG";
    /** PANs of one holder type: 26³ first letters × 9,999 serials. */
    public static final long PAN_SPACE = 26L * 26 * 26 * 9_999;
    /** Branch numbers of one bank in an IFSC's six digits. */
    public static final long IFSC_BRANCHES = 1_000_000L;
    /** CKYC numbers: fourteen digits, the first 1-9. */
    public static final long CKYC_SPACE = 90_000_000_000_000L;
    /** Mobile numbers: first digit 6-9, nine more. */
    public static final long MOBILE_SPACE = 4L * 1_000_000_000L;

    /**
     * The PAN of index {@code index} for a holder of type {@code type} (one of
     * {@link #PAN_HOLDER_TYPES}) whose name starts with {@code initial}.
     */
    public static String pan(long index, char type, char initial) {
        UniqueValues.requireBelow(index, PAN_SPACE, "PAN");
        if (PAN_HOLDER_TYPES.indexOf(type) < 0 || LETTERS.indexOf(initial) < 0) {
            throw new IllegalArgumentException("PAN holder type " + type + " or initial " + initial);
        }
        long p = UniqueValues.permute(index, PAN_SPACE, 1_000_003L, 7_777_777L);
        long letters = p / 9_999;
        long serial = 1 + p % 9_999;
        char check = LETTERS.charAt((int) Math.floorMod(p * 31 + type * 7 + initial, 26));
        return "" + LETTERS.charAt((int) (letters / 676)) + LETTERS.charAt((int) (letters / 26 % 26))
                + LETTERS.charAt((int) (letters % 26)) + type + initial + UniqueValues.pad(serial, 4) + check;
    }

    /**
     * A GSTIN: the state's GST code (two digits), the holder's PAN, the registration's number within
     * the state (1 for the first), {@code Z}, and the check character.
     */
    public static String gstin(String stateCode, String pan, int registration) {
        if (!stateCode.matches("\\d{2}") || pan.length() != 10 || registration < 1 || registration > 35) {
            throw new IllegalArgumentException("GSTIN of state " + stateCode + ", PAN " + pan + ", #" + registration);
        }
        String body = stateCode + pan + BASE36.charAt(registration) + "Z";
        return body + gstinCheck(body);
    }

    /**
     * The check character of a GSTIN's first 14 characters: Luhn mod 36 over 0-9A-Z, the factor 2
     * on the rightmost character and alternating leftwards.
     */
    public static char gstinCheck(String body) {
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int code = BASE36.indexOf(body.charAt(i));
            if (code < 0) {
                throw new IllegalArgumentException("not a GSTIN character: " + body.charAt(i));
            }
            int addend = factor * code;
            factor = factor == 2 ? 1 : 2;
            sum += addend / 36 + addend % 36;
        }
        return BASE36.charAt((36 - sum % 36) % 36);
    }

    /**
     * The IFSC of branch number {@code branch} (0-999,999) of the bank with the four-letter code
     * {@code bank}: the code, {@code 0}, and the branch's number in six digits, as most Indian banks
     * write the last six characters (SBIN0000691).
     */
    public static String ifsc(String bank, long branch) {
        if (!bank.matches("[A-Z]{4}")) {
            throw new IllegalArgumentException("a bank code is four letters, not " + bank);
        }
        UniqueValues.requireBelow(branch, IFSC_BRANCHES, "IFSC branch");
        return bank + "0" + UniqueValues.pad(branch, 6);
    }

    /**
     * The Central KYC Registry's number of index {@code index}: fourteen digits, the first not 0, a
     * bijection of the index below {@link #CKYC_SPACE}.
     */
    public static String ckyc(long index) {
        UniqueValues.requireBelow(index, CKYC_SPACE, "CKYC number");
        return Long.toString(10_000_000_000_000L + UniqueValues.permute(index, CKYC_SPACE, 48_271L, 271_828_182L));
    }

    /**
     * The bank's reference of customer {@code index}'s Form 60 (the declaration of a person without a
     * PAN) [made up: the form has no number of its own]: {@code F60-} and ten digits of the index.
     */
    public static String form60(long index) {
        UniqueValues.requireBelow(index, 10_000_000_000L, "Form 60 reference");
        return "F60-" + UniqueValues.pad(index, 10);
    }

    /**
     * A retrieval reference number of UPI and IMPS, twelve digits as NPCI's switch writes it: the
     * last digit of the year, the day of the year (three digits) and the hour of the local posting
     * time, then six digits of the transaction's number.
     */
    public static String rrn(java.time.LocalDateTime local, long id) {
        return (local.getYear() % 10) + UniqueValues.pad(local.getDayOfYear(), 3) + UniqueValues.pad(local.getHour(), 2)
                + UniqueValues.pad(Math.floorMod(id, 1_000_000L), 6);
    }

    /**
     * A NEFT UTR of sixteen characters: the sending bank's four letters, {@code N}, the last digit of
     * the year, the day of the year (three digits) and seven digits of the transaction's number.
     */
    public static String neftUtr(String bank, java.time.LocalDate day, long id) {
        return bank + "N" + (day.getYear() % 10) + UniqueValues.pad(day.getDayOfYear(), 3)
                + UniqueValues.pad(Math.floorMod(id, 10_000_000L), 7);
    }

    /**
     * An RTGS UTR of twenty-two characters: the sending bank's four letters, {@code R} (RTGS), {@code C}
     * (a customer payment), the date as {@code yyyyMMdd} and eight digits of the transaction's number.
     */
    public static String rtgsUtr(String bank, java.time.LocalDate day, long id) {
        return bank + "RC" + day.getYear() + UniqueValues.pad(day.getMonthValue(), 2) + UniqueValues.pad(day.getDayOfMonth(), 2)
                + UniqueValues.pad(Math.floorMod(id, 100_000_000L), 8);
    }

    /** A UPI id on the mobile number: its ten digits, {@code @} and the payment app's handle. */
    public static String upiId(String mobile, String handle) {
        if (!mobile.matches("\\+91[6-9]\\d{9}") || !handle.matches("[a-z]{2,}")) {
            throw new IllegalArgumentException("UPI id of " + mobile + " at " + handle);
        }
        return mobile.substring(3) + "@" + handle;
    }

    /** The mobile number of index {@code index}: {@code +91} and ten digits, the first 6-9. */
    public static String mobile(long index) {
        UniqueValues.requireBelow(index, MOBILE_SPACE, "mobile number");
        long p = UniqueValues.permute(index, MOBILE_SPACE, 2_147_483_647L, 40_503L);
        return "+91" + (6 + p / 1_000_000_000L) + UniqueValues.pad(p % 1_000_000_000L, 9);
    }

    /** A masked Aadhaar, the form a bank may keep: only the last four digits, from the index. */
    public static String maskedAadhaar(long index) {
        return "XXXX XXXX " + UniqueValues.pad(UniqueValues.permute(Math.floorMod(index, 10_000), 10_000, 7_919, 1_234), 4);
    }
}
