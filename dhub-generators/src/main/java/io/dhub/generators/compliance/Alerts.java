package io.dhub.generators.compliance;

import io.dhub.generators.customers.Account;
import io.dhub.generators.customers.Customer;
import io.dhub.generators.employees.Staff;
import io.dhub.generators.ids.Ids;
import io.dhub.generators.spi.Rng;
import io.dhub.generators.spi.SeedTree;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the bank does with the monitoring's findings for one customer: each alert reviewed by a
 * compliance officer 1-30 days after it fired (until then it is open), most closed as false
 * positives and some escalated (85% of those on laundering, 3% of the rest); escalated alerts of a calendar month make one suspicious activity
 * report when the largest amount behind them is $5,000 or more (31 CFR 1020.320), filed within 30
 * days of the review, or 60 when no suspect is identified (the market's deadline: in India seven
 * working days, {@link io.dhub.generators.market.Market#suspiciousReportDue}); a report not filed by
 * the as-of date is a draft. Each currency transaction report is filed within 15 days.
 */
final class Alerts {
    private final SeedTree seeds;
    private final Staff staff;
    private final long[] officers;
    private final LocalDate asOf;
    private final ComplianceRules rules;
    private final LaunderingBook book;
    /** The market, which writes the narratives' amounts. */
    private final io.dhub.generators.market.Market market;
    /** A report needs activity of at least this much: the market's (in the US $5,000, 31 CFR 1020.320(a)(2)). */
    private final BigDecimal sarThreshold;

    Alerts(SeedTree seeds, Staff staff, long[] officers, LocalDate asOf, ComplianceRules rules, LaunderingBook book,
           io.dhub.generators.market.Market market) {
        this.book = book;
        this.market = market;
        this.sarThreshold = BigDecimal.valueOf(market.cents(io.dhub.generators.market.Amount.SAR_THRESHOLD), 2);
        this.seeds = seeds;
        this.staff = staff;
        this.officers = officers;
        this.asOf = asOf;
        this.rules = rules;
    }

    /** An alert as stored in aml_checks (id 2·(64·account + n) + 1: odd, beside the screenings' even ids). */
    record Alert(long id, long customerId, Monitoring.Alert hit, OffsetDateTime checkedAt, String result, int score,
                 Long reviewer, LocalDate reviewed) {
    }

    /** A suspicious activity report (id customer·8 + n). */
    record Sar(long id, String number, long customerId, long checkId, String activity, BigDecimal amount,
               String status, long filedBy, LocalDate filed, LocalDate review, LocalDate due, boolean suspect,
               LocalDate from, LocalDate to, String narrative) {
    }

    /** A currency transaction report (id customer·64 + n). */
    record Ctr(long id, long customerId, Monitoring.Ctr ctr, String status, LocalDate filedOn) {
    }

    /** The customer's alerts, reports and currency transaction reports. */
    record Handled(List<Alert> alerts, List<Sar> sars, List<Ctr> ctrs) {
        /**
         * The day of the trigger review the customer's first filed report calls for (the earliest filing,
         * the lowest id among reports filed that day), or null. The reports are in the order of their
         * accounts' alerts, not of their filing: a customer's cases may lie months apart.
         */
        LocalDate trigger(SeedTree seeds, LocalDate asOf) {
            Sar first = null;
            for (Sar s : sars) {
                if (s.filed() != null && (first == null || s.filed().isBefore(first.filed())
                        || s.filed().equals(first.filed()) && s.id() < first.id())) {
                    first = s;
                }
            }
            if (first == null) {
                return null;
            }
            LocalDate day = first.filed().plusDays(seeds.stream("trigger-review", first.id()).between(1, 30));
            return day.isBefore(asOf) ? day : null;
        }
    }

    Handled handle(Customer c, List<Account> accounts, Monitoring.Findings findings) {
        List<Alert> alerts = new ArrayList<>();
        Map<Long, Integer> perAccount = new LinkedHashMap<>();
        for (Monitoring.Alert hit : findings.alerts()) {
            long id = Ids.alert(hit.accountId(), perAccount.merge(hit.accountId(), 1, Integer::sum) - 1);
            Rng rng = seeds.stream("alert", id);
            LocalDate reviewed = hit.day().plusDays(rng.between(1, 30));
            boolean escalated = rng.chance(book.illicit(hit.caseId()) ? rules.illicitEscalated() : rules.benignEscalated());
            int score = escalated ? rng.between(70, 99) : rng.between(40, 79);
            // raised by the end-of-day run, the last second of the alert's UTC day
            OffsetDateTime checked = hit.day().atTime(23, 59, 59).atOffset(ZoneOffset.UTC);
            if (!reviewed.isBefore(asOf)) {
                alerts.add(new Alert(id, c.id(), hit, checked, "alert", score, null, null));
            } else {
                Long officer = staff.pickEmployedOn(officers, reviewed, seeds.stream("alert-staff", id));
                alerts.add(new Alert(id, c.id(), hit, checked, escalated ? "escalated" : "false_positive", score,
                        officer, reviewed));
            }
        }
        return new Handled(alerts, reports(c, accounts, alerts), ctrs(c, findings.ctrs()));
    }

    /** One report per calendar month of escalated alerts whose largest amount reaches the threshold. */
    private List<Sar> reports(Customer c, List<Account> accounts, List<Alert> alerts) {
        Map<YearMonth, List<Alert>> months = new TreeMap<>();
        for (Alert a : alerts) {
            if ("escalated".equals(a.result())) {
                months.computeIfAbsent(YearMonth.from(a.hit().day()), m -> new ArrayList<>()).add(a);
            }
        }
        List<Sar> out = new ArrayList<>();
        for (List<Alert> group : months.values()) {
            BigDecimal amount = group.stream().map(a -> a.hit().amount()).reduce(BigDecimal.ZERO, BigDecimal::max);
            if (amount.compareTo(sarThreshold) < 0) {
                continue;
            }
            long id = Ids.sar(c.id(), out.size());
            Rng rng = seeds.stream("sar", id);
            LocalDate review = group.stream().map(Alert::reviewed).max(LocalDate::compareTo).orElseThrow();
            boolean suspect = rng.chance(rules.suspectIdentified());
            LocalDate due = market.suspiciousReportDue(review, suspect);
            LocalDate filed = review.plusDays(rng.between(1, (int) (due.toEpochDay() - review.toEpochDay())));
            String status = rules.sarStatus().draw(rng);
            boolean draft = !filed.isBefore(asOf);
            LocalDate from = group.stream().map(a -> a.hit().day()).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = group.stream().map(a -> a.hit().day()).max(LocalDate::compareTo).orElseThrow();
            // the report points at the group's alert with the lowest id, whose rule names its activity
            Alert first = group.stream().min(Comparator.comparingLong(Alert::id)).orElseThrow();
            Long filer = staff.pickEmployedOn(officers, draft ? review : filed, seeds.stream("sar-staff", id));
            if (filer == null) {
                // no compliance officer that day: whoever reviewed the last alert prepares it
                filer = group.stream().map(Alert::reviewer).filter(Objects::nonNull).reduce((a, b) -> b)
                        .orElseThrow(() -> new IllegalStateException("nobody employed to file report " + id));
            }
            out.add(new Sar(id, market.suspiciousReportPrefix() + io.dhub.generators.ids.UniqueValues.pad(id, 10),
                    c.id(), first.id(),
                    activity(first.hit().rule()), amount, draft ? "draft" : status, filer,
                    draft ? null : filed, review, due, suspect, from, to, narrative(c, accounts, group, review)));
        }
        return out;
    }

    /** The report's activity type, by the rule of its first alert. */
    static String activity(String rule) {
        return switch (rule) {
            case "STRUCT" -> "structuring";
            case "HRWIRE" -> "unusual_wire";
            case "RAPID", "FANIN", "FANOUT", "CYCLE" -> "rapid_movement";
            default -> "other";
        };
    }

    /**
     * The report's narrative: what the alerts saw, in the words of a report (the accounts by their last
     * digits, amounts, dates, the customer's stated occupation and income), never the name of a
     * laundering pattern.
     */
    private String narrative(Customer c, List<Account> accounts, List<Alert> group, LocalDate review) {
        StringBuilder text = new StringBuilder();
        text.append("Customer ").append(c.number()).append(" (").append(c.occupation() == null ? "no stated occupation"
                : c.occupation().toLowerCase(Locale.ROOT)).append(", stated income ")
                .append(market.money(c.annualIncome())).append(" a year). ");
        for (Alert a : group) {
            Monitoring.Alert hit = a.hit();
            String account = accounts.stream().filter(x -> x.id() == hit.accountId()).map(Account::number).findFirst()
                    .map(n -> "account ending " + n.substring(n.length() - 4)).orElse("an account");
            String amount = market.money(hit.amount());
            text.append("On ").append(hit.day()).append(", ").append(account).append(' ').append(switch (hit.rule()) {
                case "STRUCT" -> "took cash deposits each below the reporting threshold, " + amount
                        + " within seven days";
                case "HRWIRE" -> "sent or received a wire of " + amount + " involving a jurisdiction on the FATF call "
                        + "for action";
                case "RAPID" -> "received " + amount + ", most of which left the account within 72 hours";
                case "DORMANT" -> "received " + amount + " after six months or more without activity";
                case "FANIN" -> "received " + amount + " from five or more unrelated parties within seven days";
                case "FANOUT" -> "sent " + amount + " to five or more unrelated parties within seven days";
                case "CYCLE" -> "received back funds it had sent out, " + amount + " within 30 days";
                default -> "brought monthly credits to " + amount + ", more than three times the stated monthly income";
            }).append(". ");
        }
        text.append("Reviewed ").append(review).append("; the activity has no apparent business or lawful purpose "
                + "known to the bank.");
        return text.toString();
    }

    private List<Ctr> ctrs(Customer c, List<Monitoring.Ctr> found) {
        List<Ctr> out = new ArrayList<>();
        for (Monitoring.Ctr ctr : found) {
            long id = Ids.ctr(c.id(), out.size());
            LocalDate filed = ctr.day().plusDays(seeds.stream("ctr", id).between(1, 15));
            boolean pending = !filed.isBefore(asOf);
            out.add(new Ctr(id, c.id(), ctr, pending ? "pending" : "filed", pending ? null : filed));
        }
        return out;
    }
}
