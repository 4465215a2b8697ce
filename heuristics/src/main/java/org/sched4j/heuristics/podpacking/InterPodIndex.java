package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * The inter-pod terms of a scenario, indexed once so that the scheduler can count pods per topology domain
 * incrementally ({@link InterPodCounts}) instead of scanning the cluster for every pod and node.
 *
 * <ul>
 *   <li>A <em>topology key</em> (a node label) numbers its values: {@link #domain(int, int)} is the domain of a node,
 *       -1 when the node lacks the label.</li>
 *   <li>A <em>selection</em> is a conjunction of (namespaces, label selector) clauses, as a term resolves against the
 *       namespace of the pod that has it; the distinct selections of all terms and spread constraints are indexed
 *       once and each pod knows the selections it belongs to (evaluated once per distinct namespace and labels).</li>
 *   <li>A <em>counter</em> is a (selection, topology key) pair: the placed pods of the selection per domain. The
 *       incoming pod's own terms read counters; the terms that placed pods <em>hold</em> are counted in
 *       <em>families</em> of their own (required anti-affinity holders, and the signed weights of the score plugin's
 *       symmetric terms), which an incoming pod reads when it belongs to the family's selection.</li>
 *   <li>A <em>spread group</em> is a topology spread constraint with the namespace and node filter of its pod (the
 *       key the evaluator counts by): its counts per eligible domain.</li>
 * </ul>
 * Building costs O(terms + nodes · keys + selections · distinct label sets + groups · nodes).
 */
final class InterPodIndex {

    /** The weight of an existing pod's required affinity term in the score ({@code hardPodAffinityWeight}, 1). */
    static final int HARD_POD_AFFINITY_WEIGHT = 1;

    /** One clause of a selection: the pods of these namespaces (all when {@code allNamespaces}) with these labels. */
    record Clause(boolean allNamespaces, Set<String> namespaces, LabelSelector selector) {

        static Clause of(PodAffinityTerm term, String ownerNamespace) {
            return new Clause(term.allNamespaces(),
                    term.namespaces().isEmpty() ? Set.of(ownerNamespace) : term.namespaces(), term.selector());
        }

        boolean matches(PodScheduling pod) {
            return selector != null && (allNamespaces || namespaces.contains(pod.namespace()))
                    && selector.matches(pod.labels());
        }
    }

    /** A spread group: a constraint with the namespace and node filter of the pod that declares it. */
    record SpreadGroup(TopologySpreadConstraint constraint, int key, int selection, boolean[] eligibleNode,
                       boolean[] eligibleDomain, int eligibleDomains) {
    }

    private record SpreadKey(TopologySpreadConstraint constraint, String namespace, Object nodeFilter) {
    }

    private final PodPackingInstance instance;
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<int[]> domainOfNode = new ArrayList<>();
    private final List<Integer> domainCounts = new ArrayList<>();
    private final Map<List<Clause>, Integer> selectionIds = new HashMap<>();
    private final List<List<Clause>> selections = new ArrayList<>();
    private final Map<Long, Integer> counterIds = new HashMap<>();
    private final List<int[]> counters = new ArrayList<>();
    private final Map<Long, Integer> antiFamilyIds = new HashMap<>();
    private final List<int[]> antiFamilies = new ArrayList<>();
    private final Map<Long, Integer> scoreFamilyIds = new HashMap<>();
    private final List<int[]> scoreFamilies = new ArrayList<>();
    private final Map<SpreadKey, Integer> groupIds = new HashMap<>();
    private final List<SpreadGroup> groups = new ArrayList<>();
    private final PodTerms[] podTerms;
    private final int[][] domains;
    private final int[] counterKeys;
    private final int[] antiFamilyKeys;
    private final int[] scoreFamilyKeys;

    InterPodIndex(PodPackingInstance instance) {
        this.instance = instance;
        List<PodTerms.Builder> builders = new ArrayList<>();
        for (Pod pod : instance.pods()) {
            builders.add(ownTerms(pod));
        }
        Map<List<Object>, PodTerms.Membership> memberships = new HashMap<>();
        podTerms = new PodTerms[instance.podCount()];
        for (int p = 0; p < instance.podCount(); p++) {
            PodScheduling rules = instance.pods().get(p).scheduling();
            PodTerms.Membership membership = memberships.computeIfAbsent(
                    List.of(rules.namespace(), rules.labels()), key -> membership(rules));
            podTerms[p] = builders.get(p).build(membership);
        }
        domains = domainOfNode.toArray(int[][]::new);
        counterKeys = counters.stream().mapToInt(pair -> pair[1]).toArray();
        antiFamilyKeys = antiFamilies.stream().mapToInt(pair -> pair[1]).toArray();
        scoreFamilyKeys = scoreFamilies.stream().mapToInt(pair -> pair[1]).toArray();
    }

    /** The terms of pod {@code pod}, as ids into this index. */
    PodTerms pod(int pod) {
        return podTerms[pod];
    }

    /** The domain of {@code node} under topology key {@code key}, -1 when it lacks the label. */
    int domain(int key, int node) {
        return domains[key][node];
    }

    /** The number of domains (distinct values) of topology key {@code key}. */
    int domainCount(int key) {
        return domainCounts.get(key);
    }

    int selectionCount() {
        return selections.size();
    }

    int counterCount() {
        return counters.size();
    }

    /** The topology key of counter {@code counter}. */
    int counterKey(int counter) {
        return counterKeys[counter];
    }

    /** The selection of counter {@code counter}. */
    int counterSelection(int counter) {
        return counters.get(counter)[0];
    }

    int antiFamilyCount() {
        return antiFamilies.size();
    }

    int antiFamilyKey(int family) {
        return antiFamilyKeys[family];
    }

    int scoreFamilyCount() {
        return scoreFamilies.size();
    }

    int scoreFamilyKey(int family) {
        return scoreFamilyKeys[family];
    }

    int groupCount() {
        return groups.size();
    }

    SpreadGroup group(int group) {
        return groups.get(group);
    }

    private PodTerms.Builder ownTerms(Pod pod) {
        PodScheduling rules = pod.scheduling();
        String namespace = rules.namespace();
        PodTerms.Builder terms = new PodTerms.Builder();
        List<Clause> all = new ArrayList<>();
        for (PodAffinityTerm term : rules.requiredAffinity()) {
            all.add(Clause.of(term, namespace));
        }
        int conjunction = all.isEmpty() ? -1 : selection(all);
        for (PodAffinityTerm term : rules.requiredAffinity()) {
            Clause clause = Clause.of(term, namespace);
            int selection = selection(List.of(clause));
            int key = key(term.topologyKey());
            terms.requiredAffinity(counter(selection, key), selection, clause.matches(rules),
                    counter(conjunction, key));
            terms.holdsScore(family(scoreFamilyIds, scoreFamilies, selection, key), HARD_POD_AFFINITY_WEIGHT);
        }
        terms.selfMatchesAllAffinity(!all.isEmpty() && all.stream().allMatch(clause -> clause.matches(rules)));
        for (PodAffinityTerm term : rules.requiredAntiAffinity()) {
            int selection = selection(List.of(Clause.of(term, namespace)));
            int key = key(term.topologyKey());
            terms.requiredAntiAffinity(counter(selection, key), family(antiFamilyIds, antiFamilies, selection, key));
        }
        for (PodAffinityTerm.Weighted weighted : rules.preferredAffinity()) {
            int selection = selection(List.of(Clause.of(weighted.term(), namespace)));
            int key = key(weighted.term().topologyKey());
            terms.preferred(counter(selection, key), weighted.weight());
            terms.holdsScore(family(scoreFamilyIds, scoreFamilies, selection, key), weighted.weight());
        }
        for (PodAffinityTerm.Weighted weighted : rules.preferredAntiAffinity()) {
            int selection = selection(List.of(Clause.of(weighted.term(), namespace)));
            int key = key(weighted.term().topologyKey());
            terms.preferred(counter(selection, key), -weighted.weight());
            terms.holdsScore(family(scoreFamilyIds, scoreFamilies, selection, key), -weighted.weight());
        }
        for (TopologySpreadConstraint constraint : rules.topologySpread()) {
            int group = spreadGroup(pod, constraint);
            terms.spread(group, constraint.hard(), constraint.selector() != null
                    && constraint.selector().matches(rules.labels()));
        }
        return terms;
    }

    private PodTerms.Membership membership(PodScheduling rules) {
        boolean[] member = new boolean[selections.size()];
        List<Integer> members = new ArrayList<>();
        for (int s = 0; s < selections.size(); s++) {
            member[s] = selections.get(s).stream().allMatch(clause -> clause.matches(rules));
            if (member[s]) {
                members.add(s);
            }
        }
        return new PodTerms.Membership(ints(members), ofMembers(counters, member), ofMembers(antiFamilies, member),
                ofMembers(scoreFamilies, member), ints(IntStream.range(0, groups.size())
                .filter(g -> member[groups.get(g).selection()]).boxed().toList()));
    }

    /** The ids of the (selection, key) pairs whose selection the pod belongs to. */
    private static int[] ofMembers(List<int[]> pairs, boolean[] member) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (member[pairs.get(i)[0]]) {
                ids.add(i);
            }
        }
        return ints(ids);
    }

    private int selection(List<Clause> clauses) {
        return selectionIds.computeIfAbsent(List.copyOf(clauses), list -> {
            selections.add(list);
            return selections.size() - 1;
        });
    }

    private int key(String topologyKey) {
        Integer id = keyIds.get(topologyKey);
        if (id != null) {
            return id;
        }
        Map<String, Integer> values = new HashMap<>();
        int[] domains = new int[instance.nodeCount()];
        for (int n = 0; n < instance.nodeCount(); n++) {
            String value = instance.nodes().get(n).topologyValue(topologyKey);
            domains[n] = value == null ? -1 : values.computeIfAbsent(value, v -> values.size());
        }
        domainOfNode.add(domains);
        domainCounts.add(values.size());
        keyIds.put(topologyKey, domainOfNode.size() - 1);
        return domainOfNode.size() - 1;
    }

    private int counter(int selection, int key) {
        return family(counterIds, counters, selection, key);
    }

    private static int family(Map<Long, Integer> ids, List<int[]> families, int selection, int key) {
        return ids.computeIfAbsent(((long) selection << 32) | key, packed -> {
            families.add(new int[] {selection, key});
            return families.size() - 1;
        });
    }

    private int spreadGroup(Pod pod, TopologySpreadConstraint constraint) {
        PodScheduling rules = pod.scheduling();
        Object nodeFilter = List.of(constraint.honorNodeAffinity()
                        ? List.of(rules.nodeSelector(), rules.nodeAffinity()) : List.of(),
                constraint.honorTaints() ? rules.tolerations() : List.of());
        return groupIds.computeIfAbsent(new SpreadKey(constraint, rules.namespace(), nodeFilter), spreadKey -> {
            int key = key(constraint.topologyKey());
            Clause clause = new Clause(false, Set.of(rules.namespace()), constraint.selector());
            int selection = selection(List.of(clause));
            boolean[] eligibleNode = new boolean[instance.nodeCount()];
            boolean[] eligibleDomain = new boolean[domainCount(key)];
            int eligibleDomains = 0;
            for (int n = 0; n < instance.nodeCount(); n++) {
                ClusterNode node = instance.nodes().get(n);
                eligibleNode[n] = (!constraint.honorNodeAffinity() || PlacementRules.nodeAffinityMatches(pod, node))
                        && (!constraint.honorTaints() || PlacementRules.toleratesHardTaints(pod, node));
                int domain = domainOfNode.get(key)[n];
                if (eligibleNode[n] && domain >= 0 && !eligibleDomain[domain]) {
                    eligibleDomain[domain] = true;
                    eligibleDomains++;
                }
            }
            groups.add(new SpreadGroup(constraint, key, selection, eligibleNode, eligibleDomain, eligibleDomains));
            return groups.size() - 1;
        });
    }

    static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
