package org.sched4j.cpmodels.podpacking;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * What a CP-SAT model of pod packing may change: the <em>free</em> pods, each with the nodes it may take (or none:
 * it may always be left unplaced), while every other pod stays fixed where a base plan puts it. The model still
 * judges the whole cluster: the fixed pods count in every rule (capacities of the nodes the free pods may take,
 * affinity and anti-affinity domains, spread counts over every domain, disruption budgets), so a plan the model
 * accepts is valid for the whole cluster whenever the base plan is.
 *
 * <p>{@link #wholeCluster} frees every pod that is not protected on every node (the exact model, whose optimum is the
 * instance's); a large neighbourhood search frees the pods of a few nodes ({@link #of}).
 */
public final class PodPackingNeighbourhood {

    private final PodPackingInstance instance;
    private final PodPlacement base;
    private final int[][] candidates;
    private final boolean wholeCluster;

    private PodPackingNeighbourhood(PodPackingInstance instance, PodPlacement base, int[][] candidates,
                                    boolean wholeCluster) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.base = Objects.requireNonNull(base, "base");
        this.candidates = candidates;
        this.wholeCluster = wholeCluster;
        if (base.size() != instance.podCount() || candidates.length != instance.podCount()) {
            throw new IllegalArgumentException("the base plan and the candidates need one entry per pod ("
                    + instance.podCount() + "), got " + base.size() + " and " + candidates.length);
        }
        for (int p = 0; p < candidates.length; p++) {
            Pod pod = instance.pods().get(p);
            if (candidates[p] != null && pod.protectedPod()) {
                throw new IllegalArgumentException("protected pod " + pod.name() + " cannot be free");
            }
            if (candidates[p] == null && pod.protectedPod() && base.nodeOf(p) != pod.currentNode()) {
                throw new IllegalArgumentException("the base plan moves protected pod " + pod.name());
            }
        }
    }

    /** Every pod that is not protected is free on every node; protected pods stay on their node. */
    public static PodPackingNeighbourhood wholeCluster(PodPackingInstance instance) {
        int[] allNodes = IntStream.range(0, instance.nodeCount()).toArray();
        int[][] candidates = new int[instance.podCount()][];
        for (int p = 0; p < candidates.length; p++) {
            candidates[p] = instance.pods().get(p).protectedPod() ? null : allNodes;
        }
        return new PodPackingNeighbourhood(instance, instance.currentPlacement(), candidates, true);
    }

    /**
     * The pods with non-null {@code candidates} are free on those nodes (indices, any order, no duplicates needed);
     * every other pod stays where {@code base} puts it.
     *
     * @throws IllegalArgumentException when a protected pod is freed or moved by the base plan, or a length is wrong
     */
    public static PodPackingNeighbourhood of(PodPackingInstance instance, PodPlacement base, int[][] candidates) {
        int[][] sorted = new int[candidates.length][];
        for (int p = 0; p < candidates.length; p++) {
            sorted[p] = candidates[p] == null ? null : Arrays.stream(candidates[p]).distinct().sorted().toArray();
        }
        return new PodPackingNeighbourhood(instance, base, sorted, false);
    }

    /** The scenario. */
    public PodPackingInstance instance() {
        return instance;
    }

    /** The plan that places the fixed pods. */
    public PodPlacement base() {
        return base;
    }

    /** Whether pod {@code pod} is free. */
    public boolean isFree(int pod) {
        return candidates[pod] != null;
    }

    /** The nodes free pod {@code pod} may take, ascending (before the model's rules filter them); null when fixed. */
    int[] candidates(int pod) {
        return candidates[pod];
    }

    /** The node of pod {@code pod} in the base plan ({@link Pod#PENDING} when unplaced). */
    int baseNode(int pod) {
        return base.nodeOf(pod);
    }

    /** Whether every pod but the protected ones is free on every node: the model is then the exact one. */
    public boolean isWholeCluster() {
        return wholeCluster;
    }

    /** The number of free pods. */
    public int freeCount() {
        return (int) Arrays.stream(candidates).filter(Objects::nonNull).count();
    }
}
