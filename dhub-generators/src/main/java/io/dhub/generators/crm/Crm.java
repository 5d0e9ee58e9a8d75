package io.dhub.generators.crm;

import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.customers.LocalTimes;
import io.dhub.generators.employees.Role;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.engine.Rng;
import io.dhub.generators.engine.SeedTree;
import io.dhub.generators.ids.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Phase 3's rules: each customer's contacts, surveys, complaint and campaign responses, as records. */
public final class Crm {
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
    private final CrmRules rules;
    private final long[] serviceStaff;
    private final long[] branchStaff;
    private final long[] complaintStaff;

    public Crm(SeedTree seeds, Customers customers, Staff staff, Campaigns campaigns, CrmRules rules) {
        this.seeds = seeds;
        this.rules = rules;
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

    /** The last second before the as-of date begins where the customer lives. */
    private long end(ZoneId zone) {
        return customers.asOf().atStartOfDay(zone).toEpochSecond() - 1;
    }

    /**
     * The customer's interactions: how many, through which channel, and when: each on a day the
     * channel is open, at a local time of day of the channel's shape ({@link LocalTimes}) in the
     * customer's time zone, in time order. Details come from each one's own stream.
     */
    private List<Interaction> interactions(Customer c) {
        Rng rng = seeds.stream("interactions", c.id());
        int n = rules.interactions().draw(rng);
        ZoneId zone = ZoneId.of(c.timeZone());
        LocalDate from = c.createdAt().atZoneSameInstant(zone).toLocalDate().plusDays(1);
        LocalDate to = customers.asOf().minusDays(1);
        List<String> channels = new ArrayList<>(n);
        List<OffsetDateTime> times = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String channel = rules.channel().draw(rng);
            channels.add(channel);
            times.add(LocalTimes.at(rng, from, to.isBefore(from) ? from : to, channel, customers.market(), zone));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(times::get));
        List<Interaction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new Interaction(c.id() * Ids.INTERACTIONS_PER_CUSTOMER + i, c.id(), channels.get(order[i]),
                    times.get(order[i])));
        }
        return list;
    }

    /** A contact with the bank, in full: who handled it, for how long, and how it ended. */
    public record Contact(long id, long customerId, String channel, String type, Long handledBy, OffsetDateTime at,
                          int minutes, String outcome, String notes) {
    }

    /** A satisfaction survey after a contact. */
    public record Survey(long id, long interactionId, long customerId, OffsetDateTime at, int nps, int stars,
                         String comment) {
    }

    /** A customer's complaint (id = customer id). */
    public record Complaint(long id, long customerId, String type, String status, String priority,
                            OffsetDateTime filedAt, OffsetDateTime resolvedAt, Long assignedTo, String description,
                            String resolution) {
    }

    /** A customer's response to a campaign. */
    public record Response(long id, long campaignId, long customerId, OffsetDateTime at, String type,
                           boolean converted, BigDecimal conversionValue) {
    }

    /** Everything phase 3 holds about one customer. */
    public record CustomerCrm(List<Contact> contacts, List<Survey> surveys, Complaint complaint,
                              List<Response> responses) {
    }

    /** Customer k's contacts, surveys, complaint (or null) and campaign responses, each from its own streams. */
    public CustomerCrm of(long k) {
        Customer c = customers.customer(k);
        List<Interaction> interactions = interactions(c);
        List<Contact> contacts = new ArrayList<>(interactions.size());
        List<Survey> surveys = new ArrayList<>();
        for (Interaction interaction : interactions) {
            contacts.add(contact(interaction));
            Survey survey = survey(interaction);
            if (survey != null) {
                surveys.add(survey);
            }
        }
        return new CustomerCrm(contacts, surveys, complaint(c), responses(c));
    }

    /** 80% handled by staff employed that day (branch staff for branch visits); minutes by channel. */
    private Contact contact(Interaction interaction) {
        Rng rng = seeds.stream("interaction", interaction.id());
        String channel = interaction.channel();
        Long handler = rng.chance(rules.handled()) ? staff.pickEmployedOn("branch".equals(channel) ? branchStaff
                : serviceStaff, interaction.at().toLocalDate(), rng) : null;
        int minutes = switch (channel) {
            case "phone" -> rng.between(3, 45);
            case "email" -> rng.between(5, 20);
            case "web" -> rng.between(5, 30);
            case "mobile_app" -> rng.between(2, 15);
            default -> rng.between(10, 60);
        };
        String type = rules.interactionType().draw(rng);
        String outcome = rules.outcome().draw(rng);
        return new Contact(interaction.id(), interaction.customerId(), channel, type, handler, interaction.at(),
                minutes, outcome, rng.chance(0.5) ? rng.pick(NOTES) : null);
    }

    /** Surveys: 30% of interactions, within three days of it; stars follow the NPS with some noise. */
    private Survey survey(Interaction i) {
        Rng rng = seeds.stream("survey", i.id());
        if (!rng.chance(rules.surveyed())) {
            return null;
        }
        ZoneId zone = i.at().toZonedDateTime().getZone();
        long at = i.at().toEpochSecond() + rng.between(600L, 3 * 86_400L);
        if (Instant.ofEpochSecond(at).atZone(zone).getHour() < 7) {
            at += 7 * 3600;                  // answered after waking up, not in the night
        }
        at = Math.max(i.at().toEpochSecond() + 60, Math.min(end(zone), at));
        int nps = rules.nps().draw(rng);
        int stars = (int) Math.max(1, Math.min(5, Math.round(1 + nps * 0.4 + rng.gaussian() * 0.5)));
        return new Survey(i.id(), i.id(), i.customerId(), Instant.ofEpochSecond(at).atZone(zone).toOffsetDateTime(),
                nps, stars, rng.chance(rules.commented()) ? rng.pick(COMMENTS) : null);
    }

    /** At most one complaint per customer (id = customer id), 8% of customers. */
    private Complaint complaint(Customer c) {
        long k = c.id();
        Rng rng = seeds.stream("complaint", k);
        if (!rng.chance(rules.complains())) {
            return null;
        }
        String type = rules.complaintType().draw(rng);
        String status = rules.complaintStatus().draw(rng);
        ZoneId zone = ZoneId.of(c.timeZone());
        LocalDate joined = c.createdAt().atZoneSameInstant(zone).toLocalDate().plusDays(1);
        LocalDate last = customers.asOf().minusDays(1);
        // open complaints are days to weeks old, investigations weeks; settled ones any time
        LocalDate from = switch (status) {
            case "open" -> last.minusDays(21);
            case "investigating" -> last.minusDays(60);
            default -> joined;
        };
        from = from.isBefore(joined) ? joined : from;
        OffsetDateTime filedAt = LocalTimes.at(rng, from, last.isBefore(from) ? from : last, "phone",
                customers.market(), zone);
        long filed = filedAt.toEpochSecond();
        boolean done = "resolved".equals(status) || "closed".equals(status);
        OffsetDateTime resolvedAt = null;
        if (done) {
            LocalDate settled = filedAt.toLocalDate().plusDays(rng.between(0, 30));
            OffsetDateTime at = LocalTimes.at(rng, settled, settled.isAfter(last) ? settled : settled.plusDays(3),
                    "phone", customers.market(), zone);
            long resolved = Math.min(end(zone), Math.max(filed + 3600, at.toEpochSecond()));
            resolvedAt = Instant.ofEpochSecond(Math.max(filed, resolved)).atZone(zone).toOffsetDateTime();
        }
        String priority = "fraud".equals(type) ? (rng.chance(0.5) ? "critical" : "high")
                : new String[] {"low", "medium", "medium", "high"}[rng.between(0, 3)];
        Long assignee = staff.pickEmployedOn(complaintStaff, filedAt.toLocalDate(), rng);
        return new Complaint(k, k, type, status, priority, filedAt, resolvedAt, assignee, description(type),
                done ? resolution(type) : null);
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
    private List<Response> responses(Customer c) {
        long k = c.id();
        Rng rng = seeds.stream("campaign-response", k);
        if (!rng.chance(rules.responds())) {
            return List.of();
        }
        List<Campaigns.Campaign> open = new ArrayList<>();
        for (long id = 1; id <= campaigns.count(); id++) {
            Campaigns.Campaign campaign = campaigns.get(id);
            if (!responseFrom(campaign, c).isAfter(responseTo(campaign))) {
                open.add(campaign);
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        int n = rng.chance(0.6) || open.size() == 1 ? 1 : 2;
        int firstPick = rng.between(0, open.size() - 1);
        List<Response> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int pick = r == 0 ? firstPick : (firstPick + rng.between(1, open.size() - 1)) % open.size();
            Campaigns.Campaign campaign = open.get(pick);
            LocalDate from = responseFrom(campaign, c);
            LocalDate to = responseTo(campaign);
            String type = rules.response().draw(rng);
            double conversion = switch (type) {
                case "replied" -> 0.40;
                case "clicked" -> 0.25;
                case "opened" -> 0.05;
                default -> 0;
            };
            boolean converted = rng.chance(conversion);
            LocalDate day = rng.dateBetween(from, to);
            int hour = rng.between(8, 21);
            int minute = rng.between(0, 59);
            out.add(new Response(k * Ids.RESPONSES_PER_CUSTOMER + r, campaign.id(), k,
                    day.atTime(hour, minute).atZone(ZoneId.of(c.timeZone())).toOffsetDateTime(), type, converted,
                    converted ? rng.money(100, 5000) : null));
        }
        return out;
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
