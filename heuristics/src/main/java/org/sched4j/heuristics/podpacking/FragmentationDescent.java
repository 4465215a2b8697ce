package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sched4j.api.Deadline;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuFragmentation;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * Lowers the GPU fragmentation of a plan ({@link GpuFragmentation}, Weng et al., ATC 2023) without touching what
 * ranks above it: a descent that relocates the pods the plan places anew — pending pods, or running pods it already
 * moves — since placing such a pod on another node (not its current one) disrupts nothing more; then places the pods
 * still unplaced, highest priority first, where the fragmentation grows least.
 *
 * <p>A relocation takes a pod off node {@code a} and puts it on the node {@code b} where the sum of the two nodes'
 * fragment changes is most negative, if any is; {@code b} must pass every filter of the default profile
 * ({@link ClusterLoad#feasible}: the node's rules, resources and GPU packing, the inter-pod rules), the pods that
 * stay must keep their inter-pod rules once it leaves, and the pod's node-local preferences (preferred node affinity,
 * PreferNoSchedule taints) must not be worse on {@code b}. Pods with inter-pod preferences (preferred pod affinity or
 * anti-affinity, ScheduleAnyway spread) are left where they are, so the soft penalty does not grow. GPU pods are
 * tried on the nodes with GPUs, CPU-only pods on GPU nodes on the nodes without GPUs (where they strand no GPU).
 * Passes repeat while one improves, until the deadline. A candidate node costs one device packing and one fragment
 * evaluation; a pass O(candidates · nodes) of them.
 *
 * <p>The caller keeps the result only when the evaluator's order ({@code PodPackingObjective.compareTo}) finds it
 * better.
 */
public final class FragmentationDescent {

    private static final int MAX_PASSES = 20;

    private final PodPackingInstance instance;
    private final ClusterLoad load;
    private final GpuFragmentation workload;
    private final long[] fragment;
    private final List<Integer> gpuNodes = new ArrayList<>();
    private final List<Integer> cpuNodes = new ArrayList<>();
    private int relocations;
    private int placements;

    private FragmentationDescent(PodPackingInstance instance, PodPlacement plan) {
        this.instance = instance;
        this.load = new ClusterLoad(instance);
        for (int p = 0; p < instance.podCount(); p++) {
            if (load.nodeOf(p) != Pod.PENDING && plan.nodeOf(p) != load.nodeOf(p)) {
                load.unbind(p);
            }
        }
        for (int p = 0; p < instance.podCount(); p++) {
            if (plan.nodeOf(p) != Pod.PENDING && load.nodeOf(p) == Pod.PENDING) {
                load.bind(p, plan.nodeOf(p));
            }
        }
        workload = GpuFragmentation.of(instance);
        fragment = new long[instance.nodeCount()];
        for (int n = 0; n < instance.nodeCount(); n++) {
            (instance.nodes().get(n).gpus() > 0 ? gpuNodes : cpuNodes).add(n);
            fragment[n] = fragmentOf(n);
        }
    }

    /**
     * The plan with its GPU fragmentation lowered as far as the deadline lets the descent go (see the class comment);
     * {@code plan} itself when the scenario has no GPU nodes or no GPU pods.
     */
    public static PodPlacement improve(PodPackingInstance instance, PodPlacement plan, Deadline deadline) {
        if (instance.nodes().stream().noneMatch(node -> node.gpus() > 0)
                || instance.pods().stream().noneMatch(pod -> pod.gpu().any())) {
            return plan;
        }
        FragmentationDescent descent = new FragmentationDescent(instance, plan);
        for (int pass = 0; pass < MAX_PASSES && !deadline.isReached(); pass++) {
            if (!descent.pass(deadline)) {
                break;
            }
        }
        descent.placeUnplaced(deadline);
        return descent.load.placement();
    }

    /** One pass over the movable pods, fullest fragments first; whether a pod was relocated. */
    private boolean pass(Deadline deadline) {
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < instance.podCount(); p++) {
            int node = load.nodeOf(p);
            if (node != Pod.PENDING && movable(p) && instance.nodes().get(node).gpus() > 0 && fragment[node] > 0) {
                candidates.add(p);
            }
        }
        candidates.sort(Comparator.comparingLong((Integer p) -> -fragment[load.nodeOf(p)]).thenComparing(p -> p));
        boolean improved = false;
        for (int i = 0; i < candidates.size(); i++) {
            if ((i & 15) == 0 && deadline.isReached()) {
                break;
            }
            improved |= relocate(candidates.get(i));
        }
        return improved;
    }

    private boolean movable(int pod) {
        Pod request = instance.pods().get(pod);
        int node = load.nodeOf(pod);
        return !request.protectedPod() && node != request.currentNode()
                && request.scheduling().preferredAffinity().isEmpty()
                && request.scheduling().preferredAntiAffinity().isEmpty()
                && request.scheduling().topologySpread().stream().allMatch(constraint -> constraint.hard());
    }

    private boolean relocate(int pod) {
        Pod request = instance.pods().get(pod);
        int from = load.nodeOf(pod);
        load.unbind(pod);
        if (load.rules() != null && !load.rules().keepsRulesAfterRemoving(List.of(pod), from)) {
            load.bind(pod, from);
            return false;
        }
        long fromAfter = fragmentOf(from);
        long bestChange = 0;
        int best = from;
        long bestTargetAfter = 0;
        int localSoft = localSoft(pod, from);
        for (int to : request.gpu().any() ? gpuNodes : cpuNodes) {
            if (to == from || to == request.currentNode() || !load.gpus().fits(to, request.gpu())
                    || !load.feasible(pod, to) || localSoft(pod, to) > localSoft) {
                continue;
            }
            long toAfter = fragmentWith(to, request);
            long change = fromAfter - fragment[from] + toAfter - fragment[to];
            if (change < bestChange) {
                bestChange = change;
                best = to;
                bestTargetAfter = toAfter;
            }
        }
        load.bind(pod, best);
        if (best == from) {
            return false;
        }
        fragment[from] = fromAfter;
        fragment[best] = bestTargetAfter;
        relocations++;
        return true;
    }

    /** Places the unplaced pods, highest priority first, on the feasible node whose fragment grows least. */
    private void placeUnplaced(Deadline deadline) {
        List<Integer> unplaced = new ArrayList<>();
        for (int p = 0; p < instance.podCount(); p++) {
            if (load.nodeOf(p) == Pod.PENDING && !instance.pods().get(p).protectedPod()) {
                unplaced.add(p);
            }
        }
        unplaced.sort(Comparator.comparingInt((Integer p) -> -instance.pods().get(p).priority()).thenComparing(p -> p));
        for (int i = 0; i < unplaced.size() && !deadline.isReached(); i++) {
            int pod = unplaced.get(i);
            Pod request = instance.pods().get(pod);
            int best = -1;
            long bestGrowth = Long.MAX_VALUE;
            for (int node = 0; node < instance.nodeCount(); node++) {
                if (node == request.currentNode() || !load.gpus().fits(node, request.gpu())
                        || !load.feasible(pod, node)) {
                    continue;
                }
                long growth = fragmentWith(node, request) - fragment[node];
                if (growth < bestGrowth) {
                    bestGrowth = growth;
                    best = node;
                }
            }
            if (best >= 0) {
                load.bind(pod, best);
                fragment[best] = fragmentOf(best);
                placements++;
            }
        }
    }

    private int localSoft(int pod, int node) {
        return 100 * load.nodeRules().untoleratedPreferNoSchedule(pod, node)
                - load.nodeRules().preferredAffinityWeight(pod, node);
    }

    private long fragmentOf(int node) {
        ClusterNode capacity = instance.nodes().get(node);
        int[] free = load.gpus().free(node);
        return capacity.gpus() == 0 || free == null ? 0
                : workload.weightedNode(capacity.gpuModel(), load.cpuLeft(node), free);
    }

    private long fragmentWith(int node, Pod request) {
        ClusterNode capacity = instance.nodes().get(node);
        if (capacity.gpus() == 0) {
            return 0;
        }
        return workload.weightedNode(capacity.gpuModel(), load.cpuLeft(node) - request.cpuMillis(),
                load.gpus().freeAfter(node, request.gpu()));
    }

    int relocations() {
        return relocations;
    }

    int placements() {
        return placements;
    }
}
