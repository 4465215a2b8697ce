package org.sched4j.heuristics.podpacking;

import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;

/**
 * The default scheduler's resource scores of a feasible node for a pod, each from 0 to 100, with the default
 * profile's weights (1 and 1):
 * <ul>
 *   <li>{@code NodeResourcesFit} with the {@code LeastAllocated} strategy: per resource (CPU and memory, weight 1
 *       each) {@code (allocatable - requested) * 100 / allocatable} in integer arithmetic, averaged by weight;</li>
 *   <li>{@code NodeResourcesBalancedAllocation}: {@code (1 - std) * 100} truncated, where {@code std} is the standard
 *       deviation of the CPU and memory fractions {@code requested / allocatable} (each at most 1).</li>
 * </ul>
 * "Requested" includes the pod being scheduled and counts pods without a request at the non-zero defaults
 * (100 millicores, 200 MiB), as the scheduler's scoring does. The other score plugins of the default profile
 * (image locality, affinities, taints, topology spread) see nothing of this model and are left out.
 */
final class KubeDefaultScoring {

    private static final int MAX_NODE_SCORE = 100;

    private KubeDefaultScoring() {
    }

    /** The node's total score for {@code pod}: LeastAllocated plus BalancedAllocation, at most 200. */
    static long score(ClusterLoad load, int pod, int node) {
        ClusterNode capacity = load.instance().nodes().get(node);
        Pod request = load.instance().pods().get(pod);
        long cpu = load.nonZeroCpu(node) + ClusterLoad.nonZeroCpu(request);
        long memory = load.nonZeroMemory(node) + ClusterLoad.nonZeroMemory(request);
        return leastAllocated(cpu, capacity.cpuMillis(), memory, capacity.memoryBytes())
                + balancedAllocation(cpu, capacity.cpuMillis(), memory, capacity.memoryBytes());
    }

    /** {@code NodeResourcesFit}'s LeastAllocated score of a node with the given requested and allocatable amounts. */
    static long leastAllocated(long cpu, long cpuAllocatable, long memory, long memoryAllocatable) {
        return (leastAllocatedOf(cpu, cpuAllocatable) + leastAllocatedOf(memory, memoryAllocatable)) / 2;
    }

    private static long leastAllocatedOf(long requested, long allocatable) {
        if (allocatable == 0 || requested > allocatable) {
            return 0;
        }
        return (allocatable - requested) * MAX_NODE_SCORE / allocatable;
    }

    /** {@code NodeResourcesBalancedAllocation}'s score of a node with the given requested and allocatable amounts. */
    static long balancedAllocation(long cpu, long cpuAllocatable, long memory, long memoryAllocatable) {
        double cpuFraction = fraction(cpu, cpuAllocatable);
        double memoryFraction = fraction(memory, memoryAllocatable);
        double std = Math.abs(cpuFraction - memoryFraction) / 2;
        return (long) ((1 - std) * MAX_NODE_SCORE);
    }

    private static double fraction(long requested, long allocatable) {
        if (allocatable == 0) {
            return 1;
        }
        return Math.min(1.0, (double) requested / allocatable);
    }
}
