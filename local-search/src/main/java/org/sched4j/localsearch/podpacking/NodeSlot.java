package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/**
 * A node as a Timefold value: its index in the scenario and what it can allocate. A problem fact.
 */
public final class NodeSlot {

    /** How many bytes make one unit of memory overload on the hard level (1 MiB, so CPU and memory weigh alike). */
    static final long MEMORY_UNIT = 1L << 20;

    @PlanningId
    private final int index;
    private final long cpuMillis;
    private final long memoryBytes;
    private final int podLimit;

    /**
     * @param index       the node's index in the scenario
     * @param cpuMillis   allocatable CPU in millicores
     * @param memoryBytes allocatable memory in bytes
     * @param podLimit    the most pods it may run
     */
    public NodeSlot(int index, long cpuMillis, long memoryBytes, int podLimit) {
        this.index = index;
        this.cpuMillis = cpuMillis;
        this.memoryBytes = memoryBytes;
        this.podLimit = podLimit;
    }

    /** The node's index in the scenario. */
    public int getIndex() {
        return index;
    }

    /** The CPU requested beyond the allocatable amount, in millicores; 0 when within. */
    long cpuOverload(long requested) {
        return Math.max(0, requested - cpuMillis);
    }

    /** The memory requested beyond the allocatable amount, in MiB rounded up; 0 when within. */
    long memoryOverload(long requested) {
        long excess = requested - memoryBytes;
        return excess <= 0 ? 0 : (excess + MEMORY_UNIT - 1) / MEMORY_UNIT;
    }

    /** The pods beyond the pod limit; 0 when within. */
    long podOverload(long pods) {
        return Math.max(0, pods - podLimit);
    }

    @Override
    public String toString() {
        return "node " + index;
    }
}
