package org.sched4j.ising.cpu;

import org.sched4j.maxcut.IsingModel;

/**
 * The greedy one-flip descent of the CPU annealer, offered to other engines (the GPU annealer polishes with it). Holds
 * the model's arrays, taken once; not thread-safe.
 */
public final class GreedyDescent {

    private final MetropolisReplica replica;

    /** A descent on {@code model}. */
    public GreedyDescent(IsingModel model) {
        this.replica = new MetropolisReplica(model, 0);
    }

    /**
     * Flips single spins of {@code spins} (in place) while a flip lowers the energy of the model.
     *
     * @return the energy of the local minimum reached
     */
    public double descend(byte[] spins) {
        replica.setSpins(spins);
        replica.descend();
        replica.copySpinsTo(spins);
        return replica.energy();
    }
}
