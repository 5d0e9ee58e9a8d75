package io.dhub.generators.customers;

import io.dhub.generators.spi.Weighted;

/**
 * The customers' domain's rules in one object: the mixes and shares of the specification (with the
 * shares it leaves unnamed, named below). {@link #DEFAULT} is the specification; a behaviour profile
 * replaces the rules it changes, for the customers it covers, and leaves the rest.
 *
 * @param segment         seed rule: retail 60%, premium 25%; the seed leaves 15% unnamed: business 10%,
 *                        private banking 5%
 * @param hasAccounts     seed rule: 75% of customers hold accounts
 * @param severalAccounts seed rule: 25% of account holders hold several accounts (2, sometimes 3)
 * @param accountType     seed rule: checking 50%, savings 30%; the rest money market 10%, certificates
 *                        of deposit 5%, business checking 5%
 * @param oneLink         seed rule: 20% of accounts have one relationship link
 * @param twoLinks        seed rule: 5% of accounts have two
 * @param linkType        joint owners 40%, authorised users 25%, beneficiaries 25%, linked savings 10%
 * @param channel         the preferred channel
 * @param gender          the gender mix
 * @param accountStatus   active 94%, dormant 5%, frozen 1%
 * @param homeBranch      [chosen] 85% of accounts are held at the customer's home branch, the one
 *                        nearest their city
 * @param ledger          the rules of each account's ledger
 */
public record CustomerRules(Weighted<String> segment, double hasAccounts, double severalAccounts,
                            Weighted<String> accountType, double oneLink, double twoLinks, Weighted<String> linkType,
                            Weighted<String> channel, Weighted<String> gender, Weighted<String> accountStatus,
                            double homeBranch, LedgerRules ledger) {
    public static final CustomerRules DEFAULT = new CustomerRules(
            Weighted.of("retail", 60, "premium", 25, "business", 10, "private_banking", 5),
            0.75, 0.25,
            Weighted.of("checking", 50, "savings", 30, "money_market", 10, "certificate_of_deposit", 5,
                    "business_checking", 5),
            0.20, 0.05,
            Weighted.of("joint_owner", 40, "authorized_user", 25, "beneficiary", 25, "linked_savings", 10),
            Weighted.of("phone", 30, "email", 25, "web", 20, "mobile_app", 15, "branch", 10),
            Weighted.of("female", 49, "male", 49, "non_binary", 1, "undisclosed", 1),
            Weighted.of("active", 94, "dormant", 5, "frozen", 1),
            0.85, LedgerRules.DEFAULT);

    /** The same rules with another mix of account types (a market's own products). */
    public CustomerRules withAccountType(Weighted<String> mix) {
        return new CustomerRules(segment, hasAccounts, severalAccounts, mix, oneLink, twoLinks, linkType, channel,
                gender, accountStatus, homeBranch, ledger);
    }

    /**
     * The account types a customer of this segment opens: business checking is a business's account,
     * so business customers open it as often as keeps the mix over all accounts the rule's (5% of all
     * accounts from 10% of the customers: half of a business's accounts), the other segments never.
     */
    public Weighted<String> accountType(String customerSegment) {
        double business = segment.share("business");
        double wanted = accountType.share("business_checking");
        if (business <= 0 || wanted <= 0) {
            return accountType;
        }
        double forBusiness = Math.min(1, wanted / business);
        double forOthers = business >= 1 ? 0 : Math.max(0, (wanted - business * forBusiness) / (1 - business));
        return accountType.with("business_checking", "business".equals(customerSegment) ? forBusiness : forOthers);
    }
}
