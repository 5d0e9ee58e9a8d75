package io.dhub.verify;

import static io.dhub.schema.LogicalDatabase.ACCOUNTS;
import static io.dhub.schema.LogicalDatabase.LOANS;

import java.util.List;

/** Money that must add up: account ledgers, amortization schedules, LTV, and loan money in the ledgers. */
final class MoneyChecks {
    private MoneyChecks() {
    }

    static List<Check> all() {
        return List.of(runningBalance(), accountBalance(), spendingCap(), salaryRange(), amortization(), interest(),
                levelPayment(),
                outstandingBalance(), loanToValue(), appraisalRange(), guaranteeRange(), disbursements(), repayments(),
                repaymentDates());
    }

    /**
     * Each transaction's balance_after is the opening balance plus the signed amounts up to it, in
     * time order, and never below zero.
     */
    static Check runningBalance() {
        return RuleCheck.rule("money.running_balance", Category.MONEY, ACCOUNTS, "accounts_db.transactions, accounts")
                .expect("balance_after = opening balance + credits − debits so far (time order; a reversed debit "
                        + "moves nothing), never below 0 (down to −overdraft limit on the main accounts of the "
                        + "profiles that scope the rule out: variable_income, high_bounce, overspender)")
                .over("transactions", "SELECT t.transaction_id, t.account_id, t.balance_after, a.opening_balance + "
                        + "sum(CASE WHEN t.status = 'reversed' THEN 0 WHEN t.direction = 'credit' THEN t.amount ELSE "
                        + "-t.amount END) OVER (PARTITION BY t.account_id ORDER BY t.transaction_date, t.transaction_id) "
                        + "AS running, CASE WHEN " + Own.scopedOut("t.account_id") + " THEN -a.overdraft_limit ELSE 0 "
                        + "END AS floor FROM public.transactions t JOIN public.accounts a USING (account_id)")
                .brokenWhen("balance_after <> running OR balance_after < floor")
                .offender("'transaction ' || transaction_id || ' on account ' || account_id || ': balance_after ' || "
                        + "balance_after || ', running balance ' || running")
                .worstFirst("abs(balance_after - running) DESC, transaction_id")
                .build();
    }

    static Check accountBalance() {
        return RuleCheck.rule("money.account_balance", Category.MONEY, ACCOUNTS, "accounts_db.accounts, transactions")
                .expect("balance = opening balance + credits − debits (reversed debits aside)")
                .over("accounts", "SELECT a.account_id, a.opening_balance, a.balance, coalesce(t.credits, 0) AS credits, "
                        + "coalesce(t.debits, 0) AS debits FROM public.accounts a LEFT JOIN (SELECT account_id, "
                        + "sum(amount) FILTER (WHERE direction = 'credit') AS credits, sum(amount) FILTER (WHERE "
                        + "direction = 'debit' AND status <> 'reversed') AS debits FROM public.transactions GROUP BY "
                        + "account_id) t USING (account_id)")
                .brokenWhen("balance <> opening_balance + credits - debits")
                .offender("'account ' || account_id || ': opening ' || opening_balance || ' + credits ' || credits || "
                        + "' − debits ' || debits || ' = ' || (opening_balance + credits - debits) || ', balance ' || "
                        + "balance")
                .worstFirst("abs(balance - (opening_balance + credits - debits)) DESC, account_id")
                .build();
    }

    /** A customer's own spending takes at most 30% of the balance before it (loan and insurance money aside). */
    static Check spendingCap() {
        return RuleCheck.rule("money.spending_cap", Category.MONEY, ACCOUNTS, "accounts_db.transactions, accounts")
                .expect("a spending is at most 30% of the balance before it (payments to lenders, reversed debits, "
                        + "money moved to the holder's own accounts at the bank, which is not spent, and the main "
                        + "accounts of variable_income, high_bounce and overspender customers aside)")
                .over("spendings", "SELECT * FROM (SELECT t.transaction_id, t.direction, t.status, " + Own.transactions("t")
                        + " AS own, t.amount, t.account_id, t.counterparty_id, EXISTS (SELECT 1 FROM public.accounts o "
                        + "WHERE o.account_id = t.counterparty_account_id AND o.customer_id = a.customer_id) AS kept, "
                        + "lag(t.balance_after, 1, a.opening_balance) OVER (PARTITION BY t.account_id ORDER BY "
                        + "t.transaction_date, t.transaction_id) AS before FROM public.transactions t JOIN "
                        + "public.accounts a USING (account_id)) x WHERE direction = 'debit' AND own AND status <> "
                        + "'reversed' AND NOT EXISTS (SELECT 1 FROM public.counterparties p WHERE p.counterparty_id = "
                        + "x.counterparty_id AND p.kind = 'lender') AND NOT kept AND NOT " + Own.scopedOut("x.account_id"))
                .brokenWhen("amount > 0.30 * before")
                .offender("'transaction ' || transaction_id || ' spends ' || amount || ' of a balance of ' || before || "
                        + "' (' || round(100 * amount / nullif(before, 0), 1) || '%)'")
                .worstFirst("amount / nullif(before, 0) DESC NULLS FIRST, transaction_id")
                .needs(Import.CASE_TRANSACTIONS)
                .build();
    }

    /** A schedule has one installment per month of the term, and its principal parts pay off the principal. */
    static Check amortization() {
        return RuleCheck.rule("money.amortization", Category.MONEY, LOANS, "loans_db.repayment_schedule, loans")
                .expect("term installments; principal parts sum to the principal; remaining balance = principal − "
                        + "principal repaid so far")
                .over("loans", "SELECT l.loan_id, l.term_months, l.principal_amount, count(r.schedule_id) AS n, "
                        + "coalesce(sum(r.principal_amount), 0) AS principal_parts, count(*) FILTER (WHERE "
                        + "r.remaining_balance <> r.expected_remaining) AS off FROM public.loans l LEFT JOIN (SELECT "
                        + "r.*, l2.principal_amount - sum(r.principal_amount) OVER (PARTITION BY r.loan_id ORDER BY "
                        + "r.installment_number) AS expected_remaining FROM public.repayment_schedule r JOIN public.loans "
                        + "l2 USING (loan_id)) r USING (loan_id) GROUP BY l.loan_id, l.term_months, l.principal_amount")
                .brokenWhen("n <> term_months OR principal_parts <> principal_amount OR off > 0")
                .offender("'loan ' || loan_id || ': ' || n || ' installments for a term of ' || term_months || ', "
                        + "principal parts ' || principal_parts || ' for a principal of ' || principal_amount || ', ' || "
                        + "off || ' remaining balances off'")
                .worstFirst("abs(principal_parts - principal_amount) DESC, loan_id")
                .build();
    }

    /** Each month's interest is the principal still owed times the monthly rate, to the cent. */
    static Check interest() {
        return RuleCheck.rule("money.interest", Category.MONEY, LOANS, "loans_db.repayment_schedule, loans")
                .expect("interest = remaining principal before the installment × annual rate / 12 (± 0.01)")
                .over("installments", "SELECT r.loan_id, r.installment_number, r.interest_amount, l.interest_rate, "
                        + "lag(r.remaining_balance, 1, l.principal_amount) OVER (PARTITION BY r.loan_id ORDER BY "
                        + "r.installment_number) AS owed FROM public.repayment_schedule r JOIN public.loans l "
                        + "USING (loan_id)")
                .brokenWhen("abs(interest_amount - owed * interest_rate / 1200) > 0.01")
                .offender("'loan ' || loan_id || ' installment ' || installment_number || ': interest ' || "
                        + "interest_amount || ', but ' || owed || ' × ' || interest_rate || '% / 12 = ' || "
                        + "round(owed * interest_rate / 1200, 2)")
                .worstFirst("abs(interest_amount - owed * interest_rate / 1200) DESC")
                .build();
    }

    /** The level payment P·r / (1 − (1 + r)^−n), and every installment but the last totals it. */
    static Check levelPayment() {
        String payment = "principal_amount * (interest_rate / 1200) / (1 - power(1 + interest_rate / 1200, "
                + "-term_months))";
        return RuleCheck.rule("money.level_payment", Category.MONEY, LOANS, "loans_db.loans, repayment_schedule")
                .expect("monthly payment = P·r / (1 − (1 + r)^−n) with r = rate / 12 (± 0.01); installments "
                        + "before the last total it")
                .over("loans", "SELECT l.loan_id, l.principal_amount, l.interest_rate, l.term_months, l.monthly_payment, "
                        + "round(" + payment.replace("principal_amount", "l.principal_amount").replace("interest_rate",
                        "l.interest_rate").replace("term_months", "l.term_months") + ", 2) AS formula, (SELECT count(*) "
                        + "FROM public.repayment_schedule r WHERE r.loan_id = l.loan_id AND r.installment_number < "
                        + "l.term_months AND r.total_amount <> l.monthly_payment) AS off FROM public.loans l")
                .brokenWhen("abs(monthly_payment - formula) > 0.01 OR off > 0")
                .offender("'loan ' || loan_id || ': payment ' || monthly_payment || ', but ' || principal_amount || ' × "
                        + "' || interest_rate || '%/12 / (1 − (1 + ' || interest_rate || '%/12)^−' || term_months || ') = ' "
                        + "|| formula || '; ' || off || ' installments total something else'")
                .worstFirst("abs(monthly_payment - formula) DESC, loan_id")
                .build();
    }

    /** Outstanding = principal not yet repaid; a paid-off loan has every installment paid and nothing outstanding. */
    static Check outstandingBalance() {
        return RuleCheck.rule("money.outstanding", Category.MONEY, LOANS, "loans_db.loans, repayment_schedule")
                .expect("outstanding = principal − principal of paid installments; paid-off loans fully paid")
                .over("loans", "SELECT l.loan_id, l.loan_status, l.principal_amount, l.outstanding_balance, "
                        + "coalesce(r.repaid, 0) AS repaid, coalesce(r.unpaid, 0) AS unpaid FROM public.loans l LEFT "
                        + "JOIN (SELECT loan_id, sum(principal_amount) FILTER (WHERE payment_status IN ('paid', 'late')) "
                        + "AS repaid, count(*) FILTER (WHERE payment_status NOT IN ('paid', 'late')) AS unpaid FROM "
                        + "public.repayment_schedule GROUP BY loan_id) r USING (loan_id)")
                .brokenWhen("CASE WHEN loan_status = 'paid_off' THEN outstanding_balance <> 0 OR unpaid > 0 "
                        + "ELSE outstanding_balance <> principal_amount - repaid END")
                .offender("'loan ' || loan_id || ' (' || loan_status || '): principal ' || principal_amount || ' − "
                        + "repaid ' || repaid || ' = ' || (principal_amount - repaid) || ', outstanding ' || "
                        + "outstanding_balance || ', ' || unpaid || ' installments unpaid'")
                .worstFirst("abs(outstanding_balance - (principal_amount - repaid)) DESC, loan_id")
                .build();
    }

    /**
     * Salaries are paid within the market's range: 1,000-8,000 dollars in the US market, Rs 8,000 to
     * 2.5 lakh a month in India. The range is the market's rule, so the schema no longer holds it (accounts_db V2).
     */
    static Check salaryRange() {
        return RuleCheck.rule("money.salary_range", Category.MONEY, ACCOUNTS, "accounts_db.transactions")
                .expect("every salary is within the market's range (1,000-8,000 in the US, 8,000-2,50,000 in India)")
                .over("salaries", "SELECT transaction_id, account_id, amount FROM public.transactions "
                        + "WHERE transaction_type = 'salary'")
                .brokenWhen("amount NOT BETWEEN {salarymin} AND {salarymax}")
                .offender("'salary ' || transaction_id || ' on account ' || account_id || ' of ' || amount")
                .worstFirst("greatest(amount - {salarymax}, {salarymin} - amount) DESC, transaction_id")
                .build();
    }

    static Check loanToValue() {
        return RuleCheck.rule("money.ltv", Category.MONEY, LOANS, "loans_db.collateral, loans")
                .expect("LTV = principal / appraised value (± 0.0001)")
                .over("collateral items", "SELECT c.collateral_id, c.loan_id, l.principal_amount, c.appraised_value, "
                        + "c.ltv_ratio FROM public.collateral c JOIN public.loans l USING (loan_id)")
                .brokenWhen("abs(ltv_ratio - principal_amount / appraised_value) > 0.0001")
                .offender("'LTV = principal / appraised value = ' || principal_amount || ' / ' || appraised_value || "
                        + "' = ' || round(principal_amount / appraised_value, 4) || ' for loan ' || loan_id || ', "
                        + "recorded ' || ltv_ratio")
                .worstFirst("abs(ltv_ratio - principal_amount / appraised_value) DESC, collateral_id")
                .build();
    }

    static Check appraisalRange() {
        return RuleCheck.rule("money.appraisal", Category.MONEY, LOANS, "loans_db.collateral, loans")
                .expect("collateral of secured loans (mortgage, auto, business; in India two-wheeler and gold), appraised "
                        + "at 110-150% of the principal")
                .over("collateral items", "SELECT c.collateral_id, c.loan_id, l.loan_type, l.principal_amount, "
                        + "c.appraised_value FROM public.collateral c JOIN public.loans l USING (loan_id)")
                .brokenWhen("appraised_value NOT BETWEEN 1.10 * principal_amount - 0.01 AND 1.50 * principal_amount "
                        + "+ 0.01 OR loan_type NOT IN ('mortgage', 'auto', 'business', 'two_wheeler', 'gold')")
                .offender("'collateral ' || collateral_id || ' of ' || loan_type || ' loan ' || loan_id || ' appraised "
                        + "at ' || appraised_value || ' = ' || round(100 * appraised_value / principal_amount, 1) || '% "
                        + "of ' || principal_amount")
                .worstFirst("collateral_id")
                .build();
    }

    static Check guaranteeRange() {
        return RuleCheck.rule("money.guarantee", Category.MONEY, LOANS, "loans_db.loan_guarantors, loans")
                .expect("a guarantee covers 50-100% of the principal")
                .over("guarantors", "SELECT g.guarantor_id, g.loan_id, g.guarantee_amount, l.principal_amount FROM "
                        + "public.loan_guarantors g JOIN public.loans l USING (loan_id)")
                .brokenWhen("guarantee_amount NOT BETWEEN 0.5 * principal_amount - 0.01 AND principal_amount + 0.01")
                .offender("'guarantor ' || guarantor_id || ' of loan ' || loan_id || ' guarantees ' || guarantee_amount "
                        + "|| ' of ' || principal_amount")
                .worstFirst("guarantor_id")
                .build();
    }

    /** Each loan is paid out once, on its linked account, on its disbursement date, for its principal. */
    static Check disbursements() {
        return RuleCheck.rule("money.disbursements", Category.MONEY, ACCOUNTS,
                        "accounts_db.transactions → loans_db.loans")
                .expect("a personal, business, education or gold loan's principal is credited once to its linked "
                        + "account on its disbursement date, when that falls in the account's stored ledger; a "
                        + "mortgage's, an auto or a two-wheeler loan's goes to the seller, not to the borrower's accounts")
                .over("loans", "SELECT l.loan_id, l.loan_type, l.linked_account_id, l.disbursement_date, "
                        + "l.principal_amount, l.disbursement_date >= coalesce(a.ledger_from, '-infinity'::date) AS "
                        + "in_window, count(t.transaction_id) AS n, count(t.transaction_id) FILTER (WHERE "
                        + "t.account_id = l.linked_account_id AND t.transaction_date::date = l.disbursement_date AND "
                        + "t.amount = l.principal_amount) AS matching FROM verify_loans l LEFT JOIN public.accounts a ON "
                        + "a.account_id = l.linked_account_id LEFT JOIN public.transactions t ON t.loan_id = l.loan_id "
                        + "AND t.transaction_type = 'loan_disbursement' GROUP BY l.loan_id, l.loan_type, "
                        + "l.linked_account_id, l.disbursement_date, l.principal_amount, a.ledger_from")
                .brokenWhen("CASE WHEN loan_type IN ('mortgage', 'auto', 'two_wheeler') OR NOT in_window THEN n <> 0 "
                        + "ELSE n <> 1 OR matching <> 1 END")
                .offender("'loan ' || loan_id || ' (' || principal_amount || ' on ' || disbursement_date || ' to account "
                        + "' || linked_account_id || ', ' || loan_type || ') has ' || n || ' disbursements, ' || matching || "
                        + "' matching'")
                .worstFirst("loan_id")
                .needs(Import.LOAN_FLOWS)
                .build();
    }

    /** What the schedule says was repaid left the linked account as loan payments, to the cent. */
    static Check repayments() {
        return RuleCheck.rule("money.repayments", Category.MONEY, ACCOUNTS, "accounts_db.transactions → "
                        + "loans_db.repayment_schedule")
                .expect("loan payments from the linked account add up to the installments paid on or after the "
                        + "first day of its stored ledger")
                .over("loans", "SELECT l.loan_id, coalesce((SELECT sum(p.amount_paid) FROM verify_loan_payments p WHERE "
                        + "p.loan_id = l.loan_id AND p.payment_date >= coalesce(a.ledger_from, '-infinity'::date)), 0) AS "
                        + "repaid, coalesce((SELECT sum(t.amount) FROM public.transactions t WHERE t.loan_id = l.loan_id "
                        + "AND t.transaction_type = 'loan_payment' AND t.account_id = l.linked_account_id), 0) AS debited "
                        + "FROM verify_loans l LEFT JOIN public.accounts a ON a.account_id = l.linked_account_id")
                .brokenWhen("debited <> repaid")
                .offender("'loan ' || loan_id || ': installments paid ' || repaid || ', loan payments debited ' || "
                        + "debited")
                .worstFirst("abs(debited - repaid) DESC, loan_id")
                .needs(Import.LOAN_FLOWS, Import.LOAN_PAYMENTS)
                .build();
    }

    /**
     * A repayment is one fact: the schedule dates a paid installment on the banking day its money was
     * collected, and the linked account's ledger debits that amount that day (local time), when the day
     * falls in the stored ledger. US calendar (the Federal Reserve's holidays).
     */
    static Check repaymentDates() {
        return RuleCheck.rule("money.repayment_dates", Category.MONEY, ACCOUNTS,
                        "loans_db.repayment_schedule ↔ accounts_db.transactions")
                .expect("installments are paid on banking days (Mon-Fri, not a bank holiday), and what the schedule "
                        + "says was paid on a day inside the linked account's stored ledger is debited as loan "
                        + "payments that day, local time, to the cent")
                .over("loan payment days", "SELECT p.loan_id, p.payment_date, sum(p.amount_paid) AS paid, "
                        + "p.payment_date >= coalesce(a.ledger_from, '-infinity'::date) AS in_window, (SELECT "
                        + "coalesce(sum(t.amount), 0) FROM public.transactions t LEFT JOIN verify_customer_zones z ON "
                        + "z.customer_id = a.customer_id WHERE t.loan_id = p.loan_id AND t.transaction_type = "
                        + "'loan_payment' AND t.account_id = l.linked_account_id AND (t.transaction_date AT TIME ZONE "
                        + "coalesce(z.time_zone, 'UTC'))::date = p.payment_date) AS debited FROM verify_loan_payments p "
                        + "JOIN verify_loans l USING (loan_id) LEFT JOIN public.accounts a ON a.account_id = "
                        + "l.linked_account_id GROUP BY "
                        + "p.loan_id, p.payment_date, a.ledger_from, a.customer_id, l.linked_account_id")
                .brokenWhen("extract(isodow FROM payment_date) >= 6 OR " + "{bank_holiday payment_date}"
                        + " OR (in_window AND debited <> paid)")
                .offender("'loan ' || loan_id || ': paid ' || paid || ' on ' || to_char(payment_date, 'Dy YYYY-MM-DD') "
                        + "|| CASE WHEN in_window THEN ', debited ' || debited || ' that day' ELSE '' END")
                .worstFirst("abs(debited - paid) DESC, loan_id, payment_date")
                .needs(Import.LOAN_FLOWS, Import.LOAN_PAYMENTS, Import.CUSTOMER_ZONES)
                .build();
    }
}
