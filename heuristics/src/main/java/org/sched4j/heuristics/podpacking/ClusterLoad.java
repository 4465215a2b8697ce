package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * The mutable state of a cluster during scheduling: which node each pod is bound to, what each node's pods request
 * in total (CPU, memory, pods, GPU devices and shares), the inter-pod counts ({@link InterPodCounts}) and the
 * disruptions charged to each PodDisruptionBudget. Also keeps the "non-zero" requests the scheduler's scoring uses (a
 * pod requesting no CPU counts as 100 millicores, no memory as 200 MiB: {@code schedutil.GetNonzeroRequests}).
 *
 * <p>{@link #feasible} is the default profile's filter chain for a pod on a node: the node-only rules
 * ({@link NodeRules}), {@code NodeResourcesFit} with the pod limit and the GPUs ({@link #fits}), and the inter-pod
 * rules ({@link InterPodCounts#allows}).
 */
final class ClusterLoad {

    static final long DEFAULT_CPU_MILLIS = 100;
    static final long DEFAULT_MEMORY_BYTES = 200L << 20;

    private final PodPackingInstance instance;
    private final NodeRules nodeRules;
    private final InterPodCounts rules;
    private final NodeGpus gpus;
    private final int[] nodeOfPod;
    private final long[] cpu;
    private final long[] memory;
    private final long[] nonZeroCpu;
    private final long[] nonZeroMemory;
    private final List<List<Integer>> podsOnNode;
    private final int[] lowestEvictablePriority;
    private final boolean[] lowestEvictableStale;
    private final int[] version;
    private final int[][] budgetsOfPod;
    private final int[] disrupted;

    /** The load of {@code instance}'s current state: running pods bound, pending pods unbound. */
    ClusterLoad(PodPackingInstance instance) {
        this.instance = instance;
        int nodes = instance.nodeCount();
        nodeRules = new NodeRules(instance);
        boolean interPod = instance.pods().stream().anyMatch(pod -> pod.scheduling().hasInterPodRules());
        rules = interPod ? new InterPodCounts(new InterPodIndex(instance), instance) : null;
        gpus = new NodeGpus(instance);
        nodeOfPod = new int[instance.podCount()];
        Arrays.fill(nodeOfPod, Pod.PENDING);
        cpu = new long[nodes];
        memory = new long[nodes];
        nonZeroCpu = new long[nodes];
        nonZeroMemory = new long[nodes];
        lowestEvictablePriority = new int[nodes];
        Arrays.fill(lowestEvictablePriority, Integer.MAX_VALUE);
        lowestEvictableStale = new boolean[nodes];
        version = new int[nodes];
        podsOnNode = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            podsOnNode.add(new ArrayList<>());
        }
        budgetsOfPod = new int[instance.podCount()][];
        disrupted = new int[instance.budgets().size()];
        int[] none = new int[0];
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            List<Integer> covering = new ArrayList<>();
            for (int b = 0; b < instance.budgets().size() && pod.isRunning(); b++) {
                if (instance.budgets().get(b).covers(pod)) {
                    covering.add(b);
                }
            }
            budgetsOfPod[p] = covering.isEmpty() ? none : InterPodIndex.ints(covering);
            for (int budget : budgetsOfPod[p]) {
                disrupted[budget]++;
            }
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

    NodeRules nodeRules() {
        return nodeRules;
    }

    /** The inter-pod counts, or null when the scenario has no inter-pod term. */
    InterPodCounts rules() {
        return rules;
    }

    NodeGpus gpus() {
        return gpus;
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
        version[node]++;
        if (!request.protectedPod() && !lowestEvictableStale[node]) {
            lowestEvictablePriority[node] = Math.min(lowestEvictablePriority[node], request.priority());
        }
        gpus.add(node, request.gpu());
        if (rules != null) {
            rules.bind(pod, node);
        }
        if (node == request.currentNode()) {
            for (int budget : budgetsOfPod[pod]) {
                disrupted[budget]--;
            }
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
        version[node]++;
        if (!request.protectedPod() && request.priority() == lowestEvictablePriority[node]) {
            lowestEvictableStale[node] = true;
        }
        gpus.remove(node, request.gpu());
        if (rules != null) {
            rules.unbind(pod);
        }
        if (node == request.currentNode()) {
            for (int budget : budgetsOfPod[pod]) {
                disrupted[budget]++;
            }
        }
    }

    /** The lowest priority of the unprotected pods on {@code node}; {@link Integer#MAX_VALUE} when there are none. */
    int lowestEvictablePriority(int node) {
        if (lowestEvictableStale[node]) {
            int lowest = Integer.MAX_VALUE;
            for (int other : podsOnNode.get(node)) {
                Pod pod = instance.pods().get(other);
                if (!pod.protectedPod()) {
                    lowest = Math.min(lowest, pod.priority());
                }
            }
            lowestEvictablePriority[node] = lowest;
            lowestEvictableStale[node] = false;
        }
        return lowestEvictablePriority[node];
    }

    /**
     * Sets the lowest evictable priority of {@code node} back to {@code lowest}, its value before a dry run that
     * unbound pods from the node and bound them all again.
     */
    void restoreLowestEvictablePriority(int node, int lowest) {
        lowestEvictablePriority[node] = lowest;
        lowestEvictableStale[node] = false;
    }

    /** Whether {@code pod} may be placed on {@code node} as it is: every filter of the default profile. */
    boolean feasible(int pod, int node) {
        return nodeRules.allowedNew(pod, node) && fits(pod, node) && (rules == null || rules.allows(pod, node));
    }

    /** Whether {@code pod} fits {@code node} as it is: {@code NodeResourcesFit}, the pod limit and the GPUs. */
    boolean fits(int pod, int node) {
        return fitsAfterFreeing(pod, node, 0, 0, 0) && gpus.fits(node, instance.pods().get(pod).gpu());
    }

    /** Whether {@code pod}'s CPU, memory and pod slot fit {@code node} once pods requesting the given amounts leave. */
    boolean fitsAfterFreeing(int pod, int node, long freedCpu, long freedMemory, int freedPods) {
        Pod request = instance.pods().get(pod);
        ClusterNode capacity = instance.nodes().get(node);
        return podsOnNode.get(node).size() - freedPods + 1 <= capacity.podLimit()
                && cpu[node] - freedCpu + request.cpuMillis() <= capacity.cpuMillis()
                && memory[node] - freedMemory + request.memoryBytes() <= capacity.memoryBytes();
    }

    /** The pods bound to {@code node} (a live view; copy before changing the load). */
    List<Integer> podsOn(int node) {
        return podsOnNode.get(node);
    }

    /** The node {@code pod} is bound to, or {@link Pod#PENDING}. */
    int nodeOf(int pod) {
        return nodeOfPod[pod];
    }

    /** The free CPU of {@code node}: allocatable minus the requests of its pods. */
    long cpuLeft(int node) {
        return instance.nodes().get(node).cpuMillis() - cpu[node];
    }

    /** A number that changes whenever a pod is bound to or unbound from {@code node}. */
    int version(int node) {
        return version[node];
    }

    long nonZeroCpu(int node) {
        return nonZeroCpu[node];
    }

    long nonZeroMemory(int node) {
        return nonZeroMemory[node];
    }

    /** The budgets covering {@code pod} (only running pods count against budgets, as in the evaluator). */
    int[] budgetsOf(int pod) {
        return budgetsOfPod[pod];
    }

    /** How many more of its pods budget {@code budget} allows to disrupt, given what the plan disrupts so far. */
    int disruptionsLeft(int budget) {
        return instance.budgets().get(budget).allowedDisruptions() - disrupted[budget];
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
