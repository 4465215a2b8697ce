package org.sched4j.cpmodels.podpacking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolveOptions;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.NodeLoads;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

/**
 * A plan without violations to start a search from, given a proposed one (a heuristic's plan that may break the
 * rules it does not know). The proposed plan itself when the evaluator finds it valid; otherwise the best valid one by
 * {@link org.sched4j.podpacking.PodPackingObjective#compareTo} of:
 * <ul>
 *   <li>the repaired plan: CP-SAT over the pods the proposed plan changes or places badly (those it places anew or
 *       evicts, and those on nodes it overloads or that their rules forbid), each free to take its proposed node, its
 *       current node, or none ({@link CpSatPodPackingSolver.Goal#PLACEMENT}, within half the time left);</li>
 *   <li>the current placement (every running pod stays, the pending ones wait);</li>
 *   <li>the current placement with every running pod that is not protected and breaks a rule on its node (a
 *       {@code NoExecute} taint, its GPU model, an overloaded node: lowest priority first) evicted.</li>
 * </ul>
 * When none is valid (a protected pod breaks a rule; a budget is overdrawn by the evictions the rules force), the
 * proposed plan is returned as it is.
 */
public final class ValidStartPlan {

    private static final int REPAIR_SHARE_PERCENT = 50;

    private ValidStartPlan() {
    }

    /** The start for {@code proposed} (see the class comment). */
    public static PodPlacement of(PodPackingInstance instance, PodPlacement proposed, SolveOptions options,
                                  Deadline deadline) {
        if (isValid(instance, proposed)) {
            return proposed;
        }
        List<PodPlacement> valid = new ArrayList<>();
        if (!deadline.isReached()) {
            CpSatPodPackingSolver.Improvement repaired = new CpSatPodPackingSolver().improve(
                    repairNeighbourhood(instance, proposed), CpSatPodPackingSolver.Goal.PLACEMENT, options,
                    deadline.within(deadline.remaining().multipliedBy(REPAIR_SHARE_PERCENT).dividedBy(100)));
            if (repaired.valid()) {
                valid.add(repaired.plan());
            }
        }
        PodPlacement current = instance.currentPlacement();
        for (PodPlacement candidate : List.of(current, evictRuleBreakers(instance, current))) {
            if (isValid(instance, candidate)) {
                valid.add(candidate);
            }
        }
        return valid.stream().min(Comparator.comparing(plan -> PodPackingEvaluator.objective(instance, plan)))
                .orElse(proposed);
    }

    private static boolean isValid(PodPackingInstance instance, PodPlacement plan) {
        return PodPackingProblem.TYPE.evaluate(instance, plan).isFeasible();
    }

    /**
     * Frees every pod that is not protected and that {@code proposed} places anew or evicts, or leaves on a node that
     * its rules forbid or that is overloaded, on its proposed and its current node. The base plan is the current
     * placement (the fixed pods are where they run; for the free ones it is the first hint, valid whenever the
     * cluster's current state is).
     */
    static PodPackingNeighbourhood repairNeighbourhood(PodPackingInstance instance, PodPlacement proposed) {
        boolean[] overloaded = overloadedNodes(instance, proposed);
        int[][] candidates = new int[instance.podCount()][];
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            int node = proposed.nodeOf(p);
            if (pod.protectedPod()) {
                continue;
            }
            boolean breaks = node != Pod.PENDING && (overloaded[node]
                    || !PlacementRules.allowed(pod, instance.nodes().get(node), node == pod.currentNode()));
            if (node != pod.currentNode() || breaks) {
                candidates[p] = pod.isRunning() && node != Pod.PENDING ? new int[] {node, pod.currentNode()}
                        : pod.isRunning() ? new int[] {pod.currentNode()}
                        : node != Pod.PENDING ? new int[] {node} : new int[0];
            }
        }
        return PodPackingNeighbourhood.of(instance, instance.currentPlacement(), candidates);
    }

    /** {@code plan} with each running pod that breaks a rule on its node, or overloads it, evicted (see the class). */
    static PodPlacement evictRuleBreakers(PodPackingInstance instance, PodPlacement plan) {
        int[] nodes = plan.nodes();
        List<List<Integer>> podsOn = new ArrayList<>();
        for (int n = 0; n < instance.nodeCount(); n++) {
            podsOn.add(new ArrayList<>());
        }
        for (int p = 0; p < nodes.length; p++) {
            Pod pod = instance.pods().get(p);
            if (nodes[p] != Pod.PENDING && !pod.protectedPod()
                    && !PlacementRules.allowed(pod, instance.nodes().get(nodes[p]), nodes[p] == pod.currentNode())) {
                nodes[p] = Pod.PENDING;
            } else if (nodes[p] != Pod.PENDING) {
                podsOn.get(nodes[p]).add(p);
            }
        }
        Comparator<Integer> lowestPriorityFirst = Comparator
                .comparingInt((Integer p) -> instance.pods().get(p).priority())
                .thenComparing(Comparator.reverseOrder());
        for (int n = 0; n < instance.nodeCount(); n++) {
            List<Integer> pods = podsOn.get(n);
            pods.sort(lowestPriorityFirst);
            List<Integer> kept = new ArrayList<>(pods);
            for (int p : pods) {
                if (!overloads(instance, instance.nodes().get(n), kept)) {
                    break;
                }
                if (!instance.pods().get(p).protectedPod()) {
                    kept.remove(Integer.valueOf(p));
                    nodes[p] = Pod.PENDING;
                }
            }
        }
        return new PodPlacement(nodes);
    }

    private static boolean overloads(PodPackingInstance instance, ClusterNode node, List<Integer> pods) {
        return !NodeLoads.fits(node, pods.stream().map(instance.pods()::get).toList());
    }

    /** The nodes whose CPU, memory, pod limit or GPU devices {@code plan} overloads. */
    private static boolean[] overloadedNodes(PodPackingInstance instance, PodPlacement plan) {
        NodeLoads loads = NodeLoads.of(instance, plan);
        boolean[] overloaded = new boolean[instance.nodeCount()];
        for (int n = 0; n < instance.nodeCount(); n++) {
            overloaded[n] = loads.overloaded(n);
        }
        return overloaded;
    }
}
