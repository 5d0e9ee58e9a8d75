package io.dhub.generators.compliance;

import io.dhub.generators.crm.Crm;
import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.customers.CustomerFile;
import io.dhub.generators.customers.Customers;
import io.dhub.generators.customers.LocalTimes;
import io.dhub.generators.employees.Role;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.ids.UniqueValues;
import io.dhub.generators.insurance.Insurance;
import io.dhub.generators.loans.Lending;
import io.dhub.generators.market.Market;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer k's compliance file: due diligence from onboarding to the as-of date, consents, and the
 * audit trail of everything the bank's staff and the customer did that phase 1-7 record.
 *
 * <p>Due diligence. At customer_since the customer submits an identity document (and 40% a proof of
 * address); 3% of first submissions are rejected and resubmitted within 14 days; each submission is
 * decided 0-3 days later by a compliance officer or a service rep employed that day, and a decision
 * that would fall on or after the as-of date is still pending. The accepted submission completes the
 * onboarding review, which rates the customer's risk (PEPs high). Periodic reviews follow every 12,
 * 24 or 36 months by risk, each done up to 30 days before it falls due by a compliance officer; the
 * latest one due is overdue for 5% of customers, and the next one is scheduled. Every review screens
 * the customer against sanctions, PEP lists and adverse media; an identity document that expired
 * before a review is replaced at it.
 *
 * <p>Every date and choice comes from the customer's own streams, the staff from streams of their own,
 * so a customer's file is the same at every scale but for who did the work.
 */
public final class Compliance {
    private final SeedTree seeds;
    private final Customers customers;
    private final Staff staff;
    private final Crm crm;
    private final Lending lending;
    private final Insurance insurance;
    private final LaunderingBook book;
    private final ComplianceRules rules;
    private final LocalDate asOf;
    private final long[] verifiers;
    private final long[] officers;
    private final long[] reps;

    public Compliance(SeedTree seeds, Customers customers, Staff staff, Crm crm, Lending lending, Insurance insurance,
                      LaunderingBook book, ComplianceRules rules) {
        this.book = book;
        this.seeds = seeds;
        this.customers = customers;
        this.staff = staff;
        this.crm = crm;
        this.lending = lending;
        this.insurance = insurance;
        this.rules = rules;
        this.asOf = customers.asOf();
        // a bank too small to have compliance officers or service reps lets anyone employed do their work
        long[] everyone = staff.ids(Role.values());
        this.officers = orElse(staff.ids(Role.COMPLIANCE_OFFICER), everyone);
        this.reps = orElse(staff.ids(Role.CUSTOMER_SERVICE_REP), everyone);
        this.verifiers = orElse(staff.ids(Role.COMPLIANCE_OFFICER, Role.CUSTOMER_SERVICE_REP), everyone);
    }

    private static long[] orElse(long[] pool, long[] fallback) {
        return pool.length > 0 ? pool : fallback;
    }

    /** A KYC document (id customer·8 + i) as stored, with its status at the as-of date. */
    public record Document(long id, long customerId, String type, String number, String status, Long verifiedBy,
                           LocalDate decided, LocalDate expiry, String risk, OffsetDateTime submitted, long reviewId,
                           String rejectionReason, Long replacedBy) {
    }

    /** A due-diligence review (id customer·32 + r): onboarding, periodic or (later) trigger. */
    public record Review(long id, long customerId, String type, LocalDate due, LocalDate done, String status,
                         Long reviewer, String riskBefore, String riskAfter, String outcome) {
    }

    /** A screening at a review (id 2·(4·review + t), even; odd ids are left to transaction monitoring). */
    public record Screening(long id, long customerId, String type, OffsetDateTime at, String result, int score,
                            Long reviewer, long reviewId) {
    }

    /** A consent (id customer·8 + type index). */
    public record Consent(long id, long customerId, String type, boolean granted, OffsetDateTime grantedAt,
                          OffsetDateTime revokedAt, String channel) {
    }

    /** Everything phase 7 writes about one customer. */
    public record File(List<Document> documents, List<Review> reviews, List<Screening> screenings,
                       List<Consent> consents, List<Audit.Row> audit, Alerts.Handled monitoring, Truth truth) {
    }

    /** A leg of a case as the ledger booked it. */
    public record CaseTransaction(long caseId, long transactionId, long accountId, boolean credit,
                                  BigDecimal amount) {
    }

    /** The ground truth a customer writes: the cases it leads (with their members) and its own case legs. */
    public record Truth(List<LaunderingBook.Case> cases, List<CaseTransaction> transactions) {
    }

    /** Screening types, in id order. */
    static final String[] SCREENINGS = {"sanctions_screening", "pep_screening", "adverse_media"};
    /** Consent types, in id order. */
    static final String[] CONSENTS = {"marketing_email", "marketing_sms", "data_sharing", "credit_check", "paperless"};
    private static final String[] REJECTIONS = {"image unreadable", "name does not match the application",
        "details could not be confirmed", "photo does not match"};

    /** Customer k's file. */
    public File of(long k) {
        CustomerFile file = customers.file(k);
        Customer c = file.customer();
        List<Account> accounts = file.accounts();
        // what the ledgers hold for monitoring and the ground truth, as phase 2 found it when it booked them
        Booked.Of booked = book.read(file);
        Alerts.Handled handled = new Alerts(seeds, staff, officers, asOf, rules, book, customers.market()).handle(c, accounts,
                booked.findings());
        Truth truth = new Truth(book.led(k), booked.legs());
        Diligence d = diligence(c, handled.trigger(seeds, asOf));
        Crm.CustomerCrm relations = crm.of(file);
        List<Lending.Borrowing> borrowings = lending.borrowings(file);
        List<Consent> consents = consents(c, relations, borrowings);
        List<Audit.Row> audit = new Audit(seeds, staff).rows(c, d.documents(), d.reviews(),
                d.screenings(), borrowings, insurance.of(file, borrowings), relations.contacts(), handled,
                !accounts.isEmpty() && "active".equals(c.status()), asOf, rules);
        return new File(d.documents(), d.reviews(), d.screenings(), consents, audit, handled, truth);
    }

    /** The due-diligence part of a file. */
    record Diligence(List<Document> documents, List<Review> reviews, List<Screening> screenings) {
    }

    /** A document while its story is told: its status and replacement are known only at the end. */
    private static final class Draft {
        final long id;
        final String type;
        final OffsetDateTime submitted;
        final LocalDate decided;
        final LocalDate expiry;
        final Long verifier;
        final long reviewId;
        final String rejection;
        Long replacedBy;

        Draft(long id, String type, OffsetDateTime submitted, LocalDate decided, LocalDate expiry, Long verifier,
              long reviewId, String rejection) {
            this.id = id;
            this.type = type;
            this.submitted = submitted;
            this.decided = decided;
            this.expiry = expiry;
            this.verifier = verifier;
            this.reviewId = reviewId;
            this.rejection = rejection;
        }
    }

    /**
     * @param trigger the day of a trigger review a filed suspicious activity report calls for (it rates
     *                the customer high, and the periodic cycle starts again from it), or null
     */
    Diligence diligence(Customer c, LocalDate trigger) {
        long k = c.id();
        Rng rng = seeds.stream("kyc", k);
        Rng pick = seeds.stream("kyc-staff", k);
        ZoneId zone = ZoneId.of(c.timeZone());
        // the identifiers the bank keeps for the customer (beside the tax id): in India a customer shows Aadhaar
        // only once the bank keeps their masked number
        Market market = customers.market();
        List<io.dhub.generators.market.Registration> kept = customers.registrations(c, java.util.Map.of());
        String idType = market.identityDocument(rules.document().draw(rng), kept, c.customerSince());
        boolean address = rng.chance(rules.proofOfAddress());
        String addressType = rules.addressProof().draw(rng);
        boolean rejectedFirst = rng.chance(rules.rejected());
        boolean pep = rng.chance(rules.pep());
        String risk = pep ? "high" : rules.risk().get(c.segment()).draw(rng);
        int cycle = rules.cycle(risk);
        List<Draft> drafts = new ArrayList<>();
        long onboarding = Ids.kycReview(k, 0);
        OffsetDateTime submitted = c.createdAt();
        LocalDate decided = c.customerSince().plusDays(rules.verifyDays().draw(rng));
        if (rejectedFirst) {
            drafts.add(new Draft(Ids.kycDocument(k, drafts.size()), idType, submitted, decided,
                    expiry(idType, c.customerSince(), rng), verifier(decided, pick), onboarding,
                    REJECTIONS[rng.between(0, REJECTIONS.length - 1)]));
            LocalDate again = decided.plusDays(rng.between(1, 14));
            submitted = at(again, rng.between(8 * 60, 20 * 60 - 1), zone);
            decided = again.plusDays(rules.verifyDays().draw(rng));
        }
        LocalDate onboarded = decided;
        Long verifier = verifier(decided, pick);
        Draft identity = new Draft(Ids.kycDocument(k, drafts.size()), idType, submitted, decided,
                expiry(idType, submitted.atZoneSameInstant(zone).toLocalDate(), rng), verifier, onboarding, null);
        drafts.add(identity);
        if (address) {
            drafts.add(new Draft(Ids.kycDocument(k, drafts.size()), addressType, submitted, decided, null, verifier,
                    onboarding, null));
        }
        List<Review> reviews = new ArrayList<>();
        List<Screening> screenings = new ArrayList<>();
        reviews.add(new Review(onboarding, k, "onboarding", c.customerSince(), onboarded, "completed", verifier, null,
                risk, pep ? "enhanced_due_diligence" : "approved"));
        // the screenings run as the documents come in: their reviewer works at the bank that day (the customer's)
        screen(screenings, onboarding, k, submitted.plusMinutes(5), pep,
                submitted.plusMinutes(5).atZoneSameInstant(zone).toLocalDate(), rng, pick);
        LocalDate last = onboarded;
        boolean triggered = trigger == null;
        for (int r = 1; ; r++) {
            long id = Ids.kycReview(k, r);
            LocalDate due = last.plusMonths(cycle);
            LocalDate done;
            String type = "periodic";
            String before = risk;
            if (!triggered && !due.isBefore(trigger)) {
                // a report was filed: the customer is reviewed now, rated high, and the cycle starts again
                triggered = true;
                type = "trigger";
                due = trigger;
                done = trigger;
                risk = "high";
                cycle = rules.cycle(risk);
            } else {
                if (!due.isBefore(asOf)) {
                    reviews.add(new Review(id, k, "periodic", due, null, "scheduled", null, null, null, null));
                    break;
                }
                done = due.minusDays(rng.between(0, rules.earlyDays()));
                if (triggered && !done.plusMonths(cycle).isBefore(asOf) && rng.chance(rules.overdue())) {
                    reviews.add(new Review(id, k, "periodic", due, null, "overdue", null, null, null, null));
                    break;
                }
            }
            String outcome = pep || "trigger".equals(type) ? "enhanced_due_diligence" : "approved";
            if (identity.expiry != null && identity.expiry.isBefore(done)
                    && drafts.size() < Ids.KYC_DOCUMENTS_PER_CUSTOMER) {
                // the identity document expired since the last review: the customer brings its renewal to the
                // branch, on the first day it opens from the review on (the last before it when that would be
                // as-of or later), in the hours it serves customers
                LocalDate day = done;
                while (!LocalTimes.open("branch", day, market)) {
                    day = day.plusDays(1);
                }
                if (!day.isBefore(asOf)) {
                    day = done;
                    while (!LocalTimes.open("branch", day, market)) {
                        day = day.minusDays(1);
                    }
                }
                int[] hours = LocalTimes.branchHours(day, market);
                OffsetDateTime brought = at(day, rng.between(hours[0] * 60, hours[1] * 60 - 1), zone);
                LocalDate checked = day.plusDays(rules.verifyDays().draw(rng));
                LocalDate issued = day.minusDays(rng.between(0, 60));
                Draft renewal = new Draft(Ids.kycDocument(k, drafts.size()), identity.type, brought, checked,
                        issued.plusYears(rules.validityYears().get(identity.type)),
                        checked.isBefore(asOf) ? verifier(checked, pick) : null, id, null);
                identity.replacedBy = renewal.id;
                drafts.add(renewal);
                identity = renewal;
                outcome = "approved".equals(outcome) ? "documents_updated" : outcome;
            }
            Long reviewer = staff.pickEmployedOn(officers, done, pick);
            reviews.add(new Review(id, k, type, due, done, "completed", reviewer, before, risk, outcome));
            screen(screenings, id, k, at(done, rng.between(9 * 60, 16 * 60), zone), pep, done, rng, pick);
            last = done;
        }
        List<Document> documents = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            String status = d.rejection != null ? "rejected" : !d.decided.isBefore(asOf) ? "pending"
                    : d.replacedBy != null || d.expiry != null && d.expiry.isBefore(asOf) ? "expired" : "verified";
            boolean open = "pending".equals(status);
            Market.Submission submission = new Market.Submission(d.id, k, c.state(),
                    d.submitted.atZoneSameInstant(zone).toLocalDateTime(), d.expiry, kept);
            documents.add(new Document(d.id, k, d.type, number(d.type, d.id, market, submission), status,
                    open ? null : d.verifier,
                    open ? null : d.decided, d.expiry, risk, d.submitted, d.reviewId, d.rejection, d.replacedBy));
        }
        return new Diligence(List.copyOf(documents), List.copyOf(reviews), List.copyOf(screenings));
    }

    /** The three screenings of a review; a potential match is cleared (or, for a PEP, escalated) by a compliance officer. */
    private void screen(List<Screening> out, long reviewId, long k, OffsetDateTime at, boolean pep, LocalDate day,
                        Rng rng, Rng pick) {
        for (int t = 0; t < SCREENINGS.length; t++) {
            String result = switch (t) {
                case 0 -> rng.chance(rules.sanctionsMatch()) ? "false_positive" : "clear";
                case 1 -> pep ? "escalated" : rng.chance(rules.pepFalseAlert()) ? "false_positive" : "clear";
                default -> rng.chance(rules.adverseMedia()) ? "false_positive" : "clear";
            };
            int score = switch (result) {
                case "clear" -> rng.between(0, 19);
                case "false_positive" -> rng.between(40, 69);
                default -> rng.between(80, 100);
            };
            Long reviewer = "clear".equals(result) ? null : staff.pickEmployedOn(officers, day, pick);
            out.add(new Screening(Ids.screening(reviewId, t), k, SCREENINGS[t], at, result, score, reviewer, reviewId));
        }
    }

    /**
     * A document's expiry: issued at some point of its validity before the day it is shown, so it is valid
     * then; null for a document that does not expire (a validity of 0 years).
     */
    private LocalDate expiry(String type, LocalDate shown, Rng rng) {
        int years = rules.validityYears().get(type);
        if (years == 0) {
            return null;            // a document that does not expire (India's Aadhaar and voter's card)
        }
        LocalDate issued = shown.minusDays(rng.between(1, years * 365 - 30));
        return issued.plusYears(years);
    }

    /** A compliance officer (30%) or a service rep employed that day, either when the other has none. */
    private Long verifier(LocalDate day, Rng pick) {
        boolean compliance = pick.chance(rules.byCompliance());
        Long id = staff.pickEmployedOn(compliance ? officers : reps, day, pick);
        return id != null ? id : staff.pickEmployedOn(verifiers, day, pick);
    }

    /**
     * A document number unique by construction: the document id through an affine bijection of the
     * numbers the market's form of the document holds ({@link Market#documentSpace}, 10^9 by default;
     * 48,271 is prime and divides none of them), in that form ({@link Market#documentNumber}).
     */
    static String number(String type, long id, Market market, Market.Submission submission) {
        long space = market.documentSpace(type);
        UniqueValues.requireBelow(id, space, "KYC document number");
        return market.documentNumber(type, UniqueValues.permute(id, space, 48_271L, 987_654_321L), submission);
    }

    /** A local time of day on a day, as an instant. */
    static OffsetDateTime at(LocalDate day, int minuteOfDay, ZoneId zone) {
        return day.atTime(LocalTime.ofSecondOfDay(minuteOfDay * 60L)).atZone(zone).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    /**
     * The customer's consents, all given at onboarding through the preferred channel: marketing e-mail
     * as the marketing opt-in, withdrawn by the first unsubscribe among the campaign responses;
     * marketing texts, data sharing and paperless at their shares; a credit check for borrowers, given
     * on the day of the first loan application.
     */
    private List<Consent> consents(Customer c, Crm.CustomerCrm relations, List<Lending.Borrowing> borrowings) {
        long k = c.id();
        Rng rng = seeds.stream("consent", k);
        OffsetDateTime given = c.createdAt().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime unsubscribed = null;
        for (Crm.Response r : relations.responses()) {
            if ("unsubscribed".equals(r.type()) && (unsubscribed == null || r.at().isBefore(unsubscribed))) {
                unsubscribed = r.at().withOffsetSameInstant(ZoneOffset.UTC);
            }
        }
        boolean sms = rng.chance(rules.smsShare() / OPTED_IN);
        boolean sharing = rng.chance(rules.dataSharing());
        boolean digital = switch (c.preferredChannel()) {
            case "email", "web", "mobile_app" -> true;
            default -> false;
        };
        boolean paperless = rng.chance(digital ? PAPERLESS_DIGITAL : PAPERLESS_OTHER);
        int minute = rng.between(8 * 60, 20 * 60 - 1);
        List<Consent> out = new ArrayList<>(CONSENTS.length);
        String channel = c.preferredChannel();
        out.add(new Consent(Ids.consent(k, 0), k, CONSENTS[0], c.marketingOptIn(), given,
                c.marketingOptIn() ? unsubscribed : null, channel));
        out.add(new Consent(Ids.consent(k, 1), k, CONSENTS[1], c.marketingOptIn() && sms, given, null, channel));
        out.add(new Consent(Ids.consent(k, 2), k, CONSENTS[2], sharing, given, null, channel));
        LocalDate firstApplication = null;
        for (Lending.Borrowing b : borrowings) {
            LocalDate applied = b.application().applied();
            firstApplication = firstApplication == null || applied.isBefore(firstApplication) ? applied
                    : firstApplication;
        }
        if (firstApplication != null) {
            OffsetDateTime at = at(firstApplication, minute, ZoneId.of(c.timeZone()));
            out.add(new Consent(Ids.consent(k, 3), k, CONSENTS[3], true, at.isBefore(given) ? given : at, null, channel));
        }
        out.add(new Consent(Ids.consent(k, 4), k, CONSENTS[4], paperless, given, null, channel));
        return out;
    }

    /** The share of customers who opt in to marketing (the customers' domain draws 55%). */
    static final double OPTED_IN = 0.55;
    /** Paperless among customers who prefer e-mail, the web or the app (60% of customers), and among the rest. */
    static final double PAPERLESS_DIGITAL = 0.80;
    static final double PAPERLESS_OTHER = 0.30;

}
