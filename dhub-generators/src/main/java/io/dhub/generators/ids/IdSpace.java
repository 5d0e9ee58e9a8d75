package io.dhub.generators.ids;

import io.dhub.schema.DhubException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The blocks of the unique-value spaces that a run's size fills, declared in one place, and the
 * check, made before anything is touched, that no two overlap and none leaves its space at the
 * requested size. Phone numbers share one space of 4 × 10^8 indexes: customers at [1, N], guarantors
 * from {@link #GUARANTOR_PHONE_BASE} (two per loan, loan ids below {@link #APPLICATIONS_PER_CUSTOMER}
 * × (N + 1)), staff from {@link UniqueValues#EMPLOYEE_PHONE_BASE}. Tax ids are indexed by customer id;
 * account numbers by account id ({@link Ids#ACCOUNTS_PER_CUSTOMER} per customer). The row-id blocks
 * per customer, account, loan and employee are declared in {@link Ids}; {@link #largestId} gives the
 * largest id each reaches, all far inside a BIGINT at the largest size.
 */
public final class IdSpace {
    /** Where guarantors' phone indexes start: 200,000,000 + 2 × loan id + guarantor number. */
    public static final long GUARANTOR_PHONE_BASE = 200_000_000L;
    /** Loan applications per customer block ({@link Ids#APPLICATIONS_PER_CUSTOMER}). */
    public static final int APPLICATIONS_PER_CUSTOMER = Ids.APPLICATIONS_PER_CUSTOMER;
    /** Guarantors per loan block ({@link Ids#GUARANTORS_PER_LOAN}); their phones use the same index. */
    public static final int GUARANTORS_PER_LOAN = Ids.GUARANTORS_PER_LOAN;

    /** The largest customer count whose blocks fit: guarantor phones end below the staff block. */
    public static final long MAX_CUSTOMERS = maxCustomers();

    /** One block of indexes, [start, end), in a named space. */
    public record Block(String space, String name, long start, long end) {
        boolean overlaps(Block other) {
            return space.equals(other.space) && start < other.end && other.start < end;
        }
    }

    /** The space sizes: phone indexes, tax ids and account numbers. */
    public static final long PHONE_SPACE = 400_000_000L;
    public static final long TAX_SPACE = 19_000_000L;
    static final long ACCOUNT_SPACE = 100_000_000_000L;

    private IdSpace() {
    }

    /** Every block a run of this size fills. */
    public static List<Block> blocks(long customers, long employees) {
        List<Block> out = new ArrayList<>();
        out.add(new Block("phone", "customers' phones", 0, customers + 1));
        out.add(new Block("phone", "guarantors' phones", GUARANTOR_PHONE_BASE,
                GUARANTOR_PHONE_BASE + GUARANTORS_PER_LOAN * APPLICATIONS_PER_CUSTOMER * (customers + 1)));
        out.add(new Block("phone", "staff phones", UniqueValues.EMPLOYEE_PHONE_BASE,
                UniqueValues.EMPLOYEE_PHONE_BASE + employees + 1));
        out.add(new Block("tax id", "customers' tax ids", 0, customers + 1));
        out.add(new Block("account number", "account numbers", 0, Ids.ACCOUNTS_PER_CUSTOMER * (customers + 1)));
        return out;
    }

    /** The largest row id of each id block at this size, by table. */
    public static java.util.Map<String, Long> largestId(long customers, long employees) {
        long accounts = Ids.ACCOUNTS_PER_CUSTOMER * (customers + 1);
        long loans = Ids.APPLICATIONS_PER_CUSTOMER * (customers + 1);
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        out.put("accounts", accounts);
        out.put("transactions", Ids.largest(accounts, Ids.TRANSACTIONS_PER_ACCOUNT, Ids.TRANSACTION_TAIL,
                Ids.TRANSACTION_TAIL_BLOCK));
        out.put("account_relationships", accounts * Ids.RELATIONSHIPS_PER_ACCOUNT);
        out.put("counterparties", Ids.COUNTERPARTIES_PER_CUSTOMER * (customers + 1));
        out.put("subscriptions", Ids.SUBSCRIPTIONS_PER_CUSTOMER * (customers + 1));
        out.put("credit_cards", Ids.CARDS_PER_CUSTOMER * (customers + 1));
        out.put("interactions", Ids.INTERACTIONS_PER_CUSTOMER * (customers + 1));
        out.put("campaign_responses", Ids.RESPONSES_PER_CUSTOMER * (customers + 1));
        out.put("loan_applications", loans);
        out.put("loan_guarantors", loans * Ids.GUARANTORS_PER_LOAN);
        out.put("repayment_schedule", Math.multiplyExact(loans, (long) Ids.INSTALLMENTS_PER_LOAN));
        out.put("risk_assessments", loans * Ids.ASSESSMENTS_PER_APPLICATION);
        out.put("employee_training", Ids.TRAININGS_PER_EMPLOYEE * (employees + 1));
        out.put("performance_reviews", Ids.REVIEWS_PER_EMPLOYEE * (employees + 1));
        out.put("employee_assignments", Ids.ASSIGNMENT_KINDS * (Math.max(customers, employees) + 1));
        // the largest policy id is a government scheme's membership, numbered from 10^12 (Ids.schemePolicy)
        long policies = Ids.SCHEME_POLICIES + 2 * (customers + 1);
        out.put("policies", policies);
        out.put("coverages", policies * Ids.COVERAGES_PER_POLICY);
        out.put("beneficiaries", policies * Ids.BENEFICIARIES_PER_POLICY);
        out.put("insured_members", policies * Ids.MEMBERS_PER_POLICY);
        out.put("claims", policies * Ids.CLAIMS_PER_POLICY);
        out.put("premium_payments", Math.multiplyExact(policies, (long) Ids.PREMIUMS_PER_POLICY));
        out.put("kyc_records", Ids.KYC_DOCUMENTS_PER_CUSTOMER * (customers + 1));
        out.put("kyc_reviews", Ids.KYC_REVIEWS_PER_CUSTOMER * (customers + 1));
        out.put("aml_checks", 2 * Ids.largest(accounts, Ids.ALERTS_PER_ACCOUNT, Ids.ALERT_TAIL, Ids.ALERT_TAIL_BLOCK)
                + 1);
        out.put("consents", Ids.CONSENTS_PER_CUSTOMER * (customers + 1));
        out.put("suspicious_activity_reports", Ids.largest(customers + 1, Ids.SARS_PER_CUSTOMER, Ids.SAR_TAIL,
                Ids.SAR_TAIL_BLOCK));
        out.put("ctr_filings", Ids.largest(customers + 1, Ids.CTRS_PER_CUSTOMER, Ids.CTR_TAIL, Ids.CTR_TAIL_BLOCK));
        out.put("audit_trail", Ids.largest(customers + 1, Ids.AUDIT_ROWS_PER_CUSTOMER, Ids.AUDIT_TAIL,
                Ids.AUDIT_TAIL_BLOCK));
        long cases = Ids.CASES_PER_BLOCK * (customers + 1);
        out.put("laundering_cases", cases);
        out.put("laundering_case_members", cases * Ids.MEMBERS_PER_CASE);
        return out;
    }

    /** The first reason a run of this size cannot be held, or null when it can. */
    public static String problem(long customers, long employees) {
        List<Block> blocks = blocks(customers, employees);
        for (Block block : blocks) {
            long size = switch (block.space()) {
                case "phone" -> PHONE_SPACE;
                case "tax id" -> TAX_SPACE;
                default -> ACCOUNT_SPACE;
            };
            if (block.end() > size) {
                return block.name() + " would reach " + count(block.end()) + ", beyond the " + block.space()
                        + " space of " + count(size);
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            for (int j = i + 1; j < blocks.size(); j++) {
                if (blocks.get(i).overlaps(blocks.get(j))) {
                    return blocks.get(i).name() + " would run into " + blocks.get(j).name();
                }
            }
        }
        return null;
    }

    /** Refuses (exit 2) a size whose blocks overlap or leave their space, naming the limit. */
    public static void check(long customers, long employees) {
        String problem = problem(customers, employees);
        if (problem != null) {
            throw DhubException.usage(count(customers) + " customers and " + count(employees) + " employees do not fit "
                    + "dhub's id space: " + problem + "; at most " + count(MAX_CUSTOMERS) + " customers");
        }
    }

    private static long maxCustomers() {
        long lo = 1;
        long hi = TAX_SPACE;
        while (lo < hi) {
            long mid = (lo + hi + 1) / 2;
            if (problem(mid, 1) == null) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
