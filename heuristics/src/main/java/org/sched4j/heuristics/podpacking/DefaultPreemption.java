package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sched4j.podpacking.Pod;

/**
 * The default scheduler's {@code DefaultPreemption} plugin ({@code pkg/scheduler/framework/preemption/preemption.go},
 * {@code pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go}): when a pod passes no node's
 * filters, find the node where evicting lower-priority pods makes it pass, and the victims.
 *
 * <p>Nodes where the pod failed a filter that evicting pods cannot resolve are skipped
 * ({@code nodesWherePreemptionMightHelp}: the node-only rules, a required pod affinity that no pod satisfies, a
 * missing topology label: the plugins' {@code UnschedulableAndUnresolvable}). On each other node
 * ({@code SelectVictimsOnNode}): take away every pod of lower priority (protected pods stay); if the
 * pod still fails a filter there — any filter, the inter-pod rules included, evaluated on the cluster without those
 * pods — the node is no candidate. The removed pods are split by the PodDisruptionBudgets
 * ({@code filterPodsWithPDBViolation}: in the order below, each covered pod uses one of its budgets' allowed
 * disruptions; a pod that overdraws one is <em>violating</em>), and given back ("reprieved") one at a time, the
 * violating ones first, each group most important first (higher priority, then earlier created); a pod is kept when
 * the preemptor still passes every filter with it back; the others are the victims. The dry run takes the pods off
 * the cluster state itself and puts them back, so that every filter sees the node as it would be. Among the candidates
 * ({@code pickOneNodeForPreemption}) the node with the fewest violating victims, then the lowest highest victim
 * priority, then the smallest sum of victim priorities, then the fewest victims, then whose earliest-created victim of
 * the highest priority was created last, then the first node in order.
 *
 * <p>Like the scheduler, the dry run stops once it has found {@link #candidatesToFind} candidates (10 % of the
 * nodes, at least 100). Simplified: it starts at the first node (the scheduler starts at a random offset); creation
 * order stands for start time. Deviations, to keep every plan valid: a candidate whose victims would disrupt more
 * pods of a budget than it still allows is not taken (the scheduler would, as a last resort); the victims must not
 * break the required affinity or {@code DoNotSchedule} spread of a pod placed before
 * ({@link InterPodCounts#keepsRulesAfterRemoving}): once the pods still out keep those rules, a pod is reprieved only
 * if they go on keeping them, and a node whose victims would break one is no candidate. Only pods running before the
 * plan count against budgets, as in the evaluator.
 */
final class DefaultPreemption {

    /** A node and the victims to evict from it, most important first. */
    record Candidate(int node, List<Integer> victims, int violating, int highestPriority, long prioritySum,
                     int earliestOfHighest) {
    }

    private static final int MIN_CANDIDATE_NODES_PERCENTAGE = 10;
    private static final int MIN_CANDIDATE_NODES_ABSOLUTE = 100;

    private DefaultPreemption() {
    }

    /** The node and victims to preempt for {@code pod}, or empty when no eviction of lower pods makes room. */
    static Optional<Candidate> select(ClusterLoad load, int pod) {
        int nodes = load.instance().nodeCount();
        int wanted = candidatesToFind(nodes);
        int found = 0;
        Candidate best = null;
        for (int node = 0; node < nodes && found < wanted; node++) {
            if (!worthADryRun(load, pod, node)) {
                continue;
            }
            Candidate candidate = victimsOn(load, pod, node);
            if (candidate != null) {
                found++;
                if (best == null || better(candidate, best)) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How many candidate nodes the dry run looks for before it chooses, as kube-scheduler's
     * {@code GetOffsetAndNumCandidates}: 10 % of the nodes ({@code minCandidateNodesPercentage}), at least 100
     * ({@code minCandidateNodesAbsolute}), at most all.
     */
    static int candidatesToFind(int nodes) {
        return Math.min(nodes, Math.max(MIN_CANDIDATE_NODES_ABSOLUTE, nodes * MIN_CANDIDATE_NODES_PERCENTAGE / 100));
    }

    /**
     * Whether a dry run on {@code node} may find victims: the node has a pod of lower priority, passes the node-only
     * rules, preemption might help there ({@link InterPodCounts#preemptionMightHelp}), and the pod's CPU, memory and
     * pod slot fit once every lower-priority pod is gone.
     */
    private static boolean worthADryRun(ClusterLoad load, int pod, int node) {
        Pod preemptor = load.instance().pods().get(pod);
        int priority = preemptor.priority();
        if (priority <= load.lowestEvictablePriority(node) || !load.nodeRules().allowedNew(pod, node)
                || !load.instance().nodes().get(node).fitsEmpty(preemptor)) {
            return false;
        }
        long freedCpu = 0;
        long freedMemory = 0;
        int freedPods = 0;
        for (int other : load.podsOn(node)) {
            Pod running = load.instance().pods().get(other);
            if (running.priority() < priority && !running.protectedPod()) {
                freedCpu += running.cpuMillis();
                freedMemory += running.memoryBytes();
                freedPods++;
            }
        }
        return load.fitsAfterFreeing(pod, node, freedCpu, freedMemory, freedPods)
                && (load.rules() == null || load.rules().preemptionMightHelp(pod, node));
    }

    private static Candidate victimsOn(ClusterLoad load, int pod, int node) {
        Pod preemptor = load.instance().pods().get(pod);
        int lowest = load.lowestEvictablePriority(node);
        long freedCpu = 0;
        long freedMemory = 0;
        List<Integer> lower = new ArrayList<>();
        for (int other : load.podsOn(node)) {
            Pod running = load.instance().pods().get(other);
            if (running.priority() < preemptor.priority() && !running.protectedPod()) {
                lower.add(other);
                freedCpu += running.cpuMillis();
                freedMemory += running.memoryBytes();
            }
        }
        lower.sort(Comparator.comparingInt((Integer p) -> -load.instance().pods().get(p).priority())
                .thenComparingInt(p -> p));
        boolean[] violates = violatingBudgets(load, lower);
        List<Integer> ordered = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lower.size(); i++) {
                if (violates[i] == (pass == 0)) {
                    ordered.add(lower.get(i));
                }
            }
        }
        List<Integer> victims = load.rules() == null && !preemptor.gpu().any()
                ? reprieveByResources(load, pod, node, ordered, freedCpu, freedMemory)
                : reprieve(load, pod, node, ordered, lowest);
        if (victims == null || overdrawsBudget(load, victims)) {
            return null;
        }
        int violating = 0;
        for (int i = 0; i < lower.size(); i++) {
            violating += violates[i] && victims.contains(lower.get(i)) ? 1 : 0;
        }
        victims.sort(Comparator.comparingInt((Integer p) -> -load.instance().pods().get(p).priority())
                .thenComparingInt(p -> p));
        return candidate(load, node, victims, violating);
    }

    /**
     * {@code filterPodsWithPDBViolation}: per pod of {@code lower} (bound, most important first), whether it overdraws
     * a budget once each covered pod before it has used one of that budget's remaining disruptions. A pod counts only
     * where evicting it disrupts it: running on the node it ran on before the plan.
     */
    private static boolean[] violatingBudgets(ClusterLoad load, List<Integer> lower) {
        boolean[] violates = new boolean[lower.size()];
        if (lower.stream().allMatch(pod -> load.budgetsOf(pod).length == 0)) {
            return violates;
        }
        int budgets = load.instance().budgets().size();
        int[] left = new int[budgets];
        for (int b = 0; b < budgets; b++) {
            left[b] = load.disruptionsLeft(b);
        }
        for (int i = 0; i < lower.size(); i++) {
            int pod = lower.get(i);
            if (load.nodeOf(pod) != load.instance().pods().get(pod).currentNode()) {
                continue;
            }
            for (int budget : load.budgetsOf(pod)) {
                violates[i] |= --left[budget] < 0;
            }
        }
        return violates;
    }

    /**
     * The dry run on the cluster itself: unbinds the pods of {@code ordered}; if the preemptor then passes, gives them
     * back in turn, keeping each while the preemptor passes and, once the pods still out keep the rules of the pods
     * placed before, while they go on keeping them; binds the others (the victims) back too and returns them, or null
     * when the preemptor does not pass even without all of them or the victims would break such a rule. Leaves the
     * node as it was.
     */
    private static List<Integer> reprieve(ClusterLoad load, int pod, int node, List<Integer> ordered, int lowest) {
        for (int other : ordered) {
            load.unbind(other);
        }
        List<Integer> victims = new ArrayList<>();
        boolean keepsRules = false;
        if (load.feasible(pod, node)) {
            List<Integer> removed = new ArrayList<>(ordered);
            keepsRules = keepsRules(load, node, removed);
            for (int candidate : ordered) {
                load.bind(candidate, node);
                removed.remove(Integer.valueOf(candidate));
                boolean keepsRulesBack = keepsRules(load, node, removed);
                if (load.feasible(pod, node) && (keepsRulesBack || !keepsRules)) {
                    keepsRules = keepsRulesBack;
                } else {
                    load.unbind(candidate);
                    removed.add(candidate);
                    victims.add(candidate);
                }
            }
        } else {
            victims.addAll(ordered);
        }
        for (int victim : victims) {
            load.bind(victim, node);
        }
        load.restoreLowestEvictablePriority(node, lowest);
        return keepsRules ? victims : null;
    }

    /** Whether the pods of {@code removed}, unbound from {@code node}, leave the rules of the anchors intact. */
    private static boolean keepsRules(ClusterLoad load, int node, List<Integer> removed) {
        return load.rules() == null || load.rules().keepsRulesAfterRemoving(removed, node);
    }

    /**
     * The same dry run by arithmetic, when only CPU, memory and the pod slot can decide (no inter-pod term in the
     * scenario, no GPU asked by the preemptor): the pods of {@code ordered} free the given amounts in all.
     */
    private static List<Integer> reprieveByResources(ClusterLoad load, int pod, int node, List<Integer> ordered,
                                                     long freedCpu, long freedMemory) {
        long cpu = freedCpu;
        long memory = freedMemory;
        int pods = ordered.size();
        List<Integer> victims = new ArrayList<>();
        for (int candidate : ordered) {
            Pod reprieved = load.instance().pods().get(candidate);
            if (load.fitsAfterFreeing(pod, node, cpu - reprieved.cpuMillis(), memory - reprieved.memoryBytes(),
                    pods - 1)) {
                cpu -= reprieved.cpuMillis();
                memory -= reprieved.memoryBytes();
                pods--;
            } else {
                victims.add(candidate);
            }
        }
        return victims;
    }

    /** Whether evicting {@code victims} (bound again now) disrupts more pods of a budget than it still allows. */
    private static boolean overdrawsBudget(ClusterLoad load, List<Integer> victims) {
        int[] needed = new int[load.instance().budgets().size()];
        for (int victim : victims) {
            if (load.nodeOf(victim) != load.instance().pods().get(victim).currentNode()) {
                continue;
            }
            for (int budget : load.budgetsOf(victim)) {
                if (++needed[budget] > load.disruptionsLeft(budget)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Candidate candidate(ClusterLoad load, int node, List<Integer> victims, int violating) {
        int highest = load.instance().pods().get(victims.getFirst()).priority();
        long sum = 0;
        int earliest = Integer.MAX_VALUE;
        for (int victim : victims) {
            int victimPriority = load.instance().pods().get(victim).priority();
            sum += victimPriority + (long) Integer.MAX_VALUE + 1;
            if (victimPriority == highest) {
                earliest = Math.min(earliest, victim);
            }
        }
        return new Candidate(node, List.copyOf(victims), violating, highest, sum, earliest);
    }

    private static boolean better(Candidate candidate, Candidate best) {
        if (candidate.violating() != best.violating()) {
            return candidate.violating() < best.violating();
        }
        if (candidate.highestPriority() != best.highestPriority()) {
            return candidate.highestPriority() < best.highestPriority();
        }
        if (candidate.prioritySum() != best.prioritySum()) {
            return candidate.prioritySum() < best.prioritySum();
        }
        if (candidate.victims().size() != best.victims().size()) {
            return candidate.victims().size() < best.victims().size();
        }
        return candidate.earliestOfHighest() > best.earliestOfHighest();
    }
}
