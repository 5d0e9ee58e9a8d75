-- Every table and column of accounts_db described (issue 28): what a row is, units and currency, allowed
-- values, the rule that fills it, and where a column that names another row points (→ database.table.column).
-- DataHub, psql \d+ and other catalogs read these comments. Columns described by an earlier migration keep theirs.

COMMENT ON TABLE account_relationships IS 'Other people''s ties to an account: joint owners, authorised users and beneficiaries (other customers), and linked savings (another account of the same customer); 20% of accounts have one link, 5% two. Written by phase 2.';
COMMENT ON COLUMN account_relationships.relationship_id IS 'Relationship number, assigned by dhub.';
COMMENT ON COLUMN account_relationships.account_id IS 'The account → accounts_db.accounts.account_id.';
COMMENT ON COLUMN account_relationships.customer_id IS 'The customer tied to it (for linked_savings, the holder) → accounts_db.customers.customer_id.';
COMMENT ON COLUMN account_relationships.relationship_type IS 'joint_owner, beneficiary, authorized_user or linked_savings.';
COMMENT ON COLUMN account_relationships.linked_account_id IS 'For linked_savings, the holder''s other account → accounts_db.accounts.account_id; null otherwise.';
COMMENT ON COLUMN account_relationships.start_date IS 'Day the relationship began.';

COMMENT ON TABLE accounts IS 'Deposit accounts: 75% of customers hold accounts, a quarter of them several; checking 50%, savings 30%, money_market 10%, certificate_of_deposit 5%, business_checking 5% (business customers only). Balances reconcile with the ledger in accounts_db.transactions. Written by phase 2.';
COMMENT ON COLUMN accounts.account_id IS 'Account number inside the bank: customer k''s accounts are 8k + i.';
COMMENT ON COLUMN accounts.account_number IS 'Account number as printed: 12 digits, the last a Luhn check digit; unique. Personal data (it identifies a person''s account).';
COMMENT ON COLUMN accounts.customer_id IS 'The account''s holder → accounts_db.customers.customer_id.';
COMMENT ON COLUMN accounts.account_type IS 'checking, savings, money_market, certificate_of_deposit or business_checking.';
COMMENT ON COLUMN accounts.status IS 'active, dormant, frozen or closed.';
COMMENT ON COLUMN accounts.currency IS 'ISO 4217 code of the account''s currency: the market''s (USD in the US, INR in India).';
COMMENT ON COLUMN accounts.opening_balance IS 'Balance at the start of the ledger window (ledger_from), in the account''s currency; at least 0.';
COMMENT ON COLUMN accounts.balance IS 'Balance at the as-of date: opening_balance + credits − debits of the account''s transactions; never below −overdraft_limit.';
COMMENT ON COLUMN accounts.interest_rate IS 'Yearly interest rate in percent, 0-10, by account type.';
COMMENT ON COLUMN accounts.overdraft_limit IS 'How far the balance may go below zero, in the account''s currency; at least 0.';
COMMENT ON COLUMN accounts.branch_code IS 'The branch that opened the account → employees_db.branches.branch_code.';
COMMENT ON COLUMN accounts.opened_date IS 'Date the account was opened, on or after the customer joined.';
COMMENT ON COLUMN accounts.closed_date IS 'Date a closed account was closed (set exactly when status is closed).';
COMMENT ON COLUMN accounts.created_at IS 'When the account''s record was created, on opened_date.';
COMMENT ON COLUMN accounts.ledger_from IS 'First day of the ledger window the transactions cover: two months of a checking account, six of savings or money market, fifteen of a certificate (or since it opened); with --history-months N the N calendar months before the as-of month.';

COMMENT ON TABLE counterparties IS 'A profiled customer''s payers (employer, platform, buyer) and lenders (a credit card''s issuer among them), with their weight. Empty without profiles. Written by phase 2.';
COMMENT ON COLUMN counterparties.counterparty_id IS 'Counterparty number: customer k''s are numbered in a block of k.';
COMMENT ON COLUMN counterparties.customer_id IS 'The customer → accounts_db.customers.customer_id.';
COMMENT ON COLUMN counterparties.name IS 'Name of the payer or lender (an employer, a platform or lender of the market, an invented firm).';
COMMENT ON COLUMN counterparties.kind IS 'employer, platform, buyer, supplier, merchant, lender or subscription.';
COMMENT ON COLUMN counterparties.weight IS 'The counterparty''s share of the customer''s income (payers) or debt service (lenders), 0-1.';

COMMENT ON TABLE credit_card_statements IS 'One statement a month per credit card: dates, limit, APR, opening and closing balance, purchases, payments, interest, fees, minimum due, what was paid and when, overdue (docs/profiles.md). Empty without profiles. Written by phase 2.';
COMMENT ON COLUMN credit_card_statements.card_id IS 'The card → accounts_db.credit_cards.card_id.';
COMMENT ON COLUMN credit_card_statements.statement_date IS 'The statement''s closing date; one statement per card and date.';
COMMENT ON COLUMN credit_card_statements.due_date IS 'Payment due date, after statement_date.';
COMMENT ON COLUMN credit_card_statements.credit_limit IS 'The card''s limit on the statement date, in the market''s currency.';
COMMENT ON COLUMN credit_card_statements.apr IS 'Annual percentage rate as a fraction.';
COMMENT ON COLUMN credit_card_statements.opening IS 'Balance owed at the previous statement.';
COMMENT ON COLUMN credit_card_statements.purchases IS 'Purchases in the period, at least 0.';
COMMENT ON COLUMN credit_card_statements.payments IS 'Payments received in the period, at least 0.';
COMMENT ON COLUMN credit_card_statements.interest IS 'Interest charged in the period, at least 0.';
COMMENT ON COLUMN credit_card_statements.fees IS 'Fees charged in the period (late fees), at least 0.';
COMMENT ON COLUMN credit_card_statements.closing IS 'Balance owed on the statement date: opening + purchases − payments + interest + fees.';
COMMENT ON COLUMN credit_card_statements.minimum_due IS 'Minimum payment due, at least 0.';
COMMENT ON COLUMN credit_card_statements.paid IS 'What the holder paid against this statement; null when nothing.';
COMMENT ON COLUMN credit_card_statements.paid_date IS 'When it was paid; set only with a payment above 0.';
COMMENT ON COLUMN credit_card_statements.is_overdue IS 'Whether the minimum was not paid by the due date.';

COMMENT ON TABLE credit_cards IS 'A high_utilization customer''s credit cards (1-3): limit, APR, how the holder pays, opened; paid from the main account. Empty without profiles. Written by phase 2.';
COMMENT ON COLUMN credit_cards.card_id IS 'Card number inside the bank.';
COMMENT ON COLUMN credit_cards.customer_id IS 'The cardholder → accounts_db.customers.customer_id.';
COMMENT ON COLUMN credit_cards.payment_account_id IS 'The account the card is paid from → accounts_db.accounts.account_id.';
COMMENT ON COLUMN credit_cards.counterparty_id IS 'The card''s entry among the customer''s lenders, which its payments name → accounts_db.counterparties.counterparty_id.';
COMMENT ON COLUMN credit_cards.card_last4 IS 'Last four digits of the card number (the rest is never stored). Personal data.';
COMMENT ON COLUMN credit_cards.credit_limit IS 'Credit limit in the market''s currency, above 0.';
COMMENT ON COLUMN credit_cards.apr IS 'Annual percentage rate as a fraction, 0-1.';
COMMENT ON COLUMN credit_cards.payment_habit IS 'How the holder pays: minimum, overdue or partial.';
COMMENT ON COLUMN credit_cards.opened_date IS 'Date the card was opened.';

COMMENT ON TABLE customer_behaviour IS 'The behaviour profile of each profiled customer (seed all --profiles; docs/profiles.md): profile, class of earner, showcase flag, main and savings account, history and the drawn parameters. Empty without profiles. Written by phase 2.';
COMMENT ON COLUMN customer_behaviour.customer_id IS 'The profiled customer → accounts_db.customers.customer_id.';
COMMENT ON COLUMN customer_behaviour.market IS 'ISO 3166-1 alpha-2 code of the market the profile''s amounts are in.';
COMMENT ON COLUMN customer_behaviour.profile IS 'balanced, stable_income, variable_income, seasonal, growing, declining, high_debt, high_bounce, customer_concentration, high_utilization, subscription_heavy, savings_builder or overspender.';
COMMENT ON COLUMN customer_behaviour.occupation_class IS 'Whose income the profile shapes: retail (salary or pension), business (turnover) or gig (no steady pay).';
COMMENT ON COLUMN customer_behaviour.showcase IS 'Whether the customer is one of the profile''s showcase customers, whose metrics are the clearest.';
COMMENT ON COLUMN customer_behaviour.main_account_id IS 'The account income lands in and spending leaves → accounts_db.accounts.account_id.';
COMMENT ON COLUMN customer_behaviour.savings_account_id IS 'A savings builder''s savings account → accounts_db.accounts.account_id; null otherwise.';
COMMENT ON COLUMN customer_behaviour.history_months IS 'Months of ledger history the profile''s metrics read.';
COMMENT ON COLUMN customer_behaviour.params IS 'The profile''s drawn parameters as JSON (base monthly income, growth, season, noise, spend ratio, …; docs/profiles.md).';

COMMENT ON TABLE customers IS 'The banking record of each customer: number, name, contact, tax id, birth date, segment, status and since when. customer_id is the bank-wide customer number every other database names. Written by phase 2.';
COMMENT ON COLUMN customers.customer_id IS 'The bank-wide customer number, 1 to the run''s customer count; customer k is the same person at every scale.';
COMMENT ON COLUMN customers.customer_number IS 'Customer number as printed: CUS and customer_id in eight digits, unique.';
COMMENT ON COLUMN customers.first_name IS 'Given name (as in customer_db.customer_profiles). Personal data.';
COMMENT ON COLUMN customers.last_name IS 'Family name (as in customer_db.customer_profiles). Personal data.';
COMMENT ON COLUMN customers.email IS 'Personal e-mail address, unique, on a domain reserved for examples (no real mailbox). Personal data.';
COMMENT ON COLUMN customers.phone IS 'Phone number in the market''s format, unique (as in customer_db.customer_profiles). Personal data.';
COMMENT ON COLUMN customers.tax_id IS 'Tax identifier in the market''s format, unique (US: ITIN-shaped 9AA-GG-SSSS, never a real SSN). Personal data.';
COMMENT ON COLUMN customers.date_of_birth IS 'Date of birth; an adult when the customer joined. Personal data.';
COMMENT ON COLUMN customers.segment IS 'retail, premium, business or private_banking (as in customer_db.customer_profiles).';
COMMENT ON COLUMN customers.status IS 'active, inactive or closed.';
COMMENT ON COLUMN customers.customer_since IS 'The day the customer joined the bank, before any account was opened.';
COMMENT ON COLUMN customers.created_at IS 'When the customer''s record was created, on customer_since.';

COMMENT ON TABLE profile_weights IS 'The run''s profile mix: each profile''s share within each class of earner. Empty without profiles. Written by phase 2.';
COMMENT ON COLUMN profile_weights.occupation_class IS 'retail, business or gig.';
COMMENT ON COLUMN profile_weights.profile IS 'A behaviour profile''s name.';
COMMENT ON COLUMN profile_weights.share IS 'The profile''s share of the class, 0-1; each class sums to 1.';

COMMENT ON TABLE subscriptions IS 'A profiled customer''s subscriptions: merchant, price, cycle and billing day, dates, last use. Empty without profiles. Written by phase 2.';
COMMENT ON COLUMN subscriptions.subscription_id IS 'Subscription number: customer k''s are numbered in a block of k.';
COMMENT ON COLUMN subscriptions.customer_id IS 'The subscriber → accounts_db.customers.customer_id.';
COMMENT ON COLUMN subscriptions.account_id IS 'The account billed → accounts_db.accounts.account_id.';
COMMENT ON COLUMN subscriptions.merchant IS 'The service subscribed to (from the market''s subscription list).';
COMMENT ON COLUMN subscriptions.amount IS 'Price of one billing in the subscription''s currency, above 0.';
COMMENT ON COLUMN subscriptions.currency IS 'ISO 4217 code of the price: the market''s.';
COMMENT ON COLUMN subscriptions.cycle IS 'weekly or monthly.';
COMMENT ON COLUMN subscriptions.billing_day IS 'Day billed: ISO weekday 1-7 for weekly, day of the month 1-28 for monthly.';
COMMENT ON COLUMN subscriptions.start_date IS 'First day of the subscription.';
COMMENT ON COLUMN subscriptions.end_date IS 'Last day of an ended subscription; null while it runs.';
COMMENT ON COLUMN subscriptions.last_used IS 'Last day the customer used the service (months ago for an unused one).';

COMMENT ON TABLE transactions IS 'Every account''s ledger: its own transactions (10-20 per account by default: 70% spending, 30% income, a spending at most 30% of the balance before it), the loans'', policies'' and laundering cases'' money, in time order with the running balance. Each happens in the holder''s local time with the shape of its channel. Written by phase 2.';
COMMENT ON COLUMN transactions.transaction_id IS 'Transaction number, assigned by dhub, unique across the bank.';
COMMENT ON COLUMN transactions.account_id IS 'The account → accounts_db.accounts.account_id.';
COMMENT ON COLUMN transactions.transaction_type IS 'withdrawal, payment, fee, purchase, transfer_out, loan_payment, insurance_premium (debits); deposit, salary, interest, transfer_in, refund, loan_disbursement, claim_payout (credits).';
COMMENT ON COLUMN transactions.direction IS 'debit or credit, tied to the type.';
COMMENT ON COLUMN transactions.amount IS 'Amount in the account''s currency, above 0; the direction gives its sign.';
COMMENT ON COLUMN transactions.balance_after IS 'The account''s balance after this transaction: the running balance in (transaction_date, transaction_id) order; never below zero.';
COMMENT ON COLUMN transactions.transaction_date IS 'When it happened, in the holder''s local time (stored as an instant); ACH, wire and system postings on banking days.';
COMMENT ON COLUMN transactions.channel IS 'How the money moved: atm, branch, online, mobile, pos (card at a till), system (the bank''s own postings), and the market''s rails: ach and wire in the US; upi, imps, neft, rtgs and nach in India.';
COMMENT ON COLUMN transactions.is_manual IS 'Whether a person keyed it in (30% of what people key: branch, wire, online, mobile, ATM, till; never a system posting or an ACH batch).';
COMMENT ON COLUMN transactions.status IS 'posted, pending (only in the last three days) or reversed (a returned debit).';
COMMENT ON COLUMN transactions.reference_number IS 'Reference as printed on statements: TX and transaction_id in 14 digits, unique.';
COMMENT ON COLUMN transactions.description IS 'The statement line, in the market''s words (e.g. Payroll deposit from the employer).';
COMMENT ON COLUMN transactions.merchant_name IS 'The merchant of a purchase or refund (real brands of the market''s categories); null otherwise.';
COMMENT ON COLUMN transactions.merchant_category IS 'The merchant''s category; null when there is no merchant.';
COMMENT ON COLUMN transactions.loan_id IS 'The loan a disbursement or repayment (or a cover moved in for it) belongs to → loans_db.loans.loan_id.';
COMMENT ON COLUMN transactions.policy_id IS 'The policy a premium is paid for → insurance_db.policies.policy_id.';
COMMENT ON COLUMN transactions.claim_id IS 'The claim a payout settles → insurance_db.claims.claim_id.';
COMMENT ON COLUMN transactions.counterparty_account_id IS 'The other leg of a transfer between accounts of the bank → accounts_db.accounts.account_id.';
COMMENT ON COLUMN transactions.counterparty_name IS 'Who paid or was paid outside the bank (employer, payee, wire party); null when unknown or inside the bank. Personal data when a person.';
COMMENT ON COLUMN transactions.counterparty_country IS 'ISO 3166-1 alpha-2 country of a wire''s other side; null otherwise.';
COMMENT ON COLUMN transactions.counterparty_id IS 'A profiled customer''s payer or lender this transaction is with → accounts_db.counterparties.counterparty_id.';
COMMENT ON COLUMN transactions.return_reason IS 'Why a debit was returned unpaid (e.g. R01 insufficient funds), on a reversed debit only.';
COMMENT ON COLUMN transactions.parent_transaction_id IS 'For a returned-item fee, the debit that was returned → accounts_db.transactions.transaction_id.';

-- Flyway's own table: jOOQ's schema, read from these files, does not hold it
/* [jooq ignore start] */
COMMENT ON TABLE flyway_schema_history IS 'Flyway''s record of the migrations applied to this database (Flyway''s own table; dhub reads it to report the schema version).';
COMMENT ON COLUMN flyway_schema_history.installed_rank IS 'Order in which the migration was applied.';
COMMENT ON COLUMN flyway_schema_history.version IS 'Migration version (the V number of its file).';
COMMENT ON COLUMN flyway_schema_history.description IS 'Migration description (from its file name).';
COMMENT ON COLUMN flyway_schema_history.type IS 'Migration type (SQL).';
COMMENT ON COLUMN flyway_schema_history.script IS 'File name of the migration.';
COMMENT ON COLUMN flyway_schema_history.checksum IS 'Checksum of the migration file when applied.';
COMMENT ON COLUMN flyway_schema_history.installed_by IS 'Database user that applied it.';
COMMENT ON COLUMN flyway_schema_history.installed_on IS 'When it was applied.';
COMMENT ON COLUMN flyway_schema_history.execution_time IS 'How long it took, in milliseconds.';
COMMENT ON COLUMN flyway_schema_history.success IS 'Whether it succeeded.';
/* [jooq ignore stop] */
