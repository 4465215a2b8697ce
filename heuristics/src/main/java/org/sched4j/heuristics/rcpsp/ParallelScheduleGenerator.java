package org.sched4j.heuristics.rcpsp;

import java.util.Arrays;

/**
 * The parallel schedule generation scheme (Brooks' algorithm, as stated by Kolisch, "Serial and parallel
 * resource-constrained project scheduling methods revisited", EJOR 90, 1996): time advances from decision point to
 * decision point (an activity's end, an activity becoming ready after a lag or its release, a capacity change); at
 * each, activities that are ready and fit from there over their whole duration (capacity left, downtimes, placed
 * disjunctive partners) are started one by one, picked by an {@link ActivityChooser}, until none fits. It builds
 * non-delay schedules. Fails when a ready activity can no longer end by its deadline.
 */
final class ParallelScheduleGenerator {

    private ParallelScheduleGenerator() {
    }

    /**
     * A schedule of {@code network}, activities picked by {@code chooser}.
     *
     * @return the start times, or {@code null} when an activity misses its deadline or the horizon
     */
    static int[] schedule(ProjectNetwork network, ActivityChooser chooser) {
        int n = network.activityCount;
        int[] starts = new int[n];
        boolean[] placed = new boolean[n];
        int[] unplacedPredecessors = new int[n];
        for (int i = 0; i < n; i++) {
            unplacedPredecessors[i] = network.predecessors[i].length;
        }
        CapacityTimeline timeline = new CapacityTimeline(network);
        int[] candidates = new int[n];
        int placedCount = 0;
        int time = 0;
        while (placedCount < n) {
            int candidateCount = 0;
            for (int i = 0; i < n; i++) {
                if (!placed[i] && unplacedPredecessors[i] == 0
                        && SerialScheduleGenerator.precedenceReady(network, starts, i) <= time) {
                    if ((long) time + network.durations[i] > network.deadlines[i]) {
                        return null;
                    }
                    if (fits(network, timeline, starts, placed, i, time)) {
                        candidates[candidateCount++] = i;
                    }
                }
            }
            while (candidateCount > 0) {
                int position = chooser.choose(candidates, candidateCount);
                int activity = candidates[position];
                starts[activity] = time;
                placed[activity] = true;
                placedCount++;
                timeline.place(activity, time);
                for (int successor : network.successors[activity]) {
                    unplacedPredecessors[successor]--;
                }
                candidateCount = keepFitting(network, timeline, starts, placed, candidates, candidateCount, time);
            }
            if (placedCount < n) {
                time = nextDecisionTime(network, starts, placed, unplacedPredecessors, time);
                if (time >= network.horizon) {
                    return null;
                }
            }
        }
        return starts;
    }

    private static boolean fits(ProjectNetwork network, CapacityTimeline timeline, int[] starts, boolean[] placed,
                                int activity, int time) {
        return timeline.lastConflict(activity, time) < 0
                && SerialScheduleGenerator.overlappingPartnerEnd(network, starts, placed, activity, time) < 0;
    }

    private static int keepFitting(ProjectNetwork network, CapacityTimeline timeline, int[] starts, boolean[] placed,
                                   int[] candidates, int count, int time) {
        int kept = 0;
        for (int k = 0; k < count; k++) {
            int activity = candidates[k];
            if (!placed[activity] && fits(network, timeline, starts, placed, activity, time)) {
                candidates[kept++] = activity;
            }
        }
        return kept;
    }

    private static int nextDecisionTime(ProjectNetwork network, int[] starts, boolean[] placed,
                                        int[] unplacedPredecessors, int time) {
        long next = Long.MAX_VALUE;
        for (int i = 0; i < network.activityCount; i++) {
            if (placed[i]) {
                long end = (long) starts[i] + network.durations[i];
                if (end > time) {
                    next = Math.min(next, end);
                }
            } else if (unplacedPredecessors[i] == 0) {
                int ready = SerialScheduleGenerator.precedenceReady(network, starts, i);
                if (ready > time) {
                    next = Math.min(next, ready);
                }
            }
        }
        int change = Arrays.binarySearch(network.capacityChanges, time + 1);
        int index = change >= 0 ? change : -change - 1;
        if (index < network.capacityChanges.length) {
            next = Math.min(next, network.capacityChanges[index]);
        }
        return next == Long.MAX_VALUE ? time + 1 : (int) Math.min(next, Integer.MAX_VALUE);
    }
}
