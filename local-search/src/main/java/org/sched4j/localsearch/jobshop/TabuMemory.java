package org.sched4j.localsearch.jobshop;

import java.util.Arrays;

/**
 * The tabu list as a memory of reversed machine arcs (Nowicki &amp; Smutnicki 1996, extended to insertion moves):
 * when a move puts {@code b} before {@code a}, the arc {@code a → b} it removed may not be restored until a given
 * iteration. A candidate move is tabu when any arc it would create is forbidden.
 *
 * <p>Expiry iterations are kept per ordered pair of operations of one machine, indexed by their slots on the machine
 * ({@code sum of squared machine sizes} entries: 200,000 for a 100 x 20 instance). Beyond {@link #EXACT_LIMIT} entries
 * the pairs share a hashed table of that size, where a collision can only make a move tabu by mistake.
 */
final class TabuMemory {

    /** The largest table kept exactly, in entries. */
    static final int EXACT_LIMIT = 1 << 22;

    private final OperationIndex index;
    private final long[] expiry;
    private final int[] machineOffset;
    private final boolean exact;

    TabuMemory(OperationIndex index) {
        this.index = index;
        machineOffset = new int[index.machineCount];
        long size = 0;
        for (int m = 0; m < index.machineCount; m++) {
            machineOffset[m] = (int) Math.min(size, Integer.MAX_VALUE);
            size += (long) index.machineLength(m) * index.machineLength(m);
        }
        exact = size <= EXACT_LIMIT;
        expiry = new long[exact ? (int) Math.max(size, 1) : EXACT_LIMIT];
    }

    /** Whether restoring the arc {@code from → to} (same machine) is forbidden at {@code iteration}. */
    boolean isForbidden(int from, int to, long iteration) {
        return expiry[slot(from, to)] > iteration;
    }

    /** The iteration until which the arc {@code from → to} is forbidden (in the past when it is not). */
    long expiry(int from, int to) {
        return expiry[slot(from, to)];
    }

    /** Forbids restoring the arc {@code from → to} before iteration {@code until}. */
    void forbid(int from, int to, long until) {
        expiry[slot(from, to)] = until;
    }

    /** Forgets every prohibition. */
    void clear() {
        Arrays.fill(expiry, 0);
    }

    private int slot(int from, int to) {
        if (exact) {
            int m = index.machine[from];
            return machineOffset[m] + index.slotOnMachine[from] * index.machineLength(m) + index.slotOnMachine[to];
        }
        long key = (long) from * index.operationCount + to;
        key *= 0x9E3779B97F4A7C15L;
        return (int) (key >>> 42) & (EXACT_LIMIT - 1);
    }
}
