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
 * ({@code pkg/scheduler/framework/plugins/interpodaffinity/filtering.go}). For a term {@code T} of key {@code K} of
 * pod {@code p}, {@code S(T)} the pods it selects, a domain {@code D} of {@code K}, {@code in(q, D)} "q runs in D"
 * and {@code anew(p, D)} "p is placed anew in D" (literals of the model, constants for fixed pods), and
 * {@code count(S, D) = sum_{q in S} in(q, D)}:
 * <ul>
 *   <li>anti-affinity, for a free owner {@code p}: {@code in(p, D) => count(S, D) - [p in S] - sum_q both(p, q) <= 0},
 *       where {@code both(p, q)} (at most {@code stay(p)} and {@code stay(q)}) excuses a pod {@code q} that runs in
 *       {@code D} now, as {@code p} does, when both stay: a violation counts only when one of the two is placed anew.
 *       A fixed pod in {@code D}, or a fixed owner whose term selects {@code p}, only removes candidate nodes
 *       ({@link CandidateNodes});</li>
 *   <li>affinity, for a free owner {@code p} and each domain {@code D} without a selected fixed pod:
 *       {@code anew(p, D) => count(S, D) - [p in S] + first(p) >= 1}, where {@code first(p)} (the first pod of a group:
 *       only when {@code T} selects {@code p} and no fixed pod it selects is placed) forces
 *       {@code sum_{q in S, q != p} placed(q) = 0}; for a fixed owner placed anew in {@code D} whose fixed partners do
 *       not satisfy it: {@code count(S, D) + first(p) >= 1}.</li>
 * </ul>
 * A count shared by several owners is one integer variable.
 */
final class InterPodConstraints {

    private record CountKey(TermSelection selection, String domain) {
    }

    private final PodPackingCpSatModel core;
    private final CpModel model;
    private final PodPackingInstance instance;
    private final Selections selections;
    private final Map<CountKey, LinearExpr> counts = new HashMap<>();
    private final Map<CountKey, List<Integer>> residents = new HashMap<>();
    private final Map<TermSelection, LinearExpr> totals = new HashMap<>();
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
                for (PodAffinityTerm term : pod.scheduling().requiredAffinity()) {
                    addAffinity(p, term);
                }
            } else if (core.fixedNode(p) != Pod.PENDING && core.fixedNode(p) != pod.currentNode()) {
                for (PodAffinityTerm term : pod.scheduling().requiredAffinity()) {
                    addFixedAffinity(p, term);
                }
            }
        }
    }

    private void addAntiAffinity(int p, PodAffinityTerm term) {
        Pod pod = instance.pods().get(p);
        TermSelection selection = selections.of(term, pod.scheduling().namespace());
        int self = term.selects(pod.scheduling().namespace(), pod) ? 1 : 0;
        String currentDomain = domainOf(pod.currentNode(), term.topologyKey());
        for (String domain : core.byDomain(p, term.topologyKey(), false).keySet()) {
            LinearExpr count = count(selection, domain);
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

    private void addAffinity(int p, PodAffinityTerm term) {
        Pod pod = instance.pods().get(p);
        TermSelection selection = selections.of(term, pod.scheduling().namespace());
        int self = term.selects(pod.scheduling().namespace(), pod) ? 1 : 0;
        Literal first = self == 1 && selection.fixedPlacedAnywhere() == 0 ? firstOfGroup(selection, p) : null;
        for (String domain : core.byDomain(p, term.topologyKey(), true).keySet()) {
            TermSelection.Tally fixed = selection.fixedIn(domain);
            if (fixed != null && fixed.count() > 0) {
                continue;
            }
            LinearExprBuilder support = LinearExpr.newBuilder();
            LinearExpr count = count(selection, domain);
            if (count != null) {
                support.add(count);
            }
            if (first != null) {
                support.add(first);
            }
            model.addGreaterOrEqual(support, 1 + self)
                    .onlyEnforceIf(core.inDomain(p, term.topologyKey(), domain, true));
        }
    }

    private void addFixedAffinity(int r, PodAffinityTerm term) {
        Pod owner = instance.pods().get(r);
        String domain = domainOf(core.fixedNode(r), term.topologyKey());
        if (domain == null) {
            return;
        }
        TermSelection selection = selections.of(term, owner.scheduling().namespace());
        int self = term.selects(owner.scheduling().namespace(), owner) ? 1 : 0;
        TermSelection.Tally fixed = selection.fixedIn(domain);
        LinearExpr count = count(selection, domain);
        if ((fixed == null ? 0 : fixed.count()) - self > 0 || selection.free().isEmpty()) {
            return;
        }
        LinearExprBuilder support = LinearExpr.newBuilder();
        if (count != null) {
            support.add(count);
        }
        if (self == 1 && selection.fixedPlacedAnywhere() == 1) {
            support.add(firstOfGroup(selection, -1));
        }
        model.addGreaterOrEqual(support, 1);
    }

    /**
     * A literal that, when true, keeps every free pod of {@code selection} other than {@code owner} (-1: every one)
     * unplaced: the first pod of a group may be placed without a partner.
     */
    private Literal firstOfGroup(TermSelection selection, int owner) {
        BoolVar first = model.newBoolVar("first_" + owner);
        LinearExprBuilder builder = LinearExpr.newBuilder().add(total(selection));
        if (owner >= 0) {
            builder.addTerm(core.podPlaced(owner), -1);
        }
        LinearExpr others = builder.build();
        model.addLessOrEqual(others, 0).onlyEnforceIf(first);
        core.hints().define(List.of(first), values -> values.set(first, values.of(others) == 0 ? 1 : 0));
        return first;
    }

    /** {@code count(S, D)} over the free pods of {@code selection}; null when none of them can be in {@code domain}. */
    private LinearExpr count(TermSelection selection, String domain) {
        CountKey key = new CountKey(selection, domain);
        if (counts.containsKey(key)) {
            return counts.get(key);
        }
        List<Literal> inDomain = new ArrayList<>();
        for (int q : selection.free()) {
            Literal literal = core.inDomain(q, selection.topologyKey(), domain, false);
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
        return residents.computeIfAbsent(new CountKey(selection, domain), key -> selection.free().stream()
                .filter(q -> domain.equals(domainOf(instance.pods().get(q).currentNode(), selection.topologyKey()))
                        && core.stay(q) != null)
                .toList());
    }

    /** The free pods of {@code selection} placed anywhere. */
    private LinearExpr total(TermSelection selection) {
        return totals.computeIfAbsent(selection, s -> {
            LinearExprBuilder placed = LinearExpr.newBuilder();
            for (int q : s.free()) {
                placed.add(core.podPlaced(q));
            }
            return placed.build();
        });
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
