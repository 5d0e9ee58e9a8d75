package io.dhub.generators.market;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A market's merchant categories, read from its {@code merchants.csv}: the card purchases (in person
 * or online) and the recurring bills, each drawn by its share of transactions.
 */
public record Merchants(Merchant[] purchases, Cumulative purchaseWeights, Merchant[] bills, Cumulative billWeights) {
    /**
     * The categories of a merchants table (columns {@code category}, {@code subcategory}, {@code mcc},
     * {@code channel}: {@code in_person}, {@code online} or {@code recurring}, {@code txn_weight_est},
     * {@code lognorm_mu}, {@code lognorm_sigma}, {@code example_merchants} separated by {@code ;}).
     */
    public static Merchants read(Csv shops) {
        List<Merchant> buy = new ArrayList<>();
        List<Double> buyWeights = new ArrayList<>();
        List<Merchant> pay = new ArrayList<>();
        List<Double> payWeights = new ArrayList<>();
        for (int i = 0; i < shops.size(); i++) {
            Merchant m = new Merchant(shops.get(i, "category"), shops.get(i, "subcategory"), shops.get(i, "mcc"),
                    shops.get(i, "channel"), shops.number(i, "lognorm_mu"), shops.number(i, "lognorm_sigma"),
                    shops.get(i, "example_merchants").split(";"));
            boolean recurring = m.channel().equals("recurring");
            (recurring ? pay : buy).add(m);
            (recurring ? payWeights : buyWeights).add(shops.number(i, "txn_weight_est"));
        }
        return new Merchants(buy.toArray(Merchant[]::new),
                new Cumulative(buyWeights.stream().mapToDouble(Double::doubleValue).toArray()),
                pay.toArray(Merchant[]::new), new Cumulative(payWeights.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** A category of card purchases, by its share. */
    public Merchant purchase(RandomGenerator random) {
        return purchases[purchaseWeights.draw(random)];
    }

    /** A category of recurring bills, by its share. */
    public Merchant bill(RandomGenerator random) {
        return bills[billWeights.draw(random)];
    }
}
