package io.dhub.generators.customers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything a phase knows about one customer, built once by {@link Customers#file} and handed to
 * every writer of that phase: the customer, their accounts (as a behaviour profile fits them), their
 * profile's {@link Life} (or null), the main and the paying account, and, built when first asked, the
 * ledgers. Other domains keep what they derive from the customer in it ({@link #memo}), so the loan
 * book is read once per customer and the policy book reads the same one.
 *
 * <p>A file belongs to one worker thread and lives as long as the customer's rows take to write: it
 * is not thread-safe and holds nothing of any other customer.
 */
public final class CustomerFile {
    private final Customers customers;
    private final Customer customer;
    private final List<Account> accounts;
    private final Life life;
    private final Map<Object, Object> memo = new HashMap<>();
    private Map<Long, Ledger> ledgers;

    CustomerFile(Customers customers, Customer customer, List<Account> accounts, Life life) {
        this.customers = customers;
        this.customer = customer;
        this.accounts = List.copyOf(accounts);
        this.life = life;
    }

    public Customer customer() {
        return customer;
    }

    /** The customer's accounts in id order, opened and funded as their profile needs them. */
    public List<Account> accounts() {
        return accounts;
    }

    /** The customer's behaviour profile and its parameters, or null. */
    public Life life() {
        return life;
    }

    /**
     * The main account: the first checking or business checking account, whatever its status. The
     * customer's pay lands in it and a loan is paid into it; null when they hold none.
     */
    public Account main() {
        return Customers.mainAccount(accounts);
    }

    /** The paying account: the first active checking or business checking account (premiums come from it), or null. */
    public Account paying() {
        return accounts.stream().filter(a -> Ledger.Kind.of(a.type()) == Ledger.Kind.TRANSACTION
                && "active".equals(a.status())).findFirst().orElse(null);
    }

    /** The ledgers of the customer's accounts, by account id, run the first time they are asked for. */
    public Map<Long, Ledger> ledgers() {
        if (ledgers == null) {
            ledgers = customers.ledgers(this);
        }
        return ledgers;
    }

    /**
     * What a domain derives from this customer, built the first time {@code key} is asked for and
     * kept for the file's life. The key says what the value is, so that two sources deriving the same
     * thing (the loan book and the policy book reading the customer's loans) share it; a build may
     * ask for other keys.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> build) {
        Object known = memo.get(key);
        if (known == null) {
            known = build.get();
            memo.put(key, known);
        }
        return (T) known;
    }
}
