package org.sched4j.localsearch.taskgraph;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * A task-graph solution as the local search sees it: a processor per task and a topological order of the tasks,
 * decoded into the schedule that starts each task, in order, as soon as its data has arrived and its processor is
 * free (after the tasks before it on that processor). Every semi-active schedule has such a representation, so
 * nothing is lost. Decoding is O(V + E); it also records the critical chain. Mutable, not thread-safe.
 */
final class OrderedAssignment {

    private final TaskGraphInstance instance;
    private final int[][] predecessorTasks;
    private final DataEdge[][] predecessorEdges;
    private final int[][] successorTasks;
    final int[] processors;
    final int[] order;
    final int[] position;
    private final double[] starts;
    private final double[] finishes;
    private final int[] cause;
    private final double[] freeFrom;
    private final int[] lastOn;
    private int lastTask;

    /** The representation of {@code schedule}: its processors, and its tasks in order of start. */
    OrderedAssignment(TaskGraphInstance instance, TaskGraphSchedule schedule) {
        this.instance = instance;
        int tasks = instance.taskCount();
        this.predecessorTasks = new int[tasks][];
        this.predecessorEdges = new DataEdge[tasks][];
        this.successorTasks = new int[tasks][];
        for (int task = 0; task < tasks; task++) {
            predecessorEdges[task] = instance.predecessors(task).toArray(DataEdge[]::new);
            predecessorTasks[task] = Arrays.stream(predecessorEdges[task]).mapToInt(DataEdge::source).toArray();
            successorTasks[task] = instance.successors(task).stream().mapToInt(DataEdge::target).toArray();
        }
        this.processors = schedule.processors();
        int[] topological = new int[tasks];
        int[] topologicalOrder = instance.topologicalOrder();
        for (int index = 0; index < tasks; index++) {
            topological[topologicalOrder[index]] = index;
        }
        this.order = IntStream.range(0, tasks).boxed()
                .sorted(Comparator.comparingDouble(schedule::start).thenComparingInt(task -> topological[task]))
                .mapToInt(Integer::intValue).toArray();
        this.position = new int[tasks];
        for (int index = 0; index < tasks; index++) {
            position[order[index]] = index;
        }
        this.starts = new double[tasks];
        this.finishes = new double[tasks];
        this.cause = new int[tasks];
        this.freeFrom = new double[instance.processorCount()];
        this.lastOn = new int[instance.processorCount()];
    }

    TaskGraphInstance instance() {
        return instance;
    }

    /** Decodes the current processors and order; returns the makespan. */
    double decode() {
        Arrays.fill(freeFrom, 0);
        Arrays.fill(lastOn, -1);
        double makespan = 0;
        lastTask = -1;
        for (int task : order) {
            int processor = processors[task];
            double start = freeFrom[processor];
            int reason = lastOn[processor];
            DataEdge[] edges = predecessorEdges[task];
            for (int k = 0; k < edges.length; k++) {
                int source = predecessorTasks[task][k];
                double ready = finishes[source] + instance.communication(edges[k], processors[source], processor);
                if (ready > start) {
                    start = ready;
                    reason = source;
                }
            }
            double cost = instance.cost(task, processor);
            starts[task] = start;
            finishes[task] = start + cost;
            cause[task] = reason;
            if (cost > 0) {
                freeFrom[processor] = finishes[task];
                lastOn[processor] = task;
            }
            if (finishes[task] > makespan || lastTask < 0) {
                makespan = finishes[task];
                lastTask = task;
            }
        }
        return makespan;
    }

    /** The tasks of the critical chain of the last decode, from the last task back; fills {@code chain}. */
    int criticalChain(int[] chain) {
        int length = 0;
        for (int task = lastTask; task >= 0 && length < chain.length; task = cause[task]) {
            chain[length++] = task;
        }
        return length;
    }

    /** The first position {@code task} may take: after its last predecessor. */
    int earliestPosition(int task) {
        int earliest = 0;
        for (int predecessor : predecessorTasks[task]) {
            earliest = Math.max(earliest, position[predecessor] + 1);
        }
        return earliest;
    }

    /** The last position {@code task} may take: before its first successor. */
    int latestPosition(int task) {
        int latest = order.length - 1;
        for (int successor : successorTasks[task]) {
            latest = Math.min(latest, position[successor] - 1);
        }
        return latest;
    }

    /** Moves the task at position {@code from} to position {@code to}, shifting those between. */
    void move(int from, int to) {
        int task = order[from];
        if (from < to) {
            System.arraycopy(order, from + 1, order, from, to - from);
        } else if (from > to) {
            System.arraycopy(order, to, order, to + 1, from - to);
        }
        order[to] = task;
        for (int index = Math.min(from, to); index <= Math.max(from, to); index++) {
            position[order[index]] = index;
        }
    }

    /** Copies the processors and the order of {@code other}, a representation of the same instance. */
    void copyFrom(OrderedAssignment other) {
        System.arraycopy(other.processors, 0, processors, 0, processors.length);
        System.arraycopy(other.order, 0, order, 0, order.length);
        System.arraycopy(other.position, 0, position, 0, position.length);
    }

    /** The schedule of the last decode. */
    TaskGraphSchedule toSchedule() {
        return TaskGraphSchedule.of(processors, starts);
    }
}
