package org.sched4j.ising;

/**
 * Told by an annealer about every improvement of its best spins, from any of its threads, one call at a time.
 * Implementations return fast and must not keep or modify the array.
 */
@FunctionalInterface
public interface ImprovementSink {

    /**
     * A new best.
     *
     * @param spins        the spins, valid during the call only
     * @param energy       their energy
     * @param elapsedNanos the time since the solve started (its deadline's elapsed time)
     */
    void improved(byte[] spins, double energy, long elapsedNanos);

    /** A sink that ignores everything. */
    static ImprovementSink none() {
        return (spins, energy, elapsedNanos) -> {
        };
    }
}
