package org.sched4j.podpacking;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * The lexicographic objective of a pod packing plan (Christensen, Giallorenzo &amp; Mauro, "Priority Matters:
 * Optimising Kubernetes Clusters Usage with Constraint-Based Pod Packing", 2025): tier by tier from the highest
 * priority, first place as many pods of the tier as possible, then disrupt as few of its running pods as possible
 * (an eviction costs 1, a move 2). Maximising the pods placed <em>at or above</em> each tier, as the paper states it,
 * orders plans exactly as this per-tier vector does, since the tiers above are equal whenever a tier decides.
 *
 * <p>{@link #scalar()} folds the vector into one number to minimise, for the results CSV: the components
 * {@code (unplaced_1, disruption_1, unplaced_2, disruption_2, ...)} (tier 1 the highest) read as the digits of a
 * mixed-radix number whose digit {@code unplaced_t} has radix {@code pods_t + 1} and {@code disruption_t} radix
 * {@code 2 runningPods_t + 1}. So one more unplaced pod of a tier weighs more than any disruption of that tier and
 * everything below it, and one unit of disruption more than everything below it: the scalar orders plans exactly as
 * the vector does. It is exact while it stays below 2<sup>53</sup> (always on the paper's grid); beyond, the double
 * rounds its last digits and {@link #compareTo} is the exact order. A plan that places everything and disrupts
 * nothing scores 0.
 *
 * <p>After the tiers come two further levels, which the scalar leaves out: the soft penalty of the preferences
 * (preferred node and pod affinities, PreferNoSchedule taints, ScheduleAnyway spread; see the evaluator's
 * {@code InterPodRules}), then the GPU fragmentation ({@link GpuFragmentation}, in GPUs). {@link #compareTo} orders
 * by tiers, then soft penalty, then fragmentation.
 *
 * @param tiers            the outcome per tier, highest priority first
 * @param softPenalty      the soft penalty, at least 0
 * @param gpuFragmentation the expected GPU fragmentation in GPUs, at least 0
 */
public record PodPackingObjective(List<TierOutcome> tiers, long softPenalty, double gpuFragmentation)
        implements Comparable<PodPackingObjective> {

    /**
     * The soft penalty of one untolerated PreferNoSchedule taint, and of one unit of skew beyond the maxSkew of a
     * {@code ScheduleAnyway} spread constraint (or of such a constraint on a node without its topology label).
     */
    public static final int SOFT_UNIT = 100;

    /** Fragmentations closer than this (in GPUs) are equal for {@link #compareTo}. */
    public static final double FRAGMENTATION_TOLERANCE = 1e-6;

    public PodPackingObjective {
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
        if (softPenalty < 0 || !(gpuFragmentation >= 0)) {
            throw new IllegalArgumentException("soft penalty and fragmentation must be at least 0, got "
                    + softPenalty + " and " + gpuFragmentation);
        }
    }

    /** An objective without soft penalty or fragmentation. */
    public PodPackingObjective(List<TierOutcome> tiers) {
        this(tiers, 0, 0);
    }

    /** The objective folded into one number to minimise (see the class comment). */
    public double scalar() {
        return exactScalar().doubleValue();
    }

    /** The mixed-radix value of {@link #scalar()} without rounding. */
    public BigInteger exactScalar() {
        BigInteger value = BigInteger.ZERO;
        for (TierOutcome tier : tiers) {
            value = value.multiply(BigInteger.valueOf(tier.pods() + 1L)).add(BigInteger.valueOf(tier.unplaced()));
            value = value.multiply(BigInteger.valueOf(2L * tier.runningPods() + 1))
                    .add(BigInteger.valueOf(tier.disruption()));
        }
        return value;
    }

    /** The pods placed, over all tiers. */
    public int placed() {
        return tiers.stream().mapToInt(TierOutcome::placed).sum();
    }

    /** The pods left unplaced, over all tiers. */
    public int unplaced() {
        return tiers.stream().mapToInt(TierOutcome::unplaced).sum();
    }

    /** The disruption over all tiers (1 per eviction, 2 per move). */
    public int disruption() {
        return tiers.stream().mapToInt(TierOutcome::disruption).sum();
    }

    /**
     * Whether every pod is placed, no running pod disrupted, no preference missed and no GPU fragmented: then no plan
     * can be better.
     */
    public boolean isPerfect() {
        return tiersPerfect() && softPenalty == 0 && gpuFragmentation == 0;
    }

    /** Whether every pod is placed and no running pod disrupted (the tiers cannot be better). */
    public boolean tiersPerfect() {
        return unplaced() == 0 && disruption() == 0;
    }

    /** Compares the tiers only (placed, then disruption, tier by tier), as {@link #compareTo} begins. */
    public int compareTiers(PodPackingObjective other) {
        requireSameTiers(other);
        for (int t = 0; t < tiers.size(); t++) {
            TierOutcome mine = tiers.get(t);
            TierOutcome theirs = other.tiers.get(t);
            int difference = Integer.compare(theirs.placed(), mine.placed());
            if (difference == 0) {
                difference = Integer.compare(mine.disruption(), theirs.disruption());
            }
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    /**
     * Compares the placed pods tier by tier from the highest, ignoring disruption: negative when this plan places
     * more pods at the first tier where the two differ, 0 when they place as many in every tier.
     *
     * @throws IllegalArgumentException when the objectives are of different scenarios (different tiers)
     */
    public int comparePlacement(PodPackingObjective other) {
        requireSameTiers(other);
        for (int t = 0; t < tiers.size(); t++) {
            int difference = Integer.compare(other.tiers.get(t).placed(), tiers.get(t).placed());
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    /**
     * The exact lexicographic order: negative when this plan is better (less is better, as with {@link #scalar()}).
     *
     * @throws IllegalArgumentException when the objectives are of different scenarios (different tiers)
     */
    @Override
    public int compareTo(PodPackingObjective other) {
        int difference = compareTiers(other);
        if (difference != 0) {
            return difference;
        }
        difference = Long.compare(softPenalty, other.softPenalty);
        if (difference != 0) {
            return difference;
        }
        if (Math.abs(gpuFragmentation - other.gpuFragmentation) <= FRAGMENTATION_TOLERANCE) {
            return 0;
        }
        return Double.compare(gpuFragmentation, other.gpuFragmentation);
    }

    private void requireSameTiers(PodPackingObjective other) {
        if (other.tiers.size() != tiers.size()) {
            throw new IllegalArgumentException("objectives of different scenarios: " + tiers.size() + " and "
                    + other.tiers.size() + " tiers");
        }
    }
}
