package io.dhub.generators.customers;

import io.dhub.generators.market.Market;
import io.dhub.generators.profiles.Profile;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.RowSink;
import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/**
 * Phase 2's tables: the two views of each customer, accounts, their links, and transactions, all
 * written in one pass: each customer, its accounts and their ledgers are built once.
 */
public final class CustomerTables {
    public static final Table PROFILES = Table.of(LogicalDatabase.CUSTOMER, "customer_profiles",
            "customer_id", "first_name", "last_name", "email", "phone", "date_of_birth", "gender",
            "address_line", "city", "state", "postal_code", "country", "occupation",
            "annual_income", "segment", "preferred_channel", "marketing_opt_in", "created_at", "time_zone",
            "home_branch_code");
    public static final Table IDENTIFIERS = Table.of(LogicalDatabase.CUSTOMER, "customer_identifiers",
            "customer_id", "identifier_type", "identifier_value", "recorded_date");
    public static final Table CUSTOMERS = Table.of(LogicalDatabase.ACCOUNTS, "customers",
            "customer_id", "customer_number", "first_name", "last_name", "email", "phone",
            "tax_id", "date_of_birth", "segment", "status", "customer_since", "created_at");
    public static final Table ACCOUNTS = Table.of(LogicalDatabase.ACCOUNTS, "accounts",
            "account_id", "account_number", "customer_id", "account_type", "status", "currency",
            "opening_balance", "balance", "interest_rate", "overdraft_limit", "branch_code",
            "opened_date", "closed_date", "created_at", "ledger_from", "maturity_date");
    public static final Table RELATIONSHIPS = Table.of(LogicalDatabase.ACCOUNTS, "account_relationships",
            "relationship_id", "account_id", "customer_id", "relationship_type",
            "linked_account_id", "start_date");
    public static final Table TRANSACTIONS = Table.of(LogicalDatabase.ACCOUNTS, "transactions",
            "transaction_id", "account_id", "transaction_type", "direction", "amount",
            "balance_after", "transaction_date", "channel", "is_manual", "status",
            "reference_number", "description", "merchant_name", "merchant_category", "loan_id",
            "policy_id", "claim_id", "counterparty_account_id", "counterparty_name", "counterparty_country",
            "counterparty_id", "return_reason", "parent_transaction_id");
    public static final Table BEHAVIOUR = Table.of(LogicalDatabase.ACCOUNTS, "customer_behaviour",
            "customer_id", "market", "profile", "occupation_class", "showcase", "main_account_id", "savings_account_id",
            "history_months",
            "params");
    public static final Table PROFILE_WEIGHTS = Table.of(LogicalDatabase.ACCOUNTS, "profile_weights",
            "occupation_class", "profile", "share");
    public static final Table COUNTERPARTIES = Table.of(LogicalDatabase.ACCOUNTS, "counterparties",
            "counterparty_id", "customer_id", "name", "kind", "weight");
    public static final Table SUBSCRIPTIONS = Table.of(LogicalDatabase.ACCOUNTS, "subscriptions",
            "subscription_id", "customer_id", "account_id", "merchant", "amount", "currency", "cycle", "billing_day",
            "start_date", "end_date", "last_used");
    public static final Table CARDS = Table.of(LogicalDatabase.ACCOUNTS, "credit_cards",
            "card_id", "customer_id", "payment_account_id", "counterparty_id", "card_last4", "credit_limit", "apr",
            "payment_habit", "opened_date");
    public static final Table BUSINESSES = Table.of(LogicalDatabase.ACCOUNTS, "business_profiles",
            "customer_id", "legal_name", "constitution", "pan", "gstin", "state_code", "nic_code", "industry",
            "commenced_date", "udyam_number", "udyam_registered", "msme_category", "investment", "annual_turnover",
            "turnover_from", "gst_rate", "filing_frequency");
    public static final Table STATEMENTS = Table.of(LogicalDatabase.ACCOUNTS, "credit_card_statements",
            "card_id", "statement_date", "due_date", "credit_limit", "apr", "opening", "purchases", "payments",
            "interest", "fees", "closing", "minimum_due", "paid", "paid_date", "is_overdue");

    private CustomerTables() {
    }

    public static List<TableGroup> groups(Customers customers) {
        int earners = Profile.Earner.values().length;
        int profiles = Profile.values().length;
        return List.of(TableGroup.perCustomer(customers.count(), (k, rows) -> write(customers, k, rows), PROFILES,
                IDENTIFIERS, CUSTOMERS, ACCOUNTS, RELATIONSHIPS, TRANSACTIONS, BEHAVIOUR, COUNTERPARTIES, SUBSCRIPTIONS, CARDS, STATEMENTS,
                BUSINESSES)
                .withBulk(TRANSACTIONS),
                TableGroup.single(PROFILE_WEIGHTS, customers.profiles().on() ? (long) earners * profiles : 0,
                        (id, out) -> {
                            Profile.Earner earner = Profile.Earner.values()[(int) ((id - 1) / profiles)];
                            Profile profile = Profile.values()[(int) ((id - 1) % profiles)];
                            out.text(earner.key()).text(profile.key()).decimal(java.math.BigDecimal.valueOf(
                                    customers.profiles().share(earner, profile)).setScale(8,
                                    java.math.RoundingMode.HALF_EVEN));
                            out.endRow();
                        }));
    }

    /** Customer k's rows in every table of the phase. */
    private static void write(Customers customers, long k, TableGroup.Rows rows) {
        CustomerFile file = customers.file(k);
        Customer c = file.customer();
        profile(c, customers.market().country(), rows.to(PROFILES));
        customer(c, rows.to(CUSTOMERS));
        List<Account> own = file.accounts();
        RowSink accounts = rows.to(ACCOUNTS);
        RowSink links = rows.to(RELATIONSHIPS);
        RowSink transactions = rows.to(TRANSACTIONS);
        java.util.Map<Long, Ledger> ledgers = file.ledgers();
        customers.booked(file);
        Life life = file.life();
        if (life != null) {
            behaviour(c, life, customers, rows.to(BEHAVIOUR));
            RowSink parties = rows.to(COUNTERPARTIES);
            for (Life.Counterparty p : life.payers()) {
                counterparty(p, parties);
            }
            for (Life.Emi e : life.emis()) {
                counterparty(e.lender(), parties);
            }
            for (Cards.Card card : life.cards()) {
                counterparty(card.issuer(), parties);
            }
            RowSink subs = rows.to(SUBSCRIPTIONS);
            for (Life.Subscription s : life.subscriptions()) {
                subs.number(s.id()).number(s.customerId()).number(s.accountId()).text(s.merchant())
                        .cents(s.cents()).text(customers.market().currency())
                        .text(s.cycle()).number(s.billingDay()).date(s.start()).date(s.end()).date(s.lastUsed());
                subs.endRow();
            }
            cards(life.cards(), rows.to(CARDS), rows.to(STATEMENTS));
        }
        Market market = customers.market();
        java.util.Set<String> watched = market.firstUseChannels();
        java.util.Map<String, java.time.LocalDate> first = new java.util.TreeMap<>();
        java.time.ZoneId zone = watched.isEmpty() ? null : java.time.ZoneId.of(c.timeZone());
        for (Account a : own) {
            Ledger ledger = ledgers.get(a.id());
            account(a, ledger, market, accounts);
            for (Relationship r : customers.relationships(a, own)) {
                links.number(r.id()).number(r.accountId()).number(r.customerId()).text(r.type())
                        .number(r.linkedAccountId()).date(r.startDate());
                links.endRow();
            }
            for (Transaction t : ledger.transactions()) {
                String channel = transaction(t, market, transactions);
                if (zone != null && watched.contains(channel)) {
                    first.merge(channel, t.at().atZoneSameInstant(zone).toLocalDate(),
                            (x, y) -> x.isBefore(y) ? x : y);
                }
            }
        }
        RowSink identifiers = rows.to(IDENTIFIERS);
        String gstin = null;
        for (io.dhub.generators.market.Registration r : customers.registrations(c, first)) {
            identifiers.number(c.id()).text(r.type()).text(r.value()).date(r.recorded());
            identifiers.endRow();
            gstin = "gstin".equals(r.type()) ? r.value() : gstin;
        }
        io.dhub.generators.market.Business firm = customers.business(c);
        if (firm != null) {
            business(c, firm, gstin, own, ledgers, customers, rows.to(BUSINESSES));
        }
    }

    /**
     * A business customer's firm, its turnover from the receipts of its main account (the first savings or
     * current account: a small firm banks through its owner's everyday account as often as through a current
     * account) over the last year the stored ledger holds (annualised, times the firm's cash sales' share), and
     * its MSME class from it.
     */
    private static void business(Customer c, io.dhub.generators.market.Business firm, String gstin, List<Account> own,
                                 java.util.Map<Long, Ledger> ledgers, Customers customers, RowSink out) {
        Market market = customers.market();
        java.time.LocalDate asOf = customers.asOf();
        java.time.ZoneId zone = java.time.ZoneId.of(c.timeZone());
        Account current = Customers.mainAccount(own);
        java.time.LocalDate from = asOf.minusDays(365);
        long turnover = 0;
        if (current != null) {
            Ledger ledger = ledgers.get(current.id());
            from = ledger.from().isAfter(from) ? ledger.from() : from;
            String holder = Customers.holder(c);
            long receipts = 0;
            for (Transaction t : ledger.transactions()) {
                if (receipt(t, holder) && !t.at().atZoneSameInstant(zone).toLocalDate().isBefore(from)) {
                    receipts += t.amount().movePointRight(2).longValueExact();
                }
            }
            long days = java.time.temporal.ChronoUnit.DAYS.between(from, asOf);
            turnover = days <= 0 ? 0 : Math.round(receipts * 365.0 / days * firm.turnoverFactor() / 100) * 100;
        }
        String category = firm.udyamNumber() == null ? null
                : market.msmeClass(asOf, firm.investmentCents(), turnover);
        boolean quarterly = firm.prefersQuarterly() && turnover <= market.quarterlyFilingLimit();
        out.number(c.id()).text(firm.legalName()).text(firm.constitution()).text(firm.pan()).text(gstin)
                .text(market.stateCode(c.state())).text(firm.nicCode()).text(firm.industry()).date(firm.commenced())
                .text(firm.udyamNumber()).date(firm.udyamRegistered()).text(category).cents(firm.investmentCents())
                .cents(turnover).date(from).number(firm.gstRate()).text(quarterly ? "quarterly" : "monthly");
        out.endRow();
    }

    /**
     * A business's receipt: a credit from a party outside the bank, not the holder's own money (a transfer
     * from their account elsewhere, a cover), no loan's, policy's or claim's money, no interest or refund.
     */
    static boolean receipt(Transaction t, String holder) {
        return t.credit() && t.loanId() == null && t.policyId() == null && t.claimId() == null
                && t.counterpartyAccountId() == null && !holder.equals(t.counterpartyName())
                && !"interest".equals(t.type()) && !"refund".equals(t.type());
    }

    private static void behaviour(Customer c, Life life, Customers customers, RowSink out) {
        out.number(c.id()).text(customers.market().code()).text(life.profile().key()).text(life.earner().key())
                .bool(life.showcase()).number(life.mainAccountId()).number(life.savingsAccountId())
                .number(customers.historyMonths())
                .text(life.paramsJson());
        out.endRow();
    }

    private static void cards(List<Cards.Card> cards, RowSink out, RowSink statements) {
        for (Cards.Card card : cards) {
            java.math.BigDecimal apr = java.math.BigDecimal.valueOf(card.aprBasisPoints(), 4);
            out.number(card.id()).number(card.customerId()).number(card.accountId()).number(card.issuer().id())
                    .text(card.last4()).cents(card.limitCents()).decimal(apr).text(card.paying()).date(card.opened());
            out.endRow();
            for (Cards.Statement s : card.statements()) {
                statements.number(card.id()).date(s.date()).date(s.due()).cents(card.limitCents()).decimal(apr)
                        .cents(s.opening()).cents(s.purchases()).cents(s.payments())
                        .cents(s.interest()).cents(s.fees()).cents(s.closing())
                        .cents(s.minimum()).cents(s.paid())
                        .date(s.paidDate()).bool(s.overdue());
                statements.endRow();
            }
        }
    }


    private static void counterparty(Life.Counterparty p, RowSink out) {
        out.number(p.id()).number(p.customerId()).text(p.name()).text(p.kind())
                .decimal(java.math.BigDecimal.valueOf(p.weight()).setScale(4, java.math.RoundingMode.HALF_EVEN));
        out.endRow();
    }

    private static void profile(Customer c, String country, RowSink out) {
        out.number(c.id()).text(c.firstName()).text(c.lastName()).text(c.email())
                .text(c.phone()).date(c.dateOfBirth()).text(c.gender()).text(c.addressLine())
                .text(c.city()).text(c.state()).text(c.postalCode()).text(country)
                .text(c.occupation()).decimal(c.annualIncome()).text(c.segment())
                .text(c.preferredChannel()).bool(c.marketingOptIn()).instant(c.createdAt()).text(c.timeZone())
                .text(c.homeBranch());
        out.endRow();
    }

    private static void customer(Customer c, RowSink out) {
        out.number(c.id()).text(c.number()).text(c.firstName()).text(c.lastName())
                .text(c.email()).text(c.phone()).text(c.taxId()).date(c.dateOfBirth())
                .text(c.segment()).text(c.status()).date(c.customerSince())
                .instant(c.createdAt());
        out.endRow();
    }

    /** An account, its type as the market's bank names its role. */
    private static void account(Account a, Ledger ledger, Market market, RowSink out) {
        out.number(a.id()).text(a.number()).number(a.customerId()).text(market.accountTypeName(a.type()))
                .text(a.status()).text(market.currency()).decimal(a.openingBalance())
                .decimal(ledger.balance()).decimal(a.interestRate())
                .decimal(a.overdraftLimit()).text(a.branchCode()).date(a.openedDate())
                .nullValue().instant(a.createdAt()).date(ledger.from()).date(a.maturityDate());
        out.endRow();
    }

    /**
     * A transaction as stored: the ledger's channel named as the market names its rails (returned). The
     * other side is abroad when its country is not the market's (a domestic counterparty carries the
     * market's own country).
     */
    private static String transaction(Transaction t, Market market, RowSink out) {
        boolean abroad = t.counterpartyCountry() != null && !t.counterpartyCountry().equals(market.country());
        String channel = market.channel(t.channel(), t.type(), t.amount(), abroad, t.description());
        out.number(t.id()).number(t.accountId()).text(t.type()).text(t.credit() ? "credit" : "debit")
                .decimal(t.amount()).decimal(t.balanceAfter()).instant(t.at()).text(channel)
                .bool(t.manual())
                .text(t.status()).text(t.reference())
                .text(market.statementText(t.description(), channel, t.credit(), t.at(), t.id(), t.counterpartyName()))
                .text(t.merchantName())
                .text(t.merchantCategory()).number(t.loanId()).number(t.policyId()).number(t.claimId())
                .number(t.counterpartyAccountId()).text(t.counterpartyName()).text(t.counterpartyCountry())
                .number(t.counterpartyId()).text(t.returnReason()).number(t.parentId());
        out.endRow();
        return channel;
    }
}
