package org.sched4j.heuristics.podpacking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;

/**
 * A re-implementation of the Kubernetes default scheduler (kube-scheduler, default profile) for the pod packing
 * model, one pod at a time from its scheduling queue:
 * <ol>
 *   <li>{@code PrioritySort}: pending pods leave the queue highest priority first, then in the order they entered it
 *       (creation order; an evicted pod re-enters at the back of its priority);</li>
 *   <li>filter ({@link ClusterLoad#feasible}): {@code NodeUnschedulable}, {@code TaintToleration},
 *       {@code NodeAffinity}, {@code NodeResourcesFit} with the pod limit and the GPUs, {@code PodTopologySpread}
 *       and {@code InterPodAffinity}; like the scheduler, on clusters of 100 nodes or more it stops after finding
 *       {@code percentageOfNodesToScore} of them ({@code max(5, 50 - nodes / 125)} %, at least 100 nodes), searching
 *       round-robin from where the previous pod's search stopped;</li>
 *   <li>score ({@link KubeDefaultScoring}): the default profile's score plugins and weights; the highest score wins,
 *       ties to the node whose name sorts first (the scheduler picks among ties at random);</li>
 *   <li>{@code DefaultPreemption} ({@link DefaultPreemption}) when no node passes: the victims are evicted and
 *       re-enter the queue (their controller would re-create them), and the pod is bound to the node at once (the
 *       scheduler nominates it and binds it in a later cycle);</li>
 *   <li>a pod that passes nowhere and cannot preempt waits among the unschedulable pods; it goes back to the queue
 *       when an eviction frees a node it now passes, or, when it has a required pod affinity, when a pod its terms
 *       select is bound (what the scheduler's queueing hints conclude for these events).</li>
 * </ol>
 * Running pods stay where they are: the default scheduler never moves a bound pod. Only a running pod that may not
 * stay on its node — a {@code NoExecute} taint it does not tolerate, which the taint manager
 * ({@code pkg/controller/tainteviction}) evicts it for, or a GPU model it does not accept — is evicted first and
 * re-enters the queue, unless it is protected. The score step is a
 * {@link NodeChoice}, so that other schedulers ({@code fgd}) share the queue, the filters and the preemption.
 */
public final class KubeDefaultScheduler {

    private static final int MIN_FEASIBLE_NODES_TO_FIND = 100;
    private static final int MIN_FEASIBLE_NODES_PERCENTAGE = 5;

    private final ClusterLoad load;
    private final NodeChoice choice;
    private final PriorityQueue<QueuedPod> queue = new PriorityQueue<>(Comparator
            .comparingInt((QueuedPod queued) -> -queued.priority()).thenComparingLong(QueuedPod::entered));
    private final LinkedHashSet<Integer> unschedulable = new LinkedHashSet<>();
    private final Map<Integer, List<Integer>> waitingForSelection = new HashMap<>();
    private final int[] feasible;
    private long entries;
    private int nextStartNode;
    private int preemptions;

    private record QueuedPod(int pod, int priority, long entered) {
    }

    private KubeDefaultScheduler(PodPackingInstance instance, Function<ClusterLoad, NodeChoice> choice) {
        load = new ClusterLoad(instance);
        this.choice = choice.apply(load);
        feasible = new int[instance.nodeCount()];
    }

    /** The plan of the default scheduler for {@code instance}. */
    public static PodPlacement schedule(PodPackingInstance instance) {
        return run(instance).load.placement();
    }

    /** Schedules {@code instance} and returns the scheduler, to read its plan and statistics. */
    static KubeDefaultScheduler run(PodPackingInstance instance) {
        return run(instance, KubeDefaultChoice::new);
    }

    /** Schedules {@code instance} choosing among the feasible nodes with {@code choice}. */
    static KubeDefaultScheduler run(PodPackingInstance instance, Function<ClusterLoad, NodeChoice> choice) {
        KubeDefaultScheduler scheduler = new KubeDefaultScheduler(instance, choice);
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (!pod.isRunning()) {
                scheduler.enqueue(p);
            } else if (!pod.protectedPod()
                    && !PlacementRules.allowed(pod, instance.nodes().get(pod.currentNode()), true)) {
                scheduler.load.unbind(p);
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
            int node = bestFeasibleNode(pod);
            if (node >= 0) {
                bind(pod, node);
                continue;
            }
            Optional<DefaultPreemption.Candidate> preemption = DefaultPreemption.select(load, pod);
            if (preemption.isEmpty()) {
                park(pod);
                continue;
            }
            preempt(pod, preemption.get());
        }
    }

    /** Binds {@code pod} and wakes the waiting pods whose required affinity selects it. */
    private void bind(int pod, int node) {
        load.bind(pod, node);
        if (load.rules() == null || waitingForSelection.isEmpty()) {
            return;
        }
        for (int selection : load.rules().index().pod(pod).member.selections()) {
            List<Integer> waiting = waitingForSelection.remove(selection);
            for (int other : waiting == null ? List.<Integer>of() : waiting) {
                if (unschedulable.remove(other)) {
                    enqueue(other);
                }
            }
        }
    }

    private void park(int pod) {
        unschedulable.add(pod);
        if (load.rules() == null) {
            return;
        }
        InterPodIndex index = load.rules().index();
        PodTerms terms = index.pod(pod);
        for (int i = 0; i < terms.affinityCounters.length; i++) {
            waitingForSelection.computeIfAbsent(terms.affinitySelections[i], s -> new ArrayList<>()).add(pod);
            waitingForSelection.computeIfAbsent(index.counterSelection(terms.affinityAllCounters[i]),
                    s -> new ArrayList<>()).add(pod);
        }
    }

    private void preempt(int pod, DefaultPreemption.Candidate candidate) {
        preemptions++;
        for (int victim : candidate.victims()) {
            load.unbind(victim);
            enqueue(victim);
        }
        bind(pod, candidate.node());
        List<Integer> waiting = new ArrayList<>(unschedulable);
        for (int other : waiting) {
            if (load.feasible(other, candidate.node())) {
                unschedulable.remove(other);
                enqueue(other);
            }
        }
    }

    /** The node the choice picks among the feasible ones, or -1 when no node passes every filter. */
    private int bestFeasibleNode(int pod) {
        int nodes = load.instance().nodeCount();
        int toFind = choice.samplesNodes() ? feasibleNodesToFind(nodes) : nodes;
        int found = 0;
        int examined = 0;
        for (; examined < nodes && found < toFind; examined++) {
            int node = (nextStartNode + examined) % nodes;
            if (load.feasible(pod, node)) {
                feasible[found++] = node;
            }
        }
        nextStartNode = nodes == 0 ? 0 : (nextStartNode + examined) % nodes;
        return found == 0 ? -1 : choice.choose(pod, feasible, found);
    }

    /** The rank of each node's name in sorted order, for ties. */
    static int[] nameRanks(PodPackingInstance instance) {
        Integer[] byName = new Integer[instance.nodeCount()];
        for (int n = 0; n < byName.length; n++) {
            byName[n] = n;
        }
        Arrays.sort(byName, Comparator.comparing(n -> instance.nodes().get(n).name()));
        int[] rank = new int[byName.length];
        for (int position = 0; position < byName.length; position++) {
            rank[byName[position]] = position;
        }
        return rank;
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
