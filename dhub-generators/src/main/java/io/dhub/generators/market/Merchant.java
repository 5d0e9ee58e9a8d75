package io.dhub.generators.market;

/**
 * A merchant category of the market with its amounts: card purchases or bills of one kind (a
 * supermarket, a streaming service, the electricity company), its merchant category code, how it is
 * paid ({@code in_person}, {@code online} or {@code recurring}), the log-normal of its amounts in the
 * market's currency ({@code mu} = ln median, {@code sigma}), and merchant names.
 */
public record Merchant(String category, String subcategory, String mcc, String channel, double mu, double sigma,
                       String[] names) {
    /** An amount in cents drawn from the category's distribution, given a standard normal draw. */
    public long cents(double z) {
        return Math.max(1, Math.round(Math.exp(mu + sigma * z) * 100));
    }
}
