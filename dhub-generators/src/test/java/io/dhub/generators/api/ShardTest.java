package io.dhub.generators.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dhub.generators.spi.Table;
import io.dhub.generators.spi.TableGroup;
import io.dhub.schema.DhubException;
import io.dhub.schema.LogicalDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts of a run: together every entity exactly once, in order; the bank's own in part 1, a trailing tail in part N. */
class ShardTest {
    private static final Table T = Table.of(LogicalDatabase.ACCOUNTS, "t", "id");

    private static TableGroup group(long entities, long customers) {
        return TableGroup.single(T, entities, (e, out) -> {
        }).withCustomers(customers);
    }

    /** The entities of all parts, part after part. */
    private static List<Long> concatenated(TableGroup group, int n) {
        List<Long> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            for (long[] span : new Shard(k, n).spans(group.entities(), group.customers())) {
                for (long e = span[0]; e < span[1]; e++) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static List<Long> oneTo(long n) {
        List<Long> out = new ArrayList<>();
        for (long e = 1; e <= n; e++) {
            out.add(e);
        }
        return out;
    }

    @Test
    void partsInOrderAreEveryEntityOnceInOrder() {
        for (int n : new int[] {1, 2, 3, 4, 7, 13}) {
            for (long customers : new long[] {0, 1, 5, 12, 1_200, 1_201}) {
                assertEquals(oneTo(customers), concatenated(group(customers, customers), n), customers + " in " + n);
                assertEquals(oneTo(customers + 9), concatenated(group(customers + 9, customers), n),
                        customers + " and a tail of 9 in " + n);
            }
            assertEquals(oneTo(40), concatenated(group(40, 0), n), "the bank's own in " + n);
        }
    }

    @Test
    void customersAreSplitIntoEqualRangesAndTheBanksOwnGoToPartOne() {
        Shard third = new Shard(3, 4);
        assertEquals(601, third.firstCustomer(1_200));
        assertEquals(901, third.endCustomer(1_200));
        assertEquals(List.of(), spans(third.spans(40, 0)), "staff are part 1's");
        assertEquals(List.of(List.of(1L, 41L)), spans(new Shard(1, 4).spans(40, 0)));
        assertEquals(List.of(List.of(601L, 901L)), spans(third.spans(1_210, 1_200)), "the tail is part 4's");
        assertEquals(List.of(List.of(901L, 1_201L), List.of(1_201L, 1_211L)),
                spans(new Shard(4, 4).spans(1_210, 1_200)));
        for (int k = 1; k <= 4; k++) {
            long size = new Shard(k, 4).endCustomer(1_203) - new Shard(k, 4).firstCustomer(1_203);
            assertTrue(size == 300 || size == 301, "parts differ by one customer at most: " + size);
        }
    }

    @Test
    void aPartCountsItsOwnEntitiesForProgress() {
        Shard last = new Shard(4, 4);
        // assignments: 1,210 entities, the first 1,200 of them customers
        assertEquals(310, last.size(1_210, 1_200), "its 300 customers and the tail of 10");
        assertEquals(0, last.done(1_210, 1_200, 900));
        assertEquals(1, last.done(1_210, 1_200, 901));
        assertEquals(300, last.done(1_210, 1_200, 1_200));
        assertEquals(310, last.done(1_210, 1_200, 1_210));
        assertEquals(0, new Shard(2, 4).size(40, 0), "the bank's own are part 1's");
    }

    private static List<List<Long>> spans(List<long[]> spans) {
        return spans.stream().map(s -> List.of(s[0], s[1])).toList();
    }

    @Test
    void partsAreParsedOrRefusedInOneLine() {
        assertEquals(new Shard(3, 4), Shard.parse("3/4"));
        assertEquals(new Shard(1, 1), Shard.parse(" 1 / 1 "));
        for (String bad : new String[] {"0/4", "5/4", "4", "a/b", "1/0", "-1/4", "1/2/3", ""}) {
            DhubException e = assertThrows(DhubException.class, () -> Shard.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--shard must be K/N with 1 <= K <= N"), e.getMessage());
        }
    }
}
