package org.sched4j.ising;

import java.time.Duration;
import java.util.Objects;

/**
 * What an annealer found: the lowest-energy spins, their energy, and how much work it took.
 *
 * @param spins       the best spins found, {@code +1}/{@code -1}, one per site (the record keeps the array given;
 *                    callers must not modify it)
 * @param energy      their energy as the annealer computed it (callers recompute it where it matters)
 * @param runs        the number of annealing runs completed (restarts), over all replicas
 * @param spinUpdates the number of attempted single-spin updates, over all replicas
 * @param timeToBest  the time from the solve's start to the moment the best spins were found
 * @param engine      where it ran, in words ({@code "2 CPU threads"}, {@code "CUDA on NVIDIA H100"})
 */
public record AnnealingOutcome(byte[] spins, double energy, long runs, long spinUpdates, Duration timeToBest,
                               String engine) {

    public AnnealingOutcome {
        Objects.requireNonNull(spins, "spins");
        Objects.requireNonNull(timeToBest, "timeToBest");
        Objects.requireNonNull(engine, "engine");
    }
}
