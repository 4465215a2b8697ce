package org.sched4j.maxcut;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A quadratic unconstrained binary optimisation (QUBO) problem on variables {@code x_i ∈ {0, 1}}: minimise
 * <pre>f(x) = Σ_{i≤j} Q_ij x_i x_j + constant</pre>
 * with {@code Q} upper triangular (the diagonal holds the linear terms, since {@code x_i² = x_i}). Immutable; build one
 * with {@link #builder}.
 */
public final class QuboModel {

    private final int variableCount;
    private final Map<Long, Double> terms;
    private final double constant;

    private QuboModel(int variableCount, Map<Long, Double> terms, double constant) {
        this.variableCount = variableCount;
        this.terms = terms;
        this.constant = constant;
    }

    /** A builder of a QUBO on {@code variableCount} variables, at least 1. */
    public static Builder builder(int variableCount) {
        return new Builder(variableCount);
    }

    /** The number of variables n. */
    public int variableCount() {
        return variableCount;
    }

    /** The constant term. */
    public double constant() {
        return constant;
    }

    /**
     * The non-zero terms {@code Q_ij}, {@code i ≤ j}, keyed by {@code (i << 32) | j}, in increasing order of
     * {@code (i, j)}; unmodifiable.
     */
    public Map<Long, Double> terms() {
        return terms;
    }

    /** The first index {@code i} of a term key. */
    public static int rowOf(long key) {
        return (int) (key >>> 32);
    }

    /** The second index {@code j} of a term key. */
    public static int columnOf(long key) {
        return (int) key;
    }

    /**
     * The value {@code f(x)} of an assignment.
     *
     * @throws IllegalArgumentException when the length is not n
     */
    public double value(boolean[] x) {
        if (x.length != variableCount) {
            throw new IllegalArgumentException("expected " + variableCount + " variables, got " + x.length);
        }
        double value = constant;
        for (Map.Entry<Long, Double> term : terms.entrySet()) {
            if (x[rowOf(term.getKey())] && x[columnOf(term.getKey())]) {
                value += term.getValue();
            }
        }
        return value;
    }

    /** Builds a {@link QuboModel}; terms given twice add up, {@code Q_ji} is added to {@code Q_ij}. Not thread-safe. */
    public static final class Builder {

        private final int variableCount;
        private final Map<Long, Double> terms = new TreeMap<>();
        private double constant;

        private Builder(int variableCount) {
            if (variableCount < 1) {
                throw new IllegalArgumentException("variableCount must be at least 1, got " + variableCount);
            }
            this.variableCount = variableCount;
        }

        /** Adds {@code value} to {@code Q_ij} (a linear term when {@code i == j}). */
        public Builder addTerm(int i, int j, double value) {
            for (int index : new int[] {i, j}) {
                if (index < 0 || index >= variableCount) {
                    throw new IllegalArgumentException("variable " + index + " is outside 0.." + (variableCount - 1));
                }
            }
            terms.merge(((long) Math.min(i, j) << 32) | Math.max(i, j), value, Double::sum);
            return this;
        }

        /** Adds {@code value} to the constant term. */
        public Builder addConstant(double value) {
            constant += value;
            return this;
        }

        /** The model; terms that sum to 0 are dropped. */
        public QuboModel build() {
            Map<Long, Double> kept = new LinkedHashMap<>();
            terms.forEach((key, value) -> {
                if (value != 0) {
                    kept.put(key, value);
                }
            });
            return new QuboModel(variableCount, Collections.unmodifiableMap(kept), constant);
        }
    }
}
