package io.dhub.generators.market;

import io.dhub.generators.ids.IdSpace;
import io.dhub.generators.ids.UniqueValues;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The United States: US dollars, North American phone numbers and ITIN-shaped tax ids, and people
 * drawn from US reference tables (Census cities, ages and surnames, SSA first names, BLS occupations
 * and wages, NANPA area codes, the Federal Reserve's holidays; {@code us/NOTICE.md} names the sources).
 * The tables are read on first use.
 */
public final class UsMarket implements Market {
    public static final UsMarket INSTANCE = new UsMarket();

    /** Customers' local numbers: exchanges 200-899 of the home's area code, 7 × 10^6 per area code. */
    static final long CUSTOMER_LOCAL_NUMBERS = 700 * 10_000L;
    /** Customers beyond those take the non-geographic area code 500 (personal communications services). */
    static final String OVERFLOW_AREA_CODE = "500";
    static final long CUSTOMER_PHONES = CUSTOMER_LOCAL_NUMBERS + 800 * 10_000L;
    /** Staff and guarantors: exchanges 900-999 of every area code in service, 10^6 numbers per code. */
    private static final long OTHER_LOCAL_NUMBERS = 100 * 10_000L;
    /** The id space's phone space: customers below {@link #CUSTOMER_PHONES}, the others from 2 × 10^8 to 4 × 10^8. */
    static final long PHONE_SPACE = IdSpace.GUARANTOR_PHONE_BASE * 2;
    private static final long TAX_GROUPS = 19;      // 70-88: the ITIN group range, never a real SSN
    /** 100 areas × 19 groups × 10,000 serials = 1.9 × 10^7, the id space's tax-id space. */
    static final long TAX_SPACE = 100 * TAX_GROUPS * 10_000;

    /** Seed rule as implemented: salaries of 1,000-8,000 dollars. */
    public static final int SALARY_MIN = 1_000;
    public static final int SALARY_MAX = 8_000;

    /**
     * Median usual earnings by age relative to all ages (BLS Current Population Survey, full-time
     * wage and salary workers, 2023 annual averages, rounded): the wages of occupations are for all
     * ages, so a worker's wage is scaled by the factor of the age band.
     */
    private static final int[] AGE_BANDS = {20, 25, 35, 45, 55, 65};
    private static final double[] AGE_FACTORS = {0.55, 0.70, 0.94, 1.10, 1.12, 1.08, 0.98};
    /** Common US street names (facts; the most frequent names in US street lists). */
    private static final String[] STREETS = {"Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington", "Lake",
        "Hill", "Park", "Walnut", "Sunset", "Lincoln", "Jackson", "Church", "River", "Willow", "Highland",
        "Ridge", "Meadow", "Forest", "Spring", "Chestnut", "Franklin", "Madison", "Jefferson", "Adams", "Mill",
        "Center", "Hickory", "Dogwood", "Birch", "Laurel", "Lakeview", "Valley", "Sycamore", "Spruce", "Poplar",
        "Cherry", "Magnolia", "Union", "Broad", "Market", "College", "Grove", "Railroad", "Prospect", "Summit",
        "Orchard", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
        "Tenth", "First"};
    private static final String[] SUFFIXES = {"St", "St", "Ave", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl"};

    private UsMarket() {
    }

    /** Occupations each segment's customers draw from, weighted by employment; built with the tables. */
    private static final class Pools {
        static final Cumulative ANY = pool(o -> true);
        static final Cumulative PREMIUM = pool(o -> o.wages()[2] >= 75_000);
        static final Cumulative BUSINESS = pool(o -> o.group().equals("Management"));
        static final Cumulative PRIVATE = pool(o -> o.wages()[2] >= 130_000);
        static final String[] AREA_CODES = UsData.get().areaCodesInService.stream().sorted().toArray(String[]::new);

        private static Cumulative pool(Predicate<UsData.Occupation> keep) {
            return new Cumulative(Arrays.stream(UsData.get().occupations)
                    .mapToDouble(o -> keep.test(o) ? o.employment() : 0).toArray());
        }
    }

    /**
     * A driver's licence for 70% of customers, a passport for 20%, a state id for 10%; licences and
     * state ids are valid 8 years at most, adult passports 10 (22 CFR 51.4) [chosen within the states' 4-8].
     */
    private static final java.util.List<IdentityDocument> IDENTITY_DOCUMENTS = java.util.List.of(
            new IdentityDocument("drivers_license", 70, 8), new IdentityDocument("passport", 20, 10),
            new IdentityDocument("national_id", 10, 8));

    @Override
    public java.util.List<IdentityDocument> identityDocuments() {
        return IDENTITY_DOCUMENTS;
    }

    /**
     * A passport's letter and eight digits, a licence's or state id's letter (D, S) and nine digits,
     * the account number on a bill (UB-) or statement (BS-).
     */
    @Override
    public String documentNumber(String type, long value) {
        String digits = UniqueValues.pad(value, 9);
        return switch (type) {
            case "passport" -> (char) ('A' + (int) (value % 26)) + digits.substring(1);
            case "drivers_license" -> "D" + digits;
            case "national_id" -> "S" + digits;
            case "utility_bill" -> "UB-" + digits;
            default -> "BS-" + digits;
        };
    }

    /** Read on first use, once per process. */
    private static final class Bank {
        static final BankFile FILE = BankFile.read("us", UsMarket.class);
    }

    @Override
    public BankFile bank() {
        return Bank.FILE;
    }

    /** The US names its rails as the specification does: ACH for the batch rail, Fedwire for wires. */
    @Override
    public String channel(String rail, String type, java.math.BigDecimal amount, boolean abroad) {
        return rail;
    }

    @Override
    public void load() {
        UsData.get();
        Objects.requireNonNull(Bank.FILE);
        Objects.requireNonNull(Pools.ANY);
    }

    @Override
    public String code() {
        return "us";
    }

    @Override
    public String name() {
        return "the United States";
    }

    /** Social Security for 70% of retirees [chosen], else the state's public employees' retirement system. */
    @Override
    public String pensionPayer(RandomGenerator random, Home home) {
        return random.nextDouble() < 0.7 ? "Social Security" : "Pension " + home.state() + " Retirement System";
    }

    /** Federal, state and payroll taxes take about 22% of a gross income (an estimate). */
    @Override
    public double netOfGross() {
        return 0.78;
    }

    /** {@code $1,234.56}: dollars grouped by thousands with commas, two decimals ({@code -$5.00} below zero). */
    @Override
    public String money(double amount) {
        java.math.BigDecimal cents = new java.math.BigDecimal(Double.toString(amount))
                .setScale(2, java.math.RoundingMode.HALF_UP);
        String plain = cents.abs().toPlainString();
        int dot = plain.indexOf('.');
        StringBuilder out = new StringBuilder(plain.length() + 6).append(cents.signum() < 0 ? "-$" : "$");
        for (int i = 0; i < dot; i++) {
            if (i > 0 && (dot - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, dot, plain.length()).toString();
    }

    @Override
    public String country() {
        return "US";
    }

    @Override
    public String currency() {
        return "USD";
    }

    @Override
    public Locale locale() {
        return Locale.US;
    }

    /** {@code (AAA) 9EE-LLLL}: an area code in service and a 900-999 exchange, unique from 2 × 10^8 to 4 × 10^8. */
    @Override
    public String phone(long index) {
        UniqueValues.requireBelow(index, PHONE_SPACE, "phone");
        if (index < IdSpace.GUARANTOR_PHONE_BASE) {
            throw new IllegalArgumentException("phone index " + index + " is a customer's: give the area code");
        }
        long j = index - IdSpace.GUARANTOR_PHONE_BASE;
        String area = Pools.AREA_CODES[(int) (j / OTHER_LOCAL_NUMBERS)];
        long p = UniqueValues.permute(j % OTHER_LOCAL_NUMBERS, OTHER_LOCAL_NUMBERS, 2_654_435_761L, 97_531L);
        return "(" + area + ") " + (900 + p / 10_000) + "-" + UniqueValues.pad(p % 10_000, 4);
    }

    /**
     * {@code (AAA) EEE-LLLL} in the home's area code, exchanges 200-899, for the first 7 × 10^6
     * customers; beyond them the non-geographic area code 500. Distinct customers never share a number.
     */
    @Override
    public String phone(long index, String areaCode) {
        UniqueValues.requireBelow(index, CUSTOMER_PHONES, "customer phone");
        if (index < CUSTOMER_LOCAL_NUMBERS) {
            if (areaCode == null || areaCode.length() != 3) {
                throw new IllegalArgumentException("area code " + areaCode);
            }
            long p = UniqueValues.permute(index, CUSTOMER_LOCAL_NUMBERS, 2_654_435_761L, 97_531L);
            return "(" + areaCode + ") " + (200 + p / 10_000) + "-" + UniqueValues.pad(p % 10_000, 4);
        }
        long p = UniqueValues.permute(index - CUSTOMER_LOCAL_NUMBERS, 800 * 10_000L, 2_654_435_761L, 97_531L);
        return "(" + OVERFLOW_AREA_CODE + ") " + (200 + p / 10_000) + "-" + UniqueValues.pad(p % 10_000, 4);
    }

    /** An ITIN-shaped {@code 9AA-GG-SSSS} (group 70-88), unique below 1.9 × 10^7. */
    @Override
    public String taxId(long index) {
        UniqueValues.requireBelow(index, TAX_SPACE, "tax id");
        long p = UniqueValues.permute(index, TAX_SPACE, 7_919L, 104_729L);
        long area = p / (TAX_GROUPS * 10_000);
        long group = 70 + (p / 10_000) % TAX_GROUPS;
        return "9" + UniqueValues.pad(area, 2) + "-" + group + "-" + UniqueValues.pad(p % 10_000, 4);
    }

    @Override
    public int adultAge(RandomGenerator random) {
        return UsData.get().ages.draw(random);
    }

    @Override
    public double adultShareUnder(int age) {
        return UsData.get().ages.shareUnder(age);
    }

    /** SSA's top 1,000 names of the birth decade (1920s-2010s; earlier and later years take the nearest). */
    @Override
    public String firstName(RandomGenerator random, boolean female, int birthYear) {
        int decade = Math.max(1920, Math.min(2010, Math.floorDiv(birthYear, 10) * 10));
        UsData.Names names = UsData.get().firstNames.get((female ? "F" : "M") + decade);
        return names.names()[names.weights().draw(random)];
    }

    /** Census 2000's 5,000 most frequent surnames. */
    @Override
    public String surname(RandomGenerator random) {
        UsData data = UsData.get();
        return data.surnames[data.surnameWeights.draw(random)];
    }

    @Override
    public Home home(RandomGenerator random) {
        UsData data = UsData.get();
        return at(data.cities[data.cityWeights.draw(random)], random, true);
    }

    /** A street address in the city, one of its ZIP codes and area codes; an apartment in a quarter of homes. */
    private static Home at(UsData.City city, RandomGenerator random, boolean apartments) {
        String zip = city.zips()[random.nextInt(city.zips().length)];
        String area = city.areaCodes()[random.nextInt(city.areaCodes().length)];
        String street = (1 + random.nextInt(random.nextInt(10) < 7 ? 9_999 : 999)) + " "
                + STREETS[random.nextInt(STREETS.length)] + " " + SUFFIXES[random.nextInt(SUFFIXES.length)];
        if (apartments && random.nextInt(4) == 0) {
            street += " Apt " + (1 + random.nextInt(40));
        }
        return new Home(street, city.name(), city.state(), zip, area, city.timeZone(), city.latitude(),
                city.longitude(), city.population());
    }

    /**
     * Branches stand in cities of 250,000 people or more: 91 cities with 29% of the population in the
     * table, where a bank of 15-20 branches would open them.
     */
    static final double BRANCH_CITY_POPULATION = 250_000;

    @Override
    public java.util.List<Home> branchSites(RandomGenerator random, int count) {
        UsData data = UsData.get();
        java.util.List<Integer> bySize = data.cityWeights.drawLargest(random, count,
                city -> data.cities[city].population(), BRANCH_CITY_POPULATION);
        java.util.List<Home> sites = new java.util.ArrayList<>(count);
        for (int i : bySize) {
            sites.add(at(data.cities[i], random, false));
        }
        return java.util.List.copyOf(sites);
    }

    /**
     * Retirement by age follows the labour-force participation of older Americans (BLS 2023: about
     * two thirds of 55-64-year-olds work, a third of 65-69, a fifth of 70-74, under a tenth at 75+);
     * about 40% of 18-19-year-olds and fewer up to 23 are students. A worker's occupation is drawn by
     * BLS employment (premium customers from occupations with a median of $75,000 or more, business
     * owners from management, private banking from a median of $130,000 or more), the wage at a
     * random percentile of the occupation's, scaled by age; business owners add their profits and
     * private-banking clients their investment income. A pension is 35-60% of the wage at 60.
     */
    @Override
    public Job job(RandomGenerator random, int age, String segment) {
        UsData.Occupation occupation = occupation(random, segment);
        double wage = wage(occupation, random, segment);
        double retiring = age >= 75 ? 0.92 : age >= 70 ? 0.82 : age >= 67 ? 0.70 : age >= 65 ? 0.55
                : age >= 62 ? 0.35 : age >= 60 ? 0.12 : 0;
        double studying = !"retail".equals(segment) ? 0 : age <= 19 ? 0.45 : age <= 21 ? 0.35 : age <= 23 ? 0.12 : 0;
        double u = random.nextDouble();
        if (u < retiring) {
            double pension = Math.max(12_000, wage * ageFactor(60) * (0.35 + 0.25 * random.nextDouble()));
            return new Job(Job.RETIRED, Job.RETIRED, Job.hundreds(pension));
        }
        if (u < studying) {
            return new Job(Job.STUDENT, Job.STUDENT, Job.hundreds(6_000 * Math.exp(0.6 * random.nextGaussian())));
        }
        return new Job(occupation.title(), occupation.group(), Job.hundreds(wage * ageFactor(age)));
    }

    private static UsData.Occupation occupation(RandomGenerator random, String segment) {
        Cumulative pool = switch (segment) {
            case "premium" -> Pools.PREMIUM;
            case "business" -> Pools.BUSINESS;
            case "private_banking" -> Pools.PRIVATE;
            default -> Pools.ANY;
        };
        return UsData.get().occupations[pool.draw(random)];
    }

    /** The wage at a percentile drawn for the segment, interpolated in logs between BLS's percentiles. */
    private static double wage(UsData.Occupation occupation, RandomGenerator random, String segment) {
        double q = switch (segment) {
            case "premium" -> 0.40 + 0.58 * random.nextDouble();
            case "business" -> 0.50 + 0.48 * random.nextDouble();
            case "private_banking" -> 0.70 + 0.29 * random.nextDouble();
            default -> 0.03 + 0.94 * random.nextDouble();
        };
        double wage = percentile(occupation.wages(), q);
        return switch (segment) {
            case "business" -> wage * (1.2 + 1.3 * random.nextDouble());
            case "private_banking" -> wage * 3.0 * Math.exp(0.5 * random.nextGaussian());
            default -> wage;
        };
    }

    /** Log-linear between (0.10, 0.25, 0.50, 0.75, 0.90); beyond them, the slope of the nearest pair. */
    static double percentile(double[] wages, double q) {
        double[] at = {0.10, 0.25, 0.50, 0.75, 0.90};
        int i = q <= at[1] ? 0 : q <= at[2] ? 1 : q <= at[3] ? 2 : 3;
        double lo = Math.log(wages[i]);
        double hi = Math.log(wages[i + 1]);
        return Math.exp(lo + (hi - lo) * (q - at[i]) / (at[i + 1] - at[i]));
    }

    private static double ageFactor(int age) {
        int band = 0;
        while (band < AGE_BANDS.length && age >= AGE_BANDS[band]) {
            band++;
        }
        return AGE_FACTORS[band];
    }

    @Override
    public Merchant purchase(RandomGenerator random) {
        return UsData.get().merchants.purchase(random);
    }

    @Override
    public Merchant bill(RandomGenerator random) {
        return UsData.get().merchants.bill(random);
    }

    /** Employer name patterns by BLS major group; {@code %c} is the city, {@code %s} a surname. */
    private static final java.util.Map<String, String[]> EMPLOYERS = java.util.Map.ofEntries(
            java.util.Map.entry("Healthcare", new String[] {"%c Medical Center", "%c Regional Hospital",
                "%s Family Practice", "%c Health System", "%c Care Center"}),
            java.util.Map.entry("Educational", new String[] {"%c Public Schools", "%c Community College",
                "%c School District", "%s Academy"}),
            java.util.Map.entry("Food", new String[] {"%s's Grill", "%c Diner", "%s Family Restaurant", "%c Bistro"}),
            java.util.Map.entry("Construction", new String[] {"%s Construction", "%s & Sons Builders",
                "%c Contracting", "%s Roofing"}),
            java.util.Map.entry("Transportation", new String[] {"%c Freight Lines", "%s Trucking", "%c Logistics",
                "%c Transit Authority"}),
            java.util.Map.entry("Production", new String[] {"%c Manufacturing Co.", "%s Industries",
                "%c Precision Parts", "%s Fabrication"}),
            java.util.Map.entry("Sales", new String[] {"%c Home Center", "%s Motors", "%c Outfitters",
                "%s Supply Co."}),
            java.util.Map.entry("Office", new String[] {"%s & Associates", "%c Business Services", "%s Group",
                "%c Property Management", "%c Insurance Agency"}),
            java.util.Map.entry("Computer", new String[] {"%c Technologies", "%s Systems", "%c Software",
                "%s Data Services"}),
            java.util.Map.entry("Engineering", new String[] {"%s Engineering", "%c Design Group", "%s Consulting"}),
            java.util.Map.entry("Protective", new String[] {"City of %c", "%c Security Services",
                "%c Fire Department"}),
            java.util.Map.entry("Legal", new String[] {"%s & %s LLP", "%c Legal Group", "%s Law Offices"}),
            java.util.Map.entry("Community", new String[] {"%c Family Services", "%c Community Center",
                "%c Youth Services"}),
            java.util.Map.entry("Arts", new String[] {"%c Media", "%s Design Studio", "%c Arts Center"}),
            java.util.Map.entry("Cleaning", new String[] {"%s Cleaning Services", "%c Landscaping",
                "%s Property Care"}),
            java.util.Map.entry("Personal", new String[] {"%s Salon", "%c Fitness Club", "%c Senior Living"}),
            java.util.Map.entry("Repair", new String[] {"%s Auto Repair", "%c Heating & Air", "%s Electric"}),
            java.util.Map.entry("Farming", new String[] {"%s Farms", "%c Nurseries", "%s Orchards"}),
            java.util.Map.entry("Science", new String[] {"%c Research Institute", "%s Laboratories",
                "%c Environmental Services"}),
            java.util.Map.entry("Other", new String[] {"%c Services LLC", "%s Enterprises", "%c Works"}));

    /** The key of {@link #EMPLOYERS} for a BLS major group. */
    private static String industry(String group) {
        String[][] keys = {{"Healthcare", "Healthcare"}, {"Educational", "Educational"}, {"Food", "Food"},
            {"Construction", "Construction"}, {"Transportation", "Transportation"}, {"Production", "Production"},
            {"Sales", "Sales"}, {"Office", "Office"}, {"Business", "Office"}, {"Management", "Office"},
            {"Computer", "Computer"}, {"Architecture", "Engineering"}, {"Protective", "Protective"},
            {"Legal", "Legal"}, {"Community", "Community"}, {"Arts", "Arts"}, {"Building", "Cleaning"},
            {"Personal", "Personal"}, {"Installation", "Repair"}, {"Farming", "Farming"}, {"Life", "Science"}};
        for (String[] k : keys) {
            if (group.startsWith(k[0])) {
                return k[1];
            }
        }
        return "Other";
    }

    @Override
    public String wireCountry(RandomGenerator random) {
        return WIRE_COUNTRIES[WIRE_SHARES.draw(random)];
    }

    /**
     * Where remittances from the US go: the World Bank's bilateral remittance estimates put Mexico far
     * ahead, then India, China, the Philippines, Vietnam and the rest (shares rounded, [chosen] for
     * the tail); Canada, the UK and Germany stand for business and family wires to rich countries.
     */
    private static final String[] WIRE_COUNTRIES = {"MX", "IN", "PH", "CN", "VN", "DO", "GB", "CA", "DE", "CO"};
    private static final Cumulative WIRE_SHARES = new Cumulative(new double[] {40, 12, 10, 8, 5, 5, 6, 6, 4, 4});

    public String employer(RandomGenerator random, Home home, String group) {
        String[] patterns = EMPLOYERS.get(industry(group));
        String pattern = patterns[random.nextInt(patterns.length)];
        String name = pattern.replace("%c", home.city());
        while (name.contains("%s")) {
            name = name.replaceFirst("%s", surname(random));
        }
        return name.length() <= 80 ? name : name.substring(0, 80);
    }

    /**
     * Worker shares (holidays_and_paydays.md, an estimate from BLS's establishment shares): biweekly
     * 50, weekly 20, semimonthly 20, monthly 10; hourly trades (food, construction, transport,
     * production, cleaning, personal care, repair, farming, sales) lean weekly (40/45/10/5),
     * salaried office and professional jobs semimonthly and monthly (5/55/27/13).
     */
    @Override
    public String payFrequency(RandomGenerator random, String group) {
        String industry = industry(group);
        int[] weights = switch (industry) {
            case "Food", "Construction", "Transportation", "Production", "Cleaning", "Personal", "Repair",
                 "Farming", "Sales" -> new int[] {40, 45, 10, 5};
            case "Office", "Computer", "Engineering", "Legal", "Healthcare", "Educational", "Science",
                 "Community" -> new int[] {5, 55, 27, 13};
            default -> new int[] {20, 50, 20, 10};
        };
        String[] frequencies = {"weekly", "biweekly", "semimonthly", "monthly"};
        int u = random.nextInt(100);
        for (int i = 0; i < 4; i++) {
            u -= weights[i];
            if (u < 0) {
                return frequencies[i];
            }
        }
        return "biweekly";
    }

    @Override
    public boolean bankHoliday(LocalDate day) {
        int year = day.getYear();
        if (year < UsData.FIRST_HOLIDAY_YEAR || year > UsData.LAST_HOLIDAY_YEAR) {
            return UsHolidays.closed(year).contains(day);
        }
        return UsData.get().bankHolidays.contains(day);
    }

    @Override
    public int salaryMin() {
        return SALARY_MIN;
    }

    @Override
    public int salaryMax() {
        return SALARY_MAX;
    }

    @Override
    public double priceLevel() {
        return 1.0;
    }
}
