package io.dhub.generators.crm;

import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.customers.LocalTimes;
import io.dhub.generators.employees.Role;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.Weighted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Phase 3's rules: each customer's contacts, surveys, complaint and campaign responses, as records. */
public final class Crm {
    /**
     * Interaction notes by type: {@code %p} is one of the customer's products, {@code %a} an amount,
     * {@code %f} a fee, {@code %c} the channel, {@code %d} a number of days.
     */
    private static final java.util.Map<String, String[]> NOTES = java.util.Map.of(
            "inquiry", new String[] {"Asked about the interest rate on the %p", "Asked how long a transfer of %a takes",
                "Wanted to know the daily card limit on the %p", "Asked about mortgage rates for a home around %a",
                "Asked when a deposit of %a will clear on the %p"},
            "support", new String[] {"Could not log in to online banking; reset the password",
                "Card declined at a store for %a; unblocked it", "Reported a lost card linked to the %p; new card sent",
                "Pending payment of %a not showing on the %p; explained the %d-day hold",
                "Mobile app kept logging out; walked through an update"},
            "account_service", new String[] {"Updated the mailing address on the %p",
                "Ordered statement copies for the %p for the last %d months", "Added a joint owner to the %p",
                "Changed the overdraft settings on the %p", "Set up a monthly transfer of %a to the %p"},
            "sales", new String[] {"Interested in opening a savings account with %a",
                "Discussed a personal loan of about %a", "Offered a rewards card; customer will think for %d days",
                "Reviewed CD terms for %a over 12 months", "Talked through refinancing at %a"},
            "complaint", new String[] {"Unhappy about a fee of %f on the %p", "Waited %d days for a call back",
                "Disputes a charge of %a on the %p", "Upset that a transfer of %a was delayed %d days"},
            "feedback", new String[] {"Praised the service after sorting out the %p",
                "Suggested the app show pending amounts like %a", "Said the branch wait was about %d minutes",
                "Liked the quick answer about the %p"});
    /** Survey comments by how the customer scored: detractors 0-6, passives 7-8, promoters 9-10. */
    private static final String[] PRAISE = {"Quick and helpful answer about my %p.", "Very friendly staff, thank you.",
        "Problem with my %p solved on the first contact.", "Great service, thank you!",
        "Clear explanation of the fees on my %p.", "Easy to get help through %c, thank you.",
        "Sorted out a %a payment on my %p in minutes, great.", "Thank you for fixing my %p after %d days of trying.",
        "Helpful advice about moving %a into my %p.", "Great follow-up the next day about my %p."};
    private static final String[] MIXED = {"Fine, but the wait was long.", "Answer about my %p was OK.",
        "Got there in the end, took %d days.", "Helpful in the end, though I had to call twice about the %p.",
        "OK service, but the %a question took a while.", "Resolved, but %d days for a simple %p change."};
    private static final String[] CRITICISM = {"Took too long to get an answer through %c.",
        "Had to repeat my details about the %p twice.", "Still waiting after %d days.",
        "Nobody could explain the %a charge on my %p.", "Unhelpful service, I was passed around.",
        "Still waiting for the %a refund on my %p.", "Took too long: %d days for one answer about my %p.",
        "Nobody called back as promised."};
    /**
     * A second sentence [chosen], in the same tone, that 60% of comments add: what people write after
     * the point they came to make. {@code %y} is years with the bank.
     */
    private static final String[] PRAISE_TAIL = {"Will recommend you to friends.", "Five stars.", "Keep it up!",
        "Best bank I have used in %y years.", "Saved me %a in fees.", "Much better than my last bank.",
        "Thanks again.", "Made my week."};
    private static final String[] MIXED_TAIL = {"Could be quicker.", "The app could be clearer.",
        "Average experience overall.", "Hope it is faster next time.", "It took %d calls in total.",
        "Not bad overall.", "After %y years I expected a bit more."};
    private static final String[] CRITICISM_TAIL = {"Thinking about moving my %p elsewhere.", "Very disappointed.",
        "I expect better after %y years with you.", "Please call me back.", "This cost me %a.",
        "Not good enough.", "Second time this year."};
    /** Complaint descriptions by type; {@code %p} a product, {@code %a} an amount, {@code %d} days. */
    private static final java.util.Map<String, String[]> COMPLAINTS = java.util.Map.of(
            "service", new String[] {"Waited %d days for a call back about my %p", "Passed between three people about "
                + "a question on my %p", "Branch staff could not answer a question about my %p",
                "Promised call back about a %a payment never came"},
            "fee", new String[] {"Charged a %f fee on my %p that was not explained", "Monthly fee of %f on my %p "
                + "although the balance was above the minimum", "Charged %f for a wire I did not send"},
            "product", new String[] {"The rate on my %p is lower than advertised", "Card benefits differ from "
                + "what was advertised; spent %a expecting cash back", "Could not set a transfer limit of %a on my %p"},
            "fraud", new String[] {"Unrecognised card transactions of %a on my %p", "Someone changed my contact "
                + "details and moved %a out of my %p", "Received a text asking for my PIN after a %a purchase"},
            "other", new String[] {"Statements for my %p arrive late every month", "The branch closed %d days "
                + "without notice", "Letters about my %p go to an old address"});

    private final SeedTree seeds;
    private final Customers customers;
    private final Staff staff;
    private final Campaigns campaigns;
    private final CrmRules rules;
    private final Weighted<String> holderComplaints;
    private final Weighted<String> otherComplaints;
    private final long[] serviceStaff;
    /** Everyone who works at a branch, and each branch's team. */
    private final long[] branchStaff;
    private final java.util.Map<String, long[]> branchTeams;
    private final long[] complaintStaff;

    public Crm(SeedTree seeds, Customers customers, Staff staff, Campaigns campaigns, CrmRules rules) {
        this.seeds = seeds;
        this.rules = rules;
        this.customers = customers;
        this.staff = staff;
        this.campaigns = campaigns;
        this.serviceStaff = staff.ids(Role.CUSTOMER_SERVICE_REP);
        this.branchStaff = java.util.stream.LongStream.rangeClosed(1, staff.count())
                .filter(id -> staff.branch(id) != null).toArray();
        this.branchTeams = staff.byBranch(branchStaff);
        this.complaintStaff = staff.ids(Role.CUSTOMER_SERVICE_REP, Role.COMPLIANCE_OFFICER, Role.MANAGER);
        double holders = customers.holderShare();
        Weighted<String> mix = rules.complaintType();
        double fee = mix.share("fee");
        double fraud = mix.share("fraud");
        double rest = (1 - (fee + fraud) / holders) / (1 - fee - fraud);
        this.holderComplaints = Weighted.of("service", mix.share("service") * rest, "fee", fee / holders,
                "product", mix.share("product") * rest, "fraud", fraud / holders, "other", mix.share("other") * rest);
        this.otherComplaints = mix.with("fee", 0).with("fraud", 0);
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
        return of(customers.file(k));
    }

    /** The same, from the customer's file of the phase that asks (phase 7 reads it too). */
    public CustomerCrm of(io.dhub.generators.customers.CustomerFile file) {
        Customer c = file.customer();
        List<io.dhub.generators.customers.Account> accounts = file.accounts();
        List<String> products = products(accounts);
        Complaint complaint = complaint(c, !accounts.isEmpty(), products);
        List<Interaction> interactions = interactions(c);
        List<Contact> contacts = new ArrayList<>(interactions.size());
        List<Survey> surveys = new ArrayList<>();
        for (Interaction interaction : interactions) {
            Contact contact = contact(interaction, c.homeBranch(), products);
            contacts.add(contact);
            Survey survey = survey(interaction, contact.minutes(), complaint, products);
            if (survey != null) {
                surveys.add(survey);
            }
        }
        return new CustomerCrm(contacts, surveys, complaint, responses(c));
    }

    /** How many points of NPS a complaint costs in the surveys after it. */
    static final int COMPLAINT_NPS_DROP = 4;

    /**
     * 80% handled by staff employed that day: contact-centre staff, or for a branch visit someone who
     * works at a branch, mostly the customer's home branch; minutes by channel.
     */
    private Contact contact(Interaction interaction, String homeBranch, List<String> products) {
        Rng rng = seeds.stream("interaction", interaction.id());
        String channel = interaction.channel();
        LocalDate day = interaction.at().toLocalDate();
        Long handler = null;
        if (rng.chance(rules.handled())) {
            if ("branch".equals(channel)) {
                long[] home = branchTeams.getOrDefault(homeBranch, new long[0]);
                handler = rng.chance(rules.homeBranch()) ? staff.pickEmployedOn(home, day, rng) : null;
                if (handler == null) {
                    handler = staff.pickEmployedOn(branchStaff, day, rng);
                }
            } else {
                handler = staff.pickEmployedOn(serviceStaff, day, rng);
            }
        }
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
                minutes, outcome, rng.chance(0.5) ? fill(rng.pick(NOTES.get(type)), products, channel, rng) : null);
    }

    /** A template filled with one of the customer's products, an amount, the channel and a number of days. */
    private String fill(String template, List<String> products, String channel, Rng rng) {
        String amount = customers.market().money(Math.exp(rng.uniform(Math.log(5), Math.log(5_000))));
        String fee = customers.market().money(5 + rng.between(0, 40) + rng.between(0, 3) * 0.25);
        String text = template.replace("%p", products.get(rng.between(0, products.size() - 1)))
                .replace("%a", amount).replace("%f", fee).replace("%d", Integer.toString(rng.between(2, 9)));
        if (text.contains("%y")) {
            text = text.replace("%y", Integer.toString(rng.between(2, 25)));
        }
        return text.replace("%c", switch (channel) {
            case "mobile_app" -> "the app";
            case "web" -> "online chat";
            case "branch" -> "the branch";
            default -> channel;
        });
    }

    /** What the customer holds, as they would name it: their accounts (and an account they were asked about). */
    private List<String> products(List<io.dhub.generators.customers.Account> accounts) {
        List<String> out = new ArrayList<>();
        for (var a : accounts) {
            out.add(customers.market().accountName(a.type()));
        }
        if (out.isEmpty()) {
            out.add("new account");
        }
        return out;
    }

    /**
     * Surveys: 30% of interactions, sent when the contact ends and answered within three days (none
     * for a contact still going on at the as-of date); stars follow the NPS with some noise. A
     * survey after the customer's complaint scores lower: the NPS drawn falls by 4 points (not below 0).
     * A comment fits the score: praise from promoters, mixed words from passives, criticism from detractors.
     */
    private Survey survey(Interaction i, int minutes, Complaint complaint, List<String> products) {
        Rng rng = seeds.stream("survey", i.id());
        ZoneId zone = i.at().toZonedDateTime().getZone();
        long ended = i.at().toEpochSecond() + minutes * 60L;
        if (!rng.chance(rules.surveyed()) || ended + 60 > end(zone)) {
            return null;
        }
        long at = ended + rng.between(600L, 3 * 86_400L);
        if (Instant.ofEpochSecond(at).atZone(zone).getHour() < 7) {
            at += 7 * 3600;                  // answered after waking up, not in the night
        }
        at = Math.max(ended + 60, Math.min(end(zone), at));
        int nps = rules.nps().draw(rng);
        if (complaint != null && complaint.filedAt().toEpochSecond() < i.at().toEpochSecond()) {
            nps = Math.max(0, nps - COMPLAINT_NPS_DROP);
        }
        int stars = (int) Math.max(1, Math.min(5, Math.round(1 + nps * 0.4 + rng.gaussian() * 0.5)));
        String[] words = nps >= 9 ? PRAISE : nps >= 7 ? MIXED : CRITICISM;
        String comment = null;
        if (rng.chance(rules.commented())) {
            comment = fill(rng.pick(words), products, i.channel(), rng);
            if (rng.chance(0.6)) {
                String[] tails = nps >= 9 ? PRAISE_TAIL : nps >= 7 ? MIXED_TAIL : CRITICISM_TAIL;
                comment += " " + fill(rng.pick(tails), products, i.channel(), rng);
            }
        }
        return new Survey(i.id(), i.id(), i.customerId(), Instant.ofEpochSecond(at).atZone(zone).toOffsetDateTime(),
                nps, stars, comment);
    }

    /** At most one complaint per customer (id = customer id), 8% of customers. */
    private Complaint complaint(Customer c, boolean holder, List<String> products) {
        long k = c.id();
        Rng rng = seeds.stream("complaint", k);
        if (!rng.chance(rules.complains())) {
            return null;
        }
        // fee and fraud complaints need an account: holders draw them more often, so the mix over all holds
        String type = (holder ? holderComplaints : otherComplaints).draw(rng);
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
        return new Complaint(k, k, type, status, priority, filedAt, resolvedAt, assignee,
                fill(rng.pick(COMPLAINTS.get(type)), products, "phone", rng), done ? resolution(type) : null);
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
        // only customers who opted in to marketing respond, at the rate that gives the rule's share of all
        if (!c.marketingOptIn() || !rng.chance(rules.responds() / OPTED_IN)) {
            return List.of();
        }
        List<Campaigns.Campaign> open = new ArrayList<>();
        for (long id = 1; id <= campaigns.count(); id++) {
            Campaigns.Campaign campaign = campaigns.get(id);
            String target = campaigns.launched(id).segment();
            boolean aimed = target == null || target.equals(c.segment()) || rng.chance(OFF_TARGET);
            if (aimed && !responseFrom(campaign, c).isAfter(responseTo(campaign))) {
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
            String type = rules.responses().get(campaign.type()).draw(rng);
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

    /** The share of customers who opt in to marketing (the customers' domain draws 55%). */
    static final double OPTED_IN = 0.55;
    /** The chance that a campaign aimed at another segment reaches a customer anyway (forwarded, seen by chance). */
    static final double OFF_TARGET = 0.01;

    /** A customer can respond from the campaign's start, or the day after they joined if later. */
    private static LocalDate responseFrom(Campaigns.Campaign campaign, Customer c) {
        return campaign.start().isAfter(c.customerSince()) ? campaign.start() : c.customerSince().plusDays(1);
    }

    /** Until the campaign's end, or the day before the as-of date if earlier. */
    private LocalDate responseTo(Campaigns.Campaign campaign) {
        return campaign.end().isBefore(customers.asOf().minusDays(1)) ? campaign.end() : customers.asOf().minusDays(1);
    }

    static String code(long id) {
        return "CMP-" + io.dhub.generators.ids.UniqueValues.pad(id, 3);
    }

    static BigDecimal budget(Rng rng) {
        return BigDecimal.valueOf(rng.between(10, 500) * 500L).setScale(2);
    }
}
