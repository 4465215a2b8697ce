package org.sched4j.heuristics.podpacking;

/**
 * How the scheduler picks a node among those that pass every filter for a pod: the score step of a scheduling
 * cycle. Implementations read the {@link ClusterLoad} they were made for and must be deterministic.
 */
interface NodeChoice {

    /**
     * Whether the filter step stops after {@code numFeasibleNodesToFind} feasible nodes
     * ({@link KubeDefaultScheduler#feasibleNodesToFind}), as kube-scheduler does, rather than look at every node.
     */
    boolean samplesNodes();

    /** The chosen node among the feasible {@code nodes[0..count)} ({@code count} at least 1) for {@code pod}. */
    int choose(int pod, int[] nodes, int count);
}
