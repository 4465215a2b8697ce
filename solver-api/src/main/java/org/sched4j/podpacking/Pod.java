package org.sched4j.podpacking;

import java.util.Objects;

/**
 * A pod to place: its resource requests, its priority, and where it runs now.
 *
 * @param name          the pod's name ({@code namespace/name} for pods read from a cluster), unique in its scenario
 * @param cpuMillis     the CPU request in millicores, at least 0
 * @param memoryBytes   the memory request in bytes, at least 0
 * @param priority      the pod's priority ({@code spec.priority}); higher is more important, negative allowed
 * @param currentNode   the index of the node it runs on, or {@link #PENDING} when it waits to be scheduled
 * @param protectedPod  whether the pod must stay where it runs (it may be neither moved nor evicted); only a
 *                      running pod can be protected
 * @param gpu           its GPU request ({@link GpuRequest#NONE} when none)
 * @param scheduling    its namespace, labels and scheduling rules ({@link PodScheduling#NONE} when none)
 */
public record Pod(String name, long cpuMillis, long memoryBytes, int priority, int currentNode,
                  boolean protectedPod, GpuRequest gpu, PodScheduling scheduling) {

    /** The {@link #currentNode} of a pending pod. */
    public static final int PENDING = -1;

    public Pod {
        Objects.requireNonNull(name, "name");
        gpu = gpu == null ? GpuRequest.NONE : gpu;
        scheduling = scheduling == null ? PodScheduling.NONE : scheduling;
        if (cpuMillis < 0) {
            throw new IllegalArgumentException("pod " + name + ": cpuMillis must be at least 0, got " + cpuMillis);
        }
        if (memoryBytes < 0) {
            throw new IllegalArgumentException("pod " + name + ": memoryBytes must be at least 0, got " + memoryBytes);
        }
        if (currentNode < PENDING) {
            throw new IllegalArgumentException("pod " + name + ": currentNode must be a node index or -1 (pending), got "
                    + currentNode);
        }
        if (protectedPod && currentNode == PENDING) {
            throw new IllegalArgumentException("pod " + name + ": a pending pod cannot be protected");
        }
    }

    /** A pod without GPU request, labels or scheduling rules. */
    public Pod(String name, long cpuMillis, long memoryBytes, int priority, int currentNode, boolean protectedPod) {
        this(name, cpuMillis, memoryBytes, priority, currentNode, protectedPod, GpuRequest.NONE, PodScheduling.NONE);
    }

    /** This pod running on {@code node} ({@link #PENDING} for pending), protected or not; all else equal. */
    public Pod at(int node, boolean protect) {
        return new Pod(name, cpuMillis, memoryBytes, priority, node, protect, gpu, scheduling);
    }

    /** This pod with {@code request} as its GPU request. */
    public Pod withGpu(GpuRequest request) {
        return new Pod(name, cpuMillis, memoryBytes, priority, currentNode, protectedPod, request, scheduling);
    }

    /** This pod with {@code rules} as its namespace, labels and scheduling rules. */
    public Pod withScheduling(PodScheduling rules) {
        return new Pod(name, cpuMillis, memoryBytes, priority, currentNode, protectedPod, gpu, rules);
    }

    /** A pending pod, not protected. */
    public static Pod pending(String name, long cpuMillis, long memoryBytes, int priority) {
        return new Pod(name, cpuMillis, memoryBytes, priority, PENDING, false);
    }

    /** Whether the pod runs on a node now. */
    public boolean isRunning() {
        return currentNode != PENDING;
    }
}
