package org.sched4j.heuristics.rcpsp;

/**
 * The serial schedule generation scheme (Kelley 1963; Kolisch, "Serial and parallel resource-constrained project
 * scheduling methods revisited", EJOR 90, 1996): n stages; at each, one eligible activity (all predecessors placed)
 * chosen by an {@link ActivityChooser} is placed at its earliest start that respects its release, its predecessors'
 * ends plus lags, the capacity left over its whole duration (downtimes included) and its already placed disjunctive
 * partners. Fails when an activity cannot end by its deadline. O(n² + n·H·R) for horizon H and R resources.
 */
final class SerialScheduleGenerator {

    private SerialScheduleGenerator() {
    }

    /**
     * A schedule of {@code network}, activities picked by {@code chooser}.
     *
     * @return the start times, or {@code null} when an activity misses its deadline or fits nowhere in the horizon
     */
    static int[] schedule(ProjectNetwork network, ActivityChooser chooser) {
        int n = network.activityCount;
        int[] starts = new int[n];
        boolean[] placed = new boolean[n];
        int[] unplacedPredecessors = new int[n];
        int[] eligible = new int[n];
        int eligibleCount = 0;
        for (int i = 0; i < n; i++) {
            unplacedPredecessors[i] = network.predecessors[i].length;
            if (unplacedPredecessors[i] == 0) {
                eligible[eligibleCount++] = i;
            }
        }
        CapacityTimeline timeline = new CapacityTimeline(network);
        for (int stage = 0; stage < n; stage++) {
            if (eligibleCount == 0) {
                return null;
            }
            int position = chooser.choose(eligible, eligibleCount);
            int activity = eligible[position];
            System.arraycopy(eligible, position + 1, eligible, position, eligibleCount - position - 1);
            eligibleCount--;
            int start = earliestStart(network, timeline, starts, placed, activity);
            if (start < 0) {
                return null;
            }
            starts[activity] = start;
            placed[activity] = true;
            timeline.place(activity, start);
            for (int successor : network.successors[activity]) {
                if (--unplacedPredecessors[successor] == 0) {
                    eligibleCount = insertSorted(eligible, eligibleCount, successor);
                }
            }
        }
        return starts;
    }

    /** The earliest feasible start of {@code activity}, or -1 when it would miss its deadline or the horizon. */
    static int earliestStart(ProjectNetwork network, CapacityTimeline timeline, int[] starts, boolean[] placed,
                             int activity) {
        int start = precedenceReady(network, starts, activity);
        int latest = network.deadlines[activity] - network.durations[activity];
        while (start <= latest) {
            int conflict = timeline.lastConflict(activity, start);
            if (conflict == CapacityTimeline.BEYOND_HORIZON) {
                return -1;
            }
            if (conflict >= 0) {
                start = conflict + 1;
                continue;
            }
            int partnerEnd = overlappingPartnerEnd(network, starts, placed, activity, start);
            if (partnerEnd < 0) {
                return start;
            }
            start = partnerEnd;
        }
        return -1;
    }

    /** The earliest start the release and the placed predecessors allow. */
    static int precedenceReady(ProjectNetwork network, int[] starts, int activity) {
        int ready = network.releases[activity];
        int[] predecessors = network.predecessors[activity];
        for (int k = 0; k < predecessors.length; k++) {
            int predecessor = predecessors[k];
            ready = Math.max(ready, starts[predecessor] + network.durations[predecessor]
                    + network.predecessorLags[activity][k]);
        }
        return ready;
    }

    /** The end of a placed partner overlapping {@code activity} started at {@code start}, or -1 when none does. */
    static int overlappingPartnerEnd(ProjectNetwork network, int[] starts, boolean[] placed, int activity,
                                     int start) {
        int duration = network.durations[activity];
        if (duration == 0) {
            return -1;
        }
        int latestEnd = -1;
        for (int partner : network.partners[activity]) {
            int partnerDuration = network.durations[partner];
            if (placed[partner] && partnerDuration > 0 && starts[partner] < start + duration
                    && start < starts[partner] + partnerDuration) {
                latestEnd = Math.max(latestEnd, starts[partner] + partnerDuration);
            }
        }
        return latestEnd;
    }

    private static int insertSorted(int[] eligible, int count, int activity) {
        int position = count;
        while (position > 0 && eligible[position - 1] > activity) {
            eligible[position] = eligible[position - 1];
            position--;
        }
        eligible[position] = activity;
        return count + 1;
    }
}
