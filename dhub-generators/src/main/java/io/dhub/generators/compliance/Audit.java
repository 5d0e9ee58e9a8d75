package io.dhub.generators.compliance;

import io.dhub.generators.crm.Crm;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.insurance.Insurance;
import io.dhub.generators.insurance.Policy;
import io.dhub.generators.loans.Lending;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A customer's audit trail (PCI DSS 10.3: who, what, when, success or failure, from where, on which
 * resource): one row for each workflow fact about the customer (document decisions, reviews, screening
 * and monitoring alerts disposed of, reports filed, loan decisions, policy issues, claim decisions,
 * profile reads), by the employee who did it, at the
 * time it happened, from the employee's workstation (10.b.x.y, b the branch number, 0 for the head
 * office); and the customer's online-banking logins over the last 90 days, from addresses of the
 * documentation ranges (RFC 5737), 3% of attempts failed and retried. Ids customer·256 + i in time order ({@link Ids#auditRow}).
 */
final class Audit {
    private final SeedTree seeds;
    private final Staff staff;

    Audit(SeedTree seeds, Staff staff) {
        this.seeds = seeds;
        this.staff = staff;
    }

    /** One audit row as stored. */
    record Row(long id, OffsetDateTime at, String actorType, Long employee, Long customer, String action,
               String database, String table, long entityId, String ip, String details, String outcome,
               String channel, String session, String oldValue, String newValue) {
    }

    /** The documentation address ranges customers' logins come from (RFC 5737). */
    private static final String[] CUSTOMER_NETS = {"192.0.2.", "198.51.100.", "203.0.113."};

    /** A row before its id: rows are numbered in time order. */
    private record Fact(OffsetDateTime at, int kind, Row row) {
    }

    List<Row> rows(Customer c, List<Compliance.Document> documents, List<Compliance.Review> reviews,
                   List<Compliance.Screening> screenings, List<Lending.Borrowing> borrowings,
                   List<Insurance.Written> policies, List<Crm.Contact> contacts, Alerts.Handled monitoring,
                   boolean online, LocalDate asOf, ComplianceRules rules) {
        long k = c.id();
        Rng rng = seeds.stream("audit", k);
        ZoneId zone = ZoneId.of(c.timeZone());
        List<Fact> facts = new ArrayList<>();
        for (Compliance.Document d : documents) {
            if (d.verifiedBy() != null) {
                boolean accepted = !"rejected".equals(d.status());
                staffFact(facts, 0, office(d.decided(), rng, zone), d.verifiedBy(), accepted ? "approve" : "reject",
                        "compliance_db", "kyc_records", d.id(), "back_office", "pending",
                        accepted ? "verified" : "rejected", d.type() + " " + d.number());
            }
        }
        for (Compliance.Review r : reviews) {
            if ("completed".equals(r.status()) && r.reviewer() != null) {
                staffFact(facts, 1, office(r.done(), rng, zone), r.reviewer(), "approve", "compliance_db",
                        "kyc_reviews", r.id(), "back_office", r.riskBefore(), r.riskAfter(),
                        r.type() + " review: " + r.outcome());
            }
        }
        for (Compliance.Screening s : screenings) {
            if (s.reviewer() != null) {
                staffFact(facts, 2, s.at().plusMinutes(30 + rng.between(0, 150)), s.reviewer(), "update",
                        "compliance_db", "aml_checks", s.id(), "back_office", "alert", s.result(),
                        s.type() + " potential match reviewed");
            }
        }
        for (Lending.Borrowing b : borrowings) {
            var a = b.application();
            if (a.decided() != null && a.decided().isBefore(asOf)) {
                long actor = a.approved() && b.approver() != null ? b.approver() : b.officer();
                staffFact(facts, 3, office(a.decided(), rng, zone), actor, a.approved() ? "approve" : "reject",
                        "loans_db", "loan_applications", a.id(), "branch", "pending", a.status(),
                        a.type().code() + " loan application decided");
            }
        }
        for (Insurance.Written w : policies) {
            Policy p = w.policy();
            if (w.issuedAt().toLocalDate().isBefore(asOf)) {
                staffFact(facts, 4, w.issuedAt().withOffsetSameInstant(ZoneOffset.UTC), w.agent(), "create",
                        "insurance_db", "policies", p.id(), "branch", null, p.status(),
                        p.line().code() + " policy " + p.number() + " issued");
            }
            for (int i = 0; i < p.claims().size(); i++) {
                Policy.Claim claim = p.claims().get(i);
                Long handler = w.handlers().get(i);
                if (claim.settled() != null && handler != null && claim.settled().isBefore(asOf)) {
                    boolean rejected = "rejected".equals(claim.status());
                    staffFact(facts, 5, office(claim.settled(), rng, zone), handler, rejected ? "reject" : "approve",
                            "insurance_db", "claims", claim.id(), "back_office", "under_review", claim.status(),
                            "claim " + claim.number() + " decided");
                }
            }
        }
        for (Crm.Contact contact : contacts) {
            if (contact.handledBy() != null) {
                staffFact(facts, 6, contact.at().withOffsetSameInstant(ZoneOffset.UTC), contact.handledBy(), "read",
                        "customer_db", "customer_profiles", c.id(), contact.channel(), null, null,
                        "profile opened for a " + contact.channel() + " " + contact.type());
            }
        }
        for (Alerts.Alert a : monitoring.alerts()) {
            if (a.reviewer() != null) {
                staffFact(facts, 8, office(a.reviewed(), rng, zone), a.reviewer(), "update", "compliance_db",
                        "aml_checks", a.id(), "back_office", "alert", a.result(), a.hit().rule() + " alert reviewed");
            }
        }
        for (Alerts.Sar sar : monitoring.sars()) {
            if (sar.filed() != null) {
                staffFact(facts, 9, office(sar.filed(), rng, zone), sar.filedBy(), "create", "compliance_db",
                        "suspicious_activity_reports", sar.id(), "back_office", null, sar.status(),
                        sar.number() + " filed with FinCEN");
            }
        }
        if (online) {
            logins(facts, c, rng, zone, asOf, rules);
        }
        facts.sort(Comparator.comparing(Fact::at).thenComparingInt(Fact::kind));
        List<Row> out = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            Row r = facts.get(i).row();
            long id = Ids.auditRow(k, i);
            out.add(new Row(id, r.at(), r.actorType(), r.employee(), r.customer(), r.action(), r.database(), r.table(),
                    r.entityId(), r.ip(), r.details(), r.outcome(), r.channel(),
                    "customer".equals(r.actorType()) && "success".equals(r.outcome()) ? session(id) : null,
                    r.oldValue(), r.newValue()));
        }
        return out;
    }

    /** A successful login's session id: the row id through an affine bijection, as 16 hex digits. */
    static String session(long id) {
        String hex = Long.toHexString(id * 0x9E3779B97F4A7C15L);     // unsigned, as %x writes a negative long
        return "0".repeat(16 - hex.length()) + hex;
    }

    private void staffFact(List<Fact> facts, int kind, OffsetDateTime at, long employee, String action,
                           String database, String table, long entityId, String channel, String oldValue,
                           String newValue, String details) {
        facts.add(new Fact(at, kind, new Row(0, at, "employee", employee, null, action, database, table, entityId,
                workstation(employee), details, "success", channel, null, oldValue, newValue)));
    }

    /** A time in office hours (9:00-16:59 local) on the day, in UTC. */
    private static OffsetDateTime office(LocalDate day, Rng rng, ZoneId zone) {
        return Compliance.at(day, rng.between(9 * 60, 17 * 60 - 1), zone);
    }

    /** An employee's workstation address: 10.b.x.y, b the branch's number (BR007 is 7) or 0 at the head office. */
    String workstation(long employee) {
        String branch = staff.branch(employee);
        int b = branch == null ? 0 : Integer.parseInt(branch.substring(2));
        return "10." + b + "." + (employee / 254 % 256) + "." + (employee % 254 + 1);
    }

    /**
     * Logins over the last 90 days (from customer_since if later): by preferred channel, 30-60 for the
     * app, 12-30 for the web, 6-15 by e-mail, 0-6 for phone and 0-4 for branch customers [chosen]; in
     * the app or on the web (85% the preferred one), at local times of online banking; each attempt
     * fails 3% of the time and is tried again 1-5 minutes later.
     */
    private void logins(List<Fact> facts, Customer c, Rng rng, ZoneId zone, LocalDate asOf, ComplianceRules rules) {
        int n = switch (c.preferredChannel()) {
            case "mobile_app" -> rng.between(30, 60);
            case "web" -> rng.between(12, 30);
            case "email" -> rng.between(6, 15);
            case "phone" -> rng.between(0, 6);
            default -> rng.between(0, 4);
        };
        LocalDate from = asOf.minusDays(rules.loginDays());
        from = from.isAfter(c.customerSince()) ? from : c.customerSince().plusDays(1);
        LocalDate to = asOf.minusDays(1);
        if (from.isAfter(to)) {
            return;
        }
        long k = c.id();
        for (int i = 0; i < n; i++) {
            boolean app = switch (c.preferredChannel()) {
                case "mobile_app" -> rng.chance(0.85);
                case "web" -> !rng.chance(0.85);
                default -> rng.chance(0.5);
            };
            String channel = app ? "mobile_app" : "web";
            String ip = CUSTOMER_NETS[(int) ((k + (app ? 1 : 0)) % 3)] + (1 + (k * (app ? 17 : 31) + (app ? 7 : 0)) % 254);
            LocalDate day = rng.dateBetween(from, to);
            OffsetDateTime at = Compliance.at(day, LOGIN_MINUTES[rng.between(0, LOGIN_MINUTES.length - 1)]
                    + rng.between(0, 59), zone);
            // a failed attempt is followed by another, so f of the attempts fail when f / (1 − f) of the logins do
            if (rng.chance(rules.loginFailure() / (1 - rules.loginFailure()))) {
                facts.add(login(at, k, ip, channel, "failure", "wrong password"));
                at = at.plusMinutes(rng.between(1, 5));
            }
            facts.add(login(at, k, ip, channel, "success", null));
        }
    }

    /** The hours logins start at, weighted like online banking's day (more in the evening, few at night). */
    private static final int[] LOGIN_MINUTES = {7 * 60, 8 * 60, 9 * 60, 10 * 60, 11 * 60, 12 * 60, 12 * 60, 13 * 60,
        14 * 60, 15 * 60, 16 * 60, 17 * 60, 18 * 60, 18 * 60, 19 * 60, 19 * 60, 20 * 60, 20 * 60, 21 * 60, 21 * 60,
        22 * 60};

    private static Fact login(OffsetDateTime at, long k, String ip, String channel, String outcome, String details) {
        return new Fact(at, 7, new Row(0, at, "customer", null, k, "login", "customer_db", "customer_profiles", k, ip,
                details, outcome, channel, null, null, null));
    }
}
