package org.sched4j.podpacking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.api.Evaluation;
import org.sched4j.api.Evaluator;

/**
 * Checks a {@link PodPlacement} and computes its {@link PodPackingObjective}, independently of every solver.
 *
 * <p>Constraints, each violation named by its kind first ({@code cpu:}, {@code taint:}, ...): one node index (or -1)
 * per pod; on every node the CPU and memory requests of its pods within the allocatable amounts, the number of pods
 * within the pod limit, and its pods' GPU requests packed onto its devices ({@link GpuPacking}); protected pods on
 * their current node; the rules between a pod and its node ({@link PlacementRules}: cordoned nodes, taints, node
 * selector and affinity, GPU model); the rules between pods ({@link InterPodRules}: required pod affinity and
 * anti-affinity, {@code DoNotSchedule} topology spread); and no PodDisruptionBudget disrupted beyond what it allows.
 * The objective of the {@link Evaluation} is {@link PodPackingObjective#scalar()}. Linear in pods plus nodes, plus
 * the pods in the domains of the inter-pod terms.
 */
public final class PodPackingEvaluator implements Evaluator<PodPackingInstance, PodPlacement> {

    /**
     * The kinds of violation, each message beginning with its kind and a colon ({@code "taint: pod ..."}): a plan of
     * the wrong length, an unknown node, a moved protected pod, the node capacities (CPU, memory, pod limit, GPU
     * packing), the rules between a pod and its node ({@link PlacementRules}), between pods ({@link InterPodRules})
     * and the disruption budgets.
     */
    public static final List<String> VIOLATION_KINDS = List.of("plan", "node", "protected", "cpu", "memory", "pods",
            "gpu", "gpu-model", "taint", "unschedulable", "node-selector", "node-affinity", "pod-affinity",
            "pod-anti-affinity", "topology-spread", "disruption-budget");

    /**
     * The number of {@code violations} (as {@link #evaluate} reports them) of each kind of {@link #VIOLATION_KINDS},
     * in that order, every kind present (0 when none).
     *
     * @throws IllegalArgumentException when a violation begins with no known kind
     */
    public static Map<String, Integer> countByKind(List<String> violations) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        VIOLATION_KINDS.forEach(kind -> counts.put(kind, 0));
        for (String violation : violations) {
            int colon = violation.indexOf(':');
            String kind = colon < 0 ? "" : violation.substring(0, colon);
            if (!counts.containsKey(kind)) {
                throw new IllegalArgumentException("not a pod packing violation: " + violation);
            }
            counts.merge(kind, 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public Evaluation evaluate(PodPackingInstance instance, PodPlacement placement) {
        List<String> violations = new ArrayList<>();
        if (placement.size() != instance.podCount()) {
            violations.add("plan: the plan places " + placement.size() + " pods but the scenario has "
                    + instance.podCount());
            return new Evaluation(violations, Double.NaN);
        }
        if (!checkNodes(instance, placement, violations)) {
            return new Evaluation(violations, Double.NaN);
        }
        checkCapacities(instance, placement, violations);
        checkNodeRules(instance, placement, violations);
        new InterPodRules(instance, placement).checkHard(violations);
        InterPodRules.checkBudgets(instance, placement, violations);
        return new Evaluation(violations, objective(instance, placement).scalar());
    }

    /**
     * The objective vector of {@code placement}, feasible or not.
     *
     * @throws IllegalArgumentException when the plan has the wrong number of pods
     */
    public static PodPackingObjective objective(PodPackingInstance instance, PodPlacement placement) {
        if (placement.size() != instance.podCount()) {
            throw new IllegalArgumentException("the plan places " + placement.size() + " pods but the scenario has "
                    + instance.podCount());
        }
        List<Integer> priorities = instance.tierPriorities();
        int[] tierOf = instance.tierOfPods();
        int[] pods = new int[priorities.size()];
        int[] running = new int[priorities.size()];
        int[] placed = new int[priorities.size()];
        int[] disruption = new int[priorities.size()];
        for (int i = 0; i < instance.podCount(); i++) {
            Pod pod = instance.pods().get(i);
            int tier = tierOf[i];
            int node = placement.nodeOf(i);
            pods[tier]++;
            placed[tier] += node == Pod.PENDING ? 0 : 1;
            if (pod.isRunning()) {
                running[tier]++;
                disruption[tier] += disruption(pod, node);
            }
        }
        List<TierOutcome> tiers = new ArrayList<>();
        for (int t = 0; t < priorities.size(); t++) {
            tiers.add(new TierOutcome(priorities.get(t), pods[t], running[t], placed[t], disruption[t]));
        }
        return new PodPackingObjective(tiers, new InterPodRules(instance, placement).softPenalty(),
                gpuFragmentation(instance, placement));
    }

    /**
     * The GPU fragmentation of the plan ({@link GpuFragmentation}, the workload being the scenario's GPU pods), in
     * GPUs: 0 when no node has GPUs. Nodes whose pods' GPU requests cannot be packed count as fully used.
     */
    public static double gpuFragmentation(PodPackingInstance instance, PodPlacement placement) {
        if (instance.nodes().stream().noneMatch(node -> node.gpus() > 0)
                || instance.pods().stream().noneMatch(pod -> pod.gpu().any())) {
            return 0;
        }
        GpuFragmentation workload = GpuFragmentation.of(instance);
        NodeLoads loads = NodeLoads.of(instance, placement);
        double fragment = 0;
        for (int n = 0; n < instance.nodeCount(); n++) {
            ClusterNode node = instance.nodes().get(n);
            if (node.gpus() == 0) {
                continue;
            }
            int[] free = loads.freeGpuMilli(n);
            if (free != null) {
                fragment += workload.node(node.gpuModel(), node.cpuMillis() - loads.cpu(n), free);
            }
        }
        return fragment / 1000;
    }

    /** Adds every pod placed where the rules between it and its node forbid ({@link PlacementRules}). */
    private static void checkNodeRules(PodPackingInstance instance, PodPlacement placement, List<String> violations) {
        for (int p = 0; p < placement.size(); p++) {
            int node = placement.nodeOf(p);
            if (node == Pod.PENDING) {
                continue;
            }
            Pod pod = instance.pods().get(p);
            String violation = PlacementRules.staticViolation(pod, instance.nodes().get(node),
                    node == pod.currentNode());
            if (violation != null) {
                violations.add(violation);
            }
        }
    }

    /** The disruption of a running pod put on {@code node}: 0 when it stays, 1 when evicted, 2 when moved. */
    public static int disruption(Pod pod, int node) {
        if (!pod.isRunning() || node == pod.currentNode()) {
            return 0;
        }
        return node == Pod.PENDING ? 1 : 2;
    }

    /** Adds unknown nodes and moved protected pods to {@code violations}; false when a node index is unknown. */
    private static boolean checkNodes(PodPackingInstance instance, PodPlacement placement, List<String> violations) {
        boolean nodesKnown = true;
        for (int i = 0; i < placement.size(); i++) {
            Pod pod = instance.pods().get(i);
            int node = placement.nodeOf(i);
            if (node >= instance.nodeCount()) {
                violations.add("node: pod " + pod.name() + " is put on node index " + node + " but there are "
                        + instance.nodeCount() + " nodes");
                nodesKnown = false;
            } else if (pod.protectedPod() && node != pod.currentNode()) {
                violations.add("protected: pod " + pod.name() + " must stay on "
                        + instance.nodes().get(pod.currentNode()).name() + " but is "
                        + (node == Pod.PENDING ? "evicted" : "moved to " + instance.nodes().get(node).name()));
            }
        }
        return nodesKnown;
    }

    private static void checkCapacities(PodPackingInstance instance, PodPlacement placement, List<String> violations) {
        NodeLoads loads = NodeLoads.of(instance, placement);
        for (int n = 0; n < instance.nodeCount(); n++) {
            ClusterNode node = instance.nodes().get(n);
            if (loads.cpu(n) > node.cpuMillis()) {
                violations.add("cpu: node " + node.name() + ": CPU requests " + loads.cpu(n)
                        + "m exceed its allocatable " + node.cpuMillis() + "m");
            }
            if (loads.memory(n) > node.memoryBytes()) {
                violations.add("memory: node " + node.name() + ": memory requests " + loads.memory(n)
                        + " bytes exceed its allocatable " + node.memoryBytes() + " bytes");
            }
            if (loads.pods(n) > node.podLimit()) {
                violations.add("pods: node " + node.name() + ": " + loads.pods(n) + " pods exceed its pod limit "
                        + node.podLimit());
            }
            List<GpuRequest> gpus = loads.gpuRequests(n);
            if (!gpus.isEmpty() && loads.freeGpuMilli(n) == null) {
                violations.add("gpu: node " + node.name() + ": the GPU requests of its pods ("
                        + gpus.stream().mapToLong(GpuRequest::totalMilli).sum() + " thousandths) cannot be "
                        + "packed onto its " + node.gpus() + " devices");
            }
        }
    }
}
