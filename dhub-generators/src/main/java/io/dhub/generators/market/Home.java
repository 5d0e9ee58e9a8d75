package io.dhub.generators.market;

/**
 * Where a person lives: a street address in a real city, one of the city's ZIP codes, the area code
 * of its phone numbers and its time zone (an IANA name, such as {@code America/Chicago}).
 */
public record Home(String street, String city, String state, String zip, String areaCode, String timeZone) {
}
