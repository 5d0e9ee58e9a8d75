package io.dhub.generators.spi;

import io.dhub.generators.run.DomainPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What earlier domains built, as domains see it: read-only. Only {@link DomainPlan} adds to it,
 * after each build; a phase retried with rotated seeds replaces what it provided.
 */
public final class Registry {
    private final Map<Class<?>, Object> built = new LinkedHashMap<>();
    private final List<Domain> domains;

    public Registry(List<Domain> domains) {
        this.domains = List.copyOf(domains);
    }

    /** The object an earlier domain provided under this type. */
    public <T> T get(Class<T> type) {
        Object value = built.get(type);
        if (value == null) {
            throw new IllegalStateException("nothing provides " + type.getSimpleName() + " yet: declare it in needs() "
                    + "and register the domain that provides it before this one");
        }
        return type.cast(value);
    }

    /** Every registered domain's contributions to this role, in registration order. */
    @SuppressWarnings("unchecked")
    public <T> List<Domain.Contribution<T>> contributions(Class<T> role) {
        List<Domain.Contribution<T>> out = new ArrayList<>();
        for (Domain domain : domains) {
            for (Domain.Contribution<?> c : domain.contributions()) {
                if (c.role() == role) {
                    out.add((Domain.Contribution<T>) c);
                }
            }
        }
        return out;
    }

    public void put(Map<Class<?>, Object> provided) {
        built.putAll(provided);
    }
}
