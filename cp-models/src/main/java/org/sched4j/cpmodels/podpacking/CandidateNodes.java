package org.sched4j.cpmodels.podpacking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * The nodes a free pod may take, once the rules that need no variable are applied: a node is dropped when
 * <ul>
 *   <li>the pod does not fit it while it is empty (CPU, memory, pod limit, GPU devices and model), or
 *       {@link PlacementRules#allowed} forbids it (cordon, taints, node selector, required node affinity; a pod
 *       staying on its current node is judged as staying);</li>
 *   <li>the pod would be placed there anew but the node lacks the topology label of one of the pod's required
 *       affinity terms or {@code DoNotSchedule} spread constraints (the evaluator counts that as a violation);</li>
 *   <li>a fixed pod in the node's domain is selected by one of the pod's required anti-affinity terms, or has such a
 *       term selecting the pod, unless both stay where they run (a violation between two pods that both stay
 *       predates the plan).</li>
 * </ul>
 * Each remaining rule between free pods, and between a free and a fixed pod, is a constraint of the model.
 */
final class CandidateNodes {

    /** The anti-affinity terms of the fixed placed pods: per term and namespace, whether an owner in a domain moved. */
    private record OwnerKey(PodAffinityTerm term, String ownerNamespace) {
    }

    private final PodPackingNeighbourhood neighbourhood;
    private final PodPackingInstance instance;
    private final Selections selections;
    private final Map<OwnerKey, Map<String, Boolean>> fixedOwners = new HashMap<>();
    private final Map<Integer, List<Map.Entry<OwnerKey, Map<String, Boolean>>>> selectingOwners = new HashMap<>();

    private CandidateNodes(PodPackingNeighbourhood neighbourhood, Selections selections) {
        this.neighbourhood = neighbourhood;
        this.instance = neighbourhood.instance();
        this.selections = selections;
        for (int r = 0; r < instance.podCount(); r++) {
            Pod owner = instance.pods().get(r);
            int node = neighbourhood.baseNode(r);
            if (neighbourhood.isFree(r) || node == Pod.PENDING) {
                continue;
            }
            for (PodAffinityTerm term : owner.scheduling().requiredAntiAffinity()) {
                String domain = instance.nodes().get(node).topologyValue(term.topologyKey());
                if (domain != null) {
                    fixedOwners.computeIfAbsent(new OwnerKey(term, owner.scheduling().namespace()),
                            key -> new HashMap<>()).merge(domain, node != owner.currentNode(), Boolean::logicalOr);
                }
            }
        }
        for (Map.Entry<OwnerKey, Map<String, Boolean>> owners : fixedOwners.entrySet()) {
            PodAffinityTerm term = owners.getKey().term();
            for (int p : selections.labels().candidates(term.selector())) {
                if (neighbourhood.isFree(p) && term.selects(owners.getKey().ownerNamespace(), instance.pods().get(p))) {
                    selectingOwners.computeIfAbsent(p, key -> new ArrayList<>()).add(owners);
                }
            }
        }
    }

    /** The candidate nodes of every free pod (ascending), null for the fixed pods. */
    static int[][] of(PodPackingNeighbourhood neighbourhood, Selections selections) {
        CandidateNodes filter = new CandidateNodes(neighbourhood, selections);
        int[][] result = new int[filter.instance.podCount()][];
        for (int p = 0; p < result.length; p++) {
            if (neighbourhood.isFree(p)) {
                result[p] = filter.allowedNodes(p);
            }
        }
        return result;
    }

    private int[] allowedNodes(int p) {
        Pod pod = instance.pods().get(p);
        int[] raw = neighbourhood.candidates(p);
        int[] kept = new int[raw.length];
        int count = 0;
        List<Map.Entry<OwnerKey, Map<String, Boolean>>> selecting = selectingOwners.getOrDefault(p, List.of());
        for (int n : raw) {
            ClusterNode node = instance.nodes().get(n);
            boolean staying = n == pod.currentNode();
            if (node.fitsEmpty(pod) && PlacementRules.allowed(pod, node, staying)
                    && (staying || hasRequiredLabels(pod, node))
                    && !antiAffinityForbids(pod, node, staying, selecting)) {
                kept[count++] = n;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    private static boolean hasRequiredLabels(Pod pod, ClusterNode node) {
        for (PodAffinityTerm term : pod.scheduling().requiredAffinity()) {
            if (node.topologyValue(term.topologyKey()) == null) {
                return false;
            }
        }
        for (TopologySpreadConstraint constraint : pod.scheduling().topologySpread()) {
            if (constraint.hard() && node.topologyValue(constraint.topologyKey()) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an anti-affinity term of the pod selects a fixed pod in the node's domain, or a term of a fixed pod
     * there ({@code selecting}: the fixed owners' terms that select the pod) selects it, and not both stay.
     */
    private boolean antiAffinityForbids(Pod pod, ClusterNode node, boolean staying,
                                        List<Map.Entry<OwnerKey, Map<String, Boolean>>> selecting) {
        String namespace = pod.scheduling().namespace();
        for (PodAffinityTerm term : pod.scheduling().requiredAntiAffinity()) {
            String domain = node.topologyValue(term.topologyKey());
            TermSelection.Tally fixed = domain == null ? null : selections.of(term, namespace).fixedIn(domain);
            if (fixed != null && (!staying || fixed.anew() > 0)) {
                return true;
            }
        }
        for (Map.Entry<OwnerKey, Map<String, Boolean>> owners : selecting) {
            String domain = node.topologyValue(owners.getKey().term().topologyKey());
            Boolean ownerMoved = domain == null ? null : owners.getValue().get(domain);
            if (ownerMoved != null && (!staying || ownerMoved)) {
                return true;
            }
        }
        return false;
    }
}
