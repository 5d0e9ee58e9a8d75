package io.dhub.generators.market;

import io.dhub.schema.DhubException;
import java.util.List;
import java.util.stream.Collectors;

/** The markets this dhub has, by the code users type ({@code --market us}). */
public final class Markets {
    private Markets() {
    }

    /** Every market, the default first. */
    public static List<Market> all() {
        return List.of(UsMarket.INSTANCE, io.dhub.generators.market.india.InMarket.INSTANCE);
    }

    /** The market {@code seed all} uses when none is named. */
    public static Market byDefault() {
        return UsMarket.INSTANCE;
    }

    /** The market of that code (case and surrounding blanks aside), if this dhub has it. */
    public static java.util.Optional<Market> find(String code) {
        return all().stream().filter(m -> m.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    /** The market of that code (case aside); an unknown code is refused in one line, naming the known ones. */
    public static Market byCode(String code) {
        return find(code).orElseThrow(() -> DhubException.usage("unknown market '" + code + "': dhub knows " + all().stream()
                .map(m -> m.code() + " (" + m.name() + ")").collect(Collectors.joining(", "))));
    }
}
