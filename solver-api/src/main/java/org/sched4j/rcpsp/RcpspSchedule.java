package org.sched4j.rcpsp;

import java.util.Arrays;
import java.util.Objects;

/**
 * An RCPSP solution: the start time of every activity, by activity index. Immutable; the arrays given to {@link #of}
 * and returned by {@link #startTimes} are copies.
 */
public final class RcpspSchedule {

    private final int[] starts;

    private RcpspSchedule(int[] starts) {
        this.starts = starts;
    }

    /** A schedule with the given start times, one per activity (copied). */
    public static RcpspSchedule of(int[] startTimes) {
        return new RcpspSchedule(Objects.requireNonNull(startTimes, "startTimes").clone());
    }

    /** The start time of activity {@code activity}. */
    public int start(int activity) {
        return starts[activity];
    }

    /** The end time of activity {@code activity} in {@code instance}. */
    public long end(RcpspInstance instance, int activity) {
        return (long) starts[activity] + instance.duration(activity);
    }

    /** The number of start times. */
    public int activityCount() {
        return starts.length;
    }

    /** The start times, a fresh copy. */
    public int[] startTimes() {
        return starts.clone();
    }

    /**
     * The makespan of this schedule for {@code instance}: the latest end time (0 for no activity). The
     * {@link RcpspEvaluator} also checks feasibility; this method does not.
     */
    public long makespan(RcpspInstance instance) {
        long makespan = 0;
        for (int i = 0; i < starts.length; i++) {
            makespan = Math.max(makespan, end(instance, i));
        }
        return makespan;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RcpspSchedule schedule && Arrays.equals(starts, schedule.starts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return "RcpspSchedule" + Arrays.toString(starts);
    }
}
