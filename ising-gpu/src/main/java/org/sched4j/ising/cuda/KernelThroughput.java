package org.sched4j.ising.cuda;

import org.sched4j.ising.AnnealingOutcome;

/**
 * The GPU kernel's speed on one model, measured by {@link CudaIsingAnnealer#measureThroughput}.
 *
 * @param outcome        the timed runs: their attempted spin updates ({@link
 *                       AnnealingOutcome#spinUpdates()}) and the best spins of the last run, with
 *                       the energy recomputed on the host
 * @param replicas       the replicas annealed at once (thread blocks)
 * @param threads        threads per block
 * @param sharedSpins    whether the spins were kept in shared memory during launches
 * @param kernelNanos    the time spent in the timed runs' kernel launches, in nanoseconds
 */
public record KernelThroughput(AnnealingOutcome outcome, int replicas, int threads,
                               boolean sharedSpins, long kernelNanos) {

    /** Attempted single-spin updates per second of kernel time. */
    public double spinUpdatesPerSecond() {
        return outcome.spinUpdates() / (kernelNanos / 1e9);
    }
}
