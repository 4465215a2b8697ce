package org.sched4j.localsearch.podpacking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuFragmentation;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * Converts between a scenario's plans ({@link PodPlacement}) and Timefold's ({@link PodPackingPlan}), building the
 * facts the constraints read once per solve: each pod's allowed nodes and node preferences, the topology domains (a
 * dense id per topology key and label value; key 0 is the whole cluster, one domain), the pods each affinity term
 * selects (a selection per distinct set of pods, shared by the terms that select the same pods), the spread groups
 * and the budgets. Time: O(pods x nodes) for the value ranges, plus O(pods) per distinct term and spread group.
 */
final class PodPackingPlanConversion {

    /** The topology key index of the whole cluster. */
    static final int CLUSTER_KEY = 0;
    /** The one domain of {@link #CLUSTER_KEY}. */
    static final int CLUSTER_DOMAIN = 0;

    private final PodPackingInstance problem;
    private final Map<String, Integer> keys = new LinkedHashMap<>();
    private final Map<String, Integer> domainIds = new HashMap<>();
    private final int[][] domainOfNode;
    private final Map<BitSet, Integer> selections = new HashMap<>();
    private final List<BitSet> selectionSets = new ArrayList<>();
    private final Map<List<Object>, BitSet> selected = new HashMap<>();
    private final Map<List<Integer>, Integer> countedSelections = new LinkedHashMap<>();
    private final Map<List<Object>, NodeProfile> nodeProfiles = new HashMap<>();
    private int termCount;

    private PodPackingPlanConversion(PodPackingInstance problem) {
        this.problem = problem;
        for (Pod pod : problem.pods()) {
            PodScheduling rules = pod.scheduling();
            rules.requiredAffinity().forEach(term -> keyIndex(term.topologyKey()));
            rules.requiredAntiAffinity().forEach(term -> keyIndex(term.topologyKey()));
            rules.preferredAffinity().forEach(weighted -> keyIndex(weighted.term().topologyKey()));
            rules.preferredAntiAffinity().forEach(weighted -> keyIndex(weighted.term().topologyKey()));
            rules.topologySpread().forEach(constraint -> keyIndex(constraint.topologyKey()));
        }
        domainOfNode = new int[problem.nodeCount()][keys.size() + 1];
        domainIds.put("", CLUSTER_DOMAIN);
        for (int n = 0; n < problem.nodeCount(); n++) {
            ClusterNode node = problem.nodes().get(n);
            domainOfNode[n][CLUSTER_KEY] = CLUSTER_DOMAIN;
            for (Map.Entry<String, Integer> key : keys.entrySet()) {
                String value = node.topologyValue(key.getKey());
                domainOfNode[n][key.getValue()] = value == null ? -1
                        : domainIds.computeIfAbsent(key.getValue() + "=" + value, v -> domainIds.size());
            }
        }
    }

    /** Timefold's plan of {@code problem} starting from {@code start}. */
    static PodPackingPlan toPlan(PodPackingInstance problem, PodPlacement start) {
        return new PodPackingPlanConversion(problem).plan(start);
    }

    /** The scenario's plan of Timefold's {@code plan}. */
    static PodPlacement toPlacement(PodPackingInstance problem, PodPackingPlan plan) {
        int[] nodes = new int[problem.podCount()];
        Arrays.fill(nodes, Pod.PENDING);
        for (PodAssignment pod : plan.getPods()) {
            nodes[pod.getIndex()] = pod.getNode() == null ? Pod.PENDING : pod.getNode().getIndex();
        }
        return new PodPlacement(nodes);
    }

    private int keyIndex(String key) {
        return keys.computeIfAbsent(key, k -> keys.size() + 1);
    }

    private PodPackingPlan plan(PodPlacement start) {
        List<NodeSlot> nodes = nodeSlots();
        List<PodAssignment> pods = new ArrayList<>();
        int[] tierOf = problem.tierOfPods();
        for (int p = 0; p < problem.podCount(); p++) {
            pods.add(assignment(p, tierOf[p], nodes, start.nodeOf(p)));
        }
        List<PodTerm> terms = terms();
        List<DomainMembership> memberships = new ArrayList<>();
        for (Map.Entry<List<Integer>, Integer> counted : countedSelections.entrySet()) {
            int selection = counted.getKey().get(0);
            BitSet selectedPods = selectionSets.get(selection);
            for (int q = selectedPods.nextSetBit(0); q >= 0; q = selectedPods.nextSetBit(q + 1)) {
                memberships.add(new DomainMembership(q, selection, counted.getKey().get(1), counted.getValue()));
            }
        }
        List<SpreadRequirement> requirements = new ArrayList<>();
        List<SpreadMembership> spreadMemberships = new ArrayList<>();
        spreadFacts(requirements, spreadMemberships);
        return new PodPackingPlan(nodes, pods, terms, memberships, requirements, spreadMemberships, budgetFacts());
    }

    private List<NodeSlot> nodeSlots() {
        GpuFragmentation workload = problem.nodes().stream().anyMatch(node -> node.gpus() > 0)
                && problem.pods().stream().anyMatch(pod -> pod.gpu().any()) ? GpuFragmentation.of(problem) : null;
        List<NodeSlot> nodes = new ArrayList<>();
        for (int n = 0; n < problem.nodeCount(); n++) {
            ClusterNode node = problem.nodes().get(n);
            nodes.add(new NodeSlot(n, node.cpuMillis(), node.memoryBytes(), node.podLimit(), node.gpus(),
                    node.gpuModel(), domainOfNode[n], workload));
        }
        return nodes;
    }

    private PodAssignment assignment(int p, int tier, List<NodeSlot> nodes, int startNode) {
        Pod pod = problem.pods().get(p);
        NodeProfile profile = nodeProfiles.computeIfAbsent(List.of(pod.gpu(), pod.cpuMillis(), pod.memoryBytes(),
                pod.scheduling().tolerations(), pod.scheduling().nodeSelector(), pod.scheduling().nodeAffinity()),
                key -> nodeProfile(pod, nodes));
        List<NodeSlot> allowed = profile.allowedNew();
        if (pod.protectedPod()) {
            allowed = List.of(nodes.get(pod.currentNode()));
        } else if (pod.isRunning() && !profile.allowedNewMask()[pod.currentNode()]) {
            ClusterNode current = problem.nodes().get(pod.currentNode());
            if (PlacementRules.allowed(pod, current, true) && current.fitsEmpty(pod)) {
                allowed = new ArrayList<>(allowed);
                allowed.add(nodes.get(pod.currentNode()));
            }
        }
        boolean pinned = pod.protectedPod() || allowed.isEmpty() && startNode == Pod.PENDING;
        return new PodAssignment(p, pod.cpuMillis(), pod.memoryBytes(), pod.gpu(),
                Math.min(tier, PodPackingConstraints.TIER_LEVELS - 1),
                pod.isRunning() ? nodes.get(pod.currentNode()) : null, pinned, allowed, profile.penalty(),
                startNode == Pod.PENDING ? null : nodes.get(startNode));
    }

    /**
     * What the node-only rules say of the pods that share {@code pod}'s requests, tolerations, node selector and node
     * affinity (the replicas of a deployment): where they may be placed anew, and their node preferences' penalty.
     */
    private NodeProfile nodeProfile(Pod pod, List<NodeSlot> nodes) {
        List<NodeSlot> allowed = new ArrayList<>();
        boolean[] mask = new boolean[problem.nodeCount()];
        int[] penalty = new int[problem.nodeCount()];
        boolean anyPenalty = false;
        for (int n = 0; n < problem.nodeCount(); n++) {
            ClusterNode node = problem.nodes().get(n);
            mask[n] = PlacementRules.allowedNew(pod, node) && node.fitsEmpty(pod);
            if (mask[n]) {
                allowed.add(nodes.get(n));
            }
            penalty[n] = pod.scheduling().nodeAffinity().missedPreferredWeight(node)
                    + PodPackingObjective.SOFT_UNIT * PlacementRules.untoleratedPreferNoSchedule(pod, node);
            anyPenalty |= penalty[n] > 0;
        }
        return new NodeProfile(List.copyOf(allowed), mask, anyPenalty ? penalty : null);
    }

    /** The nodes where pods of one profile may be placed anew, and their penalties per node (null when all 0). */
    private record NodeProfile(List<NodeSlot> allowedNew, boolean[] allowedNewMask, int[] penalty) {
    }

    private List<PodTerm> terms() {
        List<PodTerm> terms = new ArrayList<>();
        for (int p = 0; p < problem.podCount(); p++) {
            PodScheduling rules = problem.pods().get(p).scheduling();
            for (PodAffinityTerm term : rules.requiredAffinity()) {
                terms.add(term(PodTerm.Kind.REQUIRED_AFFINITY, p, term, 1));
            }
            for (PodAffinityTerm term : rules.requiredAntiAffinity()) {
                terms.add(term(PodTerm.Kind.REQUIRED_ANTI_AFFINITY, p, term, 1));
            }
            for (PodAffinityTerm.Weighted weighted : rules.preferredAffinity()) {
                terms.add(term(PodTerm.Kind.PREFERRED_AFFINITY, p, weighted.term(), weighted.weight()));
            }
            for (PodAffinityTerm.Weighted weighted : rules.preferredAntiAffinity()) {
                terms.add(term(PodTerm.Kind.PREFERRED_ANTI_AFFINITY, p, weighted.term(), weighted.weight()));
            }
        }
        return terms;
    }

    private PodTerm term(PodTerm.Kind kind, int owner, PodAffinityTerm term, int weight) {
        Pod pod = problem.pods().get(owner);
        String namespace = pod.scheduling().namespace();
        BitSet pods = selected.computeIfAbsent(List.of(namespace, term), key -> {
            BitSet set = new BitSet(problem.podCount());
            for (int q = 0; q < problem.podCount(); q++) {
                if (term.selects(namespace, problem.pods().get(q))) {
                    set.set(q);
                }
            }
            return set;
        });
        Integer selection = selections.get(pods);
        if (selection == null) {
            selection = selectionSets.size();
            selections.put(pods, selection);
            selectionSets.add(pods);
        }
        int keyIndex = keys.get(term.topologyKey());
        boolean selfMatching = term.selects(namespace, pod);
        countedSelections.merge(List.of(selection, keyIndex), DomainMembership.use(kind), (a, b) -> a | b);
        if (kind == PodTerm.Kind.REQUIRED_AFFINITY && selfMatching) {
            countedSelections.merge(List.of(selection, CLUSTER_KEY), DomainMembership.CLUSTER_USE, (a, b) -> a | b);
        }
        return new PodTerm(termCount++, kind, owner, selection, keyIndex, weight, selfMatching);
    }

    /** The spread groups as the evaluator forms them: one per constraint, namespace and node filter. */
    private void spreadFacts(List<SpreadRequirement> requirements, List<SpreadMembership> memberships) {
        Map<List<Object>, SpreadGroup> groups = new HashMap<>();
        for (int p = 0; p < problem.podCount(); p++) {
            Pod pod = problem.pods().get(p);
            PodScheduling rules = pod.scheduling();
            for (TopologySpreadConstraint constraint : rules.topologySpread()) {
                List<Object> nodeFilter = constraint.honorNodeAffinity()
                        ? List.of(rules.nodeSelector(), rules.nodeAffinity()) : List.of();
                List<Object> key = List.of(constraint, rules.namespace(), nodeFilter,
                        constraint.honorTaints() ? rules.tolerations() : List.of());
                SpreadGroup group = groups.get(key);
                if (group == null) {
                    group = spreadGroup(pod, constraint);
                    groups.put(key, group);
                    addSpreadMembers(group, rules.namespace(), constraint, memberships);
                }
                boolean selfMatches = constraint.selector() != null
                        && constraint.selector().matches(rules.labels());
                requirements.add(new SpreadRequirement(requirements.size(), p, group, constraint.hard(), selfMatches));
            }
        }
    }

    private SpreadGroup spreadGroup(Pod pod, TopologySpreadConstraint constraint) {
        int keyIndex = keys.get(constraint.topologyKey());
        int[] localOfNode = new int[problem.nodeCount()];
        int[] localOfDomain = new int[domainIds.size()];
        Arrays.fill(localOfDomain, -1);
        int domains = 0;
        for (int n = 0; n < problem.nodeCount(); n++) {
            ClusterNode node = problem.nodes().get(n);
            int domain = domainOfNode[n][keyIndex];
            boolean eligible = domain >= 0
                    && (!constraint.honorNodeAffinity() || PlacementRules.nodeAffinityMatches(pod, node))
                    && (!constraint.honorTaints() || PlacementRules.toleratesHardTaints(pod, node));
            if (eligible && localOfDomain[domain] < 0) {
                localOfDomain[domain] = domains++;
            }
            localOfNode[n] = eligible ? localOfDomain[domain] : -1;
        }
        return new SpreadGroup(keyIndex, constraint.maxSkew(), constraint.minDomains(), domains, localOfNode,
                localOfDomain);
    }

    private void addSpreadMembers(SpreadGroup group, String namespace, TopologySpreadConstraint constraint,
                                  List<SpreadMembership> memberships) {
        if (constraint.selector() == null) {
            return;
        }
        for (int q = 0; q < problem.podCount(); q++) {
            PodScheduling other = problem.pods().get(q).scheduling();
            if (namespace.equals(other.namespace()) && constraint.selector().matches(other.labels())) {
                memberships.add(new SpreadMembership(q, group));
            }
        }
    }

    private List<BudgetMembership> budgetFacts() {
        List<BudgetMembership> memberships = new ArrayList<>();
        for (int b = 0; b < problem.budgets().size(); b++) {
            DisruptionBudget budget = problem.budgets().get(b);
            BudgetMembership.Budget fact = new BudgetMembership.Budget(b, budget.allowedDisruptions());
            for (int p = 0; p < problem.podCount(); p++) {
                Pod pod = problem.pods().get(p);
                if (pod.isRunning() && budget.covers(pod)) {
                    memberships.add(new BudgetMembership(p, fact));
                }
            }
        }
        return memberships;
    }
}
