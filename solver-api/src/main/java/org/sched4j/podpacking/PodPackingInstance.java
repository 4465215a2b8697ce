package org.sched4j.podpacking;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A pod packing scenario: a cluster's nodes and the pods to place on them, some running (with a current node) and
 * some pending.
 *
 * <p>The objective is lexicographic by <em>priority tier</em> (the distinct pod priorities, highest first): see
 * {@link PodPackingObjective}.
 *
 * @param name  the scenario's name
 * @param nodes the nodes; pods refer to them by index
 * @param pods  the pods, in creation order (the order breaks ties between pods of equal priority)
 * @param budgets     the PodDisruptionBudgets
 * @param unsupported the rules the source declared that the model does not follow, one line each (a reader reports
 *                    them here rather than drop them silently); empty when the model follows everything
 */
public record PodPackingInstance(String name, List<ClusterNode> nodes, List<Pod> pods, List<DisruptionBudget> budgets,
                                 List<String> unsupported) {

    /** A scenario without disruption budgets. */
    public PodPackingInstance(String name, List<ClusterNode> nodes, List<Pod> pods) {
        this(name, nodes, pods, List.of(), List.of());
    }

    public PodPackingInstance {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        pods = List.copyOf(Objects.requireNonNull(pods, "pods"));
        budgets = List.copyOf(budgets == null ? List.of() : budgets);
        unsupported = List.copyOf(unsupported == null ? List.of() : unsupported);
        requireUniqueNames(nodes.stream().map(ClusterNode::name).toList(), "node");
        requireUniqueNames(pods.stream().map(Pod::name).toList(), "pod");
        for (Pod pod : pods) {
            if (pod.currentNode() >= nodes.size()) {
                throw new IllegalArgumentException("pod " + pod.name() + ": currentNode " + pod.currentNode()
                        + " is not a node index (there are " + nodes.size() + " nodes)");
            }
        }
    }

    /** This scenario with {@code replaced} as its pods (same budgets and reports). */
    public PodPackingInstance withPods(List<Pod> replaced) {
        return new PodPackingInstance(name, nodes, replaced, budgets, unsupported);
    }

    /** Whether any node has GPUs or any pod requests them. */
    public boolean hasGpus() {
        return nodes.stream().anyMatch(node -> node.gpus() > 0) || pods.stream().anyMatch(pod -> pod.gpu().any());
    }

    /** The number of nodes. */
    public int nodeCount() {
        return nodes.size();
    }

    /** The number of pods, running and pending. */
    public int podCount() {
        return pods.size();
    }

    /** The number of pending pods. */
    public int pendingCount() {
        return (int) pods.stream().filter(pod -> !pod.isRunning()).count();
    }

    /** The distinct pod priorities, highest first: the tiers of the objective. Empty when there are no pods. */
    public List<Integer> tierPriorities() {
        return pods.stream().map(Pod::priority).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The tier of each pod, 0 for the highest priority, indexed like {@link #pods()}. */
    public int[] tierOfPods() {
        List<Integer> priorities = tierPriorities();
        return pods.stream().mapToInt(pod -> priorities.indexOf(pod.priority())).toArray();
    }

    /** The placement in which every pod stays where it is: running pods on their node, pending pods unplaced. */
    public PodPlacement currentPlacement() {
        return new PodPlacement(IntStream.range(0, pods.size()).map(i -> pods.get(i).currentNode()).toArray());
    }

    /**
     * The scenario after {@code plan} is carried out: every pod the plan places runs on its planned node (keeping its
     * protection only where it stays), every other pod is pending.
     *
     * @throws IllegalArgumentException when the plan has the wrong number of pods or names an unknown node
     */
    public PodPackingInstance afterPlan(PodPlacement plan) {
        if (plan.size() != pods.size()) {
            throw new IllegalArgumentException("the plan places " + plan.size() + " pods but the scenario has "
                    + pods.size());
        }
        List<Pod> planned = IntStream.range(0, pods.size()).mapToObj(i -> {
            Pod pod = pods.get(i);
            int node = plan.nodeOf(i);
            return pod.at(node, pod.protectedPod() && node == pod.currentNode());
        }).toList();
        return new PodPackingInstance(name, nodes, planned, budgets, unsupported);
    }

    private static void requireUniqueNames(List<String> names, String kind) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("two " + kind + "s are named " + name);
            }
        }
    }
}
