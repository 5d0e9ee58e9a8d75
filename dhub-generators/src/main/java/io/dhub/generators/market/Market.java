package io.dhub.generators.market;

import java.util.Locale;

/**
 * Everything that depends on the country the bank is in: the formats of its identifiers, its
 * currency, the dictionaries its people's names and addresses come from, and the scale of incomes,
 * salaries, staff pay and loans. The generators ask the run's market; they hold no country's facts themselves.
 * The United States ({@link UsMarket}) is the only market for now.
 *
 * <p>A market's identifier formats must be injective on the index spaces the id space declares
 * ({@link io.dhub.generators.ids.IdSpace}): distinct indexes below its phone and tax-id sizes give
 * distinct values.
 */
public interface Market {
    /** Short name, as a user would type it. */
    String code();

    /** ISO 3166-1 alpha-2 code written with each address. */
    String country();

    /** ISO 4217 code of the accounts' currency. */
    String currency();

    /** The locale of the dictionaries names, addresses and job titles are drawn from. */
    Locale locale();

    /** A phone number, unique for each index of the id space's phone space. */
    String phone(long index);

    /** A tax identifier, unique for each index of the id space's tax-id space. */
    String taxId(long index);

    /** The median annual income of a customer of the segment, in the currency. */
    double incomeMedian(String segment);

    /** The range of one salary payment booked in the ledger, in the currency (whole units). */
    int salaryMin();

    int salaryMax();

    /**
     * What the dollar amounts written in the rules (staff salary bands in {@code Role}, loan sizes
     * in {@code LoanType}) are multiplied by to give this market's amounts, in its currency and at
     * its prices.
     */
    double priceLevel();
}
