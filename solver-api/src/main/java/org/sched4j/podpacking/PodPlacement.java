package org.sched4j.podpacking;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A plan for a {@link PodPackingInstance}: the node of every pod, or {@link Pod#PENDING} (-1) for a pod left
 * unplaced. The moves and evictions are derived from it against the pods' current nodes ({@link #moves},
 * {@link #evictions}).
 *
 * <p>Immutable: the array is copied in and out.
 */
public final class PodPlacement {

    private final int[] nodeOfPod;

    /**
     * @param nodeOfPod the node index of every pod, in the instance's pod order; -1 for unplaced
     * @throws IllegalArgumentException when an entry is below -1
     */
    public PodPlacement(int[] nodeOfPod) {
        this.nodeOfPod = nodeOfPod.clone();
        for (int i = 0; i < this.nodeOfPod.length; i++) {
            if (this.nodeOfPod[i] < Pod.PENDING) {
                throw new IllegalArgumentException("pod " + i + ": node must be an index or -1, got " + nodeOfPod[i]);
            }
        }
    }

    /** The number of pods the plan covers. */
    public int size() {
        return nodeOfPod.length;
    }

    /** The node index of pod {@code pod}, or -1 when it is unplaced. */
    public int nodeOf(int pod) {
        return nodeOfPod[pod];
    }

    /** A copy of the node indices, one per pod. */
    public int[] nodes() {
        return nodeOfPod.clone();
    }

    /** The indices of the running pods the plan puts on another node. */
    public List<Integer> moves(PodPackingInstance instance) {
        return IntStream.range(0, nodeOfPod.length).filter(i -> instance.pods().get(i).isRunning()
                && nodeOfPod[i] != Pod.PENDING && nodeOfPod[i] != instance.pods().get(i).currentNode()).boxed().toList();
    }

    /** The indices of the running pods the plan leaves unplaced (evicts). */
    public List<Integer> evictions(PodPackingInstance instance) {
        return IntStream.range(0, nodeOfPod.length)
                .filter(i -> instance.pods().get(i).isRunning() && nodeOfPod[i] == Pod.PENDING).boxed().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PodPlacement placement && Arrays.equals(nodeOfPod, placement.nodeOfPod);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(nodeOfPod);
    }

    @Override
    public String toString() {
        return "PodPlacement" + Arrays.toString(nodeOfPod);
    }
}
