package org.sched4j.podpacking;

import java.util.ArrayList;
import java.util.List;
import org.sched4j.api.Evaluation;
import org.sched4j.api.Evaluator;

/**
 * Checks a {@link PodPlacement} and computes its {@link PodPackingObjective}, independently of every solver.
 *
 * <p>Constraints: one node index (or -1) per pod; on every node the CPU and memory requests of its pods within the
 * allocatable amounts and the number of pods within the pod limit; protected pods on their current node. The
 * objective of the {@link Evaluation} is {@link PodPackingObjective#scalar()}. Linear in pods plus nodes.
 */
public final class PodPackingEvaluator implements Evaluator<PodPackingInstance, PodPlacement> {

    @Override
    public Evaluation evaluate(PodPackingInstance instance, PodPlacement placement) {
        List<String> violations = new ArrayList<>();
        if (placement.size() != instance.podCount()) {
            violations.add("the plan places " + placement.size() + " pods but the scenario has " + instance.podCount());
            return new Evaluation(violations, Double.NaN);
        }
        if (!checkNodes(instance, placement, violations)) {
            return new Evaluation(violations, Double.NaN);
        }
        checkCapacities(instance, placement, violations);
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
        return new PodPackingObjective(tiers);
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
                violations.add("pod " + pod.name() + " is put on node index " + node + " but there are "
                        + instance.nodeCount() + " nodes");
                nodesKnown = false;
            } else if (pod.protectedPod() && node != pod.currentNode()) {
                violations.add("protected pod " + pod.name() + " must stay on "
                        + instance.nodes().get(pod.currentNode()).name() + " but is "
                        + (node == Pod.PENDING ? "evicted" : "moved to " + instance.nodes().get(node).name()));
            }
        }
        return nodesKnown;
    }

    private static void checkCapacities(PodPackingInstance instance, PodPlacement placement, List<String> violations) {
        long[] cpu = new long[instance.nodeCount()];
        long[] memory = new long[instance.nodeCount()];
        int[] count = new int[instance.nodeCount()];
        for (int i = 0; i < placement.size(); i++) {
            int node = placement.nodeOf(i);
            if (node != Pod.PENDING) {
                cpu[node] += instance.pods().get(i).cpuMillis();
                memory[node] += instance.pods().get(i).memoryBytes();
                count[node]++;
            }
        }
        for (int n = 0; n < instance.nodeCount(); n++) {
            ClusterNode node = instance.nodes().get(n);
            if (cpu[n] > node.cpuMillis()) {
                violations.add("node " + node.name() + ": CPU requests " + cpu[n] + "m exceed its allocatable "
                        + node.cpuMillis() + "m");
            }
            if (memory[n] > node.memoryBytes()) {
                violations.add("node " + node.name() + ": memory requests " + memory[n] + " bytes exceed its "
                        + "allocatable " + node.memoryBytes() + " bytes");
            }
            if (count[n] > node.podLimit()) {
                violations.add("node " + node.name() + ": " + count[n] + " pods exceed its pod limit "
                        + node.podLimit());
            }
        }
    }
}
