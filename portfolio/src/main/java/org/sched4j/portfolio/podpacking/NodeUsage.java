package org.sched4j.portfolio.podpacking;

import java.util.ArrayList;
import java.util.List;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuFragmentation;
import org.sched4j.podpacking.GpuPacking;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * What a plan uses of each node, for {@link NodeSubsetSearch} to choose the nodes of a round: CPU, memory and GPU
 * thousandths used, the share held by the pods of a tier or above, and the expected GPU fragment of each GPU node.
 * O(pods + nodes) per plan.
 */
final class NodeUsage {

    private final PodPackingInstance instance;
    private final int[] tierOf;
    private final double maxCpu;
    private final double maxMemory;
    private final double maxGpuMilli;
    private final long[] usedCpu;
    private final long[] usedMemory;
    private final long[] usedGpuMilli;
    private final long[] heldCpu;
    private final long[] heldMemory;
    private Pod firstUnplaced;
    private int unplacedGpuPods;

    /** The usage of {@code plan}, holding the pods of tier {@code tier} or above and the protected pods. */
    NodeUsage(PodPackingInstance instance, PodPlacement plan, int tier) {
        this.instance = instance;
        this.tierOf = instance.tierOfPods();
        this.maxCpu = Math.max(1, instance.nodes().stream().mapToLong(ClusterNode::cpuMillis).max().orElse(1));
        this.maxMemory = Math.max(1, instance.nodes().stream().mapToLong(ClusterNode::memoryBytes).max().orElse(1));
        this.maxGpuMilli = 1000.0 * Math.max(1, instance.nodes().stream().mapToInt(ClusterNode::gpus).max().orElse(1));
        int nodes = instance.nodeCount();
        usedCpu = new long[nodes];
        usedMemory = new long[nodes];
        usedGpuMilli = new long[nodes];
        heldCpu = new long[nodes];
        heldMemory = new long[nodes];
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            int node = plan.nodeOf(p);
            if (node == Pod.PENDING) {
                firstUnplaced = firstUnplaced == null && tierOf[p] == tier ? pod : firstUnplaced;
                unplacedGpuPods += pod.gpu().any() ? 1 : 0;
                continue;
            }
            usedCpu[node] += pod.cpuMillis();
            usedMemory[node] += pod.memoryBytes();
            usedGpuMilli[node] += pod.gpu().totalMilli();
            if (tierOf[p] <= tier || pod.protectedPod()) {
                heldCpu[node] += pod.cpuMillis();
                heldMemory[node] += pod.memoryBytes();
            }
        }
    }

    /** The first unplaced pod of the tier, or null. */
    Pod firstUnplaced() {
        return firstUnplaced;
    }

    /** The unplaced pods that ask for GPUs. */
    int unplacedGpuPods() {
        return unplacedGpuPods;
    }

    /** The share of node {@code n} held by the pods of the tier or above: CPU fraction plus memory fraction. */
    double heldShare(int n) {
        ClusterNode node = instance.nodes().get(n);
        return (double) heldCpu[n] / Math.max(1, node.cpuMillis())
                + (double) heldMemory[n] / Math.max(1, node.memoryBytes());
    }

    /**
     * The free capacity of node {@code n}, relative to the largest node: CPU plus memory, plus GPU thousandths when
     * {@code withGpus}.
     */
    double freeShare(int n, boolean withGpus) {
        ClusterNode node = instance.nodes().get(n);
        double free = (node.cpuMillis() - usedCpu[n]) / maxCpu + (node.memoryBytes() - usedMemory[n]) / maxMemory;
        return withGpus ? free + (1000.0 * node.gpus() - usedGpuMilli[n]) / maxGpuMilli : free;
    }

    /**
     * The expected GPU fragment of every node under {@code plan} (FGD, thousandths of a GPU; 0 without GPUs or when
     * its requests cannot be packed).
     */
    static double[] fragments(PodPackingInstance instance, PodPlacement plan) {
        GpuFragmentation workload = GpuFragmentation.of(instance);
        List<List<GpuRequest>> requests = new ArrayList<>();
        long[] cpu = new long[instance.nodeCount()];
        for (int n = 0; n < instance.nodeCount(); n++) {
            requests.add(new ArrayList<>());
        }
        for (int p = 0; p < instance.podCount(); p++) {
            int node = plan.nodeOf(p);
            if (node != Pod.PENDING) {
                cpu[node] += instance.pods().get(p).cpuMillis();
                if (instance.pods().get(p).gpu().any()) {
                    requests.get(node).add(instance.pods().get(p).gpu());
                }
            }
        }
        double[] fragment = new double[instance.nodeCount()];
        for (int n = 0; n < instance.nodeCount(); n++) {
            ClusterNode node = instance.nodes().get(n);
            int[] free = node.gpus() == 0 ? null : GpuPacking.freeMilli(node.gpus(), requests.get(n));
            fragment[n] = free == null ? 0 : workload.node(node.gpuModel(), node.cpuMillis() - cpu[n], free);
        }
        return fragment;
    }
}
