package org.sched4j.cpmodels.podpacking;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodLabelIndex;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * {@code DoNotSchedule} topology spread, as the evaluator defines it after the {@code PodTopologySpread} filter
 * ({@code pkg/scheduler/framework/plugins/podtopologyspread/filtering.go}). The pods sharing a constraint, a namespace
 * and a node filter (their node selector and affinity unless {@code nodeAffinityPolicy: Ignore}, their tolerations
 * with {@code nodeTaintsPolicy: Honor}, the topology keys of their {@code DoNotSchedule} constraints) form a group
 * with:
 * <ul>
 *   <li>the eligible domains {@code E}: the values of the topology key on the nodes that have the keys of all the
 *       pod's {@code DoNotSchedule} constraints and pass the filter, over the whole cluster;</li>
 *   <li>per domain {@code D} of {@code E}, {@code count(D)}: the placed pods of the namespace matching the selector
 *       on eligible nodes of {@code D} (fixed pods a constant, free pods their variables on those nodes);</li>
 *   <li>{@code min = min_{D in E} count(D)} ({@code AddMinEquality}), or 0 when {@code |E| < minDomains};</li>
 *   <li>for each pod of the group placed anew in {@code D}: {@code count(D) - min <= maxSkew} (enforced by the
 *       "placed anew in D" literal for a free pod; always for a fixed pod placed anew).</li>
 * </ul>
 * This is the evaluator's rule {@code count'(D) + [self] - min' <= maxSkew} with the pod left out of its counts
 * ({@code count'}, {@code min'}): for a pod its selector matches, {@code count(D) = count'(D) + 1} and the two minima
 * differ only when {@code D} is the smallest domain, where both sides hold since {@code maxSkew >= 1}; for a pod it
 * does not match, the counts are the same. A pod placed anew is always on an eligible node (the filter is part of
 * {@link PlacementRules}), and nodes without the key are no candidates for it ({@link CandidateNodes}).
 */
final class SpreadConstraints {

    private record GroupKey(TopologySpreadConstraint constraint, String namespace, Object nodeFilter) {
    }

    private final PodPackingCpSatModel core;
    private final CpModel model;
    private final PodPackingInstance instance;
    private final PodLabelIndex labels;

    SpreadConstraints(PodPackingCpSatModel core, PodLabelIndex labels) {
        this.core = core;
        this.model = core.model();
        this.instance = core.instance();
        this.labels = labels;
    }

    void addAll() {
        Map<GroupKey, List<Integer>> owners = new LinkedHashMap<>();
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            boolean fixedAnew = !core.isFree(p) && core.fixedNode(p) != Pod.PENDING
                    && core.fixedNode(p) != pod.currentNode();
            if (!core.isFree(p) && !fixedAnew) {
                continue;
            }
            for (TopologySpreadConstraint constraint : PodPackingCpSatModel.hardSpread(pod)) {
                if (constraint.selector() != null) {
                    owners.computeIfAbsent(groupKey(pod, constraint), key -> new ArrayList<>()).add(p);
                }
            }
        }
        for (Map.Entry<GroupKey, List<Integer>> group : owners.entrySet()) {
            addGroup(group.getKey(), group.getValue());
        }
    }

    private static GroupKey groupKey(Pod pod, TopologySpreadConstraint constraint) {
        PodScheduling rules = pod.scheduling();
        Object nodeFilter = List.of(constraint.honorNodeAffinity()
                        ? List.of(rules.nodeSelector(), rules.nodeAffinity()) : List.of(),
                constraint.honorTaints() ? rules.tolerations() : List.of(),
                PodPackingCpSatModel.hardSpread(pod).stream().map(TopologySpreadConstraint::topologyKey).toList());
        return new GroupKey(constraint, rules.namespace(), nodeFilter);
    }

    private void addGroup(GroupKey key, List<Integer> owners) {
        TopologySpreadConstraint constraint = key.constraint();
        Pod filterOwner = instance.pods().get(owners.getFirst());
        String topologyKey = constraint.topologyKey();
        TermSelection selection = new TermSelection(core.neighbourhood(), topologyKey,
                labels.candidates(constraint.selector()),
                pod -> key.namespace().equals(pod.scheduling().namespace())
                        && constraint.selector().matches(pod.scheduling().labels()),
                node -> node.topologyValue(topologyKey) != null && isEligible(filterOwner, constraint, node));
        if (selection.free().isEmpty() && owners.stream().noneMatch(core::isFree)) {
            return;
        }
        boolean[] eligible = new boolean[instance.nodeCount()];
        Map<String, Long> counts = new HashMap<>();
        for (int n = 0; n < instance.nodeCount(); n++) {
            ClusterNode node = instance.nodes().get(n);
            eligible[n] = node.topologyValue(topologyKey) != null && isEligible(filterOwner, constraint, node);
            if (eligible[n]) {
                counts.putIfAbsent(node.topologyValue(topologyKey), 0L);
            }
        }
        selection.fixedByDomain().forEach((domain, tally) -> counts.merge(domain, (long) tally.count(), Long::sum));
        Map<String, LinearExprBuilder> freeTerms = new LinkedHashMap<>();
        Map<String, Integer> freeTermCounts = new HashMap<>();
        for (int q : selection.free()) {
            int[] nodes = core.nodesOf(q);
            for (int i = 0; i < nodes.length; i++) {
                if (eligible[nodes[i]]) {
                    String domain = instance.nodes().get(nodes[i]).topologyValue(topologyKey);
                    freeTerms.computeIfAbsent(domain, d -> LinearExpr.newBuilder()).add(core.variablesOf(q)[i]);
                    freeTermCounts.merge(domain, 1, Integer::sum);
                }
            }
        }
        Map<String, LinearArgument> count = new HashMap<>();
        List<LinearArgument> variableCounts = new ArrayList<>();
        long constantMin = Long.MAX_VALUE;
        for (Map.Entry<String, Long> domain : counts.entrySet()) {
            LinearExprBuilder terms = freeTerms.get(domain.getKey());
            if (terms == null) {
                count.put(domain.getKey(), LinearExpr.constant(domain.getValue()));
                constantMin = Math.min(constantMin, domain.getValue());
            } else {
                IntVar variable = model.newIntVar(domain.getValue(),
                        domain.getValue() + freeTermCounts.get(domain.getKey()), "spread_" + domain.getKey());
                LinearExpr definition = terms.add(domain.getValue()).build();
                model.addEquality(variable, definition);
                core.hints().equal(variable, definition);
                count.put(domain.getKey(), variable);
                variableCounts.add(variable);
            }
        }
        LinearArgument min = minimum(constraint, counts.size(), variableCounts, constantMin);
        for (int p : owners) {
            if (core.isFree(p)) {
                for (String domain : core.byDomain(p, topologyKey, true).keySet()) {
                    Literal anew = core.inDomain(p, topologyKey, domain, true);
                    LinearArgument own = count.getOrDefault(domain, LinearExpr.constant(0));
                    model.addLessOrEqual(LinearExpr.newBuilder().add(own).addTerm(min, -1), constraint.maxSkew())
                            .onlyEnforceIf(anew);
                }
            } else {
                String domain = instance.nodes().get(core.fixedNode(p)).topologyValue(topologyKey);
                LinearArgument own = domain == null ? null : count.get(domain);
                if (own != null) {
                    model.addLessOrEqual(LinearExpr.newBuilder().add(own).addTerm(min, -1), constraint.maxSkew());
                }
            }
        }
    }

    /** {@code min}: 0 below {@code minDomains} eligible domains, else the smallest count. */
    private LinearArgument minimum(TopologySpreadConstraint constraint, int domains,
                                   List<LinearArgument> variableCounts, long constantMin) {
        if (domains < constraint.minDomains()) {
            return LinearExpr.constant(0);
        }
        List<LinearArgument> variables = new ArrayList<>(variableCounts);
        if (variables.isEmpty()) {
            return LinearExpr.constant(constantMin);
        }
        if (constantMin != Long.MAX_VALUE) {
            variables.add(LinearExpr.constant(constantMin));
        }
        IntVar min = model.newIntVar(0, instance.podCount(), "spread_min");
        model.addMinEquality(min, variables);
        core.hints().define(List.of(min), values -> values.set(min,
                variables.stream().mapToLong(values::of).min().orElse(0)));
        return min;
    }

    /**
     * The evaluator's eligibility of a node for the counts of a hard constraint of {@code pod}: it has the topology
     * label of every hard constraint of the pod ({@code nodeLabelsMatchSpreadConstraints}) and passes its node
     * affinity and taints as the constraint's policies say.
     */
    private static boolean isEligible(Pod pod, TopologySpreadConstraint constraint, ClusterNode node) {
        for (TopologySpreadConstraint other : PodPackingCpSatModel.hardSpread(pod)) {
            if (node.topologyValue(other.topologyKey()) == null) {
                return false;
            }
        }
        return (!constraint.honorNodeAffinity() || PlacementRules.nodeAffinityMatches(pod, node))
                && (!constraint.honorTaints() || PlacementRules.toleratesHardTaints(pod, node));
    }
}
