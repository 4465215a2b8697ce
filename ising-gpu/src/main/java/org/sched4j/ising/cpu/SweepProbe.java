package org.sched4j.ising.cpu;

import org.sched4j.maxcut.IsingModel;

/** Measures how fast this machine sweeps a model: a few sweeps of a throwaway replica at a middle temperature. */
final class SweepProbe {

    private static final long PROBE_NANOS = 20_000_000L;

    private SweepProbe() {
    }

    /** Attempted spin updates per second of one thread on {@code model} at {@code beta}, measured for about 20 ms. */
    static double updatesPerSecond(IsingModel model, double beta) {
        MetropolisReplica replica = new MetropolisReplica(model, 1);
        long start = System.nanoTime();
        long updates = 0;
        do {
            replica.sweep(beta);
            updates += model.spinCount();
        } while (System.nanoTime() - start < PROBE_NANOS);
        return updates / ((System.nanoTime() - start) / 1e9);
    }
}
