package io.dhub.generators.loans;

import io.dhub.generators.spi.Weighted;

/**
 * The lending domain's rules in one object, so that a behaviour profile can override them.
 * {@link #DEFAULT} is the specification. The products' rate, term and amount ranges are in
 * {@link LoanType}; their amounts are scaled by the market.
 *
 * @param applyIfAccountHolder seed rule: ~35% of customers apply; all applicants hold an account other
 *                             than a CD (which cannot carry a loan), {@link #ELIGIBLE} of customers do,
 *                             so 35% / ELIGIBLE of them apply
 * @param severalApplications  seed rule: 20% of applicants apply several times
 * @param type                 seed rule: mortgage 35%, personal 30%, auto 20%, business 10%, education 5%
 * @param applicationStatus    seed rule: approved 65%, rejected 20%, pending 10%, withdrawn 5%
 * @param loanStatus           seed rule: active 75%, paid off 20%, defaulted 3%, restructured 2%
 * @param collateralised       seed rule: 80% of secured loans carry collateral
 * @param guaranteed           seed rule: 25% of loans have guarantors
 * @param twoGuarantors        seed rule: 30% of those have two (70% one)
 * @param reassessed           seed rule: 40% of active loans are reassessed
 * @param guarantor            [chosen] the guarantor's relationship to the borrower of a mortgage, an auto or a
 *                             personal loan: family and friends, no business partner
 * @param businessGuarantor    [chosen] the same for a business loan: mostly a business partner
 * @param educationGuarantor   [chosen] the same for an education loan: mostly a parent (a co-signer)
 * @param homeBranchOfficer    [chosen] 80% of applications go to a loan officer at the customer's home
 *                             branch, when one works there throughout; the others to any loan officer
 */
public record LoanRules(double applyIfAccountHolder, double severalApplications, Weighted<LoanType> type,
                        Weighted<String> applicationStatus, Weighted<String> loanStatus, double collateralised,
                        double guaranteed, double twoGuarantors, double reassessed, Weighted<String> guarantor,
                        Weighted<String> businessGuarantor, Weighted<String> educationGuarantor,
                        double homeBranchOfficer) {
    /**
     * The share of customers holding an account other than a certificate of deposit under the
     * customers' default rules: 75% hold accounts, one (75%), two (22.5%) or three (2.5%), each a CD
     * with probability 5%.
     */
    public static final double ELIGIBLE = eligible(0.05);

    /**
     * The same share when term deposits (certificates of deposit; India's fixed and recurring deposits) are
     * {@code term} of the accounts drawn.
     */
    static double eligible(double term) {
        return 0.75 * (0.75 * (1 - term) + 0.225 * (1 - term * term) + 0.025 * (1 - term * term * term));
    }

    public static final LoanRules DEFAULT = new LoanRules(0.35 / ELIGIBLE, 0.20,
            Weighted.of(LoanType.MORTGAGE, 35, LoanType.PERSONAL, 30, LoanType.AUTO, 20, LoanType.BUSINESS, 10,
                    LoanType.EDUCATION, 5),
            Weighted.of("approved", 65, "rejected", 20, "pending", 10, "withdrawn", 5),
            Weighted.of("active", 75, "paid_off", 20, "defaulted", 3, "restructured", 2),
            0.80, 0.25, 0.30, 0.40,
            Weighted.of("spouse", 34, "parent", 28, "sibling", 17, "friend", 9, "child", 6, "other_relative", 6),
            Weighted.of("business_partner", 65, "spouse", 20, "sibling", 6, "parent", 5, "friend", 4),
            Weighted.of("parent", 60, "spouse", 15, "other_relative", 10, "sibling", 10, "friend", 5), 0.80);

    /**
     * The rules of a bank of that market: the specification's, with the market's own mix of products
     * where it has one ({@link io.dhub.generators.market.Market#loanMix}), and the share of account
     * holders who apply raised where its banks hold more term deposits, which carry no loan
     * ({@link io.dhub.generators.market.Market#accountMix}: India's fixed and recurring deposits are 18% of
     * its accounts), so that 35% of customers apply.
     */
    public static LoanRules forMarket(io.dhub.generators.market.Market market) {
        var mix = market.loanMix();
        var accounts = market.accountMix();
        if (mix == null && accounts == null) {
            return DEFAULT;
        }
        LoanRules d = DEFAULT;
        Weighted<LoanType> types = d.type;
        if (mix != null) {
            Object[] pairs = new Object[2 * mix.size()];
            for (int i = 0; i < mix.size(); i++) {
                pairs[2 * i] = LoanType.of(mix.get(i).getKey());
                pairs[2 * i + 1] = mix.get(i).getValue();
            }
            types = Weighted.of(pairs);
        }
        double apply = d.applyIfAccountHolder;
        if (accounts != null) {
            apply = 0.35 / eligible(io.dhub.generators.market.Market.share(accounts,
                    role -> role.equals("certificate_of_deposit") || role.equals("recurring_deposit")));
        }
        return new LoanRules(apply, d.severalApplications, types, d.applicationStatus,
                d.loanStatus, d.collateralised, d.guaranteed, d.twoGuarantors, d.reassessed, d.guarantor,
                d.businessGuarantor, d.educationGuarantor, d.homeBranchOfficer);
    }

    /** Who guarantees a loan of this type, before the borrower's age rules some out. */
    public Weighted<String> guarantor(LoanType type) {
        return switch (type) {
            case BUSINESS -> businessGuarantor;
            case EDUCATION -> educationGuarantor;
            default -> guarantor;
        };
    }
}
