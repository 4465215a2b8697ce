package org.sched4j.heuristics.dispatch;

import org.sched4j.jobshop.Job;
import org.sched4j.jobshop.JobShopInstance;

/**
 * A job-shop instance flattened into int arrays for the schedule builders: operation {@code k} of job {@code j} has
 * the index {@code firstOperation[j] + k}. Also holds the per-operation quantities the priority rules read.
 *
 * <p>All times fit in an {@code int}: the constructor rejects instances whose total duration does not, which also
 * bounds every dispatched makespan (a schedule built by appending operations never exceeds the sum of durations).
 */
final class OperationTable {

    final int jobCount;
    final int machineCount;
    final int operationCount;
    /** {@code firstOperation[j]} is the index of job j's first operation; {@code firstOperation[jobCount]} = N. */
    final int[] firstOperation;
    final int[] job;
    final int[] machine;
    final int[] duration;
    /** The job's work from this operation to its end, this operation included. */
    final int[] workRemaining;
    /** The number of the job's operations from this one to its end, this one included. */
    final int[] operationsRemaining;
    /** The flow due date: the job's processing time from its start up to and including this operation. */
    final int[] flowDueDate;

    OperationTable(JobShopInstance instance) {
        if (instance.totalDuration() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the total duration of " + instance.name() + " is "
                    + instance.totalDuration() + ", beyond the largest start time " + Integer.MAX_VALUE);
        }
        jobCount = instance.jobCount();
        machineCount = instance.machineCount();
        operationCount = instance.operationCount();
        firstOperation = new int[jobCount + 1];
        job = new int[operationCount];
        machine = new int[operationCount];
        duration = new int[operationCount];
        workRemaining = new int[operationCount];
        operationsRemaining = new int[operationCount];
        flowDueDate = new int[operationCount];
        int index = 0;
        for (int j = 0; j < jobCount; j++) {
            firstOperation[j] = index;
            index = fillJob(instance.job(j), j, index);
        }
        firstOperation[jobCount] = index;
    }

    private int fillJob(Job source, int jobIndex, int first) {
        int count = source.operationCount();
        int cumulative = 0;
        for (int k = 0; k < count; k++) {
            int operation = first + k;
            job[operation] = jobIndex;
            machine[operation] = source.operation(k).machine();
            duration[operation] = source.operation(k).duration();
            cumulative += duration[operation];
            flowDueDate[operation] = cumulative;
        }
        int remaining = 0;
        for (int k = count - 1; k >= 0; k--) {
            int operation = first + k;
            remaining += duration[operation];
            workRemaining[operation] = remaining;
            operationsRemaining[operation] = count - k;
        }
        return first + count;
    }
}
