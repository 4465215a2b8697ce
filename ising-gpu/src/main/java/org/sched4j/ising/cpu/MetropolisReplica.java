package org.sched4j.ising.cpu;

import org.sched4j.maxcut.IsingModel;

/**
 * One replica of an Ising model under single-spin Metropolis dynamics (Metropolis et al., "Equation of state
 * calculations by fast computing machines", J. Chem. Phys. 21, 1953), with incrementally kept local fields
 * {@code f_i = h_i + Σ_j J_ij s_j}: flipping spin {@code i} changes the energy by {@code ΔE = 2 s_i f_i} and costs one
 * pass over its neighbours. Primitive arrays only; a sweep allocates nothing. Not thread-safe: one thread per replica.
 * Public for the throughput benchmark; solvers use {@link CpuIsingAnnealer}.
 */
public final class MetropolisReplica {

    private final int spinCount;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] couplings;
    private final double[] fields;
    private final double constant;
    private final byte[] spins;
    private final double[] localFields;
    private double energy;
    private long randomState;

    /** A replica of {@code model} with random spins drawn from {@code seed}. */
    public MetropolisReplica(IsingModel model, long seed) {
        this(ModelArrays.of(model), seed);
    }

    /** A replica of the model of {@code arrays} (shared, not copied) with random spins drawn from {@code seed}. */
    MetropolisReplica(ModelArrays arrays, long seed) {
        this.spinCount = arrays.spinCount();
        this.offsets = arrays.offsets();
        this.neighbours = arrays.neighbours();
        this.couplings = arrays.couplings();
        this.fields = arrays.fields();
        this.constant = arrays.constant();
        this.spins = new byte[spinCount];
        this.localFields = new double[spinCount];
        this.randomState = seed;
        randomize();
    }

    /** Draws every spin uniformly at random and recomputes the local fields and the energy. */
    public void randomize() {
        for (int i = 0; i < spinCount; i++) {
            spins[i] = (nextLong() & 1) == 0 ? (byte) 1 : (byte) -1;
        }
        recompute();
    }

    /** Sets the spins (copied) and recomputes the local fields and the energy. */
    void setSpins(byte[] newSpins) {
        System.arraycopy(newSpins, 0, spins, 0, spinCount);
        recompute();
    }

    private void recompute() {
        double pairs = 0;
        double single = 0;
        for (int i = 0; i < spinCount; i++) {
            double field = fields[i];
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                field += couplings[k] * spins[neighbours[k]];
            }
            localFields[i] = field;
            pairs += (field - fields[i]) * spins[i];
            single += fields[i] * spins[i];
        }
        energy = -pairs / 2 - single + constant;
    }

    /**
     * One Metropolis sweep at inverse temperature {@code beta}: each spin in turn is flipped when that lowers or keeps
     * the energy, else with probability {@code exp(−β ΔE)}.
     *
     * @return the number of flips
     */
    public int sweep(double beta) {
        int flips = 0;
        for (int i = 0; i < spinCount; i++) {
            double delta = 2 * spins[i] * localFields[i];
            if (delta <= 0 || (beta * delta < 40 && nextDouble() < Math.exp(-beta * delta))) {
                flip(i, delta);
                flips++;
            }
        }
        return flips;
    }

    /**
     * Greedy one-flip descent: flips spins that lower the energy until none does (a local minimum).
     *
     * @return the number of flips
     */
    int descend() {
        int flips = 0;
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < spinCount; i++) {
                double delta = 2 * spins[i] * localFields[i];
                if (delta < 0) {
                    flip(i, delta);
                    flips++;
                    improved = true;
                }
            }
        }
        return flips;
    }

    private void flip(int i, double delta) {
        byte spin = (byte) -spins[i];
        spins[i] = spin;
        energy += delta;
        double change = 2.0 * spin;
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            localFields[neighbours[k]] += change * couplings[k];
        }
    }

    /** The current energy, kept incrementally. */
    public double energy() {
        return energy;
    }

    /** Copies the spins into {@code target}. */
    void copySpinsTo(byte[] target) {
        System.arraycopy(spins, 0, target, 0, spinCount);
    }

    /** The number of spins. */
    public int spinCount() {
        return spinCount;
    }

    /** SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014). */
    private long nextLong() {
        long z = randomState += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
