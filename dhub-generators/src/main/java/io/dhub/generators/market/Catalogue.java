package io.dhub.generators.market;

/**
 * The lists of names a market's bank and customers deal with, in its {@code catalogues.csv}
 * (columns {@code catalogue}, {@code name}, in the order the draws index them). Invented names and
 * real brands that are facts; each market gives every catalogue.
 */
public enum Catalogue {
    /** Gig and freelance platforms that pay a profile's earners. */
    PLATFORMS,
    /** Lenders elsewhere that a person repays monthly. */
    LENDERS,
    /** Lenders elsewhere that a business repays monthly. */
    BUSINESS_LENDERS,
    /** Patterns of firm names: {surname}. */
    FIRMS,
    /** The settlement agents of property purchases, which laundering cases pay and are paid by. */
    SETTLEMENT_AGENTS,
    /** Kinds of charity that are named beneficiaries. */
    CHARITIES,
    /** The city of each of the bank's twelve departments, in the order of the departments. */
    DEPARTMENT_CITIES
}
