package org.sched4j.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules between pods, checked on a whole plan by {@link PodPackingEvaluator}, as the kube-scheduler plugins
 * define them at the moment a pod is placed:
 * <ul>
 *   <li>{@code InterPodAffinity} ({@code pkg/scheduler/framework/plugins/interpodaffinity/filtering.go}): a pod
 *       placed anew with required affinity terms needs, for each term, another placed pod that <em>every</em> term
 *       selects in the term's domain (unless no such pod is placed on a node with any of the terms' topology labels
 *       and the pod is selected by all its own terms, the first pod of a group); a node without a term's topology
 *       label fails. Required anti-affinity, both ways: no two placed pods in one
 *       domain where one's term selects the other, if either of them is placed anew (a violation between two pods
 *       that both stay predates the plan: {@code IgnoredDuringExecution});</li>
 *   <li>{@code PodTopologySpread} ({@code plugins/podtopologyspread/filtering.go}): for a pod placed anew and each
 *       {@code DoNotSchedule} constraint, the selected pods of its namespace counted per domain over the eligible
 *       nodes (those passing the pod's node selector and required node affinity unless {@code nodeAffinityPolicy:
 *       Ignore}, tolerated with {@code nodeTaintsPolicy: Honor}, and having the topology label of every
 *       {@code DoNotSchedule} constraint of the pod), the pod itself left out:
 *       {@code count(its domain) + (1 if it matches its own selector) - min count > maxSkew} is a violation; the min is
 *       0 when fewer than {@code minDomains} domains are eligible; a node without the label fails it.</li>
 * </ul>
 * Soft rules give the soft penalty of {@link PodPackingObjective}: for every placed pod, the weight of each preferred
 * node affinity term its node misses, 100 per untolerated {@code PreferNoSchedule} taint of its node, the weight of
 * each preferred affinity term with no selected pod in its domain, the weight of each preferred anti-affinity term
 * times the selected pods in its domain, and 100 per unit of skew beyond {@code maxSkew} of each
 * {@code ScheduleAnyway} constraint.
 */
final class InterPodRules {

    /** The soft penalty of one untolerated PreferNoSchedule taint and of one unit of excess soft skew. */
    static final int SOFT_UNIT = PodPackingObjective.SOFT_UNIT;

    private final PodPackingInstance instance;
    private final PodPlacement placement;
    private final TopologyIndex index;
    private final Map<SpreadKey, Map<String, Integer>> spreadCounts = new HashMap<>();

    private final Map<TermsKey, SelectedByAll> selectedByAll = new HashMap<>();
    private final Map<TermKey, Map<String, Integer>> selectedByTerm = new HashMap<>();
    private PodLabelIndex labels;

    /** The required affinity terms of a pod and its namespace: the pods they all select are counted once. */
    private record TermsKey(List<PodAffinityTerm> terms, String namespace) {
    }

    /** One term of a pod of a namespace. */
    private record TermKey(PodAffinityTerm term, String namespace) {
    }

    /**
     * The placed pods that every required affinity term of a pod selects: per topology key of the terms, their number
     * in each domain, and their number on nodes with any of the keys.
     */
    private record SelectedByAll(Map<String, Map<String, Integer>> byKey, int withAnyKey) {
    }

    private record SpreadKey(TopologySpreadConstraint constraint, String namespace, Object nodeFilter) {
    }

    InterPodRules(PodPackingInstance instance, PodPlacement placement) {
        this.instance = instance;
        this.placement = placement;
        this.index = new TopologyIndex(instance, placement);
    }

    private boolean placedAnew(int pod) {
        int node = placement.nodeOf(pod);
        return node != Pod.PENDING && node != instance.pods().get(pod).currentNode();
    }

    /** Adds the violated hard inter-pod rules of the plan to {@code violations}. */
    void checkHard(List<String> violations) {
        for (int p = 0; p < instance.podCount(); p++) {
            if (placement.nodeOf(p) == Pod.PENDING) {
                continue;
            }
            Pod pod = instance.pods().get(p);
            PodScheduling rules = pod.scheduling();
            for (PodAffinityTerm term : rules.requiredAntiAffinity()) {
                checkAntiAffinity(p, term, violations);
            }
            if (!placedAnew(p)) {
                continue;
            }
            String unsatisfied = unsatisfiedAffinity(p, rules.requiredAffinity());
            if (unsatisfied != null) {
                violations.add("pod-affinity: pod " + pod.name() + " on " + nodeName(p) + " has no pod its "
                        + "required affinity selects in its " + unsatisfied + " domain");
            }
            for (TopologySpreadConstraint constraint : rules.topologySpread()) {
                if (constraint.hard()) {
                    long excess = spreadExcess(p, constraint);
                    if (excess > 0) {
                        violations.add("topology-spread: pod " + pod.name() + " on " + nodeName(p) + " makes the "
                                + "skew over " + constraint.topologyKey() + " exceed maxSkew "
                                + constraint.maxSkew() + (excess == Long.MAX_VALUE ? " (its node lacks the label)"
                                : " by " + excess));
                    }
                }
            }
        }
    }

    /** The soft penalty of the plan (see the class comment). */
    long softPenalty() {
        long penalty = 0;
        for (int p = 0; p < instance.podCount(); p++) {
            int nodeIndex = placement.nodeOf(p);
            if (nodeIndex == Pod.PENDING) {
                continue;
            }
            Pod pod = instance.pods().get(p);
            ClusterNode node = instance.nodes().get(nodeIndex);
            PodScheduling rules = pod.scheduling();
            penalty += rules.nodeAffinity().missedPreferredWeight(node);
            penalty += (long) SOFT_UNIT * PlacementRules.untoleratedPreferNoSchedule(pod, node);
            for (PodAffinityTerm.Weighted weighted : rules.preferredAffinity()) {
                if (selectedInDomain(p, weighted.term()) == 0) {
                    penalty += weighted.weight();
                }
            }
            for (PodAffinityTerm.Weighted weighted : rules.preferredAntiAffinity()) {
                penalty += (long) weighted.weight() * selectedInDomain(p, weighted.term());
            }
            for (TopologySpreadConstraint constraint : rules.topologySpread()) {
                if (!constraint.hard()) {
                    long excess = spreadExcess(p, constraint);
                    penalty += excess == Long.MAX_VALUE ? SOFT_UNIT : SOFT_UNIT * excess;
                }
            }
        }
        return penalty;
    }

    private void checkAntiAffinity(int p, PodAffinityTerm term, List<String> violations) {
        String domain = index.domainOf(p, term.topologyKey());
        if (domain == null) {
            return;
        }
        Pod pod = instance.pods().get(p);
        for (int other : index.podsIn(term.topologyKey(), domain)) {
            if (other != p && (placedAnew(p) || placedAnew(other))
                    && term.selects(pod.scheduling().namespace(), instance.pods().get(other))) {
                violations.add("pod-anti-affinity: pods " + pod.name() + " and " + instance.pods().get(other).name()
                        + " share the " + term.topologyKey() + " domain " + domain + " but the anti-affinity of "
                        + pod.name() + " selects " + instance.pods().get(other).name());
            }
        }
    }

    /**
     * The topology key of the first required affinity term of pod {@code p} that its node fails, or null when it
     * satisfies them all. As {@code satisfyPodAffinity} does, the pods that count are those every term selects; a
     * node without a term's topology label fails; and when no such pod runs on a node with any of the terms' labels,
     * a pod that all its own terms select passes (the first pod of a group).
     */
    private String unsatisfiedAffinity(int p, List<PodAffinityTerm> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        Pod pod = instance.pods().get(p);
        String namespace = pod.scheduling().namespace();
        String firstMissing = null;
        boolean self = selectedByAll(terms, namespace, pod);
        SelectedByAll selected = selectedByAll(terms, namespace);
        for (PodAffinityTerm term : terms) {
            String domain = index.domainOf(p, term.topologyKey());
            if (domain == null) {
                return term.topologyKey();
            }
            int others = selected.byKey().get(term.topologyKey()).getOrDefault(domain, 0) - (self ? 1 : 0);
            if (others <= 0 && firstMissing == null) {
                firstMissing = term.topologyKey();
            }
        }
        if (firstMissing == null || !self) {
            return firstMissing;
        }
        // The pod itself is among them (all its terms select it and its node has their labels): it must be alone.
        return selected.withAnyKey() == 1 ? null : firstMissing;
    }

    /** The placed pods every one of {@code terms} of a pod in {@code namespace} selects, counted once per terms. */
    private SelectedByAll selectedByAll(List<PodAffinityTerm> terms, String namespace) {
        return selectedByAll.computeIfAbsent(new TermsKey(terms, namespace), key -> {
            Map<String, Map<String, Integer>> byKey = new HashMap<>();
            for (PodAffinityTerm term : terms) {
                byKey.putIfAbsent(term.topologyKey(), new HashMap<>());
            }
            int withAnyKey = 0;
            for (int other : labels().candidates(terms.getFirst().selector())) {
                if (placement.nodeOf(other) == Pod.PENDING
                        || !selectedByAll(terms, namespace, instance.pods().get(other))) {
                    continue;
                }
                boolean anyKey = false;
                for (Map.Entry<String, Map<String, Integer>> domains : byKey.entrySet()) {
                    String domain = index.domainOf(other, domains.getKey());
                    if (domain != null) {
                        anyKey = true;
                        domains.getValue().merge(domain, 1, Integer::sum);
                    }
                }
                withAnyKey += anyKey ? 1 : 0;
            }
            return new SelectedByAll(byKey, withAnyKey);
        });
    }

    private static boolean selectedByAll(List<PodAffinityTerm> terms, String namespace, Pod other) {
        for (PodAffinityTerm term : terms) {
            if (!term.selects(namespace, other)) {
                return false;
            }
        }
        return true;
    }

    /** The other placed pods {@code term} of pod {@code p} selects in its domain (0 when its node lacks the label). */
    private int selectedInDomain(int p, PodAffinityTerm term) {
        String domain = index.domainOf(p, term.topologyKey());
        if (domain == null) {
            return 0;
        }
        Pod pod = instance.pods().get(p);
        String namespace = pod.scheduling().namespace();
        Map<String, Integer> byDomain = selectedByTerm.computeIfAbsent(new TermKey(term, namespace), key -> {
            Map<String, Integer> counts = new HashMap<>();
            for (int other : labels().candidates(term.selector())) {
                String otherDomain = placement.nodeOf(other) == Pod.PENDING ? null
                        : index.domainOf(other, term.topologyKey());
                if (otherDomain != null && term.selects(namespace, instance.pods().get(other))) {
                    counts.merge(otherDomain, 1, Integer::sum);
                }
            }
            return counts;
        });
        return byDomain.getOrDefault(domain, 0) - (term.selects(namespace, pod) ? 1 : 0);
    }

    private PodLabelIndex labels() {
        if (labels == null) {
            labels = new PodLabelIndex(instance);
        }
        return labels;
    }

    /**
     * By how much placing pod {@code p} where it is exceeds the constraint's maxSkew (0 when within), or
     * {@link Long#MAX_VALUE} when its node lacks the topology label or is not eligible.
     */
    private long spreadExcess(int p, TopologySpreadConstraint constraint) {
        Pod pod = instance.pods().get(p);
        ClusterNode node = instance.nodes().get(placement.nodeOf(p));
        String domain = node.topologyValue(constraint.topologyKey());
        if (domain == null) {
            return Long.MAX_VALUE;
        }
        Map<String, Integer> counts = spreadCounts.computeIfAbsent(spreadKey(pod, constraint),
                key -> countDomains(pod, constraint));
        boolean selfMatches = constraint.selector() != null
                && constraint.selector().matches(pod.scheduling().labels());
        boolean counted = selfMatches && eligible(pod, constraint, node);
        int own = counts.getOrDefault(domain, 0) - (counted ? 1 : 0);
        int min = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int count = entry.getValue() - (counted && entry.getKey().equals(domain) ? 1 : 0);
            min = Math.min(min, count);
        }
        if (min == Integer.MAX_VALUE || counts.size() < constraint.minDomains()) {
            min = 0;
        }
        long skew = (long) own + (selfMatches ? 1 : 0) - min;
        return Math.max(0, skew - constraint.maxSkew());
    }

    private static SpreadKey spreadKey(Pod pod, TopologySpreadConstraint constraint) {
        PodScheduling rules = pod.scheduling();
        Object nodeFilter = List.of(constraint.honorNodeAffinity()
                        ? List.of(rules.nodeSelector(), rules.nodeAffinity()) : List.of(),
                constraint.honorTaints() ? rules.tolerations() : List.of(), topologyKeys(pod, constraint.hard()));
        return new SpreadKey(constraint, rules.namespace(), nodeFilter);
    }

    /** The topology keys of the pod's hard (or soft) spread constraints: a counted node has every one. */
    private static List<String> topologyKeys(Pod pod, boolean hard) {
        List<String> keys = new ArrayList<>();
        for (TopologySpreadConstraint constraint : pod.scheduling().topologySpread()) {
            if (constraint.hard() == hard) {
                keys.add(constraint.topologyKey());
            }
        }
        return keys;
    }

    /** The selected pods per eligible domain (every eligible domain present, possibly with 0). */
    private Map<String, Integer> countDomains(Pod pod, TopologySpreadConstraint constraint) {
        Map<String, Integer> counts = new HashMap<>();
        boolean[] eligibleNodes = new boolean[instance.nodeCount()];
        for (int n = 0; n < instance.nodeCount(); n++) {
            ClusterNode node = instance.nodes().get(n);
            String value = node.topologyValue(constraint.topologyKey());
            if (value != null && eligible(pod, constraint, node)) {
                counts.putIfAbsent(value, 0);
                eligibleNodes[n] = true;
            }
        }
        if (constraint.selector() == null) {
            return counts;
        }
        String namespace = pod.scheduling().namespace();
        for (int q : labels().candidates(constraint.selector())) {
            int node = placement.nodeOf(q);
            Pod other = instance.pods().get(q);
            if (node != Pod.PENDING && eligibleNodes[node]
                    && namespace.equals(other.scheduling().namespace())
                    && constraint.selector().matches(other.scheduling().labels())) {
                counts.merge(instance.nodes().get(node).topologyValue(constraint.topologyKey()), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Whether the node's pods count for the constraint: it passes the pod's node affinity and taints as the
     * constraint's policies say, and it has the topology label of every constraint of the pod of the same kind
     * (hard or soft), as {@code nodeLabelsMatchSpreadConstraints} requires.
     */
    private static boolean eligible(Pod pod, TopologySpreadConstraint constraint, ClusterNode node) {
        for (TopologySpreadConstraint other : pod.scheduling().topologySpread()) {
            if (other.hard() == constraint.hard() && node.topologyValue(other.topologyKey()) == null) {
                return false;
            }
        }
        return (!constraint.honorNodeAffinity() || PlacementRules.nodeAffinityMatches(pod, node))
                && (!constraint.honorTaints() || PlacementRules.toleratesHardTaints(pod, node));
    }

    private String nodeName(int p) {
        return instance.nodes().get(placement.nodeOf(p)).name();
    }

    /** The budgets the plan overdraws, as violations. */
    static void checkBudgets(PodPackingInstance instance, PodPlacement placement, List<String> violations) {
        PodLabelIndex labels = instance.budgets().isEmpty() ? null : new PodLabelIndex(instance);
        for (DisruptionBudget budget : instance.budgets()) {
            List<String> disrupted = new ArrayList<>();
            for (int p : labels.candidates(budget.selector())) {
                Pod pod = instance.pods().get(p);
                if (pod.isRunning() && placement.nodeOf(p) != pod.currentNode() && budget.covers(pod)) {
                    disrupted.add(pod.name());
                }
            }
            if (disrupted.size() > budget.allowedDisruptions()) {
                violations.add("disruption-budget: the plan disrupts " + disrupted.size() + " pods of budget "
                        + budget.name() + ", which allows " + budget.allowedDisruptions() + ": "
                        + String.join(", ", disrupted.subList(0, Math.min(5, disrupted.size())))
                        + (disrupted.size() > 5 ? ", ..." : ""));
            }
        }
    }
}
