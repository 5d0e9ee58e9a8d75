package io.dhub.generators.customers;

import io.dhub.generators.load.CopyText;
import io.dhub.generators.load.TableSource;
import io.dhub.schema.LogicalDatabase;
import java.util.List;

/** Phase 2's tables: the two views of each customer, accounts, their links, and transactions. */
public final class CustomerTables {
    private CustomerTables() {
    }

    public static List<TableSource> tables(Customers customers) {
        long n = customers.count();
        return List.of(
                new TableSource(LogicalDatabase.CUSTOMER, "customer_profiles",
                        List.of("customer_id", "first_name", "last_name", "email", "phone", "date_of_birth", "gender",
                                "address_line", "city", "state", "postal_code", "country", "occupation",
                                "annual_income", "segment", "preferred_channel", "marketing_opt_in", "created_at"),
                        n, (from, to, out) -> {
                            for (long k = from; k < to; k++) {
                                Customer c = customers.customer(k);
                                out.number(c.id()).text(c.firstName()).text(c.lastName()).text(c.email())
                                        .text(c.phone()).date(c.dateOfBirth()).text(c.gender()).text(c.addressLine())
                                        .text(c.city()).text(c.state()).text(c.postalCode()).text("US")
                                        .text(c.occupation()).decimal(c.annualIncome()).text(c.segment())
                                        .text(c.preferredChannel()).bool(c.marketingOptIn()).instant(c.createdAt());
                                out.endRow();
                            }
                        }),
                new TableSource(LogicalDatabase.ACCOUNTS, "customers",
                        List.of("customer_id", "customer_number", "first_name", "last_name", "email", "phone",
                                "tax_id", "date_of_birth", "segment", "status", "customer_since", "created_at"),
                        n, (from, to, out) -> {
                            for (long k = from; k < to; k++) {
                                Customer c = customers.customer(k);
                                out.number(c.id()).text(c.number()).text(c.firstName()).text(c.lastName())
                                        .text(c.email()).text(c.phone()).text(c.taxId()).date(c.dateOfBirth())
                                        .text(c.segment()).text(c.status()).date(c.customerSince())
                                        .instant(c.createdAt());
                                out.endRow();
                            }
                        }),
                new TableSource(LogicalDatabase.ACCOUNTS, "accounts",
                        List.of("account_id", "account_number", "customer_id", "account_type", "status", "currency",
                                "opening_balance", "balance", "interest_rate", "overdraft_limit", "branch_code",
                                "opened_date", "closed_date", "created_at"),
                        n, (from, to, out) -> {
                            for (long k = from; k < to; k++) {
                                Customer c = customers.core(k);
                                List<Account> own = customers.accounts(c);
                                for (Account a : own) {
                                    out.number(a.id()).text(a.number()).number(a.customerId()).text(a.type())
                                            .text(a.status()).text("USD").decimal(a.openingBalance())
                                            .decimal(customers.ledger(a, c, own).balance()).decimal(a.interestRate())
                                            .decimal(a.overdraftLimit()).text(a.branchCode()).date(a.openedDate())
                                            .nullValue().instant(a.createdAt());
                                    out.endRow();
                                }
                            }
                        }),
                new TableSource(LogicalDatabase.ACCOUNTS, "account_relationships",
                        List.of("relationship_id", "account_id", "customer_id", "relationship_type",
                                "linked_account_id", "start_date"),
                        n, (from, to, out) -> {
                            for (long k = from; k < to; k++) {
                                List<Account> own = customers.accounts(customers.core(k));
                                for (Account a : own) {
                                    for (Relationship r : customers.relationships(a, own)) {
                                        out.number(r.id()).number(r.accountId()).number(r.customerId()).text(r.type())
                                                .number(r.linkedAccountId()).date(r.startDate());
                                        out.endRow();
                                    }
                                }
                            }
                        }),
                new TableSource(LogicalDatabase.ACCOUNTS, "transactions",
                        List.of("transaction_id", "account_id", "transaction_type", "direction", "amount",
                                "balance_after", "transaction_date", "channel", "is_manual", "status",
                                "reference_number", "description", "merchant_name", "merchant_category", "loan_id"),
                        n, (from, to, out) -> {
                            for (long k = from; k < to; k++) {
                                Customer c = customers.core(k);
                                List<Account> own = customers.accounts(c);
                                for (Account a : own) {
                                    for (Transaction t : customers.ledger(a, c, own).transactions()) {
                                        write(t, out);
                                    }
                                }
                            }
                        }));
    }

    private static void write(Transaction t, CopyText out) {
        out.number(t.id()).number(t.accountId()).text(t.type()).text(t.credit() ? "credit" : "debit")
                .decimal(t.amount()).decimal(t.balanceAfter()).instant(t.at()).text(t.channel()).bool(t.manual())
                .text(t.status()).text(t.reference()).text(t.description()).text(t.merchantName())
                .text(t.merchantCategory()).number(t.loanId());
        out.endRow();
    }
}
