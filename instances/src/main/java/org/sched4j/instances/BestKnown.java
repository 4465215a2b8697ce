package org.sched4j.instances;

import java.util.Objects;

/**
 * The best known bounds of one instance, as published.
 *
 * @param instance   the instance's name ({@code ta01})
 * @param lowerBound the best proven lower bound (for minimisation), {@code NaN} when unknown
 * @param upperBound the best known objective (the best known solution), {@code NaN} when unknown
 */
public record BestKnown(String instance, double lowerBound, double upperBound) {

    public BestKnown {
        Objects.requireNonNull(instance, "instance");
    }

    /** Nothing known about {@code instance}. */
    public static BestKnown unknown(String instance) {
        return new BestKnown(instance, Double.NaN, Double.NaN);
    }

    public boolean hasUpperBound() {
        return !Double.isNaN(upperBound);
    }

    public boolean hasLowerBound() {
        return !Double.isNaN(lowerBound);
    }

    /** Returns true when both bounds are known and equal: the optimum is known. */
    public boolean isClosed() {
        return hasUpperBound() && hasLowerBound() && lowerBound == upperBound;
    }
}
