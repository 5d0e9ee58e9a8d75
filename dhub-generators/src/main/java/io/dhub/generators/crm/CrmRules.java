package io.dhub.generators.crm;

import io.dhub.generators.spi.Weighted;

/**
 * The CRM domain's rules in one object, so that a behaviour profile can override them.
 * {@link #DEFAULT} is the specification (with the shares it leaves unnamed, named below).
 *
 * @param interactions    seed rule: 0-5 interactions per customer, 20% none, 25% one, fewer for more
 * @param channel         seed rule: phone 30%, email 25%, web 20%, mobile app 15%, branch 10%
 * @param interactionType inquiry 30%, support 25%, account service 20%, sales 10%, complaint 8%,
 *                        feedback 7%
 * @param outcome         resolved 60%, follow-up 20%, escalated 10%, no action 10%
 * @param handled         seed rule: 80% of interactions are handled by an employee
 * @param homeBranch      [chosen] 90% of handled branch visits are to the customer's home branch
 *                        (when someone works there that day); the rest to another staffed branch
 * @param surveyed        seed rule: 30% of interactions are surveyed
 * @param commented       seed rule: half the surveys carry a comment
 * @param nps             seed rule: NPS 0-10 weighted towards the positive end
 * @param complains       seed rule: 8% of customers complain
 * @param complaintType   seed rule: service 35%, fee 25%, product 20%, fraud 10%; the seed leaves 10%
 *                        unnamed: other
 * @param complaintStatus seed rule: resolved 60%, investigating 20%, closed 15%, open 5%
 * @param responds        seed rule: 5% of customers respond to campaigns, to 1-2 each
 * @param responses       the responses each campaign type allows: e-mails are opened 45%, clicked 30%,
 *                        replied to 10% or unsubscribed from 15%; digital ads viewed (opened) 40% or
 *                        clicked 60%; direct mail and cross-sell offers answered (replied) 80% or refused
 *                        (unsubscribed) 20%
 */
public record CrmRules(Weighted<Integer> interactions, Weighted<String> channel, Weighted<String> interactionType,
                       Weighted<String> outcome, double handled, double homeBranch, double surveyed, double commented,
                       Weighted<Integer> nps, double complains, Weighted<String> complaintType,
                       Weighted<String> complaintStatus, double responds,
                       java.util.Map<String, Weighted<String>> responses) {
    public static final CrmRules DEFAULT = new CrmRules(
            Weighted.of(0, 20, 1, 25, 2, 20, 3, 15, 4, 12, 5, 8),
            Weighted.of("phone", 30, "email", 25, "web", 20, "mobile_app", 15, "branch", 10),
            Weighted.of("inquiry", 30, "support", 25, "account_service", 20, "sales", 10, "complaint", 8,
                    "feedback", 7),
            Weighted.of("resolved", 60, "follow_up", 20, "escalated", 10, "no_action", 10),
            0.80, 0.90, 0.30, 0.50,
            Weighted.of(0, 2, 1, 1, 2, 2, 3, 2, 4, 3, 5, 5, 6, 6, 7, 10, 8, 20, 9, 24, 10, 25),
            0.08,
            Weighted.of("service", 35, "fee", 25, "product", 20, "fraud", 10, "other", 10),
            Weighted.of("resolved", 60, "investigating", 20, "closed", 15, "open", 5),
            0.05,
            java.util.Map.of("email", Weighted.of("opened", 45, "clicked", 30, "replied", 10, "unsubscribed", 15),
                    "digital", Weighted.of("opened", 40, "clicked", 60),
                    "direct_mail", Weighted.of("replied", 80, "unsubscribed", 20),
                    "cross_sell", Weighted.of("replied", 80, "unsubscribed", 20)));
}
