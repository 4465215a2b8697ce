package org.sched4j.ising.cpu;

import org.sched4j.maxcut.IsingModel;

/**
 * The arrays of an Ising model in compressed sparse rows, taken from the model once and shared, read-only, by every
 * replica of an annealer: {@link IsingModel}'s accessors copy on every call, which on a graph of millions of edges
 * would cost more than the sweeps.
 *
 * @param spinCount  the number of spins n
 * @param offsets    the row offsets, length n + 1
 * @param neighbours the neighbours of each row
 * @param couplings  the couplings {@code J}, parallel to {@code neighbours}
 * @param fields     the fields {@code h}, length n
 * @param constant   the constant term of the energy
 */
record ModelArrays(int spinCount, int[] offsets, int[] neighbours, double[] couplings, double[] fields,
                   double constant) {

    /** The arrays of {@code model} (one copy of each). */
    static ModelArrays of(IsingModel model) {
        return new ModelArrays(model.spinCount(), model.couplingOffsets(), model.couplingNeighbours(),
                model.couplingValues(), model.fields(), model.constant());
    }
}
