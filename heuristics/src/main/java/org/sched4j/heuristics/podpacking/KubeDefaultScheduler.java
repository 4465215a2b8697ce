package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * A re-implementation of the Kubernetes default scheduler (kube-scheduler, default profile) for the pod packing
 * model, one pod at a time from its scheduling queue:
 * <ol>
 *   <li>{@code PrioritySort}: pending pods leave the queue highest priority first, then in the order they entered it
 *       (creation order; an evicted pod re-enters at the back of its priority);</li>
 *   <li>filter ({@code NodeResourcesFit} and the pod limit): nodes where the pod's CPU and memory requests fit beside
 *       the pods bound there; like the scheduler, on clusters of 100 nodes or more it stops after finding
 *       {@code percentageOfNodesToScore} of them ({@code max(5, 50 - nodes / 125)} %, at least 100 nodes), searching
 *       round-robin from where the previous pod's search stopped;</li>
 *   <li>score ({@link KubeDefaultScoring}): LeastAllocated plus BalancedAllocation; the highest score wins, ties to
 *       the node whose name sorts first (the scheduler picks among ties at random);</li>
 *   <li>{@code DefaultPreemption} ({@link DefaultPreemption}) when no node fits: the victims are evicted and re-enter
 *       the queue (their controller would re-create them), and the pod is bound to the node at once (the scheduler
 *       nominates it and binds it in a later cycle);</li>
 *   <li>a pod that fits nowhere and cannot preempt waits among the unschedulable pods; when an eviction frees room
 *       on a node it goes back to the queue if it fits there now (what the scheduler's queueing hints conclude).</li>
 * </ol>
 * Running pods stay where they are: the default scheduler never moves a bound pod.
 */
public final class KubeDefaultScheduler {

    private static final int MIN_FEASIBLE_NODES_TO_FIND = 100;
    private static final int MIN_FEASIBLE_NODES_PERCENTAGE = 5;

    private final ClusterLoad load;
    private final PriorityQueue<QueuedPod> queue = new PriorityQueue<>(Comparator
            .comparingInt((QueuedPod queued) -> -queued.priority()).thenComparingLong(QueuedPod::entered));
    private final List<Integer> unschedulable = new ArrayList<>();
    private final int[] nameRank;
    private long entries;
    private int nextStartNode;
    private int preemptions;

    private record QueuedPod(int pod, int priority, long entered) {
    }

    private KubeDefaultScheduler(PodPackingInstance instance) {
        load = new ClusterLoad(instance);
        Integer[] byName = new Integer[instance.nodeCount()];
        for (int n = 0; n < byName.length; n++) {
            byName[n] = n;
        }
        Arrays.sort(byName, Comparator.comparing(n -> instance.nodes().get(n).name()));
        nameRank = new int[byName.length];
        for (int rank = 0; rank < byName.length; rank++) {
            nameRank[byName[rank]] = rank;
        }
    }

    /** The plan of the default scheduler for {@code instance}. */
    public static PodPlacement schedule(PodPackingInstance instance) {
        return run(instance).load.placement();
    }

    /** Schedules {@code instance} and returns the scheduler, to read its plan and statistics. */
    static KubeDefaultScheduler run(PodPackingInstance instance) {
        KubeDefaultScheduler scheduler = new KubeDefaultScheduler(instance);
        for (int p = 0; p < instance.podCount(); p++) {
            if (!instance.pods().get(p).isRunning()) {
                scheduler.enqueue(p);
            }
        }
        scheduler.drain();
        return scheduler;
    }

    PodPlacement placement() {
        return load.placement();
    }

    int preemptions() {
        return preemptions;
    }

    private void enqueue(int pod) {
        queue.add(new QueuedPod(pod, load.instance().pods().get(pod).priority(), entries++));
    }

    private void drain() {
        while (!queue.isEmpty()) {
            int pod = queue.poll().pod();
            Optional<Integer> node = bestFeasibleNode(pod);
            if (node.isPresent()) {
                load.bind(pod, node.get());
                continue;
            }
            Optional<DefaultPreemption.Candidate> preemption = DefaultPreemption.select(load, pod);
            if (preemption.isEmpty()) {
                unschedulable.add(pod);
                continue;
            }
            preempt(pod, preemption.get());
        }
    }

    private void preempt(int pod, DefaultPreemption.Candidate candidate) {
        preemptions++;
        for (int victim : candidate.victims()) {
            load.unbind(victim);
            enqueue(victim);
        }
        load.bind(pod, candidate.node());
        List<Integer> waiting = new ArrayList<>(unschedulable);
        unschedulable.clear();
        for (int other : waiting) {
            if (load.fits(other, candidate.node())) {
                enqueue(other);
            } else {
                unschedulable.add(other);
            }
        }
    }

    private Optional<Integer> bestFeasibleNode(int pod) {
        int nodes = load.instance().nodeCount();
        int toFind = feasibleNodesToFind(nodes);
        int found = 0;
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        int examined = 0;
        for (; examined < nodes && found < toFind; examined++) {
            int node = (nextStartNode + examined) % nodes;
            if (!load.fits(pod, node)) {
                continue;
            }
            found++;
            long score = KubeDefaultScoring.score(load, pod, node);
            if (score > bestScore || score == bestScore && nameBefore(node, best)) {
                best = node;
                bestScore = score;
            }
        }
        nextStartNode = nodes == 0 ? 0 : (nextStartNode + examined) % nodes;
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private boolean nameBefore(int node, int other) {
        return nameRank[node] < nameRank[other];
    }

    /** {@code numFeasibleNodesToFind} of kube-scheduler with the adaptive {@code percentageOfNodesToScore}. */
    static int feasibleNodesToFind(int nodes) {
        if (nodes < MIN_FEASIBLE_NODES_TO_FIND) {
            return nodes;
        }
        int percentage = Math.max(MIN_FEASIBLE_NODES_PERCENTAGE, 50 - nodes / 125);
        return Math.max(MIN_FEASIBLE_NODES_TO_FIND, nodes * percentage / 100);
    }
}
