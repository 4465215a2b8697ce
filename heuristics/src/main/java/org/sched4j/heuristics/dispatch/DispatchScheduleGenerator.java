package org.sched4j.heuristics.dispatch;

import java.util.Arrays;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * The common part of the dispatching schedule builders: the candidates are the next unscheduled operation of each
 * unfinished job; a subclass picks one, and it starts as early as its job and its machine allow, appended after the
 * machine's last operation. Every builder therefore yields a semi-active schedule whose makespan is at most the sum
 * of durations.
 *
 * <p>Operations of zero duration occupy no machine (they overlap nothing, as in the evaluator): each starts as soon as
 * its job predecessor ends, the moment it becomes the job's next operation, and never competes.
 *
 * <p>One step scans the unfinished jobs, so a schedule of N operations and J jobs takes O(N·J) time. A generator owns
 * its scratch arrays and is reused from one schedule to the next; it is not thread-safe.
 */
abstract sealed class DispatchScheduleGenerator permits NonDelayBuilder, GifflerThompsonBuilder {

    final OperationTable table;
    /** The next operation of each unfinished job. */
    final int[] nextOperation;
    /** The time each job's last scheduled operation ends. */
    final int[] jobReady;
    /** The time each machine's last scheduled operation ends. */
    final int[] machineReady;
    /** The unfinished jobs in {@code activeJobs[0 .. activeCount-1]}, in no particular order. */
    final int[] activeJobs;
    /** The earliest start of the candidate of {@code activeJobs[slot]}, filled before each selection. */
    final int[] earliestStart;
    int activeCount;
    private final int[] start;

    DispatchScheduleGenerator(OperationTable table) {
        this.table = table;
        this.nextOperation = new int[table.jobCount];
        this.jobReady = new int[table.jobCount];
        this.machineReady = new int[table.machineCount];
        this.activeJobs = new int[table.jobCount];
        this.earliestStart = new int[table.jobCount];
        this.start = new int[table.operationCount];
    }

    /** A generator of {@code builder}'s kind for {@code table}. */
    static DispatchScheduleGenerator of(ScheduleBuilder builder, OperationTable table) {
        return switch (builder) {
            case NON_DELAY -> new NonDelayBuilder(table);
            case ACTIVE -> new GifflerThompsonBuilder(table);
        };
    }

    /**
     * Builds one schedule, dispatching with {@code rule}; the start times are then in {@link #schedule()}.
     *
     * @return the makespan
     */
    final int build(PriorityRule rule) {
        reset();
        int makespan = 0;
        while (activeCount > 0) {
            computeEarliestStarts();
            makespan = Math.max(makespan, dispatch(selectSlot(rule)));
        }
        return makespan;
    }

    /**
     * Picks the candidate to dispatch next; {@link #earliestStart} holds every candidate's earliest start.
     *
     * @return its slot in {@link #activeJobs}
     */
    abstract int selectSlot(PriorityRule rule);

    /** The start times of the last schedule built, as a fresh {@link JobShopSchedule}. */
    final JobShopSchedule schedule() {
        int[][] starts = new int[table.jobCount][];
        for (int j = 0; j < table.jobCount; j++) {
            starts[j] = Arrays.copyOfRange(start, table.firstOperation[j], table.firstOperation[j + 1]);
        }
        return JobShopSchedule.of(starts);
    }

    private void computeEarliestStarts() {
        for (int slot = 0; slot < activeCount; slot++) {
            int job = activeJobs[slot];
            earliestStart[slot] = Math.max(jobReady[job], machineReady[table.machine[nextOperation[job]]]);
        }
    }

    /**
     * Whether a candidate of rank {@code rank} from job {@code job} beats the best so far ({@code bestJob} of rank
     * {@code bestRank}; {@code bestJob} negative when there is none yet): smaller rank, then smaller job index.
     */
    static boolean isPreferred(double rank, int job, double bestRank, int bestJob) {
        return bestJob < 0 || rank < bestRank || (rank == bestRank && job < bestJob);
    }

    private void reset() {
        Arrays.fill(jobReady, 0);
        Arrays.fill(machineReady, 0);
        activeCount = 0;
        for (int j = 0; j < table.jobCount; j++) {
            activeJobs[activeCount++] = j;
            nextOperation[j] = table.firstOperation[j] - 1;
        }
        for (int slot = activeCount - 1; slot >= 0; slot--) {
            advance(slot);
        }
    }

    private int dispatch(int slot) {
        int job = activeJobs[slot];
        int operation = nextOperation[job];
        int begin = earliestStart[slot];
        int end = begin + table.duration[operation];
        start[operation] = begin;
        machineReady[table.machine[operation]] = end;
        jobReady[job] = end;
        advance(slot);
        return end;
    }

    /** Moves the job in {@code slot} to its next operation of positive duration, or retires it when it is done. */
    private void advance(int slot) {
        int job = activeJobs[slot];
        int operation = nextOperation[job] + 1;
        int end = table.firstOperation[job + 1];
        while (operation < end && table.duration[operation] == 0) {
            start[operation] = jobReady[job];
            operation++;
        }
        if (operation < end) {
            nextOperation[job] = operation;
        } else {
            activeJobs[slot] = activeJobs[--activeCount];
        }
    }
}
