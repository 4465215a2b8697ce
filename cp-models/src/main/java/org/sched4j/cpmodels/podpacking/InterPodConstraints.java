package org.sched4j.cpmodels.podpacking;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;

/**
 * Required pod affinity and anti-affinity, as the evaluator defines them after the {@code InterPodAffinity} filter
 * ({@code pkg/scheduler/framework/plugins/interpodaffinity/filtering.go}). For a domain {@code D} of a topology key
 * {@code K}, {@code in(q, D)} is "q runs in D" and {@code anew(p, D)} "p is placed anew in D" (literals of the model,
 * constants for fixed pods), and {@code count(S, D) = sum_{q in S} in(q, D)} for a set of pods {@code S}:
 * <ul>
 *   <li>anti-affinity, for a term of key {@code K} of a free owner {@code p} and {@code S} the pods it selects:
 *       {@code in(p, D) => count(S, D) - [p in S] - sum_q both(p, q) <= 0}, where {@code both(p, q)} (at most
 *       {@code stay(p)} and {@code stay(q)}) excuses a pod {@code q} that runs in {@code D} now, as {@code p} does,
 *       when both stay: a violation counts only when one of the two is placed anew. A fixed pod in {@code D}, or a
 *       fixed owner whose term selects {@code p}, only removes candidate nodes ({@link CandidateNodes});</li>
 *   <li>affinity, for the required terms of a free owner {@code p}, {@code S} the pods <em>every</em> term selects
 *       ({@link AffinitySelection}), and each term of key {@code K} and domain {@code D} of {@code K} without a fixed
 *       pod of {@code S}: {@code anew(p, D) => count(S, D) - [p in S] + first(p) >= 1}, where {@code first(p)} (the
 *       first pod of a group: only when {@code p} is in {@code S} and no fixed pod of {@code S} runs on a node with
 *       any of the terms' keys) keeps every other free pod of {@code S} off the nodes with any of those keys; for a
 *       fixed owner placed anew, the same per term in the domain of its node, unconditionally.</li>
 * </ul>
 * A count shared by several owners is one integer variable.
 */
final class InterPodConstraints {

    private record CountKey(Object selection, String key, String domain) {
    }

    private final PodPackingCpSatModel core;
    private final CpModel model;
    private final PodPackingInstance instance;
    private final Selections selections;
    private final Map<CountKey, LinearExpr> counts = new HashMap<>();
    private final Map<CountKey, List<Integer>> residents = new HashMap<>();
    private final Map<Long, BoolVar> bothStay = new HashMap<>();

    InterPodConstraints(PodPackingCpSatModel core, Selections selections) {
        this.core = core;
        this.model = core.model();
        this.instance = core.instance();
        this.selections = selections;
    }

    void addAll() {
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (core.isFree(p)) {
                for (PodAffinityTerm term : pod.scheduling().requiredAntiAffinity()) {
                    addAntiAffinity(p, term);
                }
                addAffinity(p, pod.scheduling().requiredAffinity());
            } else if (core.fixedNode(p) != Pod.PENDING && core.fixedNode(p) != pod.currentNode()) {
                addFixedAffinity(p, pod.scheduling().requiredAffinity());
            }
        }
    }

    private void addAntiAffinity(int p, PodAffinityTerm term) {
        Pod pod = instance.pods().get(p);
        TermSelection selection = selections.of(term, pod.scheduling().namespace());
        int self = term.selects(pod.scheduling().namespace(), pod) ? 1 : 0;
        String currentDomain = domainOf(pod.currentNode(), term.topologyKey());
        for (String domain : core.byDomain(p, term.topologyKey(), false).keySet()) {
            LinearExpr count = count(selection, selection.free(), term.topologyKey(), domain);
            if (count == null || selection.free().size() == self) {
                continue;
            }
            LinearExprBuilder clashing = LinearExpr.newBuilder().add(count);
            if (domain.equals(currentDomain) && core.stay(p) != null) {
                for (int q : residents(selection, domain)) {
                    if (q != p) {
                        clashing.addTerm(bothStay(p, q), -1);
                    }
                }
            }
            model.addLessOrEqual(clashing, self)
                    .onlyEnforceIf(core.inDomain(p, term.topologyKey(), domain, false));
        }
    }

    private void addAffinity(int p, List<PodAffinityTerm> terms) {
        if (terms.isEmpty()) {
            return;
        }
        Pod pod = instance.pods().get(p);
        AffinitySelection selection = selections.ofAffinity(terms, pod.scheduling().namespace());
        int self = selection.selects(pod) ? 1 : 0;
        Literal first = self == 1 && selection.fixedWithAnyKey() == 0 ? firstOfGroup(selection, p) : null;
        for (PodAffinityTerm term : terms) {
            String key = term.topologyKey();
            for (String domain : core.byDomain(p, key, true).keySet()) {
                if (selection.fixedIn(key, domain) > 0) {
                    continue;
                }
                LinearExprBuilder support = LinearExpr.newBuilder();
                LinearExpr count = count(selection, selection.free(), key, domain);
                if (count != null) {
                    support.add(count);
                }
                if (first != null) {
                    support.add(first);
                }
                model.addGreaterOrEqual(support, 1 + self).onlyEnforceIf(core.inDomain(p, key, domain, true));
            }
        }
    }

    private void addFixedAffinity(int r, List<PodAffinityTerm> terms) {
        if (terms.isEmpty()) {
            return;
        }
        Pod owner = instance.pods().get(r);
        AffinitySelection selection = selections.ofAffinity(terms, owner.scheduling().namespace());
        if (selection.free().isEmpty()) {
            return;
        }
        int self = selection.selects(owner) ? 1 : 0;
        Literal first = null;
        for (PodAffinityTerm term : terms) {
            String key = term.topologyKey();
            String domain = domainOf(core.fixedNode(r), key);
            if (domain == null || selection.fixedIn(key, domain) - self > 0) {
                continue;
            }
            LinearExprBuilder support = LinearExpr.newBuilder();
            LinearExpr count = count(selection, selection.free(), key, domain);
            if (count != null) {
                support.add(count);
            }
            if (self == 1 && selection.fixedWithAnyKey() == 1) {
                first = first != null ? first : firstOfGroup(selection, -1);
                support.add(first);
            }
            model.addGreaterOrEqual(support, 1);
        }
    }

    /**
     * A literal that, when true, keeps every free pod of {@code selection} other than {@code owner} (-1: every one)
     * off the nodes with any of the terms' keys: the first pod of a group may be placed without a partner.
     */
    private Literal firstOfGroup(AffinitySelection selection, int owner) {
        BoolVar first = model.newBoolVar("first_" + owner);
        List<String> keys = selection.keys();
        LinearExprBuilder builder = LinearExpr.newBuilder();
        for (int q : selection.free()) {
            if (q == owner) {
                continue;
            }
            int[] nodes = core.nodesOf(q);
            for (int i = 0; i < nodes.length; i++) {
                ClusterNode node = instance.nodes().get(nodes[i]);
                if (keys.stream().anyMatch(key -> node.topologyValue(key) != null)) {
                    builder.add(core.variablesOf(q)[i]);
                }
            }
        }
        LinearExpr others = builder.build();
        model.addLessOrEqual(others, 0).onlyEnforceIf(first);
        core.hints().define(List.of(first), values -> values.set(first, values.of(others) == 0 ? 1 : 0));
        return first;
    }

    /** {@code count(S, D)} over the free pods of {@code selection}; null when none of them can be in {@code domain}. */
    private LinearExpr count(Object selection, List<Integer> free, String topologyKey, String domain) {
        CountKey key = new CountKey(selection, topologyKey, domain);
        if (counts.containsKey(key)) {
            return counts.get(key);
        }
        List<Literal> inDomain = new ArrayList<>();
        for (int q : free) {
            Literal literal = core.inDomain(q, topologyKey, domain, false);
            if (literal != null) {
                inDomain.add(literal);
            }
        }
        LinearExpr count = null;
        if (inDomain.size() == 1) {
            count = LinearExpr.term(inDomain.getFirst(), 1);
        } else if (inDomain.size() > 1) {
            IntVar shared = model.newIntVar(0, inDomain.size(), "count_" + domain);
            LinearExpr sum = LinearExpr.sum(inDomain.toArray(new Literal[0]));
            model.addEquality(shared, sum);
            core.hints().equal(shared, sum);
            count = LinearExpr.term(shared, 1);
        }
        counts.put(key, count);
        return count;
    }

    /** The free pods of {@code selection} that run in {@code domain} now and may stay there. */
    private List<Integer> residents(TermSelection selection, String domain) {
        return residents.computeIfAbsent(new CountKey(selection, selection.topologyKey(), domain),
                key -> selection.free().stream()
                .filter(q -> domain.equals(domainOf(instance.pods().get(q).currentNode(), selection.topologyKey()))
                        && core.stay(q) != null)
                .toList());
    }

    /** A boolean at most {@code stay(p)} and {@code stay(q)}: both stay, which excuses their clash. */
    private BoolVar bothStay(int p, int q) {
        long key = (long) Math.min(p, q) * instance.podCount() + Math.max(p, q);
        return bothStay.computeIfAbsent(key, k -> {
            BoolVar both = model.newBoolVar("stay_" + p + "_" + q);
            model.addImplication(both, core.stay(p));
            model.addImplication(both, core.stay(q));
            core.hints().define(List.of(both), values -> values.set(both,
                    Math.min(values.of(core.stay(p)), values.of(core.stay(q)))));
            return both;
        });
    }

    private String domainOf(int node, String key) {
        if (node == Pod.PENDING) {
            return null;
        }
        ClusterNode host = instance.nodes().get(node);
        return host.topologyValue(key);
    }
}
