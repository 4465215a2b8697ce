package org.sched4j.localsearch.jobshop;

import java.util.Objects;
import org.sched4j.jobshop.JobShopInstance;

/**
 * Numbers the operations of a job-shop instance {@code 0 .. N-1} (job by job, in processing order) and holds the
 * static per-operation data of the disjunctive graph as flat {@code int} arrays: duration, machine, job, job
 * predecessor and successor, and each machine's operations.
 *
 * <p>Index {@code N} is a sentinel ({@link #none}): a missing predecessor or successor points to it, and its duration,
 * head and tail are 0, so that the move loop never branches on "no neighbour". Immutable once built; shared by every
 * search thread.
 */
final class OperationIndex {

    final JobShopInstance instance;
    /** The number of operations N. */
    final int operationCount;
    final int machineCount;
    /** Durations, length N + 1 (the sentinel's is 0). */
    final int[] duration;
    final int[] machine;
    final int[] job;
    /** Job predecessor of each operation, {@link #none} for a job's first; length N + 1. */
    final int[] jobPredecessor;
    /** Job successor of each operation, {@link #none} for a job's last; length N + 1. */
    final int[] jobSuccessor;
    /** The id of each job's first operation, length n + 1 (the last entry is N). */
    final int[] firstOfJob;
    /** Machine {@code m}'s operations occupy {@code [machineStart[m], machineStart[m+1])} of a flat sequence. */
    final int[] machineStart;
    /** The rank of each operation among its machine's operations in id order. */
    final int[] slotOnMachine;

    /**
     * Indexes {@code instance}.
     *
     * @throws IllegalArgumentException when the total duration exceeds {@link Integer#MAX_VALUE} (heads and tails are
     *                                  {@code int})
     */
    OperationIndex(JobShopInstance instance) {
        this.instance = Objects.requireNonNull(instance, "instance");
        if (instance.totalDuration() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the total duration " + instance.totalDuration()
                    + " of " + instance.name() + " exceeds " + Integer.MAX_VALUE);
        }
        operationCount = instance.operationCount();
        machineCount = instance.machineCount();
        duration = new int[operationCount + 1];
        machine = new int[operationCount];
        job = new int[operationCount];
        jobPredecessor = new int[operationCount + 1];
        jobSuccessor = new int[operationCount + 1];
        firstOfJob = new int[instance.jobCount() + 1];
        jobPredecessor[operationCount] = operationCount;
        jobSuccessor[operationCount] = operationCount;
        int id = 0;
        for (int j = 0; j < instance.jobCount(); j++) {
            firstOfJob[j] = id;
            int length = instance.job(j).operationCount();
            for (int k = 0; k < length; k++, id++) {
                duration[id] = instance.operation(j, k).duration();
                machine[id] = instance.operation(j, k).machine();
                job[id] = j;
                jobPredecessor[id] = k == 0 ? operationCount : id - 1;
                jobSuccessor[id] = k == length - 1 ? operationCount : id + 1;
            }
        }
        firstOfJob[instance.jobCount()] = operationCount;
        machineStart = new int[machineCount + 1];
        slotOnMachine = new int[operationCount];
        int[] filled = new int[machineCount];
        for (int op = 0; op < operationCount; op++) {
            slotOnMachine[op] = filled[machine[op]]++;
        }
        for (int m = 0; m < machineCount; m++) {
            machineStart[m + 1] = machineStart[m] + filled[m];
        }
    }

    /** The sentinel index N that stands for "no operation". */
    int none() {
        return operationCount;
    }

    /** The id of operation {@code k} of job {@code j}. */
    int id(int j, int k) {
        return firstOfJob[j] + k;
    }

    /** The number of operations machine {@code m} processes. */
    int machineLength(int m) {
        return machineStart[m + 1] - machineStart[m];
    }

    /** The largest number of operations on one machine. */
    int longestMachine() {
        int longest = 0;
        for (int m = 0; m < machineCount; m++) {
            longest = Math.max(longest, machineLength(m));
        }
        return longest;
    }
}
