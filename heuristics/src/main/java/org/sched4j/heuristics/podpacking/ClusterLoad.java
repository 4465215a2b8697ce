package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * The mutable state of a cluster during scheduling: which node each pod is bound to and what each node's pods
 * request in total. Also keeps the "non-zero" requests the scheduler's scoring uses (a pod requesting no CPU counts
 * as 100 millicores, no memory as 200 MiB: {@code schedutil.GetNonzeroRequests}).
 */
final class ClusterLoad {

    static final long DEFAULT_CPU_MILLIS = 100;
    static final long DEFAULT_MEMORY_BYTES = 200L << 20;

    private final PodPackingInstance instance;
    private final int[] nodeOfPod;
    private final long[] cpu;
    private final long[] memory;
    private final long[] nonZeroCpu;
    private final long[] nonZeroMemory;
    private final List<List<Integer>> podsOnNode;
    private final int[] lowestEvictablePriority;

    /** The load of {@code instance}'s current state: running pods bound, pending pods unbound. */
    ClusterLoad(PodPackingInstance instance) {
        this.instance = instance;
        int nodes = instance.nodeCount();
        nodeOfPod = new int[instance.podCount()];
        Arrays.fill(nodeOfPod, Pod.PENDING);
        cpu = new long[nodes];
        memory = new long[nodes];
        nonZeroCpu = new long[nodes];
        nonZeroMemory = new long[nodes];
        lowestEvictablePriority = new int[nodes];
        Arrays.fill(lowestEvictablePriority, Integer.MAX_VALUE);
        podsOnNode = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            podsOnNode.add(new ArrayList<>());
        }
        for (int p = 0; p < instance.podCount(); p++) {
            if (instance.pods().get(p).isRunning()) {
                bind(p, instance.pods().get(p).currentNode());
            }
        }
    }

    PodPackingInstance instance() {
        return instance;
    }

    /** Binds the unbound pod {@code pod} to {@code node}. */
    void bind(int pod, int node) {
        Pod request = instance.pods().get(pod);
        nodeOfPod[pod] = node;
        cpu[node] += request.cpuMillis();
        memory[node] += request.memoryBytes();
        nonZeroCpu[node] += nonZeroCpu(request);
        nonZeroMemory[node] += nonZeroMemory(request);
        podsOnNode.get(node).add(pod);
        if (!request.protectedPod()) {
            lowestEvictablePriority[node] = Math.min(lowestEvictablePriority[node], request.priority());
        }
    }

    /** Unbinds the bound pod {@code pod}. */
    void unbind(int pod) {
        int node = nodeOfPod[pod];
        Pod request = instance.pods().get(pod);
        nodeOfPod[pod] = Pod.PENDING;
        cpu[node] -= request.cpuMillis();
        memory[node] -= request.memoryBytes();
        nonZeroCpu[node] -= nonZeroCpu(request);
        nonZeroMemory[node] -= nonZeroMemory(request);
        podsOnNode.get(node).remove(Integer.valueOf(pod));
        if (!request.protectedPod() && request.priority() == lowestEvictablePriority[node]) {
            lowestEvictablePriority[node] = podsOnNode.get(node).stream().map(instance.pods()::get)
                    .filter(other -> !other.protectedPod()).mapToInt(Pod::priority).min().orElse(Integer.MAX_VALUE);
        }
    }

    /** The lowest priority of the unprotected pods on {@code node}; {@link Integer#MAX_VALUE} when there are none. */
    int lowestEvictablePriority(int node) {
        return lowestEvictablePriority[node];
    }

    /** Whether {@code pod} fits {@code node} as it is (NodeResourcesFit and the pod limit). */
    boolean fits(int pod, int node) {
        return fitsAfterFreeing(pod, node, 0, 0, 0);
    }

    /** Whether {@code pod} fits {@code node} once pods requesting the given amounts leave it. */
    boolean fitsAfterFreeing(int pod, int node, long freedCpu, long freedMemory, int freedPods) {
        Pod request = instance.pods().get(pod);
        ClusterNode capacity = instance.nodes().get(node);
        return podsOnNode.get(node).size() - freedPods + 1 <= capacity.podLimit()
                && cpu[node] - freedCpu + request.cpuMillis() <= capacity.cpuMillis()
                && memory[node] - freedMemory + request.memoryBytes() <= capacity.memoryBytes();
    }

    /** The pods bound to {@code node}, in binding order (a live view; copy before changing the load). */
    List<Integer> podsOn(int node) {
        return podsOnNode.get(node);
    }

    long nonZeroCpu(int node) {
        return nonZeroCpu[node];
    }

    long nonZeroMemory(int node) {
        return nonZeroMemory[node];
    }

    static long nonZeroCpu(Pod pod) {
        return pod.cpuMillis() == 0 ? DEFAULT_CPU_MILLIS : pod.cpuMillis();
    }

    static long nonZeroMemory(Pod pod) {
        return pod.memoryBytes() == 0 ? DEFAULT_MEMORY_BYTES : pod.memoryBytes();
    }

    /** The placement as it stands. */
    PodPlacement placement() {
        return new PodPlacement(nodeOfPod);
    }
}
