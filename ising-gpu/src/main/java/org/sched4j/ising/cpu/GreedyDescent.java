package org.sched4j.ising.cpu;

import org.sched4j.maxcut.IsingModel;

/** The greedy one-flip descent of the CPU annealer, offered to other engines (the GPU annealer polishes with it). */
public final class GreedyDescent {

    private GreedyDescent() {
    }

    /**
     * Flips single spins of {@code spins} (in place) while a flip lowers the energy of {@code model}.
     *
     * @return the energy of the local minimum reached
     */
    public static double descend(IsingModel model, byte[] spins) {
        MetropolisReplica replica = new MetropolisReplica(model, 0);
        replica.setSpins(spins);
        replica.descend();
        replica.copySpinsTo(spins);
        return replica.energy();
    }
}
