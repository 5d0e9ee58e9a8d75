package io.dhub.generators.run;

import io.dhub.generators.api.RunSettings;
import io.dhub.generators.spi.Domain;
import io.dhub.generators.spi.Phase;
import io.dhub.generators.spi.Registry;
import io.dhub.generators.spi.SeedTree;
import io.dhub.generators.spi.TableGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The phases of a run, from the registered domains: phases in ascending order, and within a phase
 * the domains in the order their needs require (registration order where they do not). Checked when
 * built: names are unique, and every need is provided by a domain that runs earlier.
 */
public final class DomainPlan implements PhasePlan {
    private final RunSettings settings;
    private final List<Domain> order;
    private final Registry registry;

    public DomainPlan(RunSettings settings, List<Domain> domains) {
        this.settings = settings;
        this.order = order(domains);
        this.registry = new Registry(domains);
    }

    /** The domains in run order; fails on a duplicate name or a need nothing earlier provides. */
    static List<Domain> order(List<Domain> domains) {
        Set<String> names = new HashSet<>();
        Set<Class<?>> contributed = new HashSet<>();
        for (Domain d : domains) {
            if (!names.add(d.name())) {
                throw new IllegalStateException("two domains are named " + d.name());
            }
            d.contributions().forEach(c -> contributed.add(c.type()));
        }
        List<Domain> out = new ArrayList<>();
        Set<Class<?>> available = new HashSet<>(contributed);
        for (int phase : domains.stream().map(Domain::phase).collect(Collectors.toCollection(TreeSet::new))) {
            List<Domain> waiting = domains.stream().filter(d -> d.phase() == phase)
                    .collect(Collectors.toCollection(ArrayList::new));
            while (!waiting.isEmpty()) {
                Domain ready = waiting.stream().filter(d -> available.containsAll(d.needs())).findFirst()
                        .orElseThrow(() -> new IllegalStateException("domain " + waiting.get(0).name() + " needs "
                                + missing(waiting.get(0), available) + ", which no domain before it provides"));
                waiting.remove(ready);
                out.add(ready);
                available.addAll(ready.provides());
            }
        }
        return List.copyOf(out);
    }

    private static String missing(Domain d, Set<Class<?>> available) {
        return d.needs().stream().filter(n -> !available.contains(n)).map(Class::getSimpleName).sorted()
                .collect(Collectors.joining(", "));
    }

    /** The domains in run order. */
    public List<Domain> domains() {
        return order;
    }

    @Override
    public List<Integer> numbers() {
        return order.stream().map(Domain::phase).distinct().toList();
    }

    @Override
    public Phase build(int number, SeedTree tree) {
        List<TableGroup> groups = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Domain domain : order) {
            if (domain.phase() != number) {
                continue;
            }
            Domain.Built built = domain.build(tree, settings, registry);
            registry.put(built.provided());
            groups.addAll(built.groups());
            names.add(domain.name());
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no phase " + number);
        }
        return new Phase(number, String.join("+", names), groups);
    }
}
