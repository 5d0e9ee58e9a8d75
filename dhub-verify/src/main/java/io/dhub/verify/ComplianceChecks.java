package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.COMPLIANCE;

import java.util.List;

/**
 * Phase 7: due diligence complete and on its cycle, screening at every review, staff in their roles,
 * consents that agree with the profiles and the loan applications, and an audit trail with exactly
 * one row for every workflow fact (../shared/specs/insurance-compliance.md; docs/generation.md,
 * phase 7, gives each source).
 */
final class ComplianceChecks {
    private ComplianceChecks() {
    }

    /** The identity documents (the rest prove an address). */
    /** The market's identity documents, which the session fills in ({@link VerifyMarket#documents}). */
    private static final String IDENTITY = "({documents})";

    /** The months between periodic reviews at a risk rating: the market's ({@link VerifyMarket#reviewMonths}). */
    private static String cycle(String risk) {
        return "(CASE " + risk + " WHEN 'high' THEN {reviewhigh} WHEN 'medium' THEN {reviewmedium} ELSE {reviewlow} END)";
    }

    static List<Check> all() {
        return List.of(kycComplete(), kycDocuments(), kycRenewal(), staffRoles(), reviewIntervals(),
                MixCheck.share("compliance.review_overdue", COMPLIANCE, "compliance_db.kyc_reviews",
                        "customers with a periodic review due before the as-of date", "SELECT s, count(*) FROM (SELECT "
                                + "customer_id, CASE WHEN bool_or(status = 'overdue') THEN 'overdue' ELSE 'up to date' "
                                + "END AS s FROM public.kyc_reviews WHERE review_type = 'periodic' AND due_date < {asof} "
                                + "GROUP BY 1) x GROUP BY 1", "overdue", 0.05).in(Category.COMPLIANCE),
                MixCheck.mix("compliance.risk_mix", COMPLIANCE, "compliance_db.kyc_reviews → customer_db",
                        "customers (risk at onboarding by segment)", "SELECT CASE WHEN p.segment IN ('retail', "
                                + "'premium') THEN 'retail/premium ' || r.risk_after WHEN r.risk_after = 'low' THEN "
                                + "'business/private low' ELSE 'business/private medium or high' END, count(*) FROM "
                                + "public.kyc_reviews r JOIN verify_profiles p USING (customer_id) WHERE r.review_type = "
                                + "'onboarding' GROUP BY 1",
                        "retail/premium low", 0.6311, "retail/premium medium", 0.1683, "retail/premium high", 0.0506,
                        "business/private low", 0.0743, "business/private medium or high", 0.0757)
                        .in(Category.COMPLIANCE).withImports(Import.PROFILES),
                screening(),
                MixCheck.share("compliance.sanctions_matches", COMPLIANCE, "compliance_db.aml_checks",
                        "sanctions screenings", "SELECT CASE WHEN result = 'clear' THEN 'clear' ELSE 'potential match' "
                                + "END, count(*) FROM public.aml_checks WHERE check_type = 'sanctions_screening' GROUP BY 1",
                        "potential match", 0.02).in(Category.COMPLIANCE),
                MixCheck.share("compliance.adverse_media", COMPLIANCE, "compliance_db.aml_checks",
                        "adverse-media screenings", "SELECT CASE WHEN result = 'clear' THEN 'clear' ELSE 'hit' END, "
                                + "count(*) FROM public.aml_checks WHERE check_type = 'adverse_media' GROUP BY 1", "hit",
                        0.005).in(Category.COMPLIANCE),
                consentsFollowProfiles(), creditCheckConsents(),
                consentShare("compliance.consent_sms", "marketing_sms", 0.35),
                consentShare("compliance.consent_data_sharing", "data_sharing", 0.30),
                consentShare("compliance.consent_paperless", "paperless", 0.60),
                monitoringExact(), ctrExact(), alertHandling(), benignFalsePositives(), launderingDensity(), reports(), triggerReviews(),
                narratives(), caseLegs(), caseShapes(),
                auditEntities(), auditFacts(), auditOrigins(),
                MixCheck.share("compliance.login_failures", COMPLIANCE, "compliance_db.audit_trail", "login attempts",
                        "SELECT outcome, count(*) FROM public.audit_trail WHERE action = 'login' GROUP BY 1", "failure",
                        0.03).in(Category.COMPLIANCE));
    }

    private static Check consentShare(String id, String type, double share) {
        return MixCheck.share(id, COMPLIANCE, "compliance_db.consents", type + " decisions", "SELECT CASE WHEN granted "
                + "THEN 'granted' ELSE 'not granted' END, count(*) FROM public.consents WHERE consent_type = '" + type
                + "' GROUP BY 1", "granted", share).in(Category.COMPLIANCE);
    }

    /** Every customer went through onboarding: one completed onboarding review and one accepted identity document at it. */
    static Check kycComplete() {
        return RuleCheck.rule("compliance.kyc_complete", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.kyc_reviews, kyc_records → accounts_db.customers")
                .expect("every customer has one completed onboarding review and one identity document accepted at it "
                        + "(verified, or expired since)")
                .over("customers", "SELECT c.customer_id, coalesce(o.n, 0) AS onboardings, coalesce(d.n, 0) AS accepted "
                        + "FROM verify_customers c LEFT JOIN (SELECT customer_id, count(*) AS n FROM public.kyc_reviews "
                        + "WHERE review_type = 'onboarding' AND status = 'completed' GROUP BY 1) o USING (customer_id) LEFT "
                        + "JOIN (SELECT d.customer_id, count(*) AS n FROM public.kyc_records d JOIN public.kyc_reviews r "
                        + "USING (review_id) WHERE r.review_type = 'onboarding' AND d.document_type IN " + IDENTITY
                        + " AND d.verification_status IN ('verified', 'expired') GROUP BY 1) d USING (customer_id)")
                .brokenWhen("onboardings <> 1 OR accepted <> 1")
                .offender("'customer ' || customer_id || ': ' || onboardings || ' onboarding reviews, ' || accepted || "
                        + "' identity documents accepted at onboarding'")
                .worstFirst("customer_id")
                .needs(Import.CUSTOMERS)
                .build();
    }

    /**
     * A document is decided 0-3 days after it is submitted (local dates), and is pending only when
     * submitted in the last three days; a rejected one has a reason and is followed 1-14 days later by
     * an accepted submission of the same type; identity documents expire after they are shown, proofs
     * of address do not; a verified document is in date; an expired one is out of date or replaced,
     * and its replacement is of its type, shown after it expired.
     */
    static Check kycDocuments() {
        String local = "AT TIME ZONE coalesce(p.time_zone, 'UTC'))::date";
        return RuleCheck.rule("compliance.kyc_documents", Category.COMPLIANCE, COMPLIANCE, "compliance_db.kyc_records")
                .expect("decided 0-3 days after submission, pending only in the last 3 days, rejections resubmitted "
                        + "within 14 days, identity documents in date when shown and verified (an expiry exactly on "
                        + "those that expire: not on India's Aadhaar and voter's card), expired ones replaced by their "
                        + "type")
                .over("documents", "SELECT d.kyc_id, d.customer_id, d.document_type, d.verification_status AS status, "
                        + "d.verification_date AS decided, (d.submitted_at " + local + " AS submitted, d.expiry_date, "
                        + "d.rejection_reason, d.replaced_by, (min(CASE WHEN d.verification_status <> 'rejected' THEN "
                        + "d.submitted_at END) OVER (PARTITION BY d.customer_id, d.document_type ORDER BY d.submitted_at, "
                        + "d.kyc_id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) " + local + " AS resubmitted, "
                        + "r.document_type AS replacement_type, (r.submitted_at " + local + " AS replaced_on FROM "
                        + "public.kyc_records d LEFT JOIN verify_profiles p USING (customer_id) LEFT JOIN "
                        + "public.kyc_records r ON r.kyc_id = d.replaced_by")
                .brokenWhen("(status <> 'pending' AND decided - submitted NOT BETWEEN 0 AND 3) OR (status = 'pending' "
                        + "AND submitted < {asof} - 3) OR (status = 'rejected') <> (rejection_reason IS NOT NULL) OR "
                        + "(status = 'rejected' AND (resubmitted IS NULL OR resubmitted - decided NOT BETWEEN 1 AND 14)) "
                        + "OR (document_type IN ({expiring})) <> (expiry_date IS NOT NULL) OR expiry_date <= "
                        + "submitted OR (status = 'verified' AND expiry_date < {asof}) OR (status = 'expired' AND "
                        + "expiry_date >= {asof} AND replaced_by IS NULL) OR (replaced_by IS NOT NULL AND (status <> "
                        + "'expired' OR replacement_type IS DISTINCT FROM document_type OR replaced_on <= expiry_date))")
                .offender("'document ' || kyc_id || ' (' || document_type || ', ' || status || ') of customer ' || "
                        + "customer_id || ': submitted ' || submitted || ', decided ' || coalesce(decided::text, '-') || "
                        + "', expires ' || coalesce(expiry_date::text, '-') || coalesce(', rejected: ' || "
                        + "rejection_reason, '') || coalesce(', resubmitted ' || resubmitted, '') || coalesce(', "
                        + "replaced by ' || replaced_by || ' (' || coalesce(replacement_type, 'none') || ', ' || "
                        + "coalesce(replaced_on::text, '-') || ')', '')")
                .worstFirst("kyc_id")
                .needs(Import.PROFILES)
                .build();
    }

    /** An identity document that expired before a completed review is replaced at the first such review, and only then. */
    static Check kycRenewal() {
        return RuleCheck.rule("compliance.kyc_renewal", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.kyc_records, kyc_reviews")
                .expect("an accepted identity document that expired before a completed review is replaced at the first "
                        + "such review")
                .over("accepted identity documents", "SELECT d.kyc_id, d.customer_id, d.expiry_date, d.replaced_by, "
                        + "min(r.review_date) AS first_review_after, min(v.review_date) AS replaced_at FROM "
                        + "public.kyc_records d LEFT JOIN public.kyc_reviews r ON r.customer_id = d.customer_id AND "
                        + "r.status = 'completed' AND r.review_date > d.expiry_date LEFT JOIN public.kyc_records n ON "
                        + "n.kyc_id = d.replaced_by LEFT JOIN public.kyc_reviews v ON v.review_id = n.review_id WHERE "
                        + "d.document_type IN " + IDENTITY + " AND d.verification_status IN ('verified', 'expired') GROUP "
                        + "BY d.kyc_id, d.customer_id, d.expiry_date, d.replaced_by")
                .brokenWhen("replaced_at IS DISTINCT FROM first_review_after")
                .offender("'document ' || kyc_id || ' of customer ' || customer_id || ' expired ' || expiry_date || ', "
                        + "first review after it ' || coalesce(first_review_after::text, 'none') || ', replaced ' || "
                        + "coalesce('at the review of ' || replaced_at, 'never')")
                .worstFirst("kyc_id")
                .build();
    }

    /**
     * Documents are decided by compliance officers or service reps, reviews done by compliance officers
     * (the onboarding review by whoever accepted the document), potential matches cleared by compliance
     * officers, each employed that day.
     */
    static Check staffRoles() {
        String local = "AT TIME ZONE coalesce(p.time_zone, 'UTC'))::date";
        return RuleCheck.rule("compliance.staff_roles", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.kyc_records, kyc_reviews, aml_checks, suspicious_activity_reports → "
                                + "employees_db.employees")
                .expect("verifiers are compliance officers or service reps; periodic and trigger reviewers, screening "
                        + "and alert reviewers and report filers compliance officers; all employed that day")
                .over("decisions", "SELECT 'document ' || kyc_id AS what, verified_by AS staff_id, verification_date AS "
                        + "day, 'compliance_officer customer_service_rep' AS roles FROM public.kyc_records WHERE "
                        + "verified_by IS NOT NULL UNION ALL SELECT r.review_type || ' review ' || r.review_id, "
                        + "r.reviewed_by, r.review_date, CASE r.review_type WHEN 'onboarding' THEN 'compliance_officer "
                        + "customer_service_rep' ELSE 'compliance_officer' END FROM public.kyc_reviews r WHERE r.status = "
                        + "'completed' UNION ALL SELECT a.check_type || ' ' || a.check_id, a.reviewed_by, (a.checked_at "
                        + local + ", 'compliance_officer' FROM public.aml_checks a LEFT JOIN verify_profiles p USING "
                        + "(customer_id) WHERE a.reviewed_by IS NOT NULL AND a.rule_code IS NULL UNION ALL SELECT "
                        + "a.rule_code || ' alert ' || a.check_id, a.reviewed_by, a.reviewed_on, 'compliance_officer' FROM "
                        + "public.aml_checks a WHERE a.rule_code IS NOT NULL AND a.result <> 'alert' UNION ALL SELECT "
                        + "'report ' || s.sar_id, s.filed_by, coalesce(s.filing_date, s.review_date), "
                        + "'compliance_officer' FROM public.suspicious_activity_reports s")
                .brokenWhen("staff_id IS NULL OR NOT EXISTS (SELECT 1 FROM verify_staff s WHERE s.employee_id = staff_id "
                        + "AND position(s.role IN roles) > 0 AND s.hire_date <= day AND (s.termination_date IS NULL OR "
                        + "s.termination_date > day))")
                .offender("what || ' on ' || day || ' by employee ' || coalesce(staff_id::text, 'nobody') || ', not one "
                        + "of ' || roles || ' employed then'")
                .worstFirst("what")
                .needs(Import.STAFF, Import.PROFILES)
                .build();
    }

    /**
     * Each periodic review falls due 12, 24 or 36 months (in India 24, 96 or 120: RBI's periodic
     * updation; by the risk the review before it gave) after
     * the review before it was done, and is done in the 30 days before it falls due; a customer's last
     * review, and only it, is open: scheduled if due on or after the as-of date, overdue if before.
     */
    static Check reviewIntervals() {
        return RuleCheck.rule("compliance.review_intervals", Category.COMPLIANCE, COMPLIANCE, "compliance_db.kyc_reviews")
                .expect("due = previous review + 12/24/36 months by its risk (India: 24/96/120), done in the 30 days "
                        + "before due, the last "
                        + "review open (scheduled from the as-of date, overdue before), no other")
                .over("periodic reviews", "SELECT r.review_id, r.customer_id, r.status, r.due_date, r.review_date, "
                        + "r.risk_before, prev.review_date AS prev_done, prev.risk_after AS prev_risk, r.later FROM (SELECT "
                        + "*, max(CASE WHEN status = 'completed' THEN review_id END) OVER (PARTITION BY customer_id ORDER "
                        + "BY review_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_id, count(*) OVER "
                        + "(PARTITION BY customer_id ORDER BY review_id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED "
                        + "FOLLOWING) AS later FROM public.kyc_reviews) r LEFT JOIN public.kyc_reviews prev ON "
                        + "prev.review_id = r.prev_id WHERE r.review_type = 'periodic'")
                .brokenWhen("prev_done IS NULL OR due_date <> (prev_done + " + cycle("prev_risk") + " * interval '1 "
                        + "month')::date OR (status = 'completed' AND (review_date > due_date OR review_date < due_date "
                        + "- 30 OR review_date >= {asof} OR risk_before IS DISTINCT FROM prev_risk OR later = 0)) OR "
                        + "(status = 'scheduled' AND (due_date < {asof} OR later > 0)) OR (status = 'overdue' AND "
                        + "(due_date >= {asof} OR later > 0))")
                .offender("'review ' || review_id || ' of customer ' || customer_id || ' (' || status || '): due ' || "
                        + "due_date || coalesce(', done ' || review_date, '') || ', the review before done ' || "
                        + "coalesce(prev_done::text, 'never') || ' at ' || coalesce(prev_risk, '-') || ' risk, ' || later "
                        + "|| ' reviews after it'")
                .worstFirst("review_id")
                .build();
    }

    /**
     * A completed review screened the customer three times (sanctions, PEP, adverse media), a periodic
     * or trigger one on its day; potential matches, and only they, were reviewed; scores follow the result; only
     * PEP screening escalates, and a PEP is rated high and kept under enhanced due diligence.
     */
    static Check screening() {
        return RuleCheck.rule("compliance.screening", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.aml_checks, kyc_reviews")
                .expect("three screenings per completed review (a periodic or trigger one's on its day), matches "
                        + "and only they reviewed, scores by result (clear < 20, false positive 40-69, escalated ≥ 80), only PEPs "
                        + "escalated, and PEPs high risk under enhanced due diligence")
                .over("completed reviews", "SELECT r.review_id, r.customer_id, r.review_type, r.risk_after, r.outcome, "
                        + "count(a.check_id) AS n, count(DISTINCT a.check_type) AS types, count(*) FILTER (WHERE "
                        + "(a.result = 'clear') = (a.reviewed_by IS NOT NULL)) AS misreviewed, count(*) FILTER (WHERE "
                        + "a.result = 'clear' AND a.risk_score >= 20 OR a.result = 'false_positive' AND a.risk_score NOT "
                        + "BETWEEN 40 AND 69 OR a.result = 'escalated' AND a.risk_score < 80) AS misscored, count(*) "
                        + "FILTER (WHERE a.result = 'escalated' AND a.check_type <> 'pep_screening') AS escalated_other, "
                        + "coalesce(bool_or(a.check_type = 'pep_screening' AND a.result = 'escalated'), false) AS pep, "
                        + "count(*) FILTER (WHERE r.review_type <> 'onboarding' AND (a.checked_at AT TIME ZONE "
                        + "coalesce(p.time_zone, 'UTC'))::date <> r.review_date) AS off_day FROM public.kyc_reviews r "
                        + "LEFT JOIN verify_profiles p USING (customer_id) LEFT JOIN public.aml_checks a ON a.review_id "
                        + "= r.review_id WHERE r.status = 'completed' GROUP BY r.review_id, r.customer_id, "
                        + "r.review_type, r.risk_after, r.outcome")
                .brokenWhen("n <> 3 OR types <> 3 OR misreviewed > 0 OR misscored > 0 OR escalated_other > 0 OR off_day "
                        + "> 0 OR (pep AND (risk_after <> 'high' OR outcome <> 'enhanced_due_diligence')) OR (NOT pep "
                        + "AND (outcome = 'enhanced_due_diligence') <> (review_type = 'trigger'))")
                .offender("review_type || ' review ' || review_id || ' of customer ' || customer_id || ': ' || n || ' "
                        + "screenings of ' || types || ' types, ' || misreviewed || ' reviewed wrongly, ' || misscored "
                        + "|| ' scored wrongly, ' || escalated_other || ' escalated outside PEP screening, ' || off_day "
                        + "|| ' off the review day; PEP ' || pep || ', risk ' || risk_after || ', ' || outcome")
                .worstFirst("review_id")
                .needs(Import.PROFILES)
                .build();
    }

    /**
     * Every customer has one marketing e-mail, marketing text, data-sharing and paperless consent,
     * given through the preferred channel when the profile was created; marketing e-mail as the
     * profile's opt-in, withdrawn by the first unsubscribe; texts only with the opt-in; nothing else
     * withdrawn.
     */
    static Check consentsFollowProfiles() {
        return RuleCheck.rule("compliance.consents", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.consents → customer_db.customer_profiles, campaign_responses")
                .expect("four consents at onboarding through the preferred channel; marketing e-mail = marketing "
                        + "opt-in, withdrawn at the first unsubscribe; texts only with the opt-in")
                .over("customers", "SELECT p.customer_id, p.marketing_opt_in, p.preferred_channel, p.unsubscribed, "
                        + "count(c.consent_id) FILTER (WHERE c.consent_type <> 'credit_check') AS n, count(DISTINCT "
                        + "c.consent_type) FILTER (WHERE c.consent_type <> 'credit_check') AS types, "
                        + "bool_or(c.consent_type = 'marketing_email' AND c.granted) AS email, max(c.revoked_at) FILTER "
                        + "(WHERE c.consent_type = 'marketing_email') AS email_revoked, coalesce(bool_or(c.consent_type "
                        + "= 'marketing_sms' AND c.granted), false) AS sms, count(*) FILTER (WHERE c.channel <> "
                        + "p.preferred_channel) AS off_channel, count(*) FILTER (WHERE c.consent_type <> 'credit_check' "
                        + "AND c.granted_at <> p.created_at) AS off_time, count(*) FILTER (WHERE c.consent_type <> "
                        + "'marketing_email' AND c.revoked_at IS NOT NULL) AS other_revoked FROM verify_profiles p LEFT "
                        + "JOIN public.consents c USING (customer_id) GROUP BY p.customer_id, p.marketing_opt_in, "
                        + "p.preferred_channel, p.unsubscribed")
                .brokenWhen("n <> 4 OR types <> 4 OR email IS DISTINCT FROM marketing_opt_in OR (sms AND NOT "
                        + "marketing_opt_in) OR off_channel > 0 OR off_time > 0 OR other_revoked > 0 OR email_revoked IS "
                        + "DISTINCT FROM (CASE WHEN marketing_opt_in THEN unsubscribed END)")
                .offender("'customer ' || customer_id || ' (opt-in ' || marketing_opt_in || ', prefers ' || "
                        + "preferred_channel || coalesce(', unsubscribed ' || unsubscribed, '') || '): ' || n || ' "
                        + "consents, e-mail ' || coalesce(email::text, '-') || coalesce(' withdrawn ' || email_revoked, "
                        + "'') || ', texts ' || sms || ', ' || off_channel || ' through another channel, ' || off_time || "
                        + "' not at onboarding, ' || other_revoked || ' others withdrawn'")
                .worstFirst("customer_id")
                .needs(Import.PROFILES)
                .build();
    }

    /** A credit check is consented to, and never withdrawn, by every loan applicant on or before the first application. */
    static Check creditCheckConsents() {
        return RuleCheck.rule("compliance.credit_check_consent", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.consents → loans_db.loan_applications")
                .expect("every loan applicant, and only they, granted a credit check on or before the first "
                        + "application (local date), not withdrawn")
                .over("applicants and credit-check consents", "SELECT coalesce(a.customer_id, c.customer_id) AS "
                        + "customer_id, a.first_applied, c.granted, c.revoked_at, (c.granted_at AT TIME ZONE "
                        + "coalesce(p.time_zone, 'UTC'))::date AS granted_day FROM (SELECT customer_id, "
                        + "min(application_date) AS first_applied FROM verify_applications GROUP BY 1) a FULL JOIN "
                        + "(SELECT * FROM public.consents WHERE consent_type = 'credit_check') c USING (customer_id) "
                        + "LEFT JOIN verify_profiles p ON p.customer_id = coalesce(a.customer_id, c.customer_id)")
                .brokenWhen("first_applied IS NULL OR granted IS DISTINCT FROM true OR granted_day > first_applied OR "
                        + "revoked_at IS NOT NULL")
                .offender("'customer ' || customer_id || ': first applied ' || coalesce(first_applied::text, 'never') "
                        + "|| ', credit check ' || CASE WHEN granted IS NULL THEN 'not asked' WHEN granted THEN 'granted "
                        + "' || granted_day ELSE 'refused' END || coalesce(', withdrawn ' || revoked_at, '')")
                .worstFirst("customer_id")
                .needs(Import.APPLICATIONS, Import.PROFILES)
                .build();
    }

    /**
     * The alerts stored are exactly what the monitoring rules yield on accounts_db's stored
     * transactions: each rule recomputed in SQL (Import.MONITORING; PROFILE here, with the income from
     * customer_db), matched on rule, customer, account, transaction, day and amount.
     */
    static Check monitoringExact() {
        String profile = "SELECT DISTINCT ON (p.customer_id, date_trunc('month', p.day)) 'PROFILE' AS rule, "
                + "p.customer_id, p.account_id, p.transaction_id, p.day, p.running AS amount FROM verify_profile_credits "
                + "p JOIN verify_profiles f USING (customer_id) WHERE f.annual_income > 0 AND p.running * 4 > "
                + "f.annual_income ORDER BY p.customer_id, date_trunc('month', p.day), p.at, p.transaction_id";
        String expected = "SELECT rule, customer_id, account_id, transaction_id, day, amount FROM verify_monitoring "
                + "UNION ALL (" + profile + ")";
        String stored = "SELECT rule_code AS rule, customer_id, account_id, transaction_id, alert_date AS day, amount, "
                + "check_id FROM public.aml_checks WHERE check_type = 'transaction_monitoring'";
        return RuleCheck.rule("compliance.monitoring_exact", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.aml_checks ↔ accounts_db.transactions (the rules in SQL)")
                .expect("the stored alerts are exactly the rules' hits on the stored transactions (STRUCT, HRWIRE, "
                        + "RAPID, DORMANT, FANIN, FANOUT, CYCLE, PROFILE; docs/aml.md), no more and no less")
                .over("alerts due and stored", "SELECT rule, customer_id, account_id, transaction_id, day, amount, "
                        + "e.rule IS NOT NULL AS due, s.check_id FROM (" + expected + ") e FULL JOIN (" + stored + ") s "
                        + "USING (rule, customer_id, account_id, transaction_id, day, amount)")
                .brokenWhen("NOT due OR check_id IS NULL")
                .offender("rule || ' on ' || day || ', account ' || account_id || ', transaction ' || transaction_id || "
                        + "', ' || amount || ': ' || CASE WHEN check_id IS NULL THEN 'the rules raise it, no alert is "
                        + "stored' ELSE 'alert ' || check_id || ' is stored, the rules do not raise it' END")
                .worstFirst("day, account_id")
                .needs(Import.MONITORING, Import.PROFILE_CREDITS, Import.PROFILES)
                .build();
    }

    /** Currency transaction reports are exactly the customer-days with cash in, or out, above the market's threshold. */
    static Check ctrExact() {
        return RuleCheck.rule("compliance.ctr_exact", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.ctr_filings ↔ accounts_db.transactions")
                .expect("one report per customer, period and direction with cash above the market's report threshold "
                        + "(totals and counts as stored), filed within 15 days of the period's end or pending: in the US a "
                        + "UTC day's cash above $10,000; in India a calendar month's above Rs 10 lakh, dated the month's "
                        + "last day, for months ended by the as-of date")
                .over("reports due and stored", "SELECT customer_id, day, direction, total, n, c.ctr_id, "
                        + "c.total_amount, c.transaction_count, c.status, c.filed_on, d.customer_id IS NOT NULL AS due "
                        + "FROM verify_cash_days d FULL JOIN (SELECT *, business_date AS day FROM public.ctr_filings) c "
                        + "USING (customer_id, day, direction)")
                .brokenWhen("NOT due OR ctr_id IS NULL OR total_amount <> total OR transaction_count <> n OR (status = "
                        + "'filed' AND filed_on - day NOT BETWEEN 1 AND 15) OR (status = 'pending' AND day < {asof} - 15)")
                .offender("'customer ' || customer_id || ', ' || day || ' ' || direction || ': ' || CASE WHEN ctr_id IS "
                        + "NULL THEN total || ' in cash, no report' WHEN NOT due THEN 'report ' || ctr_id || ' without the "
                        + "cash' ELSE 'report ' || ctr_id || ' of ' || total_amount || ' (' || transaction_count || ') for "
                        + "' || total || ' (' || n || '), ' || status || coalesce(' ' || filed_on, '') END")
                .worstFirst("day")
                .needs(Import.CASH_DAYS)
                .build();
    }

    /**
     * An alert is reviewed by a compliance officer 1-30 days after it fired, and open only while that
     * could still come (fired in the last 30 days); it was raised by the end-of-day run (23:59:59 UTC of
     * its day); scores 40-99.
     */
    static Check alertHandling() {
        return RuleCheck.rule("compliance.alert_handling", Category.COMPLIANCE, COMPLIANCE, "compliance_db.aml_checks")
                .expect("reviewed 1-30 days after the alert (false positive or escalated), open only if fired in the "
                        + "last 30 days, raised at the end of its UTC day, score 40-99")
                .over("alerts", "SELECT check_id, rule_code, alert_date, checked_at, result, reviewed_on, reviewed_by, "
                        + "risk_score FROM public.aml_checks WHERE check_type = 'transaction_monitoring'")
                .brokenWhen("result NOT IN ('alert', 'false_positive', 'escalated') OR (result = 'alert') <> (reviewed_on "
                        + "IS NULL) OR (reviewed_on IS NULL) <> (reviewed_by IS NULL) OR reviewed_on - alert_date NOT "
                        + "BETWEEN 1 AND 30 OR (result = 'alert' AND alert_date < {asof} - 30) OR checked_at <> ((alert_date "
                        + "+ 1)::timestamp - interval '1 second') AT TIME ZONE 'UTC' OR risk_score NOT BETWEEN 40 AND 99")
                .offender("rule_code || ' alert ' || check_id || ' of ' || alert_date || ' raised ' || checked_at || ': "
                        + "' || result || coalesce(' on ' || reviewed_on, '') || ', score ' || risk_score")
                .worstFirst("check_id")
                .build();
    }

    /**
     * Alerts on ordinary activity (no laundering case's transaction) are mostly closed as false
     * positives: the rule is 97%, judged at 90% or more.
     */
    static Check benignFalsePositives() {
        return new StatisticCheck("compliance.benign_false_positives", Category.COMPLIANCE, COMPLIANCE,
                "compliance_db.aml_checks, laundering_case_transactions",
                "share of reviewed alerts on activity outside any laundering case closed as false positives (the "
                        + "rule: 97%)",
                "SELECT avg((a.result = 'false_positive')::int), count(*) FROM public.aml_checks a WHERE a.rule_code "
                        + "IS NOT NULL AND a.result <> 'alert' AND NOT EXISTS (SELECT 1 FROM "
                        + "public.laundering_case_transactions l JOIN public.laundering_cases c USING (case_id) WHERE "
                        + "l.transaction_id = a.transaction_id AND c.is_illicit)",
                0.90, 1.0, 30).share();
    }

    /**
     * Laundering at the density the run asked for: a block of customers (120, or 1,000 over
     * {@code --aml-cases} when smaller) holds two look-alikes, and that share of the blocks one case;
     * no more cases than asked (one more for rounding), and at least a quarter of them placed once
     * four or more are asked (a case needs enough accounts whose ledgers cover its days).
     */
    static Check launderingDensity() {
        String counts = "SELECT c.illicit, c.decoys, k.customers, n.blocks, x.asked FROM (SELECT count(*) FILTER (WHERE "
                + "is_illicit) AS illicit, count(*) FILTER (WHERE NOT is_illicit) AS decoys FROM public.laundering_cases) c "
                + "CROSS JOIN (SELECT count(DISTINCT customer_id) AS customers FROM public.kyc_records) k CROSS JOIN LATERAL "
                + "(SELECT CASE WHEN {amlcases} = 0 THEN 0 ELSE least(120, floor(1000 / {amlcases} + 0.5)) END AS block) b "
                + "CROSS JOIN LATERAL (SELECT CASE WHEN b.block = 0 THEN 0 ELSE ceil(k.customers / b.block) END AS blocks) n "
                + "CROSS JOIN LATERAL (SELECT CASE WHEN b.block = 0 THEN 0 ELSE n.blocks * least(1, {amlcases} * b.block / "
                + "1000) END AS asked) x";
        return RuleCheck.rule("compliance.laundering_density", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.laundering_cases, kyc_records")
                .expect("laundering cases at the density asked for (--aml-cases, by default one per 1,200 customers, "
                        + "about 0.1% of transactions): at most the cases asked (+1), at least a quarter of them when 4 "
                        + "or more are asked; at most two look-alikes per block of customers")
                .over("the bank", counts)
                .brokenWhen("illicit > ceil(asked) + 1 OR (asked >= 4 AND illicit < asked / 4) OR decoys > 2 * blocks")
                .offender("illicit || ' laundering cases and ' || decoys || ' look-alikes among ' || customers || ' "
                        + "customers, where ' || round(asked::numeric, 1) || ' cases and at most ' || 2 * blocks || ' "
                        + "look-alikes were asked for'")
                .worstFirst("illicit")
                .build();
    }

    /**
     * The ground truth's transactions are in the ledgers as recorded (account, direction, amount), on
     * accounts that are members of the case, and a transfer between two accounts of the bank has its
     * other leg in the same case.
     */
    static Check caseLegs() {
        return RuleCheck.rule("compliance.case_legs", Category.COMPLIANCE, ACCOUNTS,
                        "compliance_db.laundering_case_transactions ↔ accounts_db.transactions")
                .expect("every case transaction exists with its account, direction and amount, on a member account; "
                        + "an internal transfer's other leg (other account, same instant and amount) is in the case too")
                .over("case transactions", "SELECT g.case_id, g.transaction_id, g.account_id, g.direction, g.amount, "
                        + "t.account_id AS stored_account, t.direction AS stored_direction, t.amount AS stored_amount, "
                        + "EXISTS (SELECT 1 FROM verify_case_members m WHERE m.case_id = g.case_id AND m.account_id = "
                        + "g.account_id) AS member, t.counterparty_account_id IS NULL OR EXISTS (SELECT 1 FROM "
                        + "verify_case_legs o JOIN public.transactions u ON u.transaction_id = o.transaction_id WHERE "
                        + "o.case_id = g.case_id AND u.account_id = t.counterparty_account_id AND "
                        + "u.counterparty_account_id = t.account_id AND u.transaction_date = t.transaction_date AND "
                        + "u.amount = t.amount AND u.direction <> t.direction) AS paired FROM verify_case_legs g LEFT JOIN "
                        + "public.transactions t USING (transaction_id)")
                .brokenWhen("stored_account IS DISTINCT FROM account_id OR stored_direction IS DISTINCT FROM direction OR "
                        + "stored_amount IS DISTINCT FROM amount OR NOT member OR NOT paired")
                .offender("'case ' || case_id || ', transaction ' || transaction_id || ' (' || direction || ' ' || amount "
                        + "|| ' on account ' || account_id || '): ' || CASE WHEN stored_account IS NULL THEN 'not in the "
                        + "ledgers' WHEN NOT member THEN 'the account is no member' WHEN NOT paired THEN 'the other leg "
                        + "is missing' ELSE 'stored as ' || stored_direction || ' ' || stored_amount || ' on ' || "
                        + "stored_account END")
                .worstFirst("case_id, transaction_id")
                .needs(Import.CASE_LEGS, Import.CASE_MEMBERS)
                .build();
    }

    /**
     * Each typology has its shape in the ledgers: fan-out from one account to all the others, fan-in the
     * reverse, a cycle through every member once, scatter-gather and gather-scatter through a hub or a
     * collector, bipartite from sources to sinks, a stack with a middle layer, a random walk of five
     * transfers or more, structuring in three or more cash deposits of $3,000-9,999.99, dormant
     * reactivation by $5,000 or more into a dormant account (which DORMANT catches when nothing else,
     * a loan's repayments say, kept the account moving), a wire of $10,000 or more to a high-risk
     * country; 3-10 members (5-10 where the block has them) for the graph shapes; within 20 days; the
     * money from outside as recorded; in a laundering case no account passes on more than 90% of what
     * it received; the look-alikes, and only they, are not laundering.
     */
    static Check caseShapes() {
        String legs = "SELECT l.case_id, t.account_id, t.direction = 'credit' AS credit, t.amount, t.transaction_type AS "
                + "type, t.channel, t.counterparty_account_id AS other, t.counterparty_country AS country, "
                + "t.transaction_date AS at, a.status = 'dormant' AS dormant FROM verify_case_legs l JOIN "
                + "public.transactions t USING (transaction_id) JOIN public.accounts a ON a.account_id = t.account_id";
        String members = "SELECT case_id, account_id, count(DISTINCT other) FILTER (WHERE NOT credit) AS outs, "
                + "count(DISTINCT other) FILTER (WHERE credit) AS ins, coalesce(sum(amount) FILTER (WHERE credit), 0) AS "
                + "money_in, coalesce(sum(amount) FILTER (WHERE NOT credit), 0) AS money_out FROM g GROUP BY 1, 2";
        String perCase = "SELECT case_id, count(*) FILTER (WHERE NOT credit AND other IS NOT NULL) AS internal, "
                + "count(*) FILTER (WHERE credit AND type = 'deposit' AND channel = 'branch' AND amount BETWEEN {structmin} AND "
                + "{structmax}) AS cash_deposits, count(*) FILTER (WHERE NOT credit AND channel = 'wire' AND amount >= {wirereview} "
                + "AND country IN ('IR', 'KP', 'MM')) AS risky_wires, coalesce(sum(amount) FILTER (WHERE credit AND "
                + "other IS NULL), 0) AS came_in, count(*) FILTER (WHERE credit AND amount >= {largecash} AND dormant) AS "
                + "reactivations FROM g GROUP BY case_id";
        String perMember = "SELECT case_id, max(outs) AS max_outs, max(ins) AS max_ins, count(*) FILTER (WHERE outs = 1 "
                + "AND ins = 1) AS one_in_one_out, count(*) FILTER (WHERE outs > 0 AND ins > 0) AS both_ways, count(*) "
                + "FILTER (WHERE money_out > 0.9 * money_in + 0.01) AS overspent FROM p GROUP BY case_id";
        String cases = "SELECT k.*, coalesce(m.n, 0) AS n, coalesce(b.max_outs, 0) AS max_outs, coalesce(b.max_ins, 0) "
                + "AS max_ins, coalesce(b.one_in_one_out, 0) AS one_in_one_out, coalesce(b.both_ways, 0) AS both_ways, "
                + "coalesce(a.internal, 0) AS internal, coalesce(b.overspent, 0) AS overspent, coalesce(a.cash_deposits, "
                + "0) AS cash_deposits, coalesce(a.risky_wires, 0) AS risky_wires, coalesce(a.came_in, 0) AS came_in, "
                + "coalesce(a.reactivations, 0) AS reactivations FROM verify_cases k LEFT JOIN (SELECT case_id, count(*) "
                + "AS n FROM verify_case_members GROUP BY 1) m USING (case_id) LEFT JOIN (" + perCase + ") a USING "
                + "(case_id) LEFT JOIN (" + perMember + ") b USING (case_id)";
        String graph = "n BETWEEN 3 AND 10";
        String shaped = "CASE typology WHEN 'fan_out' THEN " + graph + " AND max_outs >= n - 1 WHEN 'fan_in' THEN " + graph
                + " AND max_ins >= n - 1 WHEN 'cycle' THEN " + graph + " AND one_in_one_out = n AND internal = n WHEN "
                + "'scatter_gather' THEN " + graph + " AND max_outs >= n - 2 AND max_ins >= n - 2 WHEN 'gather_scatter' "
                + "THEN n BETWEEN 4 AND 10 AND max_ins >= 2 AND both_ways >= 1 WHEN 'bipartite' THEN " + graph + " AND "
                + "internal >= 2 AND both_ways = 0 WHEN 'stack' THEN " + graph + " AND both_ways >= 1 WHEN 'random' THEN "
                + graph + " AND internal >= 5 WHEN 'structuring' THEN n = 1 AND cash_deposits >= 3 WHEN 'dormant' THEN n "
                + "= 1 AND reactivations >= 1 WHEN 'high_risk_wire' THEN n BETWEEN 1 AND 2 AND risky_wires >= 1 ELSE n = "
                + "1 END";
        return RuleCheck.rule("compliance.case_shapes", Category.COMPLIANCE, ACCOUNTS,
                        "compliance_db.laundering_cases, members, transactions ↔ accounts_db.transactions")
                .expect("each typology's shape in the ledgers (fan-out, fan-in, cycle, scatter-gather, gather-scatter, "
                        + "bipartite, stack, random, structuring, dormant, high-risk wire), within 20 days, money in as "
                        + "recorded, at most 90% passed on per account in laundering, look-alikes not laundering")
                .over("cases", "WITH g AS (" + legs + "), p AS (" + members + "), c AS (" + cases + ") SELECT c.*, "
                        + shaped + " AS shaped FROM c")
                .brokenWhen("NOT shaped OR end_date - start_date > 20 OR came_in <> amount_in OR (is_illicit AND "
                        + "overspent > 0) OR is_illicit = (typology IN ('house_sale', 'inheritance', 'bonus'))")
                .offender("'case ' || case_id || ' (' || typology || CASE WHEN is_illicit THEN '' ELSE ', look-alike' "
                        + "END || '): ' || n || ' members, ' || internal || ' internal transfers, most out ' || max_outs || "
                        + "', most in ' || max_ins || ', ' || cash_deposits || ' cash deposits, ' || risky_wires || ' "
                        + "high-risk wires, ' || overspent || ' accounts passing on over 90%, ' || start_date || '..' || "
                        + "end_date || ', in ' || came_in || ' of ' || amount_in")
                .worstFirst("case_id")
                .needs(Import.CASES, Import.CASE_MEMBERS, Import.CASE_LEGS)
                .build();
    }

    /**
     * The escalated alerts of a customer in a calendar month make one suspicious activity report when
     * the largest amount behind them is $5,000 or more, and only then: it names the month's alert with
     * the lowest id and its activity type, the largest amount, the last review, and the period; it is filed
     * by the market's deadline ({@code {sardueok}}: in the US within 30 days of the review, 60 with no
     * suspect; in India seven working days), or is a draft whose deadline has not passed.
     */
    static Check reports() {
        String groups = "SELECT customer_id, date_trunc('month', alert_date) AS month, max(amount) AS amount, "
                + "min(check_id) AS first, max(reviewed_on) AS review, min(alert_date) AS from_day, max(alert_date) AS "
                + "to_day FROM public.aml_checks WHERE rule_code IS NOT NULL AND result = 'escalated' GROUP BY 1, 2 "
                + "HAVING max(amount) >= {sarthreshold}";
        return RuleCheck.rule("compliance.reports", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.suspicious_activity_reports ↔ aml_checks")
                .expect("one report per customer-month of escalated alerts reaching the market's threshold ($5,000 in the US), with its lowest alert id, "
                        + "activity by rule, the largest amount, filed by the market's deadline from the last review "
                        + "(in the US 1-30 days after it, 1-60 with no suspect; in India within seven working days, PML "
                        + "Rules rule 8(2)), a draft only before its deadline")
                .over("reports due and stored", "SELECT g.customer_id AS due_customer, g.month, g.amount AS due_amount, "
                        + "g.first, g.review, g.from_day, g.to_day, r.*, a.rule_code FROM (" + groups + ") g FULL JOIN "
                        + "public.suspicious_activity_reports r ON r.customer_id = g.customer_id AND "
                        + "date_trunc('month', r.activity_from) = g.month LEFT JOIN public.aml_checks a ON a.check_id = "
                        + "r.check_id")
                .brokenWhen("due_customer IS NULL OR sar_id IS NULL OR check_id <> first OR amount_involved <> due_amount "
                        + "OR review_date <> review OR activity_from <> from_day OR activity_to <> to_day OR NOT "
                        + "({sardueok}) OR activity_type <> CASE "
                        + "rule_code WHEN 'STRUCT' THEN 'structuring' WHEN 'HRWIRE' THEN 'unusual_wire' WHEN 'RAPID' THEN "
                        + "'rapid_movement' WHEN 'FANIN' THEN 'rapid_movement' WHEN 'FANOUT' THEN 'rapid_movement' WHEN "
                        + "'CYCLE' THEN 'rapid_movement' ELSE 'other' END OR (filing_date IS NULL AND due_date < {asof}) "
                        + "OR filing_date NOT BETWEEN review_date + 1 AND due_date")
                .offender("CASE WHEN sar_id IS NULL THEN 'customer ' || due_customer || ': escalated alerts of ' || "
                        + "month::date || ' up to ' || due_amount || ' and no report' WHEN due_customer IS NULL THEN "
                        + "'report ' || sar_id || ' with no escalated alerts of {sarthreshold} behind it' ELSE 'report ' || "
                        + "sar_id || ' (' || activity_type || ', ' || amount_involved || ', ' || status || coalesce(' ' "
                        + "|| filing_date, '') || ') for alerts from ' || first || ' up to ' || due_amount || ', reviewed "
                        + "' || review END")
                .worstFirst("coalesce(sar_id, 0)")
                .build();
    }

    /**
     * A filed report calls for a trigger review 1-30 days after the customer's first filing, which rates
     * the customer high; there is no other trigger review.
     */
    static Check triggerReviews() {
        return RuleCheck.rule("compliance.trigger_reviews", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.kyc_reviews ↔ suspicious_activity_reports")
                .expect("one trigger review 1-30 days after a customer's first filed report (if before the as-of "
                        + "date), rating them high; none without a report")
                .over("customers with a filed report or a trigger review", "SELECT coalesce(f.customer_id, "
                        + "t.customer_id) AS customer_id, f.first_filed, t.reviews, t.review_date, t.risk_after FROM "
                        + "(SELECT customer_id, min(filing_date) AS first_filed FROM public.suspicious_activity_reports "
                        + "WHERE filing_date IS NOT NULL GROUP BY 1) f FULL JOIN (SELECT customer_id, count(*) AS "
                        + "reviews, min(review_date) AS review_date, min(risk_after) AS risk_after FROM "
                        + "public.kyc_reviews WHERE review_type = 'trigger' GROUP BY 1) t USING (customer_id)")
                .brokenWhen("(first_filed IS NULL AND reviews IS NOT NULL) OR reviews > 1 OR (reviews IS NOT NULL AND "
                        + "(review_date - first_filed NOT BETWEEN 1 AND 30 OR risk_after <> 'high')) OR (reviews IS NULL "
                        + "AND first_filed < {asof} - 30)")
                .offender("'customer ' || customer_id || ': first report filed ' || coalesce(first_filed::text, 'never') "
                        + "|| ', ' || coalesce(reviews, 0) || ' trigger reviews' || coalesce(' from ' || review_date || ' "
                        + "rating ' || risk_after, '')")
                .worstFirst("customer_id")
                .build();
    }

    /** A report's narrative tells what happened without naming a laundering pattern. */
    static Check narratives() {
        return RuleCheck.rule("compliance.narratives", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.suspicious_activity_reports")
                .expect("no narrative names a typology (structuring, smurfing, fan-in/out, cycle, scatter, gather, "
                        + "bipartite, stack, layering, dormant, laundering, as whole words: a structural metal fitter or "
                        + "a motorcycle mechanic is no typology) and each names the customer")
                .over("reports", "SELECT s.sar_id, s.narrative, c.customer_number FROM "
                        + "public.suspicious_activity_reports s LEFT JOIN verify_customer_numbers c USING (customer_id)")
                .brokenWhen("narrative ~* '\\m(structuring|structured|smurf\\w*|fan.?(in|out)|cycles?|cycling|cyclic\\w*|"
                        + "scatter\\w*|gather\\w*|bipartite|stack\\w*|layering|layered|dormant|launder\\w*)\\M' OR "
                        + "customer_number IS NULL OR position(customer_number IN narrative) = 0")
                .offender("'report ' || sar_id || ': ' || left(narrative, 200)")
                .worstFirst("sar_id")
                .needs(Import.CUSTOMER_NUMBERS)
                .build();
    }

    /** Every audit row names an entity that exists; a login names the customer who logged in. */
    static Check auditEntities() {
        return RuleCheck.rule("compliance.audit_entities", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.audit_trail → the six databases")
                .expect("each audit row's entity exists (compliance_db's own tables, loan applications, policies, "
                        + "decided claims, customer profiles)")
                .over("audit rows", "SELECT a.audit_id, a.entity_database, a.entity_table, a.entity_id, CASE "
                        + "a.entity_database || '.' || a.entity_table WHEN 'compliance_db.kyc_records' THEN EXISTS "
                        + "(SELECT 1 FROM public.kyc_records x WHERE x.kyc_id = a.entity_id) WHEN "
                        + "'compliance_db.kyc_reviews' THEN EXISTS (SELECT 1 FROM public.kyc_reviews x WHERE x.review_id "
                        + "= a.entity_id) WHEN 'compliance_db.aml_checks' THEN EXISTS (SELECT 1 FROM public.aml_checks x "
                        + "WHERE x.check_id = a.entity_id) WHEN 'compliance_db.suspicious_activity_reports' THEN EXISTS "
                        + "(SELECT 1 FROM public.suspicious_activity_reports x WHERE x.sar_id = a.entity_id) WHEN 'loans_db.loan_applications' THEN EXISTS (SELECT 1 FROM "
                        + "verify_applications x WHERE x.application_id = a.entity_id) WHEN 'insurance_db.policies' THEN "
                        + "EXISTS (SELECT 1 FROM verify_insurance_facts x WHERE x.entity_table = 'policies' AND "
                        + "x.entity_id = a.entity_id) WHEN 'insurance_db.claims' THEN EXISTS (SELECT 1 FROM "
                        + "verify_insurance_facts x WHERE x.entity_table = 'claims' AND x.entity_id = a.entity_id) WHEN "
                        + "'customer_db.customer_profiles' THEN EXISTS (SELECT 1 FROM verify_profiles x WHERE "
                        + "x.customer_id = a.entity_id) ELSE false END AS known FROM public.audit_trail a")
                .brokenWhen("NOT known")
                .offender("'audit row ' || audit_id || ' names ' || entity_database || '.' || entity_table || ' ' || "
                        + "entity_id || ', which does not exist'")
                .worstFirst("audit_id")
                .needs(Import.APPLICATIONS, Import.INSURANCE_FACTS, Import.PROFILES)
                .build();
    }

    /**
     * Every workflow fact has exactly one audit row by the employee who did it, with its action, at its
     * time (a policy's issue, a profile read at the interaction) or on its day (local), and every
     * employee's audit row is such a fact: document decisions, completed reviews, reviewed screening
     * matches and alerts, filed reports, loan decisions, policy issues, claim decisions and
     * interactions handled.
     */
    static Check auditFacts() {
        String facts = "SELECT 'compliance_db' AS db, 'kyc_records' AS tbl, d.kyc_id AS id, d.customer_id, "
                + "d.verified_by AS actor, CASE WHEN d.verification_status = 'rejected' THEN 'reject' ELSE 'approve' "
                + "END AS action, NULL::timestamptz AS at, d.verification_date AS day FROM public.kyc_records d WHERE "
                + "d.verified_by IS NOT NULL UNION ALL SELECT 'compliance_db', 'kyc_reviews', r.review_id, r.customer_id, "
                + "r.reviewed_by, 'approve', NULL, r.review_date FROM public.kyc_reviews r WHERE r.status = 'completed' "
                + "UNION ALL SELECT 'compliance_db', 'aml_checks', c.check_id, c.customer_id, c.reviewed_by, 'update', "
                + "NULL, (c.checked_at AT TIME ZONE coalesce(z.time_zone, 'UTC'))::date FROM public.aml_checks c LEFT "
                + "JOIN verify_profiles z USING (customer_id) WHERE c.result <> 'clear' AND c.review_id IS NOT NULL "
                + "UNION ALL SELECT 'compliance_db', 'aml_checks', c.check_id, c.customer_id, c.reviewed_by, 'update', "
                + "NULL, c.reviewed_on FROM public.aml_checks c WHERE c.rule_code IS NOT NULL AND c.result <> 'alert' "
                + "UNION ALL SELECT 'compliance_db', 'suspicious_activity_reports', s.sar_id, s.customer_id, s.filed_by, "
                + "'create', NULL, s.filing_date FROM public.suspicious_activity_reports s WHERE s.filing_date IS NOT "
                + "NULL UNION ALL SELECT 'loans_db', 'loan_applications', l.application_id, l.customer_id, CASE WHEN l.status "
                + "= 'approved' THEN coalesce(l.approved_by, l.officer_id) ELSE l.officer_id END, CASE l.status WHEN "
                + "'approved' THEN 'approve' ELSE 'reject' END, NULL, l.decision_date FROM verify_applications l WHERE "
                + "l.status IN ('approved', 'rejected') AND l.decision_date < {asof} UNION ALL SELECT 'insurance_db', "
                + "i.entity_table, i.entity_id, i.customer_id, i.actor, i.action, i.at, i.day FROM "
                + "verify_insurance_facts i LEFT JOIN verify_profiles z USING (customer_id) WHERE i.actor IS NOT NULL "
                + "AND coalesce((i.at AT TIME ZONE coalesce(z.time_zone, 'UTC'))::date, i.day) < {asof} UNION ALL "
                + "SELECT 'customer_db', 'customer_profiles', h.customer_id, h.customer_id, h.handled_by, 'read', "
                + "h.interaction_date, NULL FROM verify_handled h";
        String matches = "SELECT f.fid, a.audit_id FROM f JOIN a ON a.db = f.db AND a.tbl = f.tbl AND a.id = f.id AND "
                + "a.actor = f.actor AND a.action = f.action WHERE a.event_time = f.at OR f.at IS NULL AND "
                + "(a.event_time AT TIME ZONE coalesce(f.zone, 'UTC'))::date = f.day";
        return RuleCheck.rule("compliance.audit_facts", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.audit_trail ↔ the workflow facts of the six databases")
                .expect("one audit row per workflow fact, by its actor, with its action, at its time or on its local "
                        + "day; no employee's audit row without its fact")
                .over("workflow facts and employees' audit rows", "WITH f AS (SELECT row_number() OVER () AS fid, x.*, "
                        + "z.time_zone AS zone FROM (" + facts + ") x LEFT JOIN verify_profiles z USING (customer_id)), "
                        + "a AS (SELECT audit_id, entity_database AS db, entity_table AS tbl, entity_id AS id, "
                        + "actor_employee_id AS actor, action, event_time FROM public.audit_trail WHERE actor_type = "
                        + "'employee'), m AS (" + matches + ") SELECT 'fact' AS side, f.db, f.tbl, f.id, f.actor, "
                        + "f.action, coalesce(f.at::text, f.day::text) AS happened, coalesce(x.n, 0) AS n FROM f LEFT JOIN "
                        + "(SELECT fid, count(*) AS n FROM m GROUP BY fid) x USING (fid) UNION ALL SELECT 'audit row ' "
                        + "|| a.audit_id, a.db, a.tbl, a.id, a.actor, a.action, a.event_time::text, coalesce(y.n, 0) "
                        + "FROM a LEFT JOIN (SELECT audit_id, count(*) AS n FROM m GROUP BY audit_id) y USING (audit_id)")
                .brokenWhen("n <> 1")
                .offender("side || ': ' || action || ' of ' || db || '.' || tbl || ' ' || id || ' by employee ' || "
                        + "coalesce(actor::text, 'nobody') || ' at ' || coalesce(happened, '-') || ' matches ' || n || "
                        + "CASE WHEN side = 'fact' THEN ' audit rows' ELSE ' facts' END")
                .worstFirst("side, id")
                .needs(Import.APPLICATIONS, Import.INSURANCE_FACTS, Import.HANDLED_INTERACTIONS, Import.PROFILES)
                .build();
    }

    /**
     * Where actions come from: employees from their workstation, 10.b.x.y with b the branch's number
     * (0 at the head office), always succeeding; customers only log in, to their own profile, in the
     * last 90 days and after joining, in the app or on the web, from the documentation ranges
     * (RFC 5737), with a session exactly when the login succeeded.
     */
    static Check auditOrigins() {
        return RuleCheck.rule("compliance.audit_origins", Category.COMPLIANCE, COMPLIANCE,
                        "compliance_db.audit_trail → employees_db.employees, customer_db.customer_profiles")
                .expect("staff from 10.<branch>.x.y; logins by customers only, into their own profile, in the last 90 "
                        + "days after joining, app or web, from 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24, a "
                        + "session exactly when successful")
                .over("audit rows", "SELECT a.audit_id, a.actor_type, a.action, a.actor_customer_id, a.actor_employee_id, "
                        + "a.entity_table, a.entity_id, a.event_time, a.ip_address, a.channel, a.outcome, a.session_id, "
                        + "p.created_at, s.branch_code FROM public.audit_trail a LEFT JOIN verify_profiles p ON "
                        + "p.customer_id = a.actor_customer_id LEFT JOIN verify_staff_places s ON s.employee_id = "
                        + "a.actor_employee_id")
                .brokenWhen("(action = 'login') <> (actor_type = 'customer') OR (action = 'login' AND (entity_table <> "
                        + "'customer_profiles' OR entity_id <> actor_customer_id OR event_time < {asof} - 90 OR "
                        + "event_time <= created_at OR channel NOT IN ('web', 'mobile_app') OR NOT (ip_address LIKE "
                        + "'192.0.2.%' OR ip_address LIKE '198.51.100.%' OR ip_address LIKE '203.0.113.%') OR (session_id "
                        + "IS NOT NULL) <> (outcome = 'success'))) OR (actor_type = 'employee' AND (outcome <> 'success' "
                        + "OR session_id IS NOT NULL OR ip_address NOT LIKE '10.' || coalesce(ltrim(substr(branch_code, "
                        + "3), '0'), '0') || '.%'))")
                .offender("'audit row ' || audit_id || ': ' || action || ' by ' || actor_type || ' ' || "
                        + "coalesce(actor_customer_id, actor_employee_id) || coalesce(' (branch ' || branch_code || ')', "
                        + "'') || ' from ' || coalesce(ip_address, '-') || ' via ' || coalesce(channel, '-') || ' at ' || "
                        + "event_time || ', ' || outcome || coalesce(', session ' || session_id, '')")
                .worstFirst("audit_id")
                .needs(Import.PROFILES, Import.STAFF_PLACES)
                .build();
    }
}
