package io.dhub.generators.market;

/**
 * Where a person lives (or a branch stands): a street address in a real city, one of the city's ZIP
 * codes, the area code of its phone numbers, its time zone (an IANA name, such as
 * {@code America/Chicago}), and the city's coordinates and population.
 */
public record Home(String street, String city, String state, String zip, String areaCode, String timeZone,
                   double latitude, double longitude, double population) {
}
