package org.sched4j.rcpsp;

/**
 * Simple lower bounds of the makespan: the critical path ({@link RcpspCriticalPath#length}) and, per resource, the
 * energy bound {@code ceil(sum of duration x demand / capacity)} (downtimes only lower the capacity, so the full
 * capacity gives a valid bound). O(n·R + p).
 */
public final class RcpspLowerBounds {

    private RcpspLowerBounds() {
    }

    /** The larger of the critical-path bound and every resource's energy bound. */
    public static long of(RcpspInstance instance) {
        long bound = RcpspCriticalPath.length(instance);
        for (int r = 0; r < instance.resourceCount(); r++) {
            long energy = 0;
            for (int i = 0; i < instance.activityCount(); i++) {
                energy += (long) instance.duration(i) * instance.demand(i, r);
            }
            int capacity = instance.capacity(r);
            if (capacity > 0) {
                bound = Math.max(bound, (energy + capacity - 1) / capacity);
            }
        }
        return bound;
    }
}
