package io.dhub.generators.crm;

import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.employees.Role;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.engine.Weighted;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.load.CopyText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Phase 3's rules, one method per table, each writing the rows of one customer (or campaign). */
public final class Crm {
    /** Seed rule: 0-5 interactions per customer, 20% none, 25% one, fewer for more. */
    public static final Weighted<Integer> INTERACTIONS = Weighted.of(0, 20, 1, 25, 2, 20, 3, 15, 4, 12, 5, 8);
    /** Seed rule: phone 30%, email 25%, web 20%, mobile_app 15%, branch 10%. */
    public static final Weighted<String> CHANNEL = Weighted.of("phone", 30, "email", 25, "web", 20, "mobile_app", 15,
            "branch", 10);
    static final Weighted<String> INTERACTION_TYPE = Weighted.of("inquiry", 30, "support", 25, "account_service", 20,
            "sales", 10, "complaint", 8, "feedback", 7);
    static final Weighted<String> OUTCOME = Weighted.of("resolved", 60, "follow_up", 20, "escalated", 10,
            "no_action", 10);
    /** Seed rule: 80% of interactions are handled by an employee. */
    public static final double HANDLED = 0.80;
    /** Seed rule: 30% of interactions are surveyed; half the surveys carry a comment. */
    public static final double SURVEYED = 0.30;
    public static final double COMMENTED = 0.50;
    /** Seed rule: NPS 0-10 weighted towards the positive end. */
    static final Weighted<Integer> NPS = Weighted.of(0, 2, 1, 1, 2, 2, 3, 2, 4, 3, 5, 5, 6, 6, 7, 10, 8, 20, 9, 24,
            10, 25);
    /** Seed rule: 8% of customers complain. */
    public static final double COMPLAINS = 0.08;
    /** Seed rule: service 35%, fee 25%, product 20%, fraud 10%; the seed leaves 10% unnamed: other. */
    public static final Weighted<String> COMPLAINT_TYPE = Weighted.of("service", 35, "fee", 25, "product", 20,
            "fraud", 10, "other", 10);
    /** Seed rule: resolved 60%, investigating 20%, closed 15%, open 5%. */
    public static final Weighted<String> COMPLAINT_STATUS = Weighted.of("resolved", 60, "investigating", 20,
            "closed", 15, "open", 5);
    /** Seed rule: 5% of customers respond to campaigns, to 1-2 each. */
    public static final double RESPONDS = 0.05;
    static final Weighted<String> RESPONSE = Weighted.of("opened", 40, "clicked", 30, "replied", 15,
            "unsubscribed", 15);

    private static final String[] NOTES = {"Asked about card limits", "Updated mailing address",
        "Questions about a pending transfer", "Requested statement copies", "Reported a lost card",
        "Interested in a savings product", "Asked about mortgage rates", "Disputed a merchant charge",
        "Help with online banking login", "Enquired about overdraft fees"};
    private static final String[] COMMENTS = {"Quick and helpful.", "Took too long to get an answer.",
        "Very friendly staff.", "Problem solved on the first call.", "Had to repeat my details twice.",
        "Great service, thank you!", "The app kept logging me out.", "Clear explanation of the fees."};

    private final SeedTree seeds;
    private final Customers customers;
    private final Staff staff;
    private final Campaigns campaigns;
    private final long[] serviceStaff;
    private final long[] branchStaff;
    private final long[] complaintStaff;

    public Crm(SeedTree seeds, Customers customers, Staff staff, Campaigns campaigns) {
        this.seeds = seeds;
        this.customers = customers;
        this.staff = staff;
        this.campaigns = campaigns;
        this.serviceStaff = staff.ids(Role.CUSTOMER_SERVICE_REP);
        this.branchStaff = staff.ids(Role.TELLER, Role.BRANCH_MANAGER, Role.FINANCIAL_ADVISOR, Role.CUSTOMER_SERVICE_REP);
        this.complaintStaff = staff.ids(Role.CUSTOMER_SERVICE_REP, Role.COMPLIANCE_OFFICER, Role.MANAGER);
    }

    /** An interaction of customer k: id k·8+i, i below the customer's count. */
    record Interaction(long id, long customerId, String channel, OffsetDateTime at) {
    }

    private long end() {
        return customers.asOf().atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 1;
    }

    /** The customer's interactions: how many, when and through which channel; details come from each one's own stream. */
    private List<Interaction> interactions(Customer c) {
        Rng rng = seeds.stream("interactions", c.id());
        int n = INTERACTIONS.draw(rng);
        long from = c.createdAt().toEpochSecond() + 3600;
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = rng.between(from, Math.max(from, end()));
        }
        java.util.Arrays.sort(times);
        List<Interaction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new Interaction(c.id() * Ids.INTERACTIONS_PER_CUSTOMER + i, c.id(), CHANNEL.draw(rng),
                    OffsetDateTime.ofInstant(Instant.ofEpochSecond(times[i]), ZoneOffset.UTC)));
        }
        return list;
    }

    public void writeInteractions(long k, CopyText out) {
        for (Interaction interaction : interactions(customers.core(k))) {
            Rng rng = seeds.stream("interaction", interaction.id());
            String channel = interaction.channel();
            Long handler = rng.chance(HANDLED) ? staff.pickEmployedOn("branch".equals(channel) ? branchStaff
                    : serviceStaff, interaction.at().toLocalDate(), rng) : null;
            int minutes = switch (channel) {
                case "phone" -> rng.between(3, 45);
                case "email" -> rng.between(5, 20);
                case "web" -> rng.between(5, 30);
                case "mobile_app" -> rng.between(2, 15);
                default -> rng.between(10, 60);
            };
            out.number(interaction.id()).number(k).text(channel).text(INTERACTION_TYPE.draw(rng))
                    .number(handler).instant(interaction.at()).number(minutes).text(OUTCOME.draw(rng))
                    .text(rng.chance(0.5) ? rng.pick(NOTES) : null);
            out.endRow();
        }
    }

    /** Surveys: 30% of interactions, within three days of it; stars follow the NPS with some noise. */
    public void writeSurveys(long k, CopyText out) {
        Customer c = customers.core(k);
        for (Interaction i : interactions(c)) {
            Rng rng = seeds.stream("survey", i.id());
            if (!rng.chance(SURVEYED)) {
                continue;
            }
            long at = Math.min(end(), i.at().toEpochSecond() + rng.between(600L, 3 * 86_400L));
            int nps = NPS.draw(rng);
            int stars = (int) Math.max(1, Math.min(5, Math.round(1 + nps * 0.4 + rng.gaussian() * 0.5)));
            out.number(i.id()).number(i.id()).number(c.id())
                    .instant(OffsetDateTime.ofInstant(Instant.ofEpochSecond(at), ZoneOffset.UTC)).number(nps)
                    .number(stars).text(rng.chance(COMMENTED) ? rng.pick(COMMENTS) : null);
            out.endRow();
        }
    }

    /** At most one complaint per customer (id = customer id), 8% of customers. */
    public void writeComplaint(long k, CopyText out) {
        Rng rng = seeds.stream("complaint", k);
        if (!rng.chance(COMPLAINS)) {
            return;
        }
        Customer c = customers.core(k);
        String type = COMPLAINT_TYPE.draw(rng);
        String status = COMPLAINT_STATUS.draw(rng);
        long filed = rng.between(c.createdAt().toEpochSecond() + 86_400, end());
        OffsetDateTime filedAt = OffsetDateTime.ofInstant(Instant.ofEpochSecond(filed), ZoneOffset.UTC);
        boolean done = "resolved".equals(status) || "closed".equals(status);
        OffsetDateTime resolvedAt = done ? OffsetDateTime.ofInstant(Instant.ofEpochSecond(
                Math.min(end(), filed + rng.between(3600L, 30 * 86_400L))), ZoneOffset.UTC) : null;
        String priority = "fraud".equals(type) ? (rng.chance(0.5) ? "critical" : "high")
                : new String[] {"low", "medium", "medium", "high"}[rng.between(0, 3)];
        Long assignee = staff.pickEmployedOn(complaintStaff, filedAt.toLocalDate(), rng);
        out.number(k).number(k).text(type).text(status).text(priority).instant(filedAt).instant(resolvedAt)
                .number(assignee).text(description(type)).text(done ? resolution(type) : null);
        out.endRow();
    }

    private static String description(String type) {
        return switch (type) {
            case "service" -> "Long wait and no call back about an account question";
            case "fee" -> "Charged a fee that was not explained";
            case "product" -> "Card benefits differ from what was advertised";
            case "fraud" -> "Unrecognised transactions on my account";
            default -> "General dissatisfaction with the branch visit";
        };
    }

    private static String resolution(String type) {
        return switch (type) {
            case "fee" -> "Fee refunded as a goodwill gesture";
            case "fraud" -> "Card blocked, transactions disputed and refunded";
            default -> "Explained the issue and apologised to the customer";
        };
    }

    /**
     * 5% of the customers who could respond (a campaign ran while they were customers, before the
     * as-of date) respond, to one or two of those campaigns.
     */
    public void writeResponses(long k, CopyText out) {
        Rng rng = seeds.stream("campaign-response", k);
        if (!rng.chance(RESPONDS)) {
            return;
        }
        Customer c = customers.core(k);
        java.util.List<Campaigns.Campaign> open = new java.util.ArrayList<>();
        for (long id = 1; id <= campaigns.count(); id++) {
            Campaigns.Campaign campaign = campaigns.get(id);
            if (!responseFrom(campaign, c).isAfter(responseTo(campaign))) {
                open.add(campaign);
            }
        }
        if (open.isEmpty()) {
            return;
        }
        int n = rng.chance(0.6) || open.size() == 1 ? 1 : 2;
        int firstPick = rng.between(0, open.size() - 1);
        for (int r = 0; r < n; r++) {
            int pick = r == 0 ? firstPick : (firstPick + rng.between(1, open.size() - 1)) % open.size();
            Campaigns.Campaign campaign = open.get(pick);
            LocalDate from = responseFrom(campaign, c);
            LocalDate to = responseTo(campaign);
            String type = RESPONSE.draw(rng);
            double conversion = switch (type) {
                case "replied" -> 0.40;
                case "clicked" -> 0.25;
                case "opened" -> 0.05;
                default -> 0;
            };
            boolean converted = rng.chance(conversion);
            out.number(k * Ids.RESPONSES_PER_CUSTOMER + r).number(campaign.id()).number(k)
                    .instant(rng.dateBetween(from, to).atTime(rng.between(8, 21), rng.between(0, 59))
                            .atOffset(ZoneOffset.UTC))
                    .text(type).bool(converted).decimal(converted ? rng.money(100, 5000) : null);
            out.endRow();
        }
    }

    /** A customer can respond from the campaign's start, or the day after they joined if later. */
    private static LocalDate responseFrom(Campaigns.Campaign campaign, Customer c) {
        return campaign.start().isAfter(c.customerSince()) ? campaign.start() : c.customerSince().plusDays(1);
    }

    /** Until the campaign's end, or the day before the as-of date if earlier. */
    private LocalDate responseTo(Campaigns.Campaign campaign) {
        return campaign.end().isBefore(customers.asOf().minusDays(1)) ? campaign.end() : customers.asOf().minusDays(1);
    }

    static String code(long id) {
        return String.format(Locale.ROOT, "CMP-%03d", id);
    }

    static BigDecimal budget(Rng rng) {
        return BigDecimal.valueOf(rng.between(10, 500) * 500L).setScale(2);
    }
}
