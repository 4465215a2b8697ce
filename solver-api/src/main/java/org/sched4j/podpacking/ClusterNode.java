package org.sched4j.podpacking;

import java.util.Objects;

/**
 * A Kubernetes node as the scheduler sees it: what it can allocate to pods.
 *
 * @param name        the node's name, unique in its cluster; ties between equally good nodes are broken by it
 * @param cpuMillis   the allocatable CPU in millicores ({@code 4} cores = 4000), at least 0
 * @param memoryBytes the allocatable memory in bytes, at least 0
 * @param podLimit    the most pods the node may run ({@code status.allocatable.pods}), at least 0
 * @param gpus        the GPU devices ({@code nvidia.com/gpu} allocatable, or the openb trace's {@code gpu}), at least 0
 * @param gpuModel    the devices' model ({@code nvidia.com/gpu.product} label, or the trace's {@code model}); empty when
 *                    unknown or without GPUs
 * @param scheduling  its labels, taints and whether it is cordoned ({@link NodeScheduling#NONE} when none)
 */
public record ClusterNode(String name, long cpuMillis, long memoryBytes, int podLimit, int gpus, String gpuModel,
                          NodeScheduling scheduling) {

    /** The node label that names the node; a node without it is its own hostname domain. */
    public static final String HOSTNAME_LABEL = "kubernetes.io/hostname";
    /** The node label of the zone. */
    public static final String ZONE_LABEL = "topology.kubernetes.io/zone";

    /** A node without GPUs, labels or taints. */
    public ClusterNode(String name, long cpuMillis, long memoryBytes, int podLimit) {
        this(name, cpuMillis, memoryBytes, podLimit, 0, "", NodeScheduling.NONE);
    }

    public ClusterNode {
        Objects.requireNonNull(name, "name");
        gpuModel = gpuModel == null ? "" : gpuModel;
        scheduling = scheduling == null ? NodeScheduling.NONE : scheduling;
        if (gpus < 0) {
            throw new IllegalArgumentException("node " + name + ": gpus must be at least 0, got " + gpus);
        }
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

    /**
     * Whether a pod with these requests fits this node while it is empty: CPU, memory, the pod limit, and its GPU
     * request (enough devices, of an accepted model).
     */
    public boolean fitsEmpty(Pod pod) {
        return podLimit >= 1 && pod.cpuMillis() <= cpuMillis && pod.memoryBytes() <= memoryBytes
                && (!pod.gpu().any() || pod.gpu().devices() <= gpus && pod.gpu().acceptsModel(gpuModel));
    }

    /**
     * The node's value of the topology label {@code key}: its label, or for {@link #HOSTNAME_LABEL} its name when
     * the label is missing; null when the node has no such label (it then belongs to no domain of that key).
     */
    public String topologyValue(String key) {
        String value = scheduling.labels().get(key);
        return value == null && HOSTNAME_LABEL.equals(key) ? name : value;
    }

    /** This node with {@code rules} as its labels, taints and cordon state. */
    public ClusterNode withScheduling(NodeScheduling rules) {
        return new ClusterNode(name, cpuMillis, memoryBytes, podLimit, gpus, gpuModel, rules);
    }
}
