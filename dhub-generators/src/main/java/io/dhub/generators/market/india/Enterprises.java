package io.dhub.generators.market.india;

import io.dhub.generators.ids.UniqueValues;
import io.dhub.generators.market.Business;
import io.dhub.generators.market.Cumulative;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * India's enterprises: how a business customer's firm is constituted, named, taxed and registered, and
 * its MSME class under the thresholds in force on a day.
 *
 * <p>Constitutions [chosen: proprietorships are most of India's small firms]: a proprietorship 70%, taxed
 * under its owner's PAN; a partnership firm 12% and a limited liability partnership 5%, whose PANs name a
 * firm (fourth letter F); a private limited company 13% (C). An entity's PAN carries the initial of its
 * name in the fifth place, as the Income Tax Department issues it. Activities are NIC-2008 classes (the
 * four-digit level, which is ISIC Rev. 4's) of the trades small Indian firms run, each with its GST rate
 * before 22 September 2025 (5, 12 or 18% [chosen per trade]); from that day the GST Council's two rates
 * apply, 12% goods and services moving to 5%. The Udyam registration (from 1 July 2020) is numbered
 * UDYAM-, the state's letters (its ISO 3166-2 code [chosen]), the district's number (the state's districts
 * in the reference table in name order [chosen]) and seven digits (a bijection of the customer's number);
 * a firm that commenced before Udyam began registered within its first year.
 */
final class Enterprises {
    private Enterprises() {
    }

    /** An activity: its NIC-2008 class, the class's name, the words a firm of it is named by, its GST rate. */
    record Activity(String nic, String name, String[] words, int gstRate, double weight) {
    }

    static final List<Activity> ACTIVITIES = List.of(
            new Activity("4711", "Retail sale in non-specialized stores with food, beverages or tobacco predominating",
                    new String[] {"General Stores", "Provision Stores", "Kirana"}, 5, 16),
            new Activity("4771", "Retail sale of clothing, footwear and leather articles in specialized stores",
                    new String[] {"Garments", "Fashions", "Footwear"}, 12, 10),
            new Activity("4772", "Retail sale of pharmaceutical and medical goods, cosmetic and toilet articles in "
                    + "specialized stores", new String[] {"Medicals", "Pharmacy"}, 12, 8),
            new Activity("4752", "Retail sale of hardware, paints and glass in specialized stores",
                    new String[] {"Hardware", "Paints"}, 18, 7),
            new Activity("4690", "Non-specialized wholesale trade", new String[] {"Traders", "Trading Company",
                    "Enterprises"}, 18, 12),
            new Activity("5610", "Restaurants and mobile food service activities",
                    new String[] {"Foods", "Caterers", "Restaurant"}, 5, 8),
            new Activity("4923", "Freight transport by road", new String[] {"Roadlines", "Transport", "Logistics"},
                    12, 7),
            new Activity("4520", "Maintenance and repair of motor vehicles", new String[] {"Auto Works", "Motors"},
                    18, 6),
            new Activity("1410", "Manufacture of wearing apparel, except fur apparel",
                    new String[] {"Textiles", "Apparels", "Creations"}, 12, 6),
            new Activity("2599", "Manufacture of other fabricated metal products n.e.c.",
                    new String[] {"Engineering Works", "Fabricators", "Industries"}, 18, 5),
            new Activity("1071", "Manufacture of bakery products", new String[] {"Bakers", "Sweets"}, 5, 3),
            new Activity("4321", "Electrical installation", new String[] {"Electricals", "Electric Works"}, 18, 4),
            new Activity("6201", "Computer programming activities", new String[] {"Infotech", "Software Solutions",
                    "Technologies"}, 18, 3),
            new Activity("9602", "Hairdressing and other beauty treatment", new String[] {"Salon", "Beauty Parlour"},
                    18, 2),
            new Activity("4100", "Construction of buildings", new String[] {"Constructions", "Builders"}, 12, 3));

    /** The constitutions with their PAN holder type and weight [chosen]. */
    private static final String[] CONSTITUTIONS = {"proprietorship", "partnership", "llp", "private_limited"};
    private static final char[] PAN_TYPES = {'P', 'F', 'F', 'C'};
    private static final Cumulative CONSTITUTION_WEIGHTS = new Cumulative(new double[] {70, 12, 5, 13});
    private static final Cumulative ACTIVITY_WEIGHTS = new Cumulative(
            ACTIVITIES.stream().mapToDouble(Activity::weight).toArray());
    /** The median investment in plant and machinery or equipment, rupees, times the constitution's multiple [chosen]. */
    private static final double INVESTMENT_MEDIAN = 800_000;
    private static final double[] INVESTMENT_MULTIPLE = {1, 1.5, 2, 4};

    /** Udyam registration began on 1 July 2020 (MSME notification S.O. 2119(E), 26 June 2020). */
    static final LocalDate UDYAM_FROM = LocalDate.of(2020, 7, 1);
    /** S.O. 1364(E) raised the thresholds from 1 April 2025. */
    static final LocalDate THRESHOLDS_2025 = LocalDate.of(2025, 4, 1);
    /** The GST Council's two rates (5% and 18%, 40% for demerit goods) from 22 September 2025. */
    static final LocalDate TWO_RATES_FROM = LocalDate.of(2025, 9, 22);
    /** QRMP: quarterly returns with monthly payment for a turnover up to Rs 5 crore. */
    static final long QUARTERLY_LIMIT_CENTS = 5_00_00_000L * 100;
    /** The share of the firms allowed to file quarterly that choose to [chosen]. */
    static final double PREFER_QUARTERLY = 0.6;

    /** The districts of each state in the reference table, in name order, numbered from 1. */
    private static Map<String, List<String>> districts;

    private static synchronized Map<String, List<String>> districts() {
        if (districts == null) {
            Map<String, TreeSet<String>> byState = new TreeMap<>();
            for (InData.City c : InData.get().cities) {
                byState.computeIfAbsent(c.state(), k -> new TreeSet<>()).add(c.district());
            }
            Map<String, List<String>> out = new TreeMap<>();
            byState.forEach((state, names) -> out.put(state, List.copyOf(names)));
            districts = out;
        }
        return districts;
    }

    static Business business(long index, String ownerPan, String surname, String state, String city, LocalDate since,
                             LocalDate born, LocalDate asOf, RandomGenerator random) {
        int constitution = CONSTITUTION_WEIGHTS.draw(random);
        Activity activity = ACTIVITIES.get(ACTIVITY_WEIGHTS.draw(random));
        String word = activity.words()[random.nextInt(activity.words().length)];
        boolean brothers = random.nextBoolean();
        String name = switch (CONSTITUTIONS[constitution]) {
            case "proprietorship" -> surname + " " + word;
            case "partnership" -> brothers ? surname + " Brothers" : surname + " & Co.";
            case "llp" -> surname + " " + word + " LLP";
            default -> surname + " " + word + " Private Limited";
        };
        char initial = Character.toUpperCase(name.charAt(0));
        String pan = constitution == 0 ? ownerPan : IndianIds.pan(index, PAN_TYPES[constitution], initial);
        long investment = Math.round(Math.exp(Math.log(INVESTMENT_MEDIAN * INVESTMENT_MULTIPLE[constitution])
                + random.nextGaussian())) * 100;
        LocalDate adult = born.plusYears(18);
        long years = random.nextLong(15 * 365L + 1);
        LocalDate commenced = since.minusDays(years);
        if (commenced.isBefore(adult)) {
            commenced = adult.isAfter(since) ? since : adult;
        }
        LocalDate from = commenced.isBefore(UDYAM_FROM) ? UDYAM_FROM : commenced;
        LocalDate registered = from.plusDays(random.nextInt(366));
        double factor = 1.02 + 0.16 * random.nextDouble();
        boolean quarterly = random.nextDouble() < PREFER_QUARTERLY;
        String udyam = null;
        if (!registered.isAfter(asOf)) {
            List<String> own = districts().getOrDefault(state, List.of());
            String district = InData.get().districtOf(state, city);
            int number = Math.max(1, own.indexOf(district) + 1);
            udyam = "UDYAM-" + InData.get().licenceLetters.get(state) + "-" + UniqueValues.pad(number, 2) + "-"
                    + UniqueValues.pad(UniqueValues.permute(index, 10_000_000L, 7_919_003L, 4_242_421L), 7);
        } else {
            registered = null;
        }
        int rate = activity.gstRate();
        if (!asOf.isBefore(TWO_RATES_FROM) && rate == 12) {
            rate = 5;
        }
        return new Business(name, CONSTITUTIONS[constitution], pan, activity.nic(), activity.name(), udyam,
                registered, investment, rate, commenced, factor, quarterly);
    }

    /**
     * The class under the thresholds in force that day: S.O. 2119(E) (investment and turnover: micro up to
     * Rs 1 and 5 crore, small 10 and 50, medium 50 and 250) until 31 March 2025, S.O. 1364(E) (2.5 and 10,
     * 25 and 100, 125 and 500) from 1 April 2025; null above medium.
     */
    static String msmeClass(LocalDate day, long investmentCents, long turnoverCents) {
        boolean raised = !day.isBefore(THRESHOLDS_2025);
        double crore = 1_00_00_000 * 100.0;
        double[][] limits = raised ? new double[][] {{2.5, 10}, {25, 100}, {125, 500}}
                : new double[][] {{1, 5}, {10, 50}, {50, 250}};
        String[] names = {"micro", "small", "medium"};
        for (int i = 0; i < 3; i++) {
            if (investmentCents <= limits[i][0] * crore && turnoverCents <= limits[i][1] * crore) {
                return names[i];
            }
        }
        return null;
    }
}
