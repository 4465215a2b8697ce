package org.sched4j.taskgraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.sched4j.graphs.DirectedCycles;

/**
 * A task graph on heterogeneous processors (Topcuoglu, Hariri &amp; Wu, IEEE TPDS 13(3), 2002): a DAG of tasks, the
 * execution time of every task on every processor (or {@link #CANNOT_RUN}), a data volume on every edge, and a
 * {@link ProcessorNetwork} that turns volumes into transfer times between distinct processors (transfers on one
 * processor take no time). Immutable; the arrays given and returned are copies.
 *
 * <p>Construction rejects a cyclic graph with a message that names one cycle ({@code the precedences contain the
 * cycle t2 -> t5 -> t2}), duplicate edges, a task that can run nowhere, and negative or non-finite times.
 */
public final class TaskGraphInstance {

    /** The cost of a task on a processor that cannot run it. */
    public static final double CANNOT_RUN = Double.POSITIVE_INFINITY;

    private final String name;
    private final List<String> taskNames;
    private final List<String> processorNames;
    private final double[][] costs;
    private final List<DataEdge> edges;
    private final ProcessorNetwork network;
    private final int[] topologicalOrder;
    private final List<List<DataEdge>> successors;
    private final List<List<DataEdge>> predecessors;

    /**
     * @param name           the instance's name, used to match best known bounds
     * @param taskNames      one name per task ({@code T1}); the task's number is its index
     * @param processorNames one name per processor ({@code P0}); the processor's number is its index
     * @param costs          {@code [task][processor]} execution times, finite and at least 0, or {@link #CANNOT_RUN}
     * @param edges          the precedences with their data volumes
     * @param network        the links between the processors, as many as {@code processorNames}
     * @throws IllegalArgumentException when a dimension disagrees, a cost is invalid, a task can run nowhere, an edge
     *                                  repeats or names an unknown task, or the graph has a cycle (named)
     */
    public TaskGraphInstance(String name, List<String> taskNames, List<String> processorNames, double[][] costs,
                             List<DataEdge> edges, ProcessorNetwork network) {
        this.name = Objects.requireNonNull(name, "name");
        this.taskNames = List.copyOf(taskNames);
        this.processorNames = List.copyOf(processorNames);
        this.network = Objects.requireNonNull(network, "network");
        this.edges = List.copyOf(edges);
        if (this.taskNames.isEmpty() || this.processorNames.isEmpty()) {
            throw new IllegalArgumentException("a task graph needs at least one task and one processor");
        }
        if (network.processorCount() != this.processorNames.size()) {
            throw new IllegalArgumentException("the network links " + network.processorCount() + " processors but "
                    + this.processorNames.size() + " are named");
        }
        this.costs = copyCosts(costs, this.taskNames.size(), this.processorNames.size());
        Graph<Integer, DataEdge> graph = buildGraph(this.taskNames.size(), this.edges);
        rejectCycles(graph, this.taskNames);
        this.topologicalOrder = topologicalOrderOf(graph);
        this.successors = adjacency(graph, true);
        this.predecessors = adjacency(graph, false);
    }

    /**
     * An instance with tasks {@code T0..}, processors {@code P0..} linked with bandwidth 1 and latency 0, so that
     * each edge's volume is its transfer time between distinct processors.
     */
    public static TaskGraphInstance of(String name, double[][] costs, List<DataEdge> edges) {
        int processors = costs.length == 0 ? 0 : costs[0].length;
        return new TaskGraphInstance(name, IntStream.range(0, costs.length).mapToObj(i -> "T" + i).toList(),
                IntStream.range(0, processors).mapToObj(p -> "P" + p).toList(), costs, edges,
                ProcessorNetwork.uniform(processors));
    }

    private double[][] copyCosts(double[][] given, int tasks, int processors) {
        if (Objects.requireNonNull(given, "costs").length != tasks) {
            throw new IllegalArgumentException("costs has " + given.length + " rows but there are " + tasks + " tasks");
        }
        double[][] copy = new double[tasks][];
        for (int t = 0; t < tasks; t++) {
            if (given[t].length != processors) {
                throw new IllegalArgumentException("task " + taskNames.get(t) + " has " + given[t].length
                        + " costs but there are " + processors + " processors");
            }
            copy[t] = given[t].clone();
            boolean runnable = false;
            for (int p = 0; p < processors; p++) {
                double cost = copy[t][p];
                if (!(cost >= 0) || (Double.isInfinite(cost) && cost != CANNOT_RUN)) {
                    throw new IllegalArgumentException("task " + taskNames.get(t) + " on processor "
                            + processorNames.get(p) + ": the cost must be at least 0, got " + cost);
                }
                runnable |= cost != CANNOT_RUN;
            }
            if (!runnable) {
                throw new IllegalArgumentException("task " + taskNames.get(t) + " cannot run on any processor");
            }
        }
        return copy;
    }

    private static Graph<Integer, DataEdge> buildGraph(int tasks, List<DataEdge> edges) {
        Graph<Integer, DataEdge> built = new DefaultDirectedGraph<>(null, null, false);
        for (int t = 0; t < tasks; t++) {
            built.addVertex(t);
        }
        for (DataEdge edge : edges) {
            if (edge.source() >= tasks || edge.target() >= tasks) {
                throw new IllegalArgumentException("edge " + edge.source() + "->" + edge.target()
                        + " names a task beyond 0.." + (tasks - 1));
            }
            if (!built.addEdge(edge.source(), edge.target(), edge)) {
                throw new IllegalArgumentException("edge " + edge.source() + "->" + edge.target() + " is given twice");
            }
        }
        return new AsUnmodifiableGraph<>(built);
    }

    private static void rejectCycles(Graph<Integer, DataEdge> graph, List<String> names) {
        DirectedCycles.findOne(graph, Comparator.naturalOrder()).ifPresent(cycle -> {
            throw new IllegalArgumentException("the precedences contain the cycle " + String.join(" -> ",
                    cycle.stream().map(names::get).toList()));
        });
    }

    private static int[] topologicalOrderOf(Graph<Integer, DataEdge> graph) {
        int[] order = new int[graph.vertexSet().size()];
        int index = 0;
        var iterator = new TopologicalOrderIterator<>(graph, Integer::compare);
        while (iterator.hasNext()) {
            order[index++] = iterator.next();
        }
        return order;
    }

    private static List<List<DataEdge>> adjacency(Graph<Integer, DataEdge> graph, boolean outgoing) {
        List<List<DataEdge>> lists = new ArrayList<>();
        for (int t = 0; t < graph.vertexSet().size(); t++) {
            lists.add(List.copyOf(outgoing ? graph.outgoingEdgesOf(t) : graph.incomingEdgesOf(t)));
        }
        return List.copyOf(lists);
    }

    /** The instance's name, used to match best known bounds. */
    public String name() {
        return name;
    }

    /** The number of tasks. */
    public int taskCount() {
        return taskNames.size();
    }

    /** The number of processors. */
    public int processorCount() {
        return processorNames.size();
    }

    /** The tasks' names, by task number. */
    public List<String> taskNames() {
        return taskNames;
    }

    /** The processors' names, by processor number. */
    public List<String> processorNames() {
        return processorNames;
    }

    /** The execution time of {@code task} on {@code processor}, or {@link #CANNOT_RUN}. */
    public double cost(int task, int processor) {
        return costs[task][processor];
    }

    /** Whether {@code task} can run on {@code processor}. */
    public boolean canRun(int task, int processor) {
        return costs[task][processor] != CANNOT_RUN;
    }

    /** The mean execution time of {@code task} over the processors that can run it. */
    public double meanCost(int task) {
        return Arrays.stream(costs[task]).filter(cost -> cost != CANNOT_RUN).average().orElseThrow();
    }

    /** The smallest execution time of {@code task} over all processors. */
    public double minimumCost(int task) {
        return Arrays.stream(costs[task]).min().orElseThrow();
    }

    /** The cost matrix {@code [task][processor]}, a fresh copy. */
    public double[][] costs() {
        double[][] copy = new double[costs.length][];
        for (int t = 0; t < costs.length; t++) {
            copy[t] = costs[t].clone();
        }
        return copy;
    }

    /** Every edge, in the order given. */
    public List<DataEdge> edges() {
        return edges;
    }

    /** The edges leaving {@code task}. */
    public List<DataEdge> successors(int task) {
        return successors.get(task);
    }

    /** The edges entering {@code task}. */
    public List<DataEdge> predecessors(int task) {
        return predecessors.get(task);
    }

    /** The links between the processors. */
    public ProcessorNetwork network() {
        return network;
    }

    /** A topological order of the tasks (among the ready tasks, the lowest number first), a fresh copy. */
    public int[] topologicalOrder() {
        return topologicalOrder.clone();
    }

    /** The transfer time of {@code edge} when its source runs on {@code from} and its target on {@code to}. */
    public double communication(DataEdge edge, int from, int to) {
        return network.transferTime(edge.volume(), from, to);
    }

    /** The mean transfer time of {@code edge} over distinct processors (Topcuoglu et al.'s c-bar). */
    public double meanCommunication(DataEdge edge) {
        return network.meanTransferTime(edge.volume());
    }

    /** Whether every task costs the same on every processor. */
    public boolean hasIdenticalProcessors() {
        for (double[] row : costs) {
            for (double cost : row) {
                if (cost != row[0]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every transfer between distinct processors takes no time. */
    public boolean hasFreeCommunication() {
        if (processorCount() < 2) {
            return true;
        }
        for (DataEdge edge : edges) {
            for (int p = 0; p < processorCount(); p++) {
                for (int q = 0; q < processorCount(); q++) {
                    if (communication(edge, p, q) != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether every cost and every transfer time between every pair of processors is an integer. */
    public boolean hasIntegralTimes() {
        for (double[] row : costs) {
            for (double cost : row) {
                if (cost != CANNOT_RUN && cost != Math.rint(cost)) {
                    return false;
                }
            }
        }
        for (DataEdge edge : edges) {
            for (int p = 0; p < processorCount(); p++) {
                for (int q = 0; q < processorCount(); q++) {
                    double transfer = communication(edge, p, q);
                    if (transfer != Math.rint(transfer)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The same instance under another name. */
    public TaskGraphInstance withName(String newName) {
        return new TaskGraphInstance(newName, taskNames, processorNames, costs, edges, network);
    }

    @Override
    public String toString() {
        return "TaskGraphInstance[" + name + ", " + taskCount() + " tasks, " + edges.size() + " edges, "
                + processorCount() + " processors]";
    }
}
