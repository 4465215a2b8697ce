package org.sched4j.rcpsp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The capacity of every resource over time, its downtimes subtracted: a step function per resource, full capacity
 * from time 0 except over downtimes, never below 0. Immutable.
 */
public final class ResourceAvailability {

    /**
     * A stretch of time over which a resource has less than its full capacity.
     *
     * @param resource the resource index
     * @param start    the first time unit
     * @param end      the first time unit after the stretch
     * @param capacity the capacity over the stretch, below the full capacity, at least 0
     */
    public record ReducedStretch(int resource, int start, int end, int capacity) {
    }

    private final int[] fullCapacities;
    private final int[][] changeTimes;
    private final int[][] capacities;

    private ResourceAvailability(int[] fullCapacities, int[][] changeTimes, int[][] capacities) {
        this.fullCapacities = fullCapacities;
        this.changeTimes = changeTimes;
        this.capacities = capacities;
    }

    /** The availability of {@code instance}'s resources. */
    public static ResourceAvailability of(RcpspInstance instance) {
        int resourceCount = instance.resourceCount();
        List<TreeMap<Integer, Integer>> deltas = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            deltas.add(new TreeMap<>());
        }
        for (Downtime downtime : instance.downtimes()) {
            deltas.get(downtime.resource()).merge(downtime.start(), -downtime.unavailable(), Integer::sum);
            deltas.get(downtime.resource()).merge(downtime.end(), downtime.unavailable(), Integer::sum);
        }
        int[] full = new int[resourceCount];
        int[][] times = new int[resourceCount][];
        int[][] values = new int[resourceCount][];
        for (int r = 0; r < resourceCount; r++) {
            full[r] = instance.capacity(r);
            List<int[]> steps = new ArrayList<>();
            steps.add(new int[] {0, full[r]});
            int missing = 0;
            for (var delta : deltas.get(r).entrySet()) {
                missing -= delta.getValue();
                int capacity = Math.max(0, full[r] - missing);
                if (delta.getKey() == 0) {
                    steps.getFirst()[1] = capacity;
                } else if (steps.getLast()[1] != capacity) {
                    steps.add(new int[] {delta.getKey(), capacity});
                }
            }
            times[r] = steps.stream().mapToInt(step -> step[0]).toArray();
            values[r] = steps.stream().mapToInt(step -> step[1]).toArray();
        }
        return new ResourceAvailability(full, times, values);
    }

    /** The capacity of resource {@code resource} at time {@code time} (at least 0; full capacity before time 0). */
    public int capacityAt(int resource, long time) {
        int[] times = changeTimes[resource];
        int low = 0;
        int high = times.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (times[middle] <= time) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return time < 0 ? fullCapacities[resource] : capacities[resource][low];
    }

    /** The times at which resource {@code resource}'s capacity changes, 0 first, a fresh array. */
    public int[] changeTimes(int resource) {
        return changeTimes[resource].clone();
    }

    /** The time after which every resource has its full capacity for ever (0 without downtimes). */
    public int lastChange() {
        int last = 0;
        for (int[] times : changeTimes) {
            last = Math.max(last, times[times.length - 1]);
        }
        return last;
    }

    /** The stretches of reduced capacity of resource {@code resource}, in time order. */
    public List<ReducedStretch> reducedStretches(int resource) {
        List<ReducedStretch> stretches = new ArrayList<>();
        int[] times = changeTimes[resource];
        for (int k = 0; k < times.length; k++) {
            int capacity = capacities[resource][k];
            if (capacity < fullCapacities[resource]) {
                int end = k + 1 < times.length ? times[k + 1] : Integer.MAX_VALUE;
                stretches.add(new ReducedStretch(resource, times[k], end, capacity));
            }
        }
        return stretches;
    }
}
