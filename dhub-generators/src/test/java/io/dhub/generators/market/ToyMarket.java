package io.dhub.generators.market;

import io.dhub.generators.ids.UniqueValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A second market made up for tests: every fact it gives is invented and says "Zed", so that a bank
 * generated in it shows at once whether a fact came from somewhere else. Its bank is the test
 * resource folder {@code zz/}.
 */
public final class ToyMarket implements Market {
    private static final BankFile BANK = BankFile.read("zz", ToyMarket.class);
    private static final int CITIES = 30;
    private static final Merchant[] PURCHASES = {
        new Merchant("grocery", "zed_grocer", "5411", "in_person", Math.log(40), 0.6, new String[] {"Zed Mart", "Zed Fresh"}),
        new Merchant("restaurants", "zed_cafe", "5812", "in_person", Math.log(15), 0.5, new String[] {"Zed Cafe"}),
        new Merchant("retail", "zed_shop", "5310", "online", Math.log(60), 0.8, new String[] {"Zed Shop Online"})};
    private static final Merchant[] BILLS = {
        new Merchant("utilities", "zed_power", "4900", "recurring", Math.log(90), 0.3, new String[] {"Zed Power"}),
        new Merchant("telecom", "zed_phone", "4814", "recurring", Math.log(50), 0.2, new String[] {"Zed Mobile"}),
        new Merchant("housing", "zed_rent", "6513", "recurring", Math.log(900), 0.3, new String[] {"Zed Homes"})};

    @Override
    public void load() {
    }

    @Override
    public String code() {
        return "zz";
    }

    @Override
    public String name() {
        return "Zedland";
    }

    @Override
    public String country() {
        return "ZZ";
    }

    @Override
    public String currency() {
        return "XTS";
    }

    @Override
    public Locale locale() {
        return Locale.ROOT;
    }

    @Override
    public String money(double amount) {
        return "Z" + new java.math.BigDecimal(Double.toString(amount)).setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    @Override
    public String phone(long index) {
        return "+99 " + UniqueValues.pad(index, 12);
    }

    @Override
    public String phone(long index, String areaCode) {
        return "+99 " + areaCode + " " + UniqueValues.pad(index, 9);
    }

    @Override
    public List<IdentityDocument> identityDocuments() {
        return List.of(new IdentityDocument("national_id", 60, 10), new IdentityDocument("passport", 40, 5));
    }

    @Override
    public String documentNumber(String type, long value) {
        return "ZD-" + type.charAt(0) + UniqueValues.pad(value, 9);
    }

    @Override
    public String taxId(long index) {
        return "ZT" + UniqueValues.pad(index, 10);
    }

    @Override
    public int adultAge(RandomGenerator random) {
        return 18 + random.nextInt(70);
    }

    @Override
    public double adultShareUnder(int age) {
        return Math.max(0, Math.min(1, (age - 18) / 70.0));
    }

    @Override
    public String firstName(RandomGenerator random, boolean female, int birthYear) {
        return (female ? "Zelda" : "Zeno") + (char) ('a' + random.nextInt(26));
    }

    @Override
    public String surname(RandomGenerator random) {
        return "Zedov" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
    }

    private static Home city(int i, RandomGenerator random) {
        return new Home((1 + random.nextInt(999)) + " Zed Road", "Zed City " + i, "ZA", "Z" + UniqueValues.pad(i, 4),
                "9" + UniqueValues.pad(i, 2), "Asia/Dubai", 20 + i * 0.1, 50 + i * 0.1, 100_000.0 * (CITIES - i));
    }

    @Override
    public Home home(RandomGenerator random) {
        return city(random.nextInt(CITIES), random);
    }

    @Override
    public List<Home> branchSites(RandomGenerator random, int count) {
        List<Home> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(city(i, random));
        }
        return out;
    }

    @Override
    public Job job(RandomGenerator random, int age, String segment) {
        if (age >= 65) {
            return new Job(Job.RETIRED, Job.RETIRED, 100L * (150 + random.nextInt(200)));
        }
        if (age < 22 && random.nextInt(3) == 0) {
            return new Job(Job.STUDENT, Job.STUDENT, 100L * random.nextInt(100));
        }
        return new Job("Zed worker", "Zed Occupations", 100L * (300 + random.nextInt(1_500)));
    }

    @Override
    public Merchant purchase(RandomGenerator random) {
        return PURCHASES[random.nextInt(PURCHASES.length)];
    }

    @Override
    public Merchant bill(RandomGenerator random) {
        return BILLS[random.nextInt(BILLS.length)];
    }

    @Override
    public String employer(RandomGenerator random, Home home, String group) {
        return "Zed Employer of " + home.city();
    }

    @Override
    public String payFrequency(RandomGenerator random, String group) {
        return new String[] {"weekly", "biweekly", "semimonthly", "monthly"}[random.nextInt(4)];
    }

    @Override
    public String pensionPayer(RandomGenerator random, Home home) {
        return "Zed Pension Fund";
    }

    @Override
    public double netOfGross() {
        return 0.8;
    }

    @Override
    public String wireCountry(RandomGenerator random) {
        return new String[] {"ZY", "ZX"}[random.nextInt(2)];
    }

    /** Banks close on the first day of every month and on 20 March. */
    @Override
    public boolean bankHoliday(LocalDate day) {
        return day.getDayOfMonth() == 1 || day.getMonthValue() == 3 && day.getDayOfMonth() == 20;
    }

    @Override
    public int salaryMin() {
        return 3_000;
    }

    @Override
    public int salaryMax() {
        return 24_000;
    }

    @Override
    public double priceLevel() {
        return 3;
    }

    @Override
    public BankFile bank() {
        return BANK;
    }

    /** The batch rail is "zbatch"; the other channels keep the specification's names. */
    @Override
    public String channel(String rail, String type, java.math.BigDecimal amount, boolean abroad) {
        return "ach".equals(rail) ? "zbatch" : rail;
    }
}
