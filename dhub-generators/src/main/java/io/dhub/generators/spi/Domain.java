package io.dhub.generators.spi;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.run.DomainPlan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A banking domain: one package that declares its name, the phase its tables load in, what it reads
 * from earlier domains and what it provides to later ones, and builds its tables. Domains are
 * registered in one list ({@code io.dhub.generators.BankPlan#DOMAINS}); the run order follows from
 * the phases and the declarations ({@link DomainPlan}).
 */
public interface Domain {
    /** The name, also the phase's name in messages and the run record. */
    String name();

    /** The phase of the specification its tables load in. */
    int phase();

    /** The types it reads from the registry, provided by domains that run before it. */
    default Set<Class<?>> needs() {
        return Set.of();
    }

    /** The types it registers for the domains after it. */
    default Set<Class<?>> provides() {
        return Set.of();
    }

    /**
     * Parts of this domain that another domain assembles with its own seeds: a loan book whose money
     * the customers' ledgers carry, say. Each is built by the domain that asks for its interface
     * ({@link Registry#contributions}) and registered under its own type.
     */
    default List<Contribution<?>> contributions() {
        return List.of();
    }

    /** Builds the domain from the seed tree of its phase: its table groups, and what it provides. */
    Built build(SeedTree tree, RunSettings settings, Registry registry);

    /**
     * What a build gives.
     *
     * @param groups   its tables, grouped by the entities their rows hang off, in foreign-key order
     * @param provided the objects it registers, by type
     */
    record Built(List<TableGroup> groups, Map<Class<?>, Object> provided) {
        public Built {
            groups = List.copyOf(groups);
            provided = Map.copyOf(provided);
        }
    }

    /**
     * A part built by another domain.
     *
     * @param role    the interface the assembling domain asks for
     * @param type    the type it is registered under once built
     * @param factory builds it from the assembling domain's tree
     */
    record Contribution<T>(Class<T> role, Class<? extends T> type, BiFunction<SeedTree, RunSettings, ? extends T> factory) {
    }
}
