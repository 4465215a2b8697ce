package org.sched4j.maxcut;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An Ising model on spins {@code s_i ∈ {-1, +1}}, {@code i = 0 .. n-1}: couplings {@code J_ij} (symmetric, kept in
 * compressed sparse row form with each pair once from each end), fields {@code h_i} and a constant. Its energy, to be
 * minimised, is
 * <pre>H(s) = −Σ_{i&lt;j} J_ij s_i s_j − Σ_i h_i s_i + constant.</pre>
 * Immutable; build one with {@link #builder}. Accessors that return arrays return copies.
 */
public final class IsingModel {

    private final int spinCount;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] couplings;
    private final double[] fields;
    private final double constant;

    private IsingModel(int spinCount, int[] offsets, int[] neighbours, double[] couplings, double[] fields,
                       double constant) {
        this.spinCount = spinCount;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.couplings = couplings;
        this.fields = fields;
        this.constant = constant;
    }

    /** A builder of a model on {@code spinCount} spins, at least 1. */
    public static Builder builder(int spinCount) {
        return new Builder(spinCount);
    }

    /** The number of spins n. */
    public int spinCount() {
        return spinCount;
    }

    /** The number of coupled pairs (each counted once). */
    public int couplingCount() {
        return neighbours.length / 2;
    }

    /** The CSR row offsets, a copy of length {@code n + 1}. */
    public int[] couplingOffsets() {
        return offsets.clone();
    }

    /** The CSR neighbour array (each coupled pair from both ends, increasing per row), a copy. */
    public int[] couplingNeighbours() {
        return neighbours.clone();
    }

    /** The CSR coupling values {@code J}, parallel to {@link #couplingNeighbours()}, a copy. */
    public double[] couplingValues() {
        return couplings.clone();
    }

    /** The fields {@code h}, a copy of length n. */
    public double[] fields() {
        return fields.clone();
    }

    /** The field {@code h_i}. */
    public double field(int spin) {
        return fields[spin];
    }

    /** The constant term of the energy. */
    public double constant() {
        return constant;
    }

    /** The coupling {@code J_ij}, 0 when the pair is not coupled. */
    public double coupling(int i, int j) {
        int k = Arrays.binarySearch(neighbours, offsets[i], offsets[i + 1], j);
        return k >= 0 ? couplings[k] : 0;
    }

    /**
     * The energy {@code H(s)} of {@code spins}.
     *
     * @param spins one spin per site, {@code +1} or {@code -1}
     * @throws IllegalArgumentException when the length is not n
     */
    public double energy(byte[] spins) {
        if (spins.length != spinCount) {
            throw new IllegalArgumentException("expected " + spinCount + " spins, got " + spins.length);
        }
        double pairs = 0;
        double single = 0;
        for (int i = 0; i < spinCount; i++) {
            double field = 0;
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                if (neighbours[k] > i) {
                    field += couplings[k] * spins[neighbours[k]];
                }
            }
            pairs += field * spins[i];
            single += fields[i] * spins[i];
        }
        return -pairs - single + constant;
    }

    /** Builds an {@link IsingModel}; terms given twice add up. Not thread-safe. */
    public static final class Builder {

        private final int spinCount;
        private final Map<Long, Double> pairs = new TreeMap<>();
        private final double[] fields;
        private double constant;

        private Builder(int spinCount) {
            if (spinCount < 1) {
                throw new IllegalArgumentException("spinCount must be at least 1, got " + spinCount);
            }
            this.spinCount = spinCount;
            this.fields = new double[spinCount];
        }

        /** Adds {@code value} to the coupling {@code J_ij}, {@code i ≠ j}. */
        public Builder addCoupling(int i, int j, double value) {
            check(i);
            check(j);
            if (i == j) {
                throw new IllegalArgumentException("a coupling needs two different spins, got " + i + " twice");
            }
            long key = ((long) Math.min(i, j) << 32) | Math.max(i, j);
            pairs.merge(key, value, Double::sum);
            return this;
        }

        /** Adds {@code value} to the field {@code h_i}. */
        public Builder addField(int i, double value) {
            check(i);
            fields[i] += value;
            return this;
        }

        /** Adds {@code value} to the constant term. */
        public Builder addConstant(double value) {
            constant += value;
            return this;
        }

        private void check(int i) {
            if (i < 0 || i >= spinCount) {
                throw new IllegalArgumentException("spin " + i + " is outside 0.." + (spinCount - 1));
            }
        }

        /** The model; couplings that sum to 0 are dropped. */
        public IsingModel build() {
            pairs.values().removeIf(value -> value == 0);
            int[] offsets = new int[spinCount + 1];
            for (long key : pairs.keySet()) {
                offsets[(int) (key >>> 32) + 1]++;
                offsets[(int) key + 1]++;
            }
            for (int i = 0; i < spinCount; i++) {
                offsets[i + 1] += offsets[i];
            }
            int[] neighbours = new int[2 * pairs.size()];
            double[] couplings = new double[2 * pairs.size()];
            int[] next = Arrays.copyOf(offsets, spinCount);
            for (int pass = 0; pass < 2; pass++) {
                for (Map.Entry<Long, Double> pair : pairs.entrySet()) {
                    int i = (int) (pair.getKey() >>> 32);
                    int j = (int) (long) pair.getKey();
                    int row = pass == 0 ? j : i;
                    int column = pass == 0 ? i : j;
                    neighbours[next[row]] = column;
                    couplings[next[row]] = pair.getValue();
                    next[row]++;
                }
            }
            return new IsingModel(spinCount, offsets, neighbours, couplings, fields.clone(), constant);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IsingModel model && spinCount == model.spinCount
                && Arrays.equals(offsets, model.offsets) && Arrays.equals(neighbours, model.neighbours)
                && Arrays.equals(couplings, model.couplings) && Arrays.equals(fields, model.fields)
                && Double.compare(constant, model.constant) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(spinCount, Arrays.hashCode(neighbours), Arrays.hashCode(couplings),
                Arrays.hashCode(fields), constant);
    }

    @Override
    public String toString() {
        return "IsingModel[" + spinCount + " spins, " + couplingCount() + " couplings]";
    }
}
