package org.sched4j.podpacking;

import java.util.ArrayList;
import java.util.List;

/**
 * What a plan puts on each node: the CPU, memory and pod count requested there and its pods' GPU requests, with the
 * capacity check every user of the model shares ({@link #fits(ClusterNode, Iterable)}: CPU, memory, the pod limit and
 * the GPU packing of {@link GpuPacking}). O(pods + nodes) to build.
 */
public final class NodeLoads {

    private final PodPackingInstance instance;
    private final long[] cpu;
    private final long[] memory;
    private final int[] pods;
    private final List<List<GpuRequest>> gpus = new ArrayList<>();

    private NodeLoads(PodPackingInstance instance, PodPlacement placement) {
        this.instance = instance;
        int nodes = instance.nodeCount();
        cpu = new long[nodes];
        memory = new long[nodes];
        pods = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            gpus.add(new ArrayList<>());
        }
        for (int p = 0; p < placement.size(); p++) {
            int node = placement.nodeOf(p);
            if (node != Pod.PENDING && node < nodes) {
                Pod pod = instance.pods().get(p);
                cpu[node] += pod.cpuMillis();
                memory[node] += pod.memoryBytes();
                pods[node]++;
                if (pod.gpu().any()) {
                    gpus.get(node).add(pod.gpu());
                }
            }
        }
    }

    /** The loads {@code placement} puts on the nodes of {@code instance} (node indices beyond the nodes ignored). */
    public static NodeLoads of(PodPackingInstance instance, PodPlacement placement) {
        return new NodeLoads(instance, placement);
    }

    /** The CPU requested on {@code node}, in millicores. */
    public long cpu(int node) {
        return cpu[node];
    }

    /** The memory requested on {@code node}, in bytes. */
    public long memory(int node) {
        return memory[node];
    }

    /** The pods on {@code node}. */
    public int pods(int node) {
        return pods[node];
    }

    /** The GPU requests of the pods on {@code node}. */
    public List<GpuRequest> gpuRequests(int node) {
        return List.copyOf(gpus.get(node));
    }

    /**
     * The free thousandths per device of {@code node} once its pods' GPU requests are packed, or null when they do not
     * pack.
     */
    public int[] freeGpuMilli(int node) {
        return GpuPacking.freeMilli(instance.nodes().get(node).gpus(), gpus.get(node));
    }

    /** Whether the pods on {@code node} exceed its CPU, memory, pod limit or GPU devices. */
    public boolean overloaded(int node) {
        ClusterNode capacity = instance.nodes().get(node);
        return cpu[node] > capacity.cpuMillis() || memory[node] > capacity.memoryBytes()
                || pods[node] > capacity.podLimit()
                || !gpus.get(node).isEmpty() && GpuPacking.freeMilli(capacity.gpus(), gpus.get(node)) == null;
    }

    /** Whether {@code pods} together fit {@code node}: CPU, memory, the pod limit and the GPU packing. */
    public static boolean fits(ClusterNode node, Iterable<Pod> pods) {
        long cpu = 0;
        long memory = 0;
        int count = 0;
        List<GpuRequest> gpus = new ArrayList<>();
        for (Pod pod : pods) {
            cpu += pod.cpuMillis();
            memory += pod.memoryBytes();
            count++;
            if (pod.gpu().any()) {
                gpus.add(pod.gpu());
            }
        }
        return cpu <= node.cpuMillis() && memory <= node.memoryBytes() && count <= node.podLimit()
                && (gpus.isEmpty() || GpuPacking.freeMilli(node.gpus(), gpus) != null);
    }
}
