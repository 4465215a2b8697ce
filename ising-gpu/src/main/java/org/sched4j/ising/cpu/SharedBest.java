package org.sched4j.ising.cpu;

import org.sched4j.api.Deadline;
import org.sched4j.ising.ImprovementSink;

/**
 * The best spins of all threads so far; lower energy wins, ties go to the lower run index. The time to best counts
 * from the solve's start (its deadline's). Thread-safe.
 */
final class SharedBest {

    private final byte[] spins;
    private final ImprovementSink sink;
    private final Deadline deadline;
    private double energy = Double.POSITIVE_INFINITY;
    private long run = Long.MAX_VALUE;
    private long timeToBest;

    SharedBest(int spinCount, ImprovementSink sink, Deadline deadline) {
        this.spins = new byte[spinCount];
        this.sink = sink;
        this.deadline = deadline;
    }

    /** Keeps {@code candidate} (copied) when it beats the best; tells the sink when the energy drops. */
    synchronized void offer(byte[] candidate, double candidateEnergy, long candidateRun) {
        boolean lower = candidateEnergy < energy;
        if (lower || (candidateEnergy == energy && candidateRun < run)) {
            System.arraycopy(candidate, 0, spins, 0, spins.length);
            energy = candidateEnergy;
            run = candidateRun;
            if (lower) {
                timeToBest = deadline.elapsed().toNanos();
                sink.improved(spins, energy, timeToBest);
            }
        }
    }

    synchronized byte[] spins() {
        return spins.clone();
    }

    synchronized double energy() {
        return energy;
    }

    synchronized long timeToBest() {
        return timeToBest;
    }
}
