package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sched4j.podpacking.Pod;

/**
 * The default scheduler's {@code DefaultPreemption} plugin: when a pod fits no node, find the node where evicting
 * lower-priority pods makes room, and the victims.
 *
 * <p>On each node ({@code SelectVictimsOnNode}): take away every pod of lower priority (protected pods stay); if the
 * pod still does not fit, the node is no candidate; otherwise give back ("reprieve") the removed pods one at a time,
 * most important first (higher priority, then earlier created), keeping each that leaves room for the pod; the others
 * are the victims. Among the candidates ({@code pickOneNodeForPreemption}) the node whose highest victim priority is
 * lowest, then the smallest sum of victim priorities, then the fewest victims, then the latest-created highest-priority
 * victim, then the first node in order.
 *
 * <p>Like the scheduler, the dry run stops once it has found {@link #candidatesToFind} candidates (10 % of the
 * nodes, at least 100). Simplified: it starts at the first node (the scheduler starts at a random offset); there are
 * no PodDisruptionBudgets, so their criterion is void; creation order stands for start time.
 */
final class DefaultPreemption {

    /** A node and the victims to evict from it. */
    record Candidate(int node, List<Integer> victims, int highestPriority, long prioritySum, int latestCreated) {
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

    private static Candidate victimsOn(ClusterLoad load, int pod, int node) {
        Pod preemptor = load.instance().pods().get(pod);
        if (preemptor.priority() <= load.lowestEvictablePriority(node)
                || !load.instance().nodes().get(node).fitsEmpty(preemptor)) {
            return null;
        }
        int priority = preemptor.priority();
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
        if (freedPods == 0 || !load.fitsAfterFreeing(pod, node, freedCpu, freedMemory, freedPods)) {
            return null;
        }
        List<Integer> lower = new ArrayList<>();
        for (int other : load.podsOn(node)) {
            Pod running = load.instance().pods().get(other);
            if (running.priority() < priority && !running.protectedPod()) {
                lower.add(other);
            }
        }
        List<Integer> victims = reprieve(load, pod, node, lower, freedCpu, freedMemory);
        int highest = load.instance().pods().get(victims.getFirst()).priority();
        long sum = 0;
        int latest = -1;
        for (int victim : victims) {
            int victimPriority = load.instance().pods().get(victim).priority();
            sum += victimPriority + (long) Integer.MAX_VALUE + 1;
            if (victimPriority == highest) {
                latest = Math.max(latest, victim);
            }
        }
        return new Candidate(node, List.copyOf(victims), highest, sum, latest);
    }

    /**
     * Gives back the pods of {@code lower} (all removed, freeing the given amounts), most important first, keeping
     * each that leaves room for {@code pod}; returns the others, the victims, most important first.
     */
    private static List<Integer> reprieve(ClusterLoad load, int pod, int node, List<Integer> lower, long freedCpu,
                                          long freedMemory) {
        lower.sort(Comparator.comparingInt((Integer p) -> -load.instance().pods().get(p).priority())
                .thenComparingInt(p -> p));
        long cpu = freedCpu;
        long memory = freedMemory;
        int pods = lower.size();
        List<Integer> victims = new ArrayList<>();
        for (int candidate : lower) {
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

    private static boolean better(Candidate candidate, Candidate best) {
        if (candidate.highestPriority() != best.highestPriority()) {
            return candidate.highestPriority() < best.highestPriority();
        }
        if (candidate.prioritySum() != best.prioritySum()) {
            return candidate.prioritySum() < best.prioritySum();
        }
        if (candidate.victims().size() != best.victims().size()) {
            return candidate.victims().size() < best.victims().size();
        }
        return candidate.latestCreated() > best.latestCreated();
    }
}
