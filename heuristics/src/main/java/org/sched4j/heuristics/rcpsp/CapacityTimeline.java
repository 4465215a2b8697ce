package org.sched4j.heuristics.rcpsp;

/**
 * The capacity left on every resource at every time unit while a schedule is built: starts as the network's
 * capacities, and each placed activity takes its demands over its duration. Not thread-safe; one per schedule.
 */
final class CapacityTimeline {

    /** What {@link #firstConflict} returns when the activity would run past the horizon: it can never fit there. */
    static final int BEYOND_HORIZON = Integer.MAX_VALUE;

    private final ProjectNetwork network;
    private final int[][] left;

    CapacityTimeline(ProjectNetwork network) {
        this.network = network;
        this.left = new int[network.resourceCount][];
        for (int r = 0; r < network.resourceCount; r++) {
            left[r] = network.capacities[r].clone();
        }
    }

    /**
     * The last time unit in {@code [start, start + duration)} at which {@code activity} does not fit, or -1 when it
     * fits over the whole interval; {@link #BEYOND_HORIZON} when the interval runs past the horizon. No start up to
     * the returned time fits, so a search for the earliest fitting start may go on from the time after it.
     */
    int lastConflict(int activity, int start) {
        int duration = network.durations[activity];
        if (duration == 0) {
            return -1;
        }
        if ((long) start + duration > network.horizon) {
            return BEYOND_HORIZON;
        }
        int[] demand = network.demands[activity];
        for (int t = start + duration - 1; t >= start; t--) {
            for (int r : network.demandedResources[activity]) {
                if (demand[r] > left[r][t]) {
                    return t;
                }
            }
        }
        return -1;
    }

    /** Takes {@code activity}'s demands over {@code [start, start + duration)}; it must fit. */
    void place(int activity, int start) {
        int[] demand = network.demands[activity];
        int end = start + network.durations[activity];
        for (int r : network.demandedResources[activity]) {
            int[] resourceLeft = left[r];
            for (int t = start; t < end; t++) {
                resourceLeft[t] -= demand[r];
            }
        }
    }
}
