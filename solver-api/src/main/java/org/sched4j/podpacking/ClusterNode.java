package org.sched4j.podpacking;

import java.util.Objects;

/**
 * A Kubernetes node as the scheduler sees it: what it can allocate to pods.
 *
 * @param name        the node's name, unique in its cluster; ties between equally good nodes are broken by it
 * @param cpuMillis   the allocatable CPU in millicores ({@code 4} cores = 4000), at least 0
 * @param memoryBytes the allocatable memory in bytes, at least 0
 * @param podLimit    the most pods the node may run ({@code status.allocatable.pods}), at least 0
 */
public record ClusterNode(String name, long cpuMillis, long memoryBytes, int podLimit) {

    public ClusterNode {
        Objects.requireNonNull(name, "name");
        if (cpuMillis < 0) {
            throw new IllegalArgumentException("node " + name + ": cpuMillis must be at least 0, got " + cpuMillis);
        }
        if (memoryBytes < 0) {
            throw new IllegalArgumentException("node " + name + ": memoryBytes must be at least 0, got " + memoryBytes);
        }
        if (podLimit < 0) {
            throw new IllegalArgumentException("node " + name + ": podLimit must be at least 0, got " + podLimit);
        }
    }

    /** Whether a pod with these requests fits this node while it is empty. */
    public boolean fitsEmpty(Pod pod) {
        return podLimit >= 1 && pod.cpuMillis() <= cpuMillis && pod.memoryBytes() <= memoryBytes;
    }
}
