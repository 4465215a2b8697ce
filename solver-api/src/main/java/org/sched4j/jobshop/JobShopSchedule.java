package org.sched4j.jobshop;

import java.util.Arrays;
import java.util.Objects;

/**
 * A job-shop solution: the start time of every operation, {@code start(job, operation)}. Immutable; the arrays
 * given to {@link #of} and returned by {@link #startTimes} are copies.
 */
public final class JobShopSchedule {

    private final int[][] starts;

    private JobShopSchedule(int[][] starts) {
        this.starts = starts;
    }

    /** A schedule with the given start times {@code [job][operation]} (copied). */
    public static JobShopSchedule of(int[][] startTimes) {
        Objects.requireNonNull(startTimes, "startTimes");
        int[][] copy = new int[startTimes.length][];
        for (int j = 0; j < startTimes.length; j++) {
            copy[j] = Objects.requireNonNull(startTimes[j], "startTimes[" + j + "]").clone();
        }
        return new JobShopSchedule(copy);
    }

    /** The start time of operation {@code operation} of job {@code job}. */
    public int start(int job, int operation) {
        return starts[job][operation];
    }

    /** The end time of operation {@code operation} of job {@code job} in {@code instance}. */
    public long end(JobShopInstance instance, int job, int operation) {
        return (long) starts[job][operation] + instance.operation(job, operation).duration();
    }

    /** The number of jobs this schedule has start times for. */
    public int jobCount() {
        return starts.length;
    }

    /** The number of start times of job {@code job}. */
    public int operationCount(int job) {
        return starts[job].length;
    }

    /** The start times {@code [job][operation]}, a fresh copy. */
    public int[][] startTimes() {
        int[][] copy = new int[starts.length][];
        for (int j = 0; j < starts.length; j++) {
            copy[j] = starts[j].clone();
        }
        return copy;
    }

    /**
     * The makespan of this schedule for {@code instance}: the latest end time. The {@link JobShopEvaluator} also
     * checks feasibility; this method does not.
     */
    public long makespan(JobShopInstance instance) {
        long makespan = 0;
        for (int j = 0; j < starts.length; j++) {
            for (int k = 0; k < starts[j].length; k++) {
                makespan = Math.max(makespan, end(instance, j, k));
            }
        }
        return makespan;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobShopSchedule schedule && Arrays.deepEquals(starts, schedule.starts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(starts);
    }

    @Override
    public String toString() {
        return "JobShopSchedule" + Arrays.deepToString(starts);
    }
}
