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
 * <p>Simplified: every node is a candidate (the scheduler dry-runs at least 100 nodes or 10 %, from a random
 * offset); there are no PodDisruptionBudgets, so their criterion is void; creation order stands for start time.
 */
final class DefaultPreemption {

    /** A node and the victims to evict from it. */
    record Candidate(int node, List<Integer> victims, int highestPriority, long prioritySum, int latestCreated) {
    }

    private DefaultPreemption() {
    }

    /** The node and victims to preempt for {@code pod}, or empty when no eviction of lower pods makes room. */
    static Optional<Candidate> select(ClusterLoad load, int pod) {
        Candidate best = null;
        for (int node = 0; node < load.instance().nodeCount(); node++) {
            Candidate candidate = victimsOn(load, pod, node);
            if (candidate != null && (best == null || better(candidate, best))) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Candidate victimsOn(ClusterLoad load, int pod, int node) {
        int priority = load.instance().pods().get(pod).priority();
        List<Integer> lower = new ArrayList<>();
        for (int other : load.podsOn(node)) {
            Pod running = load.instance().pods().get(other);
            if (running.priority() < priority && !running.protectedPod()) {
                lower.add(other);
            }
        }
        long freedCpu = 0;
        long freedMemory = 0;
        for (int victim : lower) {
            freedCpu += load.instance().pods().get(victim).cpuMillis();
            freedMemory += load.instance().pods().get(victim).memoryBytes();
        }
        if (lower.isEmpty() || !load.fitsAfterFreeing(pod, node, freedCpu, freedMemory, lower.size())) {
            return null;
        }
        lower.sort(Comparator.comparingInt((Integer p) -> -load.instance().pods().get(p).priority())
                .thenComparingInt(p -> p));
        List<Integer> victims = new ArrayList<>();
        int freedPods = lower.size();
        for (int candidate : lower) {
            Pod reprieved = load.instance().pods().get(candidate);
            if (load.fitsAfterFreeing(pod, node, freedCpu - reprieved.cpuMillis(),
                    freedMemory - reprieved.memoryBytes(), freedPods - 1)) {
                freedCpu -= reprieved.cpuMillis();
                freedMemory -= reprieved.memoryBytes();
                freedPods--;
            } else {
                victims.add(candidate);
            }
        }
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
