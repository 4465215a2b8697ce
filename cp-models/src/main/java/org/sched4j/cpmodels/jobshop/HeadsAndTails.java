package org.sched4j.cpmodels.jobshop;

import java.util.Arrays;
import org.sched4j.jobshop.Job;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.Operation;

/**
 * The heads and tails of a job-shop instance's operations, and the makespan lower bound they give.
 *
 * <p>The head of an operation is the sum of the durations before it in its job (its earliest start); its tail is the
 * sum of the durations after it (the least time between its end and the makespan). The lower bound is the larger of
 * the longest job and, over all machines, the smallest head on the machine plus the machine's load plus the smallest
 * tail on it: the one-machine bound of Carlier (1982, "The one-machine sequencing problem", EJOR 11), which is never
 * below the trivial bound (longest job, most loaded machine). O(N) for N operations.
 */
final class HeadsAndTails {

    private final long[][] heads;
    private final long[][] tails;
    private final long lowerBound;

    private HeadsAndTails(long[][] heads, long[][] tails, long lowerBound) {
        this.heads = heads;
        this.tails = tails;
        this.lowerBound = lowerBound;
    }

    /** Computes the heads, the tails and the lower bound of {@code instance}. */
    static HeadsAndTails of(JobShopInstance instance) {
        long[][] heads = new long[instance.jobCount()][];
        long[][] tails = new long[instance.jobCount()][];
        for (int j = 0; j < instance.jobCount(); j++) {
            Job job = instance.job(j);
            heads[j] = new long[job.operationCount()];
            tails[j] = new long[job.operationCount()];
            long before = 0;
            for (int k = 0; k < job.operationCount(); k++) {
                heads[j][k] = before;
                before += job.operation(k).duration();
                tails[j][k] = job.totalDuration() - before;
            }
        }
        return new HeadsAndTails(heads, tails, lowerBound(instance, heads, tails));
    }

    /** The earliest start of operation {@code operation} of job {@code job}. */
    long head(int job, int operation) {
        return heads[job][operation];
    }

    /** The sum of the durations after operation {@code operation} of job {@code job}. */
    long tail(int job, int operation) {
        return tails[job][operation];
    }

    /** A lower bound on the makespan, at least {@link JobShopInstance#trivialLowerBound()}. */
    long lowerBound() {
        return lowerBound;
    }

    private static long lowerBound(JobShopInstance instance, long[][] heads, long[][] tails) {
        int machines = instance.machineCount();
        long[] load = new long[machines];
        long[] smallestHead = new long[machines];
        long[] smallestTail = new long[machines];
        Arrays.fill(smallestHead, Long.MAX_VALUE);
        Arrays.fill(smallestTail, Long.MAX_VALUE);
        for (int j = 0; j < instance.jobCount(); j++) {
            for (int k = 0; k < instance.job(j).operationCount(); k++) {
                Operation operation = instance.operation(j, k);
                load[operation.machine()] += operation.duration();
                smallestHead[operation.machine()] = Math.min(smallestHead[operation.machine()], heads[j][k]);
                smallestTail[operation.machine()] = Math.min(smallestTail[operation.machine()], tails[j][k]);
            }
        }
        long bound = instance.trivialLowerBound();
        for (int m = 0; m < machines; m++) {
            if (load[m] > 0) {
                bound = Math.max(bound, smallestHead[m] + load[m] + smallestTail[m]);
            }
        }
        return bound;
    }
}
