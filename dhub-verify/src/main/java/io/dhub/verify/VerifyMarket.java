package io.dhub.verify;

import io.dhub.schema.DhubException;
import io.dhub.schema.ErrorCode;
import java.util.List;

/**
 * What {@code seed verify} judges by the market a bank was seeded in ({@code seed all --market}, read
 * from the run record): the bank-holiday calendar as SQL, the monitoring and reporting thresholds and
 * the salary range, in whole units of the market's currency. Verify writes these from the market's
 * law and its own reading of the specification, apart from the generator's market; a market the
 * generator has and verify has not is refused in one line rather than judged by another's rules.
 *
 * <p>The check SQL names them as placeholders, which {@link VerifySession#sql} fills in:
 * {@code {cashreport}}, {@code {structmin}}, {@code {structmax}}, {@code {largecash}},
 * {@code {wirereview}}, {@code {sarthreshold}}, {@code {salarymin}}, {@code {salarymax}}, the
 * terms {@code {currency}}, {@code {channels}} and {@code {documents}} (SQL literals), and
 * {@code {bank_holiday EXPR}} for "EXPR (a date) is a bank holiday".
 *
 * @param code           the market's code, as {@code --market} takes it
 * @param cashReport     cash above which a day's deposits or withdrawals are reported
 * @param structuringMin the smallest cash deposit that counts towards structuring below the report threshold
 * @param largeCash      a credit large enough to start the rapid-movement and dormant-account rules
 * @param wireReview     a wire to or from a high-risk country that is reviewed, at least
 * @param sarThreshold   escalated alerts of a month reaching this are reported
 * @param salaryMin      the lowest salary payment
 * @param salaryMax      the highest
 * @param currency       the accounts' currency (ISO 4217)
 * @param channels       the channels transactions move on: the specification's and the market's rails
 * @param documents      the identity documents customers show (a proof of address is any market's)
 */
record VerifyMarket(String code, String cashReport, String structuringMin, String largeCash, String wireReview,
                    String sarThreshold, String salaryMin, String salaryMax, String currency, List<String> channels,
                    List<String> documents) {
    /**
     * The United States: the currency transaction report above $10,000 (31 CFR 1010.311), structuring
     * from $3,000, $5,000 for the rapid-movement and dormant rules and for a suspicious activity report
     * (31 CFR 1020.320), wires of $10,000 to high-risk countries, salaries of $1,000-8,000, and the
     * Federal Reserve Banks' holidays ({@link BankHolidaysSql}).
     */
    static final VerifyMarket US = new VerifyMarket("us", "10000", "3000", "5000", "10000", "5000", "1000", "8000",
            "USD", List.of("atm", "branch", "online", "mobile", "pos", "ach", "wire", "system"),
            List.of("drivers_license", "passport", "national_id"));

    static final List<VerifyMarket> ALL = List.of(US);

    /** The market of that code; one verify has no targets for is refused, naming the ones it has. */
    static VerifyMarket of(String code) {
        String wanted = code == null ? US.code() : code;
        return ALL.stream().filter(m -> m.code().equals(wanted)).findFirst().orElseThrow(() -> new DhubException(
                ErrorCode.FAILED, "this bank was seeded in market '" + wanted + "', and seed verify knows the rules of "
                + String.join(", ", ALL.stream().map(VerifyMarket::code).toList()) + " only; verify it with the dhub that seeded it"));
    }

    /** SQL true when the date expression is a bank holiday of the market (weekends apart). */
    String bankHoliday(String date) {
        return BankHolidaysSql.closed(date);
    }

    /** The largest cash deposit below the report threshold: structuring's upper bound (a cent under it). */
    String structuringMax() {
        return new java.math.BigDecimal(cashReport).subtract(new java.math.BigDecimal("0.01")).toPlainString();
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String literals(List<String> values) {
        return String.join(", ", values.stream().map(VerifyMarket::literal).toList());
    }

    /** The text with every placeholder of the market filled in. */
    String fill(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        String out = text.replace("{cashreport}", cashReport).replace("{structmin}", structuringMin)
                .replace("{structmax}", structuringMax()).replace("{largecash}", largeCash)
                .replace("{wirereview}", wireReview).replace("{sarthreshold}", sarThreshold)
                .replace("{salarymin}", salaryMin).replace("{salarymax}", salaryMax)
                .replace("{currency}", literal(currency)).replace("{channels}", literals(channels))
                .replace("{documents}", literals(documents));
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int at = out.indexOf("{bank_holiday "); at >= 0; at = out.indexOf("{bank_holiday ", from)) {
            int end = out.indexOf('}', at);
            b.append(out, from, at).append(bankHoliday(out.substring(at + "{bank_holiday ".length(), end)));
            from = end + 1;
        }
        return b.append(out, from, out.length()).toString();
    }
}
